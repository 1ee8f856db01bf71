import { runReminders, type ReminderRunResult } from '../../../src/data/graph';
import { LOG_STORES, isLocalUrl, isLogStore, jobConfig, settingsFromEnv, type ReminderSettings } from '../../reminders/config';
import { credentialFor, isAuthMode, AUTH_MODES } from '../../reminders/credentials';
import { createGraphClient, GRAPH_ROOT, type FailedGraphRequest } from '../../reminders/graphClient';
import { reminderLogFor } from '../../reminders/logStore';
import { jobSharePoint } from '../../reminders/sharePoint';
import { format, type Lang } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import { type Command, type CommandContext, type OptionValues, LocalisedUserError, UserError } from '../command';


function str(options: OptionValues, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Graph's codes for "this resource does not exist" (a site, list or item; a directory object). */
const GRAPH_NOT_FOUND_CODES = ['itemNotFound', 'Request_ResourceNotFound', 'ResourceNotFound', 'ErrorItemNotFound'];

type GraphResource = { kind: 'site' } | { kind: 'list'; list: string } | { kind: 'group'; group: string } | { kind: 'other' };

/** What the job expected at a Graph URL, from its path under `<graph>/v1.0`. */
export function graphResourceOf(url: string): GraphResource {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { kind: 'other' };
  }
  const list = /\/v1\.0\/sites\/[^/]+\/lists\/([^/?]+)/.exec(path);
  if (list) return { kind: 'list', list: list[1] };
  if (/\/v1\.0\/sites\/[^/]+$/.test(path) || /\/v1\.0\/sites\/[^/]+:\//.test(path)) return { kind: 'site' };
  const group = /\/v1\.0\/groups\/([^/?]+)/.exec(path);
  if (group) return { kind: 'group', group: group[1] };
  return { kind: 'other' };
}

export interface GraphErrorContext {
  readonly graphUrl: string;
  readonly siteUrl: string;
  /** The last request that was answered with an error (from the client's middleware). */
  readonly failure?: FailedGraphRequest;
}

/** A 404: the resource is missing if Graph itself said so, otherwise nothing Graph-like answers at --graph. */
function describeGraphNotFound(e: { code?: unknown }, detail: string, context: GraphErrorContext, lang: Lang): string {
  const t = CLI[lang];
  const failure = context.failure?.status === 404 ? context.failure : { method: 'GET', url: context.graphUrl, status: 404 };
  const resource = graphResourceOf(failure.url);
  const values = { method: failure.method, url: failure.url, detail: detail || 'Not Found', site: context.siteUrl, graph: context.graphUrl };
  if (typeof e.code !== 'string' || !GRAPH_NOT_FOUND_CODES.includes(e.code)) {
    const expected = resource.kind === 'site' ? format(t.graphExpectSite, values)
      : resource.kind === 'list' ? format(t.graphExpectList, { list: resource.list })
      : resource.kind === 'group' ? format(t.graphExpectGroup, { group: resource.group })
      : t.graphExpectResource;
    return format(t.graphNoApi, { ...values, expected });
  }
  switch (resource.kind) {
    case 'site': return format(t.graphSiteMissing, values);
    case 'list': return format(t.graphListMissing, { ...values, list: resource.list });
    case 'group': return format(t.graphGroupMissing, { ...values, group: resource.group });
    default: return format(t.graphNotFound, values);
  }
}

/** One readable line for what the Graph client throws (a `GraphError` with `statusCode`, -1 = no answer). */
export function describeGraphError(error: unknown, context: GraphErrorContext, lang: Lang): string {
  const e = (error ?? {}) as { statusCode?: number; message?: string; code?: unknown };
  const message = (e.message ?? String(error)).split('\n')[0];
  const { graphUrl } = context;
  switch (e.statusCode) {
    case -1:
      return format(CLI[lang].graphUnreachable, { graph: graphUrl, detail: message || '–' });
    case 401:
      return CLI[lang].graph401;
    case 403:
      return format(CLI[lang].graph403, { detail: message });
    case 404:
      return describeGraphNotFound(e, message, context, lang);
    default:
      return format(CLI[lang].graphOther, { status: String(e.statusCode), detail: message });
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

/** The run as text: kinds, skip reasons and e-mail addresses are the same in every language. */
function printRun(result: ReminderRunResult, ctx: CommandContext): void {
  const t = CLI[ctx.lang];
  ctx.out(format(result.dryRun ? t.remindersWouldSend : t.remindersDue, { now: result.now, count: result.due.length }));
  for (const r of result.due) ctx.out(`  ${r.kind.padEnd(16)} ${r.meetingStart}  ${r.recipient.padEnd(32)} ${r.language}  ${r.actions.join(', ')}${r.catchUp ? `  ${t.remindersCatchUp}` : ''}`);
  if (!result.dryRun) ctx.out(format(t.remindersResult, { sent: result.sent.length, skipped: result.skipped.length, failed: result.failed.length }));
  for (const s of result.skipped) {
    ctx.out(format(t.remindersSkipped, { kind: s.kind, meeting: s.meeting, who: s.recipient ?? s.who ?? '', actions: s.actions.join(', '), reason: s.reason }));
  }
  for (const f of result.failed) {
    ctx.out(format(f.final ? t.remindersFailed : t.remindersFailedRetry, { kind: f.kind, meeting: f.meeting, recipient: f.recipient, reason: f.reason }));
  }
}

export const remindersCommand: Command = {
  name: 'reminders',
  summary: 'summaryReminders',
  help: 'reminders',
  helpValues: { graphRoot: GRAPH_ROOT, logStores: LOG_STORES.join(' | '), modes: AUTH_MODES.join(' | ') },
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
    // A ConfigError carries its message in every language.
    const env: ReminderSettings = settingsFromEnv(ctx.env);
    const mailFormat = str(options, 'mail-format');
    if (mailFormat && mailFormat !== 'mime' && mailFormat !== 'json') throw new UserError('mailFormatInvalid');
    const logStore = str(options, 'log-store');
    if (logStore && !isLogStore(logStore)) throw new UserError('logStoreInvalid');
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
      mailFormat: (mailFormat as 'mime' | 'json' | undefined) ?? env.mailFormat,
      verifySentItems: options['verify-sent-items'] === true || env.verifySentItems
    };
    const config = jobConfig(settings);
    const nowText = str(options, 'now');
    const now = nowText ? new Date(nowText) : ctx.now();
    if (isNaN(now.getTime())) throw new UserError('nowInvalid', { value: nowText ?? '' });

    const graphUrl = settings.graphUrl ?? GRAPH_ROOT;
    const auth = str(options, 'auth');
    if (auth && !isAuthMode(auth)) throw new UserError('authModeInvalid', { modes: AUTH_MODES.join(', ') });
    let lastFailure: FailedGraphRequest | undefined;
    const emulatorIdentity = str(options, 'as');
    // Credential and token errors (ConfigError, AuthSetupError) carry their message in every language.
    const credential = isLocalUrl(graphUrl) ? undefined : await credentialFor(auth && isAuthMode(auth) ? auth : 'default', ctx.env);
    const graph = createGraphClient({ graphUrl, onFailedResponse: (f) => { lastFailure = f; }, ...(credential ? { credential } : { emulatorIdentity }) });
    // SharePoint's answers feed the same server clock the job measures claim ages on.
    const serverClock = graph.serverClock;
    const reminderLog = reminderLogFor(settings.logStore ?? 'sharepoint', config.siteUrl, isLocalUrl(config.siteUrl) ? { emulatorIdentity, serverClock } : { credential, serverClock });
    // Which status reports count (the steering group, the actions' ownership history), and the rights to align.
    const sharePoint = jobSharePoint(config.siteUrl, isLocalUrl(config.siteUrl) ? { emulatorIdentity } : { credential });

    let result: ReminderRunResult;
    try {
      result = await runReminders({ graph, config, reminderLog, reportAuthority: sharePoint.reportAuthority, log: (line) => ctx.err(line) }, now, { dryRun: options['dry-run'] === true });
    } catch (e) {
      // Graph's answers (and "no answer") are the user's to fix; SharePoint's (the log) are described by the CLI's
      // common error handling; anything else is ours and keeps its message.
      if (typeof (e as { statusCode?: unknown }).statusCode !== 'number') throw e;
      throw new LocalisedUserError(describeGraphError(e, { graphUrl, siteUrl: config.siteUrl, failure: lastFailure }, ctx.lang));
    }
    if (ctx.json) {
      ctx.out(summaryJson(result));
    } else {
      printRun(result, ctx);
    }
    // The rights that follow the data, aligned after the run: a new owner's rights arrive, a former owner's go.
    if (options['align-rights'] === true && !result.dryRun) ctx.err(await sharePoint.alignRights());
    // Failures of single reminders are reported, not a failed command (the others went out).
    return 0;
  }
};
