import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GROUPS } from '../../../src/core/schema/security';

/**
 * The permissions the package requests, the ones docs/deploy.md explains to the tenant admin, and the
 * ones scripts/deploy-tenant.sh grants must be the same lists: an admin approves what the docs say.
 */

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface PermissionRequest {
  readonly resource: string;
  readonly scope: string;
}

const packageSolution = JSON.parse(read('config/package-solution.json')) as { solution: { webApiPermissionRequests?: PermissionRequest[] } };
const deployDoc = read('docs/deploy.md');
const script = read('scripts/deploy-tenant.sh');

/** The table rows (cells) of the section under the given heading, up to the next heading. */
function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/deploy.md has no section "${heading}"`);
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(/\n#{1,6} /);
  return (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const code = (cell: string): string => (/`([^`]+)`/.exec(cell) ?? ['', cell])[1];

describe('the delegated permissions of the web parts', () => {
  const declared = (packageSolution.solution.webApiPermissionRequests ?? []).map((r) => `${r.resource}/${r.scope}`).sort();
  const documented = tableRows(deployDoc, '### Delegated permissions of the web parts (`webApiPermissionRequests`)').map((cells) => `${cells[0]}/${code(cells[1])}`).sort();

  it('are exactly the ones docs/deploy.md lists and explains', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(declared).toEqual(documented);
  });

  it('name a reason and a caller for each scope', () => {
    for (const cells of tableRows(deployDoc, '### Delegated permissions of the web parts (`webApiPermissionRequests`)')) {
      expect(cells[2].length).toBeGreaterThan(5);
      expect(cells[3].length).toBeGreaterThan(5);
    }
  });

  it('ask for no tenant-wide site access: the programme site is selected (Sites.Selected)', () => {
    expect(declared).toContain('Microsoft Graph/Sites.Selected');
    expect(declared.filter((p) => /\/Sites\.(Read|ReadWrite|Manage|FullControl)\.All$/.test(p))).toEqual([]);
  });

  it('are the scopes the deploy script approves (it reads them from the package)', () => {
    expect(script).toContain("require('./config/package-solution.json').solution.webApiPermissionRequests");
  });
});

describe('the application permissions of the reminder job', () => {
  const rows = tableRows(deployDoc, '### Application permissions of the reminder job');
  const viaEntra = rows.filter((cells) => cells[2].startsWith('Entra')).map((cells) => code(cells[1]));
  const viaExchange = rows.filter((cells) => cells[2].startsWith('Exchange')).map((cells) => code(cells[1]));

  it('granted in Entra are the ones the deploy script grants (TeamsActivity.Send only with notifications)', () => {
    const scopes = (/^REMINDER_SCOPES='([^']+)'/m.exec(script) ?? ['', ''])[1].split(',');
    const apis = (/^REMINDER_APIS='([^']+)'/m.exec(script) ?? ['', ''])[1].split(',').map((a) => a.replace('https://graph.microsoft.com/', ''));
    expect([...scopes, 'TeamsActivity.Send'].sort()).toEqual([...viaEntra].sort());
    expect(apis).toEqual(scopes);
    expect(script).toContain('TeamsActivity.Send');
  });

  it('never include Mail.Send in Entra: Exchange RBAC scopes it to the sender mailbox', () => {
    expect(viaEntra).not.toContain('Mail.Send');
    expect(viaExchange).toContain('Mail.Send');
    expect(script).not.toMatch(/REMINDER_(SCOPES|APIS)='[^']*Mail\.Send/);
  });
});

describe('the SharePoint groups the deploy script fills', () => {
  it('are the groups provisioning creates', () => {
    const names = [...script.matchAll(/^GROUP_\w+='([^']+)'$/gm)].map((m) => m[1]).sort();
    expect(names).toEqual(GROUPS.map((g) => g.name).sort());
    for (const g of GROUPS) expect(deployDoc).toContain(g.name);
  });
});
