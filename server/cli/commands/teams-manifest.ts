import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  loadTeamsTemplate, REPO_ROOT, SYNC_PACKAGE_NAME, TEAMS_DIR, teamsAppPackage, teamsAppZip, teamsVersionFromSolution
} from '../../teams/appPackage';
import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import type { Command } from '../command';

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
  summary: 'summaryTeamsManifest',
  help: 'teamsManifest',
  helpValues: { defaultOut: DEFAULT_OUT, syncPackage: SYNC_PACKAGE_NAME },
  options: {
    site: { type: 'string' },
    'reminder-app-id': { type: 'string' },
    'app-id': { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
    'sync-package': { type: 'boolean' }
  },
  async run(options, _positionals, ctx) {
    // A TeamsPackageError carries its message in every language.
    const version = text(options.version) ?? teamsVersionFromSolution(solutionVersion());
    const built = teamsAppPackage(loadTeamsTemplate(), {
      siteUrl: text(options.site),
      reminderAppId: text(options['reminder-app-id']),
      appId: text(options['app-id']),
      version
    });
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
    const t = CLI[ctx.lang];
    ctx.out(format(t.teamsApp, { name: manifest.name.short, version: manifest.version, id: manifest.id }));
    for (const tab of tabs) ctx.out(format(tab.kind === 'channel' ? t.teamsChannelTab : t.teamsPersonalTab, { url: tab.url ?? '' }));
    ctx.out(notifications
      ? format(t.teamsNotifications, { id: manifest.webApplicationInfo?.id ?? '', types: (manifest.activities?.activityTypes ?? []).map((a) => a.type).join(', ') })
      : t.teamsNoNotifications);
    for (const file of written) {
      const shown = relative(process.cwd(), file);
      ctx.out(format(t.teamsWrote, { file: shown.startsWith('..') ? file : shown, bytes: zip.length }));
    }
    return 0;
  }
};
