import { runReminders, type ReminderRunResult } from '../../../src/data/graph';
import { ConfigError, LOG_STORES, isLocalUrl, isLogStore, jobConfig, settingsFromEnv, type ReminderSettings } from '../../reminders/config';
import { credentialFor, isAuthMode, AUTH_MODES } from '../../reminders/credentials';
import { createGraphClient, GRAPH_ROOT } from '../../reminders/graphClient';
import { reminderLogFor } from '../../reminders/logStore';
import { jobSharePoint } from '../../reminders/sharePoint';
import { type Command, type OptionValues, UserError } from '../command';

const HELP = `tiekartta reminders – send the reminders due before steering meetings (exactly once)

Usage: tiekartta reminders --site URL --graph URL [--now ISO] [--dry-run] [--json] [options]

  --site URL              the programme site (REMINDERS_SITE_URL)
  --graph URL             Microsoft Graph root, default ${GRAPH_ROOT}; the emulator's is <base>/graph
  --now ISO               plan as of this instant (default: now), e.g. 2025-05-06T09:00:00+03:00
  --dry-run               show what is due; claim and send nothing
  --json                  {"due":[{"kind","meeting","recipient","actions","language"}],"sent":n,"skipped":n,"failed":[...]}
  --sender UPN            the sender mailbox (REMINDERS_SENDER)
  --steering-group ID     the steering group's Microsoft 365 group id (REMINDERS_STEERING_GROUP_ID)
  --steering-members LIST comma-separated e-mails instead of a group (REMINDERS_STEERING_MEMBERS)
  --status-page URL       the SharePoint page with the roadmap (REMINDERS_STATUS_PAGE_URL)
  --teams-app-id ID, --teams-entity-id ID, --teams-channel-id ID   the Teams tab for deep links
  --notify-teams          also send Teams activity notifications (TeamsActivity.Send)
  --mail-format mime|json MIME with a plain-text part (default) or Graph JSON (HTML only)
  --verify-sent-items     before re-sending a crashed run's claim, look for it in the sender's Sent Items
  --log-store STORE       ${LOG_STORES.join(' | ')}: where ReminderLog is written (default sharepoint:
                          SharePoint REST batches of 100; graph: Graph batches of 20) (REMINDERS_LOG_STORE)
  --align-rights          after the run, align the rights that follow the data (as tiekartta rights): the
                          hourly scheduler passes it, so a former owner's rights end within the hour
  --auth MODE             ${AUTH_MODES.join(' | ')} (not needed against localhost)
  --as EMAIL              against the emulator: act as this user

Settings not given as options come from REMINDERS_* environment variables (docs/reminders.md).`;

function str(options: OptionValues, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** One readable line for what the Graph client throws (a `GraphError` with `statusCode`, -1 = no answer). */
export function describeGraphError(error: unknown, graphUrl: string, siteUrl: string): string {
  const e = (error ?? {}) as { statusCode?: number; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0];
  switch (e.statusCode) {
    case -1:
      return `Microsoft Graph is unreachable at ${graphUrl} (${message || 'no answer'}). Is the URL right and the server running?`;
    case 401:
      return 'not signed in to Microsoft Graph (HTTP 401). Check --auth and the credential.';
    case 403:
      return `access denied by Microsoft Graph (HTTP 403): ${message}. See docs/reminders.md for the permissions the job needs.`;
    case 404:
      return `not found (HTTP 404): ${message}. Is ${siteUrl} the programme site, and is it provisioned?`;
    default:
      return `Microsoft Graph answered HTTP ${e.statusCode}: ${message}`;
  }
}

export function summaryJson(result: ReminderRunResult): string {
  return JSON.stringify({
    due: result.due.map((r) => ({ kind: r.kind, meeting: r.meetingStart, recipient: r.recipient, actions: [...r.actions], language: r.language })),
    sent: result.sent.length,
    skipped: result.skipped.length,
    failed: result.failed.map((f) => ({ kind: f.kind, meeting: f.meeting, recipient: f.recipient, reason: f.reason, final: f.final }))
  });
}

export const remindersCommand: Command = {
  name: 'reminders',
  summary: 'Send the reminders due before steering meetings (owners, pre-read, last call)',
  help: HELP,
  options: {
    site: { type: 'string' },
    graph: { type: 'string' },
    now: { type: 'string' },
    'dry-run': { type: 'boolean' },
    sender: { type: 'string' },
    'steering-group': { type: 'string' },
    'steering-members': { type: 'string' },
    'status-page': { type: 'string' },
    'teams-app-id': { type: 'string' },
    'teams-entity-id': { type: 'string' },
    'teams-channel-id': { type: 'string' },
    'notify-teams': { type: 'boolean' },
    'mail-format': { type: 'string' },
    'verify-sent-items': { type: 'boolean' },
    'log-store': { type: 'string' },
    'align-rights': { type: 'boolean' },
    auth: { type: 'string' },
    as: { type: 'string' }
  },
  async run(options, _positionals, ctx) {
    let env: ReminderSettings;
    try {
      env = settingsFromEnv(ctx.env);
    } catch (e) {
      throw new UserError(e instanceof Error ? e.message : String(e));
    }
    const format = str(options, 'mail-format');
    if (format && format !== 'mime' && format !== 'json') throw new UserError('--mail-format must be mime or json');
    const logStore = str(options, 'log-store');
    if (logStore && !isLogStore(logStore)) throw new UserError(`--log-store must be ${LOG_STORES.join(' or ')}`);
    const members = str(options, 'steering-members');
    const settings: ReminderSettings = {
      ...env,
      siteUrl: str(options, 'site') ?? env.siteUrl,
      logStore: (logStore && isLogStore(logStore) ? logStore : undefined) ?? env.logStore,
      graphUrl: str(options, 'graph') ?? env.graphUrl,
      sender: str(options, 'sender') ?? env.sender,
      steeringGroupId: str(options, 'steering-group') ?? env.steeringGroupId,
      steeringMembers: members ? members.split(',').map((m) => m.trim()).filter(Boolean) : env.steeringMembers,
      statusPageUrl: str(options, 'status-page') ?? env.statusPageUrl,
      teamsAppId: str(options, 'teams-app-id') ?? env.teamsAppId,
      teamsEntityId: str(options, 'teams-entity-id') ?? env.teamsEntityId,
      teamsChannelId: str(options, 'teams-channel-id') ?? env.teamsChannelId,
      teamsNotifications: options['notify-teams'] === true || env.teamsNotifications,
      mailFormat: (format as 'mime' | 'json' | undefined) ?? env.mailFormat,
      verifySentItems: options['verify-sent-items'] === true || env.verifySentItems
    };
    let config;
    try {
      config = jobConfig(settings);
    } catch (e) {
      if (e instanceof ConfigError) throw new UserError(e.message);
      throw e;
    }
    const nowText = str(options, 'now');
    const now = nowText ? new Date(nowText) : ctx.now();
    if (isNaN(now.getTime())) throw new UserError(`--now is not a date-time: ${nowText}`);

    const graphUrl = settings.graphUrl ?? GRAPH_ROOT;
    const auth = str(options, 'auth');
    if (auth && !isAuthMode(auth)) throw new UserError(`--auth must be one of ${AUTH_MODES.join(', ')}`);
    let graph;
    let reminderLog;
    let sharePoint;
    try {
      const emulatorIdentity = str(options, 'as');
      const credential = isLocalUrl(graphUrl) ? undefined : await credentialFor(auth && isAuthMode(auth) ? auth : 'default', ctx.env);
      graph = createGraphClient({ graphUrl, ...(credential ? { credential } : { emulatorIdentity }) });
      const access = isLocalUrl(config.siteUrl) ? { emulatorIdentity } : { credential };
      reminderLog = reminderLogFor(settings.logStore ?? 'sharepoint', config.siteUrl, access);
      sharePoint = jobSharePoint(config.siteUrl, access);
    } catch (e) {
      throw new UserError(e instanceof Error ? e.message : String(e));
    }

    let result: ReminderRunResult;
    try {
      result = await runReminders({ graph, config, reminderLog, reportAuthority: sharePoint.reportAuthority, log: (line) => ctx.err(line) }, now, { dryRun: options['dry-run'] === true });
    } catch (e) {
      // Graph's answers (and "no answer") are the user's to fix; SharePoint's (the log) are described by the CLI's
      // common error handling; anything else is ours and keeps its message.
      if (typeof (e as { statusCode?: unknown }).statusCode !== 'number') throw e;
      throw new UserError(describeGraphError(e, graphUrl, config.siteUrl));
    }
    if (ctx.json) {
      ctx.out(summaryJson(result));
    } else {
      ctx.out(`${result.dryRun ? 'Would send' : 'Due'} at ${result.now}: ${result.due.length}`);
      for (const r of result.due) ctx.out(`  ${r.kind.padEnd(16)} ${r.meetingStart}  ${r.recipient.padEnd(32)} ${r.language}  ${r.actions.join(', ')}${r.catchUp ? '  (catch-up)' : ''}`);
      if (!result.dryRun) ctx.out(`Sent ${result.sent.length}, skipped ${result.skipped.length}, failed ${result.failed.length}`);
      for (const s of result.skipped) ctx.out(`  skipped ${s.kind} ${s.meeting} ${s.recipient ?? s.who ?? ''} ${s.actions.join(', ')}: ${s.reason}`);
      for (const f of result.failed) ctx.out(`  failed ${f.kind} ${f.meeting} ${f.recipient}: ${f.reason}${f.final ? '' : ' (will be retried)'}`);
    }
    // The rights that follow the data, aligned after the run: a new owner's rights arrive, a former owner's go.
    if (options['align-rights'] === true && !result.dryRun) ctx.err(await sharePoint.alignRights());
    // Failures of single reminders are reported, not a failed command (the others went out).
    return 0;
  }
};
