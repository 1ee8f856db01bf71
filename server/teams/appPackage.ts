import { existsSync, readFileSync } from 'node:fs';
import { MessageError, type CliKey, type MessageValues } from '../../src/core/i18n/cli';
import { join } from 'node:path';
import JSZip from 'jszip';

/**
 * The Teams app of Digitiekartta: `teams/manifest.json` (+ fi/sv localisation files and the icons) is the
 * template; `buildTeamsManifest` fills in what belongs to one tenant and `teamsAppZip` writes the app
 * package that `m365 teams app publish` uploads, or that the .sppkg carries as `TeamsSPFxApp.zip` for
 * the app catalog's "Sync to Teams" (see docs/deploy.md).
 *
 * Why a custom manifest and not the one SharePoint generates: one app for the whole solution (SharePoint
 * would make one per web part), the steering tab in channels plus the roadmap as a personal app, and
 * `webApplicationInfo` + `activities`, without which Graph refuses Teams activity notifications.
 */

/** The repository root (this file is server/teams/appPackage.ts; CommonJS under tsx and SWC). */
export const REPO_ROOT = join(__dirname, '..', '..');
export const TEAMS_DIR = join(REPO_ROOT, 'teams');

/** What "Sync to Teams" looks for in the .sppkg instead of generating a manifest (Heft copies teams/ into it). */
export const SYNC_PACKAGE_NAME = 'TeamsSPFxApp.zip';

/** SharePoint Online's own app id: the webApplicationInfo SharePoint itself puts into SPFx Teams apps. */
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** The programme site the template points the personal Roadmap tab at (`--site` changes it). */
export const DEFAULT_SITE_PATH = '/sites/Digiohjelma2024';
/** Replaced by Teams at run time with the tenant's SharePoint host (documented for SPFx Teams apps). */
export const TEAM_SITE_DOMAIN = '{teamSiteDomain}';

export const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

// The subset of the Teams app manifest (schema v1.17) this app uses; see checkTeamsManifest for the rules.
export interface TeamsActivityType {
  readonly type: string;
  readonly description: string;
  readonly templateText: string;
}

export interface TeamsStaticTab {
  readonly entityId: string;
  readonly name?: string;
  readonly contentUrl?: string;
  readonly websiteUrl?: string;
  readonly scopes: readonly string[];
  readonly context?: readonly string[];
}

export interface TeamsConfigurableTab {
  readonly configurationUrl: string;
  readonly canUpdateConfiguration?: boolean;
  readonly scopes: readonly string[];
  readonly context?: readonly string[];
}

export interface TeamsManifest {
  readonly $schema?: string;
  readonly manifestVersion: string;
  readonly version: string;
  readonly id: string;
  readonly localizationInfo?: {
    readonly defaultLanguageTag: string;
    readonly additionalLanguages?: readonly { readonly languageTag: string; readonly file: string }[];
  };
  readonly developer: { readonly name: string; readonly websiteUrl: string; readonly privacyUrl: string; readonly termsOfUseUrl: string; readonly mpnId?: string };
  readonly name: { readonly short: string; readonly full: string };
  readonly description: { readonly short: string; readonly full: string };
  readonly icons: { readonly color: string; readonly outline: string };
  readonly accentColor: string;
  readonly configurableTabs?: readonly TeamsConfigurableTab[];
  readonly staticTabs?: readonly TeamsStaticTab[];
  readonly permissions?: readonly string[];
  readonly validDomains?: readonly string[];
  readonly webApplicationInfo?: { readonly id: string; readonly resource?: string };
  readonly activities?: { readonly activityTypes: readonly TeamsActivityType[] };
}

/** A localisation file: `name.short`, `staticTabs[0].name`, `activities.activityTypes[1].description`… */
export type TeamsLocalization = Readonly<Record<string, string>>;

export interface TeamsTemplate {
  readonly manifest: TeamsManifest;
  /** By file name, as listed in `localizationInfo.additionalLanguages`. */
  readonly localizations: ReadonlyMap<string, TeamsLocalization>;
  /** Icon files by file name. */
  readonly icons: ReadonlyMap<string, Buffer>;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Reads teams/manifest.json and the files it names (localisations, icons). */
export function loadTeamsTemplate(dir: string = TEAMS_DIR): TeamsTemplate {
  const manifest = readJson<TeamsManifest>(join(dir, 'manifest.json'));
  const localizations = new Map<string, TeamsLocalization>();
  for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) {
    localizations.set(lang.file, readJson<TeamsLocalization>(join(dir, lang.file)));
  }
  const icons = new Map<string, Buffer>();
  for (const name of [manifest.icons.color, manifest.icons.outline]) {
    const path = join(dir, name);
    if (existsSync(path)) icons.set(name, readFileSync(path));
  }
  return { manifest, localizations, icons };
}

export interface TeamsPackageOptions {
  /** The Teams app id (default: the template's; give another one only for a separate test app). */
  readonly appId?: string;
  /** The programme site, e.g. https://porvoo.sharepoint.com/sites/Digiohjelma2024: the personal Roadmap tab opens there. */
  readonly siteUrl?: string;
  /**
   * The Entra app (client) id the reminder job signs in with. It goes into `webApplicationInfo`, which is
   * what lets that app send Teams activity notifications. Without it the package keeps SharePoint's own
   * webApplicationInfo and drops `activities` (no notifications; the tabs work the same).
   */
  readonly reminderAppId?: string;
  /** The app version (semver); default: the template's. Teams only takes an update with a higher one. */
  readonly version?: string;
}

/** An option or a template that cannot make a valid package: one line for the admin. */
export class TeamsPackageError extends MessageError {
  public readonly name = 'TeamsPackageError';
  public constructor(key: CliKey, values: MessageValues) {
    super({ key, values });
  }
}

/** The SPFx page that hosts a web part as a personal tab, on the given site (the one whose lists it reads). */
export function personalTabUrl(origin: string, sitePath: string, componentId: string): string {
  return `${origin}${sitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=${sitePath}/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`;
}

/** The SPFx page that configures a web part as a channel tab, on the team's own site (Teams fills in the tokens). */
export function channelTabConfigurationUrl(componentId: string): string {
  return `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`;
}

/** The SPFx component a tab URL hosts. */
export function componentIdOf(url: string | undefined): string | undefined {
  const m = /componentId=([0-9a-fA-F-]{36})/.exec(url ?? '');
  return m ? m[1].toLowerCase() : undefined;
}

function parseSite(siteUrl: string): { origin: string; host: string; path: string } {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new TeamsPackageError('teamsSiteNotUrl', { value: siteUrl });
  }
  if (url.protocol !== 'https:') throw new TeamsPackageError('teamsSiteHttps', { value: siteUrl });
  const path = url.pathname.replace(/\/+$/, '');
  if (!/^\/(sites|teams)\/[^/]+$/i.test(path)) throw new TeamsPackageError('teamsSiteCollection', { value: siteUrl });
  return { origin: url.origin, host: url.host, path };
}

function requireGuid(value: string, option: string): string {
  if (!GUID.test(value)) throw new TeamsPackageError('teamsGuid', { option, value });
  return value.toLowerCase();
}

/** A version for Teams from the SPFx solution version (`1.2.3.0` → `1.2.3`). */
export function teamsVersionFromSolution(solutionVersion: string): string {
  const parts = solutionVersion.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d+$/.test(p))) throw new TeamsPackageError('teamsSolutionVersion', { value: solutionVersion });
  return parts.slice(0, 3).map(Number).join('.');
}

const ACTIVITY_KEY = /^activities\.activityTypes\[/;

/** The manifest for one tenant. Pure: the template is not changed. */
export function buildTeamsManifest(template: TeamsManifest, options: TeamsPackageOptions = {}): TeamsManifest {
  const appId = options.appId ? requireGuid(options.appId, '--app-id') : template.id;
  const version = options.version ?? template.version;
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new TeamsPackageError('teamsVersion', { value: version });
  const site = options.siteUrl ? parseSite(options.siteUrl) : undefined;

  const staticTabs = template.staticTabs?.map((tab) => {
    const componentId = componentIdOf(tab.contentUrl);
    if (!site || !componentId) return tab;
    return {
      ...tab,
      contentUrl: personalTabUrl(site.origin, site.path, componentId),
      websiteUrl: `${site.origin}${site.path}`
    };
  });

  const validDomains = [...(template.validDomains ?? [])];
  if (site && !/\.sharepoint\.com$/i.test(site.host) && validDomains.indexOf(site.host) < 0) validDomains.push(site.host);

  const reminderAppId = options.reminderAppId ? requireGuid(options.reminderAppId, '--reminder-app-id') : undefined;
  const { activities, ...rest } = template;
  return {
    ...rest,
    id: appId,
    version,
    ...(staticTabs ? { staticTabs } : {}),
    validDomains,
    webApplicationInfo: reminderAppId
      ? { id: reminderAppId, resource: `api://${reminderAppId}` }
      : template.webApplicationInfo ?? { id: SHAREPOINT_APP_ID, resource: `https://${TEAM_SITE_DOMAIN}` },
    // Activity types only mean something when webApplicationInfo names the app that sends them.
    ...(reminderAppId && activities ? { activities } : {})
  };
}

/** A localisation file for a built manifest: keys of parts the manifest no longer has are left out. */
export function localizationFor(manifest: TeamsManifest, localization: TeamsLocalization): TeamsLocalization {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(localization)) {
    if (ACTIVITY_KEY.test(key) && !manifest.activities) continue;
    out[key] = value;
  }
  return out;
}

// ------------------------------------------------------------------------------------------- checks

const HTTPS = /^https:\/\//i;
const LANGUAGE_TAG = /^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8}){0,2}$/;
const LOCALIZABLE = /^(name\.short|name\.full|description\.short|description\.full|staticTabs\[(\d+)\]\.name|activities\.activityTypes\[(\d+)\]\.(description|templateText))$/;
const TOP_LEVEL = new Set([
  '$schema', 'manifestVersion', 'version', 'id', 'localizationInfo', 'developer', 'name', 'description', 'icons', 'accentColor',
  'configurableTabs', 'staticTabs', 'permissions', 'validDomains', 'webApplicationInfo', 'activities', 'showLoadingIndicator',
  'isFullScreen', 'defaultInstallScope', 'defaultGroupCapability'
]);

function maxLength(problems: string[], what: string, value: string | undefined, max: number, required = true): void {
  if (value === undefined || value === '') {
    if (required) problems.push(`${what} is missing`);
    return;
  }
  if (value.length > max) problems.push(`${what} is longer than ${max} characters (${value.length})`);
}

/**
 * The rules of the Teams app manifest schema v1.17 (and its localisation schema) for the parts this app
 * uses, plus what Graph needs for activity notifications. Returns the problems; empty means valid.
 * `files` are the names that will be in the package next to manifest.json.
 */
export function checkTeamsManifest(manifest: TeamsManifest, files: ReadonlySet<string>, localizations: ReadonlyMap<string, TeamsLocalization> = new Map()): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(manifest)) if (!TOP_LEVEL.has(key)) problems.push(`unexpected top-level property "${key}"`);
  if (manifest.manifestVersion !== '1.17') problems.push(`manifestVersion is ${manifest.manifestVersion}, expected 1.17`);
  if (manifest.$schema && !manifest.$schema.endsWith(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`)) problems.push('$schema does not match manifestVersion');
  if (!/^\d+\.\d+\.\d+$/.test(manifest.version ?? '')) problems.push(`version is not major.minor.patch: ${manifest.version}`);
  if (!GUID.test(manifest.id ?? '')) problems.push(`id is not a GUID: ${manifest.id}`);

  const dev = manifest.developer;
  if (!dev) problems.push('developer is missing');
  else {
    maxLength(problems, 'developer.name', dev.name, 32);
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const) {
      if (!HTTPS.test(dev[key] ?? '')) problems.push(`developer.${key} is not an https URL`);
    }
    if (dev.mpnId !== undefined) maxLength(problems, 'developer.mpnId', dev.mpnId, 10, false);
  }
  maxLength(problems, 'name.short', manifest.name?.short, 30);
  maxLength(problems, 'name.full', manifest.name?.full, 100);
  maxLength(problems, 'description.short', manifest.description?.short, 80);
  maxLength(problems, 'description.full', manifest.description?.full, 4000);
  if (!/^#[0-9a-fA-F]{6}$/.test(manifest.accentColor ?? '')) problems.push('accentColor is not #rrggbb');
  for (const key of ['color', 'outline'] as const) {
    const file = manifest.icons?.[key];
    if (!file) problems.push(`icons.${key} is missing`);
    else if (!files.has(file)) problems.push(`icons.${key} names ${file}, which is not in the package`);
  }

  const configurable = manifest.configurableTabs ?? [];
  if (configurable.length > 1) problems.push('Teams takes at most one configurable tab per app');
  configurable.forEach((tab, i) => {
    if (!HTTPS.test(tab.configurationUrl ?? '')) problems.push(`configurableTabs[${i}].configurationUrl is not an https URL`);
    if (!tab.scopes?.length || tab.scopes.some((s) => s !== 'team' && s !== 'groupChat')) problems.push(`configurableTabs[${i}].scopes must be team and/or groupChat`);
  });
  const statics = manifest.staticTabs ?? [];
  if (statics.length > 16) problems.push('at most 16 static tabs');
  const entityIds = new Set<string>();
  statics.forEach((tab, i) => {
    maxLength(problems, `staticTabs[${i}].entityId`, tab.entityId, 64);
    if (entityIds.has(tab.entityId)) problems.push(`staticTabs[${i}].entityId "${tab.entityId}" is used twice`);
    entityIds.add(tab.entityId);
    if (tab.name !== undefined) maxLength(problems, `staticTabs[${i}].name`, tab.name, 128);
    for (const key of ['contentUrl', 'websiteUrl'] as const) {
      const url = tab[key];
      if (url !== undefined && !HTTPS.test(url)) problems.push(`staticTabs[${i}].${key} is not an https URL`);
    }
    if (!tab.scopes?.length || tab.scopes.some((s) => ['team', 'personal', 'groupChat'].indexOf(s) < 0)) problems.push(`staticTabs[${i}].scopes has an unknown scope`);
  });
  if ((manifest.validDomains ?? []).length > 16) problems.push('at most 16 validDomains');
  for (const p of manifest.permissions ?? []) if (p !== 'identity' && p !== 'messageTeamMembers') problems.push(`unknown permission ${p}`);

  const web = manifest.webApplicationInfo;
  if (web) {
    if (!GUID.test(web.id ?? '')) problems.push('webApplicationInfo.id is not a GUID');
    if (web.resource !== undefined) maxLength(problems, 'webApplicationInfo.resource', web.resource, 2048);
  }
  const types = manifest.activities?.activityTypes ?? [];
  if (types.length > 0) {
    if (!web || web.id === SHAREPOINT_APP_ID) problems.push('activities need webApplicationInfo.id = the Entra app that sends the notifications');
    if (types.length > 128) problems.push('at most 128 activity types');
    const seen = new Set<string>();
    types.forEach((t, i) => {
      maxLength(problems, `activities.activityTypes[${i}].type`, t.type, 64);
      maxLength(problems, `activities.activityTypes[${i}].description`, t.description, 128);
      maxLength(problems, `activities.activityTypes[${i}].templateText`, t.templateText, 128);
      if (seen.has(t.type)) problems.push(`activity type ${t.type} is declared twice`);
      seen.add(t.type);
    });
  }

  const info = manifest.localizationInfo;
  if (info) {
    if (!LANGUAGE_TAG.test(info.defaultLanguageTag ?? '')) problems.push('localizationInfo.defaultLanguageTag is not a language tag');
    for (const lang of info.additionalLanguages ?? []) {
      if (!LANGUAGE_TAG.test(lang.languageTag)) problems.push(`${lang.languageTag} is not a language tag`);
      if (!files.has(lang.file)) problems.push(`localisation file ${lang.file} is not in the package`);
      const strings = localizations.get(lang.file);
      if (!strings) continue;
      for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) {
        if (!strings[key]) problems.push(`${lang.file}: ${key} is missing`);
      }
      for (const [key, value] of Object.entries(strings)) {
        if (key === '$schema') continue;
        const m = LOCALIZABLE.exec(key);
        if (!m) {
          problems.push(`${lang.file}: "${key}" is not a localisable key`);
          continue;
        }
        const limits: Record<string, number> = { 'name.short': 30, 'name.full': 100, 'description.short': 80, 'description.full': 4000 };
        maxLength(problems, `${lang.file}: ${key}`, value, limits[key] ?? 128);
        if (m[2] !== undefined && !statics[Number(m[2])]) problems.push(`${lang.file}: ${key} names a static tab the manifest does not have`);
        if (m[3] !== undefined && !types[Number(m[3])]) problems.push(`${lang.file}: ${key} names an activity type the manifest does not have`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------- zip

export interface TeamsAppPackage {
  readonly manifest: TeamsManifest;
  /** Every file of the package by name (manifest.json, localisations, icons). */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** The manifest and its files for one tenant, checked; throws TeamsPackageError listing the problems. */
export function teamsAppPackage(template: TeamsTemplate, options: TeamsPackageOptions = {}): TeamsAppPackage {
  const manifest = buildTeamsManifest(template.manifest, options);
  const files = new Map<string, Buffer>();
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  const localizations = new Map<string, TeamsLocalization>();
  for (const [name, strings] of template.localizations) {
    const localized = localizationFor(manifest, strings);
    localizations.set(name, localized);
    files.set(name, Buffer.from(`${JSON.stringify(localized, null, 2)}\n`, 'utf8'));
  }
  for (const [name, bytes] of template.icons) files.set(name, bytes);
  const problems = checkTeamsManifest(manifest, new Set(files.keys()), localizations);
  if (problems.length) throw new TeamsPackageError('teamsManifestInvalid', { problems: problems.join('; ') });
  return { manifest, files };
}

/**
 * The app package: the files at the root of the zip (a folder inside the zip is not a valid Teams
 * package). Fixed timestamps, so that the same input gives the same bytes.
 */
export async function teamsAppZip(pkg: TeamsAppPackage): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2024, 0, 1));
  for (const name of [...pkg.files.keys()].sort()) zip.file(name, pkg.files.get(name) as Buffer, { date, binary: true });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}
