import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { TeamsAppPackage } from '../teams/appPackage';

/**
 * The Teams app package against Microsoft's published JSON schemas for its `manifestVersion`: the app
 * manifest (`MicrosoftTeams.schema.json`) and each localisation file
 * (`MicrosoftTeams.Localization.schema.json`). The schemas are the copies `@microsoft/app-manifest` ships
 * (the same files as https://developer.microsoft.com/json-schemas/teams/v<version>/…), validated as its
 * `AppManifestUtils.validateAgainstSchema` does (ajv for draft-04, every error, the uri/email/regex
 * formats), with one difference: patterns are compiled without the `u` flag, because Microsoft's
 * localisation schemas (v1.16, v1.17) have patterns that are invalid with it
 * (`…activityTypes\[\b(…)\b]\.description$`, MicrosoftDocs/msteams-docs#8858), so the package's own
 * helper cannot compile them. Nothing is fetched: a manifestVersion without a shipped schema is an error.
 */

export const TEAMS_SCHEMA_BASE = 'https://developer.microsoft.com/json-schemas/teams';

/** The schema URL Microsoft publishes for a manifest version and kind. */
export function teamsSchemaUrl(manifestVersion: string, kind: 'manifest' | 'localization'): string {
  return `${TEAMS_SCHEMA_BASE}/v${manifestVersion}/MicrosoftTeams${kind === 'localization' ? '.Localization' : ''}.schema.json`;
}

/** The shipped copy of a published schema (`json-schemas/teams/v1.17/MicrosoftTeams.schema.json` in the package). */
function shippedSchema(url: string): object {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', url.slice('https://developer.microsoft.com/'.length));
  if (!url.startsWith(TEAMS_SCHEMA_BASE) || !existsSync(file)) throw new Error(`@microsoft/app-manifest ships no schema for ${url}`);
  // As AppManifestUtils.fetchSchema reads it: Microsoft's files carry \a and \v escapes JSON does not have.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

const validators = new Map<string, ReturnType<AjvDraft04['compile']>>();

/** One line per problem: "<JSON pointer> <message> (<params>)". */
function validate(document: unknown, schemaUrl: string): string[] {
  let check = validators.get(schemaUrl);
  if (!check) {
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    check = ajv.compile(shippedSchema(schemaUrl));
    validators.set(schemaUrl, check);
  }
  if (check(document)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} (${JSON.stringify(e.params)})`);
}

/** The manifest against its manifestVersion's schema; a `$schema` naming another version is a problem too. */
export function teamsManifestSchemaProblems(manifest: { readonly manifestVersion: string; readonly $schema?: string }): string[] {
  const url = teamsSchemaUrl(manifest.manifestVersion, 'manifest');
  const problems = validate(manifest, url);
  if (manifest.$schema !== undefined && manifest.$schema !== url) problems.push(`/$schema is ${manifest.$schema}, not the schema of manifestVersion ${manifest.manifestVersion} (${url})`);
  return problems;
}

/** A localisation file against the localisation schema of the manifest's version. */
export function teamsLocalizationSchemaProblems(localization: Readonly<Record<string, string>>, manifestVersion: string): string[] {
  const url = teamsSchemaUrl(manifestVersion, 'localization');
  const problems = validate(localization, url);
  const declared = localization.$schema;
  if (declared !== undefined && declared !== url) problems.push(`/$schema is ${declared}, not the localisation schema of manifestVersion ${manifestVersion} (${url})`);
  return problems;
}

/** Every JSON file of a built package (`tiekartta teams-manifest`), problems prefixed with the file name. */
export function teamsPackageSchemaProblems(pkg: Pick<TeamsAppPackage, 'manifest' | 'files'>): string[] {
  const problems = teamsManifestSchemaProblems(pkg.manifest).map((p) => `manifest.json: ${p}`);
  for (const lang of pkg.manifest.localizationInfo?.additionalLanguages ?? []) {
    const bytes = pkg.files.get(lang.file);
    if (!bytes) {
      problems.push(`${lang.file}: missing from the package`);
      continue;
    }
    const strings = JSON.parse(bytes.toString('utf8')) as Record<string, string>;
    problems.push(...teamsLocalizationSchemaProblems(strings, pkg.manifest.manifestVersion).map((p) => `${lang.file}: ${p}`));
  }
  return problems;
}
