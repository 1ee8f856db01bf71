import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ACTIVITY_TYPES } from '../../../src/data/graph/mail';
import { main } from '../../../server/cli/main';
import {
  buildTeamsManifest, channelTabConfigurationUrl, checkTeamsManifest, componentIdOf, DEFAULT_SITE_PATH, loadTeamsTemplate, personalTabUrl,
  REPO_ROOT, SHAREPOINT_APP_ID, TEAM_SITE_DOMAIN, TeamsPackageError, teamsAppPackage, teamsAppZip, teamsVersionFromSolution
} from '../../../server/teams/appPackage';
import { decodePng } from '../../support/png';

const SITE = 'https://porvoo.sharepoint.com/sites/Digiohjelma2024';
const REMINDER_APP = '6f1d2c3b-4a59-4e6d-8c7b-9a0b1c2d3e4f';

interface WebPartManifest {
  readonly id: string;
  readonly alias: string;
  readonly supportedHosts?: readonly string[];
}

function webPartManifests(): WebPartManifest[] {
  const root = join(REPO_ROOT, 'src', 'webparts');
  const out: WebPartManifest[] = [];
  for (const dir of readdirSync(root)) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.manifest.json'))) {
      out.push(JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as WebPartManifest);
    }
  }
  return out;
}

const template = loadTeamsTemplate();
const solution = JSON.parse(readFileSync(join(REPO_ROOT, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } };

function capture(): { out: string[]; err: string[]; ctx: { out: (l: string) => void; err: (l: string) => void; env: NodeJS.ProcessEnv } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, ctx: { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'en_GB.UTF-8' } } };
}

describe('the Teams app template (teams/manifest.json)', () => {
  it('declares exactly the activity types the reminder sender uses, each showing the message it passes', () => {
    const declared = (template.manifest.activities?.activityTypes ?? []).map((t) => t.type).sort();
    expect(declared).toEqual(Object.values(ACTIVITY_TYPES).sort());
    for (const t of template.manifest.activities?.activityTypes ?? []) expect(t.templateText).toContain('{message}');
  });

  it('has the version of the SPFx solution, so one release number covers both packages', () => {
    expect(template.manifest.version).toBe(teamsVersionFromSolution(solution.solution.version));
  });

  it('uses the URL patterns SharePoint documents for SPFx tabs (TeamsLogon.aspx?SPFX=true&dest=…teamshostedapp.aspx)', () => {
    const [channel] = template.manifest.configurableTabs ?? [];
    const steeringId = componentIdOf(channel.configurationUrl) as string;
    expect(channel.configurationUrl).toBe(channelTabConfigurationUrl(steeringId));
    expect(channel.scopes).toEqual(['team']);
    const [roadmap] = template.manifest.staticTabs ?? [];
    expect(roadmap.entityId).toBe('roadmap');
    expect(roadmap.contentUrl).toBe(personalTabUrl(`https://${TEAM_SITE_DOMAIN}`, DEFAULT_SITE_PATH, componentIdOf(roadmap.contentUrl) as string));
    expect(roadmap.scopes).toEqual(['personal']);
  });

  it('opens the roadmap personal tab with a web part that supports Teams personal apps', () => {
    const byId = new Map(webPartManifests().map((m) => [m.id, m]));
    for (const tab of template.manifest.staticTabs ?? []) {
      const part = byId.get(componentIdOf(tab.contentUrl) as string);
      expect(part?.supportedHosts).toContain('TeamsPersonalApp');
    }
  });

  // The steering web part lives on the steering branch until it is merged; then this runs.
  const steering = webPartManifests().find((m) => m.alias === 'SteeringWebPart');
  (steering ? it : it.skip)('hosts the steering web part in the channel tab, and it supports Teams tabs', () => {
    const [channel] = template.manifest.configurableTabs ?? [];
    expect(componentIdOf(channel.configurationUrl)).toBe(steering?.id);
    expect(steering?.supportedHosts).toContain('TeamsTab');
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = decodePng(template.icons.get(template.manifest.icons.color) as Buffer);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = decodePng(template.icons.get(template.manifest.icons.outline) as Buffer);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) transparent++;
      else expect([outline.rgba[i], outline.rgba[i + 1], outline.rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(0);
  });

  it('is translated into Finnish and Swedish for every text Teams shows', () => {
    const langs = template.manifest.localizationInfo?.additionalLanguages ?? [];
    expect(langs.map((l) => l.languageTag).sort()).toEqual(['fi-fi', 'sv-se']);
    const keys = [
      'name.short', 'name.full', 'description.short', 'description.full',
      ...(template.manifest.staticTabs ?? []).map((_, i) => `staticTabs[${i}].name`),
      ...(template.manifest.activities?.activityTypes ?? []).flatMap((_, i) => [`activities.activityTypes[${i}].description`, `activities.activityTypes[${i}].templateText`])
    ];
    for (const lang of langs) {
      const strings = template.localizations.get(lang.file) ?? {};
      for (const key of keys) expect([lang.file, key, typeof strings[key] === 'string' && strings[key] !== '']).toEqual([lang.file, key, true]);
      expect(strings['name.full']).not.toBe(template.manifest.name.full);
    }
  });
});

describe('the Teams app package for a tenant', () => {
  it('names the reminder job in webApplicationInfo and keeps the activity types: a valid 1.17 manifest', () => {
    const pkg = teamsAppPackage(template, { siteUrl: SITE, reminderAppId: REMINDER_APP });
    expect(pkg.manifest.webApplicationInfo).toEqual({ id: REMINDER_APP, resource: `api://${REMINDER_APP}` });
    expect(pkg.manifest.activities?.activityTypes.map((t) => t.type)).toEqual(template.manifest.activities?.activityTypes.map((t) => t.type));
    const locs = new Map([...template.localizations.keys()].map((f) => [f, JSON.parse((pkg.files.get(f) as Buffer).toString('utf8')) as Record<string, string>]));
    expect(checkTeamsManifest(pkg.manifest, new Set(pkg.files.keys()), locs)).toEqual([]);
  });

  it('opens the roadmap on the programme site given with --site', () => {
    const manifest = buildTeamsManifest(template.manifest, { siteUrl: `${SITE}/` });
    const [roadmap] = manifest.staticTabs ?? [];
    expect(roadmap.contentUrl).toBe(
      'https://porvoo.sharepoint.com/sites/Digiohjelma2024/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/sites/Digiohjelma2024/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=0ebd5d9d-e6a2-47a4-b57e-58738772125b%26forceLocale={locale}'
    );
    expect(roadmap.websiteUrl).toBe(SITE);
    // The channel tab stays on the team's own site: Teams fills in the tokens.
    expect(manifest.configurableTabs).toEqual(template.manifest.configurableTabs);
    expect(manifest.validDomains).toEqual(template.manifest.validDomains);
  });

  it('trusts a SharePoint host outside *.sharepoint.com (a vanity domain) as a valid domain', () => {
    const manifest = buildTeamsManifest(template.manifest, { siteUrl: 'https://intra.porvoo.fi/sites/Digiohjelma2024' });
    expect(manifest.validDomains).toContain('intra.porvoo.fi');
  });

  it('without the reminder app keeps SharePoint\'s webApplicationInfo and has no activity types anywhere', () => {
    const pkg = teamsAppPackage(template, {});
    expect(pkg.manifest.webApplicationInfo?.id).toBe(SHAREPOINT_APP_ID);
    expect(pkg.manifest.activities).toBeUndefined();
    for (const file of template.localizations.keys()) {
      expect(Object.keys(JSON.parse((pkg.files.get(file) as Buffer).toString('utf8')) as object).filter((k) => k.startsWith('activities'))).toEqual([]);
    }
  });

  it('refuses activity types whose sender is not named in webApplicationInfo', () => {
    const problems = checkTeamsManifest(template.manifest, new Set(template.icons.keys()));
    expect(problems).toContain('activities need webApplicationInfo.id = the Entra app that sends the notifications');
  });

  it('says what is wrong with an option in one line', () => {
    expect(() => buildTeamsManifest(template.manifest, { reminderAppId: 'reminders' })).toThrow('--reminder-app-id must be a GUID: reminders');
    expect(() => buildTeamsManifest(template.manifest, { siteUrl: 'http://porvoo.sharepoint.com/sites/x' })).toThrow(/must be an https/);
    expect(() => buildTeamsManifest(template.manifest, { siteUrl: 'https://porvoo.sharepoint.com/' })).toThrow(/site collection URL/);
    expect(() => buildTeamsManifest(template.manifest, { version: '1.0' })).toThrow(/major.minor.patch/);
    expect(() => teamsVersionFromSolution('1.0.0')).toThrow(TeamsPackageError);
  });

  it('zips the files at the root of the archive, the same bytes every time', async () => {
    const pkg = teamsAppPackage(template, { siteUrl: SITE, reminderAppId: REMINDER_APP, version: '1.2.3' });
    const [a, b] = [await teamsAppZip(pkg), await teamsAppZip(pkg)];
    expect(a.equals(b)).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([template.manifest.icons.color, template.manifest.icons.outline, 'fi-fi.json', 'manifest.json', 'sv-se.json'].sort());
    const manifest = JSON.parse(await (zip.file('manifest.json') as JSZip.JSZipObject).async('string')) as { version: string; id: string };
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.id).toBe(template.manifest.id);
    expect((await (zip.file(template.manifest.icons.color) as JSZip.JSZipObject).async('nodebuffer')).equals(template.icons.get(template.manifest.icons.color) as Buffer)).toBe(true);
  });
});

describe('tiekartta teams-manifest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dt-teams-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the package and describes it as JSON', async () => {
    const c = capture();
    const out = join(dir, 'app.zip');
    expect(await main(['teams-manifest', '--site', SITE, '--reminder-app-id', REMINDER_APP, '--out', out, '--json'], c.ctx)).toBe(0);
    const report = JSON.parse(c.out[0]) as { out: string; notifications: boolean; activityTypes: string[]; webApplicationInfo: { id: string }; syncPackage: string | null };
    expect(report.out).toBe(out);
    expect(report.notifications).toBe(true);
    expect(report.activityTypes.sort()).toEqual(Object.values(ACTIVITY_TYPES).sort());
    expect(report.webApplicationInfo.id).toBe(REMINDER_APP);
    expect(report.syncPackage).toBeNull();
    expect(existsSync(out)).toBe(true);
  });

  it('says plainly that there will be no notifications without the reminder app', async () => {
    const c = capture();
    expect(await main(['teams-manifest', '--out', join(dir, 'app.zip')], c.ctx)).toBe(0);
    expect(c.out.join('\n')).toContain('no activity notifications');
  });

  it('refuses a bad id with one line and exit 1', async () => {
    const c = capture();
    expect(await main(['teams-manifest', '--reminder-app-id', 'x', '--out', join(dir, 'app.zip')], c.ctx)).toBe(1);
    expect(c.err).toEqual(['tiekartta teams-manifest: --reminder-app-id must be a GUID: x']);
  });
});
