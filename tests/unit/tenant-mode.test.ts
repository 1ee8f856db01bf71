import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { HOW_TO_CONFIGURE, NOT_IN_CI, refusalReason, tenantSetup, testWebName } from '../support/tenant';

/** `npm run test:tenant`: when it runs, when it skips, and where it refuses to go. */

const PEOPLE = { TIEKARTTA_TEST_MAILBOX: 'AdeleV@contoso.onmicrosoft.com', TIEKARTTA_TEST_STEERING: 'alexw@contoso.onmicrosoft.com', TIEKARTTA_TEST_READER: 'diegos@contoso.onmicrosoft.com' };
const SITE = 'https://contoso.sharepoint.com/sites/digitiekartta-testi';

describe('tenant mode configuration', () => {
  it('skips with the one line saying how to configure it when no test site is set', () => {
    expect(tenantSetup([], {})).toEqual({ kind: 'skip', line: HOW_TO_CONFIGURE });
    expect(tenantSetup(['--auth', 'certificate'], { ...PEOPLE, TIEKARTTA_TEST_SITE: ' ' })).toEqual({ kind: 'skip', line: HOW_TO_CONFIGURE });
    expect(HOW_TO_CONFIGURE).not.toContain('\n');
  });

  it('never runs in CI, even when configured', () => {
    expect(tenantSetup([], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE, CI: 'true' })).toEqual({ kind: 'skip', line: NOT_IN_CI });
    expect(tenantSetup([], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE, CI: 'false' }).kind).toBe('run');
  });

  it('takes --auth and its settings from the command line before the environment', () => {
    const setup = tenantSetup(['--auth', 'certificate', '--tenant', 't-1', '--client-id=c-1', '--cert', '/certs/test.pem'], { ...PEOPLE, TIEKARTTA_TEST_SITE: `${SITE}/`, AZURE_CLIENT_ID: 'env' });
    expect(setup).toEqual({
      kind: 'run',
      config: {
        siteUrl: SITE, auth: 'certificate', tenantId: 't-1', clientId: 'c-1', certificatePath: '/certs/test.pem',
        people: { owner: PEOPLE.TIEKARTTA_TEST_MAILBOX, steering: PEOPLE.TIEKARTTA_TEST_STEERING, reader: PEOPLE.TIEKARTTA_TEST_READER },
        sender: PEOPLE.TIEKARTTA_TEST_MAILBOX
      }
    });
    expect(tenantSetup([], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE, REMINDERS_SENDER: 'digitiekartta@contoso.onmicrosoft.com' })).toMatchObject({ config: { auth: 'azure-cli', sender: 'digitiekartta@contoso.onmicrosoft.com' } });
  });

  it('stops with one line on a setting it cannot use', () => {
    const line = (argv: string[], env: NodeJS.ProcessEnv) => {
      const setup = tenantSetup(argv, env);
      return setup.kind === 'error' ? setup.line : setup.kind;
    };
    expect(line([], { ...PEOPLE, TIEKARTTA_TEST_SITE: 'http://intranet/sites/x' })).toBe('npm run test:tenant: TIEKARTTA_TEST_SITE must be an https:// SharePoint site, not http://intranet/sites/x');
    expect(line([], { ...PEOPLE, TIEKARTTA_TEST_SITE: 'contoso' })).toBe('npm run test:tenant: TIEKARTTA_TEST_SITE is not a URL: contoso');
    expect(line(['--auth', 'password'], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE })).toContain('--auth must be one of certificate, azure-cli, device-code');
    expect(line(['--auth', 'certificate'], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE })).toContain('--auth certificate needs --tenant, --client-id and --cert');
    expect(line(['--auth', 'device-code'], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE })).toContain('--client-id');
    expect(line([], { ...PEOPLE, TIEKARTTA_TEST_SITE: SITE, TIEKARTTA_TEST_READER: '' })).toBe('npm run test:tenant: TIEKARTTA_TEST_READER must be the e-mail of a user of the test tenant (docs/testing.md)');
  });
});

describe('where tenant mode refuses to run', () => {
  it('refuses a site, or a site collection root, that holds the provisioned programme', () => {
    const production = { webUrl: 'https://porvoo.sharepoint.com/sites/digiohjelma', listUrls: ['/sites/digiohjelma/Shared Documents', '/sites/digiohjelma/Lists/RoadmapActions', '/sites/digiohjelma/Lists/ReminderLog'] };
    expect(refusalReason([production])).toBe(
      'npm run test:tenant: refusing to run: https://porvoo.sharepoint.com/sites/digiohjelma holds the provisioned programme (Lists/RoadmapActions, Lists/ReminderLog). Use a separate test site (docs/testing.md).');
    const subsite = { webUrl: 'https://porvoo.sharepoint.com/sites/digiohjelma/testi', listUrls: ['/sites/digiohjelma/testi/Shared Documents'] };
    expect(refusalReason([subsite, production])).toContain('https://porvoo.sharepoint.com/sites/digiohjelma holds');
  });

  it('accepts a test site without the programme, even with lists of the same name elsewhere in the path', () => {
    const empty = { webUrl: `${SITE}/`, listUrls: ['/sites/digitiekartta-testi/Shared Documents', '/sites/digitiekartta-testi/Lists/RoadmapActionsOld', '/sites/digitiekartta-testi/dt-test-1/Lists/RoadmapActions'] };
    expect(refusalReason([empty])).toBeUndefined();
    expect(refusalReason([])).toBeUndefined();
  });

  it('names each run’s subsite uniquely and recognisably', () => {
    expect(testWebName(new Date('2026-01-31T14:25:01Z'), () => 0.5)).toBe('dt-test-20260131-142501-i000');
    expect(testWebName(new Date('2026-01-31T14:25:01Z'), () => 0.25)).not.toBe(testWebName(new Date('2026-01-31T14:25:01Z'), () => 0.75));
  });
});

describe('npm run test:tenant without a test site', () => {
  it('prints one line and exits 0', () => {
    const root = join(__dirname, '..', '..');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TIEKARTTA_TEST_') && k !== 'CI'));
    const run = spawnSync(process.execPath, [join(root, 'bin', 'run-ts.mjs'), 'tests/support/tenantRunner.ts'], { cwd: root, env, encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: `${HOW_TO_CONFIGURE}\n`, stderr: '' });
  }, 30_000);
});
