import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../server/cli/main';
import { startDemoSite, type DemoSite } from '../../server/workbench/stack';
import { sharedForTests } from '../support/sharedForTests';

/**
 * What a newcomer hits first with the CLI: each error names the thing that is wrong (the URL that
 * failed and what was expected there, the local file, the missing folder), never a neighbour.
 */

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = { LANG: 'en_GB.UTF-8' }): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, now: () => new Date('2025-10-27T07:00:00Z') });
  return { code, out, err };
}

// The demo's emulator: SharePoint and the Graph part on one server, provisioned, no sample (not needed here).
const demo = sharedForTests<DemoSite>(() => startDemoSite({ seed: 'empty' }), (site) => site.stop(), 60_000);
const base = (): string => demo.emulator.siteUrl.replace(/\/sites\/.*$/, '');
const NOW = ['--now', '2025-10-27T09:00:00+02:00', '--dry-run'];

describe('a wrong --graph or --site is named, not blamed on the other', () => {
  it('a --graph where no Graph answers names the URL that failed and what was expected there', async () => {
    const run = await cli(['reminders', '--site', demo.emulator.siteUrl, '--graph', base(), ...NOW]);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    const failed = `${base()}/v1.0/sites/${new URL(base()).host}:/sites/digiohjelma`;
    expect(run.err[0]).toContain(`Microsoft Graph does not answer at --graph ${base()}: GET ${failed}`);
    expect(run.err[0]).toContain(`where the programme site ${demo.emulator.siteUrl} (Graph’s sites API) was expected`);
    expect(run.err[0]).not.toMatch(/Is .* the programme site/);
  });

  it('a mistyped Graph path under the emulator is the same: nothing Graph-like answers there', async () => {
    const run = await cli(['reminders', '--site', demo.emulator.siteUrl, '--graph', `${base()}/grph`, ...NOW, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out[0])).toEqual({ error: expect.stringContaining(`does not answer at --graph ${base()}/grph: GET ${base()}/grph/v1.0/sites/`) });
  });

  it('a --site Graph does not know is blamed on --site, with the URL that failed', async () => {
    const run = await cli(['reminders', '--site', `${base()}/sites/other`, '--graph', `${base()}/graph`, ...NOW]);
    expect(run.code).toBe(1);
    expect(run.err[0]).toContain(`Microsoft Graph has no site ${base()}/sites/other: GET ${base()}/graph/v1.0/sites/${new URL(base()).host}:/sites/other?$select=id answered HTTP 404 (Site /sites/other was not found)`);
    expect(run.err[0]).toContain('Check --site');
    expect(run.err[0]).not.toContain('--graph');
  });

  it('a SharePoint 404 names the URL and the site it expected', async () => {
    const run = await cli(['rights', '--site', `${base()}/sites/nothing-here`]);
    expect(run.code).toBe(1);
    const site = `${base()}/sites/nothing-here`;
    // `rights` reads the actions and their decisions in one batch, whose first request is the site's contextinfo.
    expect(run.err).toEqual([`tiekartta rights: No SharePoint site answers at ${site}: ${site}/_api/contextinfo answered HTTP 404. --site is the programme site, e.g. https://porvoo.sharepoint.com/sites/digiohjelma.`]);
    const provision = await cli(['provision', '--site', site]);
    expect(provision.err).toEqual([`tiekartta provision: No SharePoint site answers at ${site}: ${site}/_api/web answered HTTP 404. --site is the programme site, e.g. https://porvoo.sharepoint.com/sites/digiohjelma.`]);
  });
});

describe('import --file: only a library-relative path is looked up in the site', () => {
  it.each([
    ['./no-such.xlsx'],
    ['../no-such.xlsx'],
    [join(tmpdir(), 'no-such-dir', 'no-such.xlsx')],
    ['no-such.xlsx'],
    ['tests/no-such.xlsx']
  ])('%s is a missing local file, and the site is not asked', async (path) => {
    demo.emulator.resetCounters();
    const run = await cli(['import', '--site', demo.emulator.siteUrl, '--file', path]);
    expect(run).toEqual({ code: 1, out: [], err: [`tiekartta import: The local file ${resolve(path)} does not exist. Only a path in a document library of the site, such as "Shared Documents/tiekartta_v2.xlsx", is read from the site.`] });
    expect(demo.emulator.counters().total).toBe(0);
  });

  it('a missing local file in --json is the file-level error on row 0', async () => {
    const run = await cli(['import', '--site', demo.emulator.siteUrl, '--file', './no-such.xlsx', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out[0])).toMatchObject({ errors: [{ row: 0, value: 'no-such.xlsx', message: expect.stringContaining('The local file') }] });
  });

  it('a library-relative path that is missing is reported as missing from the library', async () => {
    const run = await cli(['import', '--site', demo.emulator.siteUrl, '--file', 'Shared Documents/no-such.xlsx']);
    expect(run).toEqual({ code: 1, out: [], err: ['tiekartta import: The file Shared Documents/no-such.xlsx was not found in the site’s document library.'] });
  });
});

describe('export --out into a folder that does not exist', () => {
  it('says the folder does not exist (no ENOENT, no temporary file name) and reads nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-export-'));
    try {
      const out = join(dir, 'missing', 'tiekartta.xlsx');
      demo.emulator.resetCounters();
      const run = await cli(['export', '--site', demo.emulator.siteUrl, '--out', out]);
      expect(run).toEqual({ code: 1, out: [], err: [`tiekartta export: The folder ${join(dir, 'missing')} does not exist, so ${out} cannot be written there. Create the folder or choose another --out.`] });
      expect(run.err[0]).not.toMatch(/ENOENT|\.tmp/);
      expect(demo.emulator.counters().total).toBe(0);

      const json = await cli(['export', '--site', demo.emulator.siteUrl, '--out', out, '--json']);
      expect(JSON.parse(json.out[0])).toEqual({ error: expect.stringContaining('does not exist') });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
