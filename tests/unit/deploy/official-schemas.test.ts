import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../../server/cli/main';
import { packageSolutionProblems, webPartManifestProblems } from '../../../server/schemas/spfx';
import { teamsLocalizationSchemaProblems, teamsManifestSchemaProblems, teamsPackageSchemaProblems, teamsSchemaUrl } from '../../../server/schemas/teams';
import { loadTeamsTemplate, type TeamsManifest } from '../../../server/teams/appPackage';

/**
 * The packages against Microsoft's own JSON schemas (issue 13 §2), next to the hand-written rules of
 * package-config.test.ts and teams-package.test.ts. Each schema is also shown to refuse a broken copy,
 * so that a pass means the schema was really applied.
 */

const ROOT = join(__dirname, '..', '..', '..');
const SITE = 'https://porvoo.sharepoint.com/sites/Digiohjelma2024';
const REMINDER_APP = '6f1d2c3b-4a59-4e6d-8c7b-9a0b1c2d3e4f';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function webPartManifestFiles(): string[] {
  const root = join(ROOT, 'src', 'webparts');
  return readdirSync(root).flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.manifest.json'))
      .map((f) => join(root, dir, f))
  );
}

describe('the web part manifests against SPFx’s client-side-web-part-manifest schema (sp-module-interfaces)', () => {
  it.each(webPartManifestFiles().map((f) => [f.split('/').slice(-2).join('/'), f]))('%s is valid', (_name, file) => {
    expect(webPartManifestProblems(readJson(file))).toEqual([]);
  });

  it('refuses a manifest with a host SPFx does not know, naming the field', () => {
    const manifest = readJson(webPartManifestFiles()[0]) as { supportedHosts: string[] };
    manifest.supportedHosts = [...manifest.supportedHosts, 'TeamsMeetingStage'];
    expect(webPartManifestProblems(manifest)).toContainEqual(expect.stringMatching(/^\/supportedHosts\/\d+ must be equal to one of the allowed values/));
  });

  it('refuses a preconfigured entry without a title', () => {
    const manifest = readJson(webPartManifestFiles()[0]) as { preconfiguredEntries: Array<Record<string, unknown>> };
    delete manifest.preconfiguredEntries[0].title;
    expect(webPartManifestProblems(manifest).join('\n')).toMatch(/title/);
  });
});

describe('config/package-solution.json against spfx-heft-plugins’ package-solution schema', () => {
  const config = readJson(join(ROOT, 'config', 'package-solution.json'));

  it('is valid', () => {
    expect(packageSolutionProblems(config)).toEqual([]);
  });

  it('refuses a wrong type and an unknown setting, every problem at once', () => {
    const broken = JSON.parse(JSON.stringify(config)) as { solution: Record<string, unknown> };
    broken.solution.skipFeatureDeployment = 'yes';
    broken.solution.skipFeatureDeplyment = true;
    expect(packageSolutionProblems(broken)).toEqual(
      expect.arrayContaining(['/solution must NOT have additional properties (skipFeatureDeplyment)', '/solution/skipFeatureDeployment must be boolean'])
    );
  });

  it('refuses a Graph permission request without its scope', () => {
    const broken = JSON.parse(JSON.stringify(config)) as { solution: { webApiPermissionRequests: Array<Record<string, unknown>> } };
    delete broken.solution.webApiPermissionRequests[0].scope;
    expect(packageSolutionProblems(broken).join('\n')).toMatch(/webApiPermissionRequests\/0 must have required property 'scope'/);
  });
});

describe('the Teams app package (tiekartta teams-manifest) against Microsoft’s Teams schemas for its manifestVersion (@microsoft/app-manifest)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dt-teams-schema-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The package exactly as the command writes it: manifest.json and the localisation files from the zip. */
  async function written(args: readonly string[]): Promise<{ manifest: TeamsManifest; files: Map<string, Buffer> }> {
    const out = join(dir, 'app.zip');
    const lines: string[] = [];
    expect(await main(['teams-manifest', ...args, '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const files = new Map<string, Buffer>();
    for (const name of Object.keys(zip.files)) files.set(name, await (zip.file(name) as JSZip.JSZipObject).async('nodebuffer'));
    return { manifest: JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as TeamsManifest, files };
  }

  it.each([
    ['the template as it is', []],
    ['for the city’s site with the reminder app (activity types and their translations)', ['--site', SITE, '--reminder-app-id', REMINDER_APP, '--version', '1.2.3']]
  ])('%s: manifest.json and fi-fi.json / sv-se.json are valid', async (_name, args) => {
    const pkg = await written(args);
    expect(pkg.manifest.manifestVersion).toBe('1.17');
    expect(pkg.manifest.$schema).toBe(teamsSchemaUrl('1.17', 'manifest'));
    expect(teamsPackageSchemaProblems(pkg)).toEqual([]);
    expect(pkg.manifest.localizationInfo?.additionalLanguages?.map((l) => l.file).sort()).toEqual(['fi-fi.json', 'sv-se.json']);
  });

  it('refuses what the schema forbids, naming the place: a long short name, an unknown property, a tab scope Teams does not have', async () => {
    const { manifest } = await written([]);
    const broken = JSON.parse(JSON.stringify(manifest)) as { manifestVersion: string; name: { short: string }; staticTabs: Array<{ scopes: string[] }>; tabs?: unknown[] };
    broken.name.short = 'Digitiekartta – Porvoon digiohjelma';
    broken.tabs = [];
    broken.staticTabs[0].scopes = ['everyone'];
    const problems = teamsManifestSchemaProblems(broken);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/name\/short must NOT have more than 30 characters/),
      expect.stringMatching(/^\/ must NOT have additional properties .*"additionalProperty":"tabs"/),
      expect.stringMatching(/^\/staticTabs\/0\/scopes\/0 must be equal to one of the allowed values/)
    ]));
  });

  it('refuses a localisation key the schema does not know and a translation over the length limit', () => {
    const strings = { ...(loadTeamsTemplate().localizations.get('sv-se.json') as Record<string, string>) };
    strings['name.short'] = 'Digitala vägkartan för Borgå stad';
    strings['staticTabs[0].title'] = 'Vägkarta';
    const problems = teamsLocalizationSchemaProblems(strings, '1.17');
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/name\.short must NOT have more than 30 characters/),
      expect.stringMatching(/must NOT have additional properties .*staticTabs\[0\]\.title/)
    ]));
  });

  it('says when a manifest names the schema of another version', async () => {
    const { manifest } = await written([]);
    expect(teamsManifestSchemaProblems({ ...manifest, $schema: teamsSchemaUrl('1.16', 'manifest') })).toEqual([
      `/$schema is ${teamsSchemaUrl('1.16', 'manifest')}, not the schema of manifestVersion 1.17 (${teamsSchemaUrl('1.17', 'manifest')})`
    ]);
  });
});
