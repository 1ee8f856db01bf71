import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * scripts/deploy-tenant.sh in a dry run: it prints the m365 / tiekartta commands it would run, in order,
 * without a tenant and without the CLI installed.
 */

const ROOT = join(__dirname, '..', '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'deploy-tenant.sh');
const SITE = 'https://porvoo.sharepoint.com/sites/Digiohjelma2024';
const REMINDER_APP = '6f1d2c3b-4a59-4e6d-8c7b-9a0b1c2d3e4f';

function dryRun(env: Record<string, string>, steps: string[] = []): { status: number | null; out: string; err: string; commands: string[] } {
  const result = spawnSync('bash', [SCRIPT, ...steps], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LC_ALL: 'C.UTF-8', DRY_RUN: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000
  });
  const commands = result.stderr.split('\n').filter((l) => l.startsWith('+ ')).map((l) => l.slice(2).replace(/\\(.)/g, '$1'));
  return { status: result.status, out: result.stdout, err: result.stderr, commands };
}

const index = (commands: string[], prefix: string): number => commands.findIndex((c) => c.startsWith(prefix));

describe('scripts/deploy-tenant.sh (dry run)', () => {
  it('runs the deployment in order: catalog, site install, API access, provisioning, groups, item rights, Teams, reminder job', () => {
    const run = dryRun({ SITE_URL: SITE, STEERING_MEMBERS: 'a@porvoo.fi,b@porvoo.fi', REMINDER_APP_ID: REMINDER_APP, TEAMS_NOTIFICATIONS: 'yes', OWNERS: 'c@porvoo.fi' });
    expect(run.status).toBe(0);
    const c = run.commands;
    const order = [
      'm365 login --authType deviceCode',
      'npm run build',
      'm365 spo app add --filePath sharepoint/solution/digitiekartta.sppkg --appCatalogScope tenant --overwrite',
      'm365 spo app deploy --id <app-catalog-id> --appCatalogScope tenant --skipFeatureDeployment',
      `m365 spo app install --id <app-catalog-id> --siteUrl ${SITE}`,
      'm365 spo serviceprincipal permissionrequest approve --id <request-id>',
      `m365 spo site apppermission add --siteUrl ${SITE} --permission write --appId <spfx-principal-app-id>`,
      `npx tiekartta provision --site ${SITE} --auth azure-cli`,
      `m365 spo group member add --webUrl ${SITE} --groupName Digijohtoryhmä – Digiledningsgruppen --userNames a@porvoo.fi,b@porvoo.fi`,
      `npx tiekartta rights --site ${SITE} --auth azure-cli`,
      `npx tiekartta teams-manifest --site ${SITE} --out sharepoint/solution/digitiekartta-teams.zip --reminder-app-id ${REMINDER_APP}`,
      'm365 teams app publish --filePath sharepoint/solution/digitiekartta-teams.zip',
      'm365 teams app install --id <teams-catalog-id> --teamId <group-id>',
      'm365 teams user app add --id <teams-catalog-id> --userName c@porvoo.fi',
      `m365 entra approleassignment add --appId ${REMINDER_APP} --resource Microsoft Graph --scopes Sites.Selected,User.Read.All,GroupMember.Read.All,TeamsActivity.Send`,
      // ReminderLog through SharePoint REST (the default log store): SharePoint's Sites.Selected too.
      `m365 entra approleassignment add --appId ${REMINDER_APP} --resource Office 365 SharePoint Online --scopes Sites.Selected`,
      `m365 spo site apppermission add --siteUrl ${SITE} --permission fullcontrol --appId ${REMINDER_APP}`
    ];
    const positions = order.map((prefix) => [prefix, index(c, prefix)] as const);
    for (const [prefix, at] of positions) expect([prefix, at >= 0]).toEqual([prefix, true]);
    const at = positions.map(([, i]) => i);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Mail.Send is never granted in Entra; the script reminds the Exchange administrator instead.
    expect(c.filter((cmd) => /Mail\.Send/.test(cmd))).toEqual([]);
    expect(run.out).toContain('Exchange RBAC for Applications');
  });

  it('leaves out SharePoint\'s Sites.Selected when the reminder log stays on Graph', () => {
    const run = dryRun({ SITE_URL: SITE, REMINDER_APP_ID: REMINDER_APP, REMINDERS_LOG_STORE: 'graph' }, ['reminders']);
    expect(run.status).toBe(0);
    expect(run.commands.filter((c) => c.includes('Office 365 SharePoint Online'))).toEqual([]);
    expect(run.out).toContain('REMINDERS_LOG_STORE=graph');
  });

  it('runs only the steps asked for, and says which steps exist', () => {
    const run = dryRun({ SITE_URL: SITE }, ['provision', 'groups']);
    expect(run.status).toBe(0);
    expect(run.commands).toEqual([`npx tiekartta provision --site ${SITE} --auth azure-cli`]);
    const bad = dryRun({ SITE_URL: SITE }, ['everything']);
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('Unknown step "everything"');
  });

  it('refuses to load the sample data into a site that is not a test site', () => {
    const prod = dryRun({ SITE_URL: SITE, SEED_SAMPLE: 'yes' }, ['seed']);
    expect(prod.status).toBe(1);
    expect(prod.err).toContain('Refusing to load sample data');
    const test = dryRun({ SITE_URL: 'https://porvoo.sharepoint.com/sites/Digiohjelma2024Test', SEED_SAMPLE: 'yes' }, ['seed']);
    expect(test.status).toBe(0);
    expect(test.commands).toEqual(['npx tiekartta seed --site https://porvoo.sharepoint.com/sites/Digiohjelma2024Test --auth azure-cli']);
  });

  it('needs SITE_URL', () => {
    const run = dryRun({});
    expect(run.status).not.toBe(0);
    expect(run.err).toContain('SITE_URL');
  });
});
