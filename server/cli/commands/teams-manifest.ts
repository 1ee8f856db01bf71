import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  loadTeamsTemplate, REPO_ROOT, SYNC_PACKAGE_NAME, TEAMS_DIR, TeamsPackageError, teamsAppPackage, teamsAppZip, teamsVersionFromSolution
} from '../../teams/appPackage';
import { UserError, type Command } from '../command';

const DEFAULT_OUT = join('sharepoint', 'solution', 'digitiekartta-teams.zip');

function solutionVersion(): string {
  const config = JSON.parse(readFileSync(join(REPO_ROOT, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } };
  return config.solution.version;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export const teamsManifestCommand: Command = {
  name: 'teams-manifest',
  summary: 'Write the Teams app package (steering tab, roadmap, activity notifications) for a tenant',
  help: [
    'Usage: tiekartta teams-manifest [--site URL] [--reminder-app-id GUID] [--app-id GUID] [--version X.Y.Z]',
    '                                [--out FILE] [--sync-package] [--json]',
    '',
    'Fills teams/manifest.json for one tenant, checks it against the rules of the Teams manifest schema 1.17',
    'and writes the app package (manifest.json, fi-fi.json, sv-se.json, the colour and outline icons).',
    'Publish it with: m365 teams app publish --filePath FILE (the first time) or',
    '                 m365 teams app update --id CATALOG_ID --filePath FILE (updates). See docs/deploy.md.',
    '',
    'Options:',
    '  --site URL             the programme site; the personal Roadmap tab opens there',
    '                         (default: https://{teamSiteDomain}/sites/Digiohjelma2024, host filled in by Teams)',
    '  --reminder-app-id GUID the client id the reminder job signs in with (its app registration or managed',
    '                         identity): goes into webApplicationInfo so that the job may send Teams activity',
    '                         notifications. Without it the package has no notifications (the tabs work the same)',
    '  --app-id GUID          another Teams app id (only for a separate test app; default: the product\'s)',
    '  --version X.Y.Z        the app version (default: from config/package-solution.json; raise it for an update)',
    `  --out FILE             where to write the package (default: ${DEFAULT_OUT})`,
    `  --sync-package         also write teams/${SYNC_PACKAGE_NAME}: the next "npm run build" puts it in the .sppkg,`,
    '                         and the app catalog\'s "Sync to Teams" then deploys this app instead of generating one',
    '  --json                 one JSON object describing the package'
  ].join('\n'),
  options: {
    site: { type: 'string' },
    'reminder-app-id': { type: 'string' },
    'app-id': { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
    'sync-package': { type: 'boolean' }
  },
  async run(options, _positionals, ctx) {
    let built;
    try {
      const version = text(options.version) ?? teamsVersionFromSolution(solutionVersion());
      built = teamsAppPackage(loadTeamsTemplate(), {
        siteUrl: text(options.site),
        reminderAppId: text(options['reminder-app-id']),
        appId: text(options['app-id']),
        version
      });
    } catch (error) {
      if (error instanceof TeamsPackageError) throw new UserError(error.message);
      throw error;
    }
    const zip = await teamsAppZip(built);
    const out = resolve(text(options.out) ?? join(REPO_ROOT, DEFAULT_OUT));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    const written = [out];
    if (options['sync-package'] === true) {
      const sync = join(TEAMS_DIR, SYNC_PACKAGE_NAME);
      writeFileSync(sync, zip);
      written.push(sync);
    }
    const { manifest } = built;
    const notifications = !!manifest.activities;
    const tabs = [
      ...(manifest.configurableTabs ?? []).map((t) => ({ kind: 'channel', scopes: t.scopes, url: t.configurationUrl })),
      ...(manifest.staticTabs ?? []).map((t) => ({ kind: 'personal', entityId: t.entityId, scopes: t.scopes, url: t.contentUrl }))
    ];
    if (ctx.json) {
      ctx.out(JSON.stringify({
        out, syncPackage: written[1] ?? null, appId: manifest.id, version: manifest.version, webApplicationInfo: manifest.webApplicationInfo,
        notifications, activityTypes: (manifest.activities?.activityTypes ?? []).map((t) => t.type), tabs, files: [...built.files.keys()].sort(), bytes: zip.length
      }));
      return 0;
    }
    ctx.out(`Teams app ${manifest.name.short} ${manifest.version} (id ${manifest.id})`);
    for (const tab of tabs) ctx.out(`  ${tab.kind === 'channel' ? 'channel tab ' : 'personal tab'} ${tab.url}`);
    ctx.out(notifications
      ? `  activity notifications from the app ${manifest.webApplicationInfo?.id}: ${(manifest.activities?.activityTypes ?? []).map((t) => t.type).join(', ')}`
      : '  no activity notifications (give --reminder-app-id to let the reminder job send them)');
    for (const file of written) {
      const shown = relative(process.cwd(), file);
      ctx.out(`Wrote ${shown.startsWith('..') ? file : shown} (${zip.length} bytes)`);
    }
    return 0;
  }
};
