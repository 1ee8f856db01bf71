import {
  CLAIM_SEND_WINDOW_MINUTES, DEFAULT_REMINDER_POLICY, DUPLICATE_CLAIM, PERMANENT_FAILURE, TRANSIENT_FAILURE, buildPreRead, decideDelivery, entriesByKey,
  messageIdFor, planReminders, reminderWindows, renderReminder, reportingSince, winningEntry,
  type PlannerLogEntry, type PreRead, type Reminder, type ReminderLinks, type ReminderMessage, type ReminderPerson, type ReminderPolicy,
  type SkipReason
} from '../../core/reminders';
import {
  REMINDER_LOG, ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, type ReminderLogEntry, type ReminderLogEntryFields, type RoadmapAction,
  type StatusUpdate, type SteeringMeeting
} from '../../core/schema';
import type { ReportAuthority } from '../../core/reports';
import { buildSteeringPreRead, freezePreRead } from '../../core/steering';
import type { ReportAuthoritySource } from '../reportAuthority';
import { BATCH_FAILED, batchErrorMessage, chunk, executeBatched, type BatchOptions, type BatchRequest, type BatchResponse } from './batch';
import type { ServerClock } from '../serverClock';
import type { GraphClientLike } from './client';
import { canStartSend, type RunDeadline } from '../deadline';
import { groupMembers, lookupPeople, type DirectoryPerson } from './directory';
import { anyOf, fieldCondition } from './fields';
import { activityNotificationRequest, senderPathFor, sendMailRequest, type MailFormat } from './mail';
import { GraphLists, type ItemWriteResult } from './sites';

/**
 * The reminder job: read the lists through Graph, plan, claim each reminder in ReminderLog, send it, mark
 * it sent. The same function runs in the Azure Function (app-only), the CLI (against a tenant or the
 * emulator) and the steering tab's "send now" (delegated, the shared Graph transport). Browser-safe: only Graph.
 *
 * Exactly once (see docs/reminders.md): claims are created before anything is sent and read back, so two
 * concurrent runs agree on one winner per key (lowest item id); a claim older than
 * `policy.staleClaimMinutes` on the server's clock without `sent` is taken over (IF-Match) and re-sent. A
 * reminder can therefore go out twice only if a run stops after Graph accepted its sendMail and before the
 * PATCH that marks it sent (or Graph's answer to either is lost). A run sends on its claims only within
 * `CLAIM_SEND_WINDOW_MINUTES` of making them (its own clock) and only while its deadline leaves room for
 * the send and its mark; what is left stays claimed for recovery.
 */

export interface ReminderJobConfig {
  /** The programme site URL. */
  readonly siteUrl: string;
  /** The sender mailbox (UPN), or `me` for the signed-in user (delegated). */
  readonly sender: string;
  /** The signed-in user's address when `sender` is `me` (MIME needs a From); without it mail goes as JSON. */
  readonly senderAddress?: string;
  readonly senderName?: string;
  /** The steering group's Microsoft 365 group (team): its members get the pre-read. */
  readonly steeringGroupId?: string;
  /** Alternatively (or in addition), the steering members' e-mail addresses. */
  readonly steeringMembers?: readonly string[];
  readonly links: ReminderLinks;
  readonly policy?: ReminderPolicy;
  readonly mailFormat?: MailFormat;
  /**
   * Before re-sending a crashed run's claim, look for its Message-ID in the sender's Sent Items and only
   * mark it sent if found (MIME format; needs `Mail.ReadBasic` on the sender mailbox). Closes the
   * duplicate window of a run that died between sendMail and its log mark.
   */
  readonly verifySentItems?: boolean;
  /** Also send a Teams activity notification to recipients who have the app (needs `links.teams`). */
  readonly teamsNotifications?: boolean;
  readonly batch?: BatchOptions;
  readonly pageSize?: number;
  /** Status reports older than this many days before the reporting window are not read. */
  readonly historyDays?: number;
}

/** A ReminderLog update's outcome: the item's new etag, or why not (412: someone changed it first). */
export type LogUpdateResult = { readonly ok: true; readonly id: number; readonly etag: string } | { readonly ok: false; readonly status: number; readonly message: string };

export interface LogChange {
  readonly id: number;
  readonly etag?: string;
  readonly changes: Partial<ReminderLogEntryFields>;
}

/**
 * Where the job claims and marks reminders. Through Graph's lists API by default (`graphReminderLog`);
 * through SharePoint REST (`sharePointReminderLog` in src/data/reminderLog.ts), whose `$batch` has no
 * 20-request limit, so 200 claims are one request instead of ten. Results are in input order.
 */
export interface ReminderLogStore {
  /** Every log entry of these meetings. */
  readEntries(meetingIds: readonly number[]): Promise<ReminderLogEntry[]>;
  createEntries(entries: readonly Partial<ReminderLogEntryFields>[]): Promise<ItemWriteResult<typeof REMINDER_LOG>[]>;
  /** Each change with IF-Match when it has an etag; a mismatch is a 412 result, not a throw. */
  updateEntries(changes: readonly LogChange[]): Promise<LogUpdateResult[]>;
}

/** ReminderLog through Graph's sites/lists API (the same permission as the job's reads). */
export function graphReminderLog(lists: GraphLists): ReminderLogStore {
  return {
    readEntries: (meetingIds) => lists.readItems(REMINDER_LOG, anyOf(meetingIds.map((id) => fieldCondition(REMINDER_LOG, 'meeting', 'eq', id)))),
    createEntries: (entries) => lists.createItems(REMINDER_LOG, entries),
    updateEntries: async (changes) => (await lists.updateItems(REMINDER_LOG, changes)).map((r) => (r.ok ? { ok: true as const, id: r.entity.id, etag: r.entity.etag } : r))
  };
}

export interface ReminderJobDeps {
  readonly graph: GraphClientLike;
  readonly config: ReminderJobConfig;
  /** ReminderLog's store; default: through Graph with the job's client. */
  readonly reminderLog?: ReminderLogStore;
  /** The runner's clock in ms, for time spent inside the run (the send window; the planning instant moves with it). */
  readonly clock?: () => number;
  /** The server's clock (claim ages); default the Graph client's own, if it has one. */
  readonly serverClock?: ServerClock;
  /** The run's time budget (the Function's host timeout); none in the browser. */
  readonly deadline?: RunDeadline;
  /** Called after each step; tests throw here to simulate a crash at that point. */
  readonly checkpoint?: (step: string) => void;
  readonly log?: (line: string) => void;
  /**
   * Who was entitled to which status report: the SharePoint group and the actions' ownership history
   * (the CLI and the Function, which reach SharePoint REST). Without it the job judges by the steering
   * members it knows and the actions' current owners (a former owner's earlier report then does not count).
   */
  readonly reportAuthority?: ReportAuthoritySource;
}

export interface RunOptions {
  /** Plan and render, write and send nothing. */
  readonly dryRun?: boolean;
  /** Send only these (e.g. the steering tab sends the pre-read now). */
  readonly only?: (reminder: Reminder) => boolean;
}

export type SkipReport = {
  readonly kind: Reminder['kind'];
  readonly meeting: string;
  readonly recipient?: string;
  readonly who?: string;
  readonly actions: readonly string[];
  readonly reason: SkipReason | 'in-flight' | 'lost-claim-race' | 'claim-conflict' | 'out-of-time' | 'already-sent';
};

export interface FailureReport {
  readonly key: string;
  readonly kind: Reminder['kind'];
  readonly meeting: string;
  readonly recipient: string;
  readonly reason: string;
  /** False when a later run retries it. */
  readonly final: boolean;
}

export interface ReminderRunResult {
  readonly now: string;
  readonly dryRun: boolean;
  /** Due at this run and not sent before it. */
  readonly due: readonly Reminder[];
  readonly sent: readonly Reminder[];
  readonly skipped: readonly SkipReport[];
  readonly failed: readonly FailureReport[];
  /** The rendered messages (dry run: what would go out). */
  readonly messages: readonly ReminderMessage[];
  /** Teams notifications that were not delivered (the app is not installed, …); mail went anyway. */
  readonly notificationsFailed: number;
}

type MeetingEntity = SteeringMeeting;

/** What a claim needs of its log entry: where it is, its version, and when and how often it was claimed. */
type ClaimEntry = Pick<ReminderLogEntry, 'id' | 'etag'> & Partial<Pick<ReminderLogEntry, 'claimedAt' | 'attempts'>>;

interface Claim {
  readonly reminder: Reminder;
  entry: ClaimEntry;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

function actionCodesText(r: Reminder): string {
  return r.actions.join(', ');
}

/** Meetings with a reminder window open at `now`. */
function meetingsInWindow(meetings: readonly MeetingEntity[], now: number, policy: ReminderPolicy): MeetingEntity[] {
  return meetings.filter((m) => m.state === 'scheduled' && Date.parse(m.startsAt) > now && reminderWindows(m, policy).some((w) => w.opensAt <= now && now < w.closesAt));
}

/** Everything the planner needs, read through Graph. */
interface JobInputs {
  readonly meetings: SteeringMeeting[];
  readonly current: SteeringMeeting[];
  readonly actions: RoadmapAction[];
  readonly statusUpdates: StatusUpdate[];
  readonly log: ReminderLogEntry[];
  readonly people: ReminderPerson[];
  readonly directory: Map<string, DirectoryPerson>;
  readonly authority: ReportAuthority;
}

/** SharePoint's view of who may report (the job's own when SharePoint REST cannot be read: said in the log). */
async function judgeReportsBy(deps: ReminderJobDeps, actions: readonly RoadmapAction[], reports: readonly StatusUpdate[], people: readonly ReminderPerson[]): Promise<ReportAuthority> {
  if (!deps.reportAuthority) return knownAuthority(actions, people);
  try {
    return await deps.reportAuthority.authorityFor(actions, reports);
  } catch (error) {
    deps.log?.(`reminders: judging reports by the steering members known here and the current owners (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return knownAuthority(actions, people);
  }
}

/** The job's own judgement when SharePoint REST is out of reach: steering members it knows, current owners. */
function knownAuthority(actions: readonly RoadmapAction[], people: readonly ReminderPerson[]): ReportAuthority {
  return {
    steering: people.filter((p) => p.steering && p.email).map((p) => p.email as string),
    currentOwners: new Map(actions.map((a) => [a.id, a.owner?.email ?? null]))
  };
}

async function readInputs(lists: GraphLists, reminderLog: ReminderLogStore, deps: ReminderJobDeps, now: number, policy: ReminderPolicy): Promise<JobInputs> {
  const { config, graph } = deps;
  const meetings = await lists.readItems(STEERING_MEETINGS);
  const current = meetingsInWindow(meetings, now, policy);
  if (current.length === 0) {
    return { meetings, current, actions: [], statusUpdates: [], log: [], people: [] as ReminderPerson[], directory: new Map<string, DirectoryPerson>(), authority: knownAuthority([], []) };
  }

  const since = Math.min(...current.map((m) => Date.parse(reportingSince(m, meetings, policy))));
  const historyFrom = new Date(since - (config.historyDays ?? 365) * DAY).toISOString();
  const users = await lists.siteUsers();
  const [actions, statusUpdates, log, members] = await Promise.all([
    lists.readItems(ROADMAP_ACTIONS, undefined, users),
    lists.readItems(STATUS_UPDATES, fieldCondition(STATUS_UPDATES, 'reportedOn', 'ge', historyFrom)),
    reminderLog.readEntries(current.map((m) => m.id)),
    config.steeringGroupId ? groupMembers(graph, config.steeringGroupId) : Promise.resolve([] as DirectoryPerson[])
  ]);
  const people: ReminderPerson[] = members.map((m) => ({ email: m.email || null, displayName: m.displayName, language: m.language ?? null, steering: true }));
  for (const email of config.steeringMembers ?? []) people.push({ email, steering: true });
  const directory = new Map<string, DirectoryPerson>(members.filter((m) => m.email).map((m) => [m.email, m]));
  const authority = await judgeReportsBy(deps, actions, statusUpdates, people);
  return { meetings, current, actions, statusUpdates, log, people, directory, authority };
}

/** One run's clocks, stores and outcome lists, shared by its steps. */
interface Run {
  readonly deps: ReminderJobDeps;
  readonly policy: ReminderPolicy;
  readonly batch: BatchOptions;
  readonly lists: GraphLists;
  readonly reminderLog: ReminderLogStore;
  /** The runner's clock in ms. */
  readonly clock: () => number;
  /** The planning instant, moved on by the time spent inside the run. */
  readonly at: () => Date;
  /** The server's clock, when known: claim ages are measured on it. */
  readonly serverNow: () => Date | undefined;
  /**
   * Stamps written to the log (sentAt, claimedAt) are times of day, not the planning instant: the steering
   * tab plans "as of" a later day when it sends early.
   */
  readonly stampNow: () => string;
  readonly checkpoint: (step: string) => void;
  readonly log: (line: string) => void;
  readonly skipped: SkipReport[];
  readonly failed: FailureReport[];
}

function skip(run: Run, r: Reminder, reason: SkipReport['reason']): void {
  run.skipped.push({ kind: r.kind, meeting: r.meetingStart, recipient: r.recipient, actions: r.actions, reason });
}

function fail(run: Run, r: Reminder, reason: string, final: boolean): void {
  run.failed.push({ key: r.key, kind: r.kind, meeting: r.meetingStart, recipient: r.recipient, reason, final });
}

function startRun(deps: ReminderJobDeps, now: Date): Run {
  const { config, graph } = deps;
  const clock = deps.clock ?? (() => Date.now());
  const started = clock();
  const serverClock = deps.serverClock ?? graph.serverClock;
  const serverNow = (): Date | undefined => serverClock?.now();
  const batch: BatchOptions = { ...config.batch, ...(deps.deadline ? { deadline: deps.deadline } : {}) };
  const lists = new GraphLists(graph, { siteUrl: config.siteUrl, batch, pageSize: config.pageSize });
  return {
    deps,
    policy: config.policy ?? DEFAULT_REMINDER_POLICY,
    batch,
    lists,
    reminderLog: deps.reminderLog ?? graphReminderLog(lists),
    clock,
    at: () => new Date(now.getTime() + (clock() - started)),
    serverNow,
    stampNow: () => (serverNow() ?? new Date(clock())).toISOString(),
    checkpoint: deps.checkpoint ?? (() => undefined),
    log: deps.log ?? (() => undefined),
    skipped: [],
    failed: []
  };
}

/** What the run works from: the lists, the people the due reminders go to, and the plan. */
interface RunPlan {
  readonly input: JobInputs;
  readonly plan: ReturnType<typeof planReminders>;
  /** Existence, language and Teams id of each recipient known to the directory. */
  readonly directory: Map<string, DirectoryPerson>;
  readonly logByKey: ReturnType<typeof entriesByKey>;
}

/** Reads the lists, looks up in the directory who the due reminders go to, and plans with what it found. */
async function planRun(run: Run, now: Date): Promise<RunPlan> {
  const { deps, policy } = run;
  const input = await readInputs(run.lists, run.reminderLog, deps, now.getTime(), policy);
  run.checkpoint('read');
  const planInput = { meetings: input.meetings, actions: input.actions, statusUpdates: input.statusUpdates, log: input.log, policy, now, authority: input.authority };
  const firstPlan = planReminders({ ...planInput, people: input.people });

  const logByKey = entriesByKey(input.log);
  const toLookUp = firstPlan.due
    .filter((r) => !input.directory.has(r.recipient))
    .filter((r) => decideDelivery(logByKey.get(r.key) ?? [], run.serverNow(), policy).action !== 'wait')
    .map((r) => r.recipient);
  const directory = new Map(input.directory);
  if (toLookUp.length) for (const [email, p] of await lookupPeople(deps.graph, toLookUp, run.batch)) directory.set(email, p);
  const people: ReminderPerson[] = [...input.people];
  for (const p of directory.values()) if (p.exists && p.email) people.push({ email: p.email, ...(p.displayName ? { displayName: p.displayName } : {}), ...(p.language ? { language: p.language } : {}) });
  const plan = planReminders({ ...planInput, people });
  if (plan.ignoredReports.length > 0) {
    const codes = new Map(input.actions.map((a) => [a.id, a.code ?? `#${a.id}`]));
    run.log(`reminders: ${plan.ignoredReports.length} status reports do not count (written by someone not entitled): ` +
      plan.ignoredReports.slice(0, 10).map((f) => `${codes.get(f.actionId) ?? `#${f.actionId}`} ${f.reportedOn} by ${f.who ?? '?'}`).join(', '));
  }
  run.checkpoint('planned');
  return { input, plan, directory, logByKey };
}

/** Renders a reminder; a meeting's pre-read is built once, however many members it goes to. */
function reminderRenderer(run: Run, input: JobInputs): { render: (r: Reminder) => ReminderMessage; preReadOf: (meetingId: number) => PreRead | undefined } {
  const { config } = run.deps;
  const meetingById = new Map(input.meetings.map((m) => [m.id, m]));
  const actionTitles = new Map(input.actions.map((a) => [a.code ?? `#${a.id}`, a.title]));
  const preReads = new Map<number, PreRead>();
  const preReadOf = (meetingId: number): PreRead | undefined => {
    const meeting = meetingById.get(meetingId);
    if (!meeting) return undefined;
    let p = preReads.get(meetingId);
    if (!p) {
      p = buildPreRead({ meeting, meetings: input.meetings, actions: input.actions, statusUpdates: input.statusUpdates, policy: run.policy, authority: input.authority });
      preReads.set(meetingId, p);
    }
    return p;
  };
  const render = (r: Reminder): ReminderMessage =>
    renderReminder(r, { links: config.links, actionTitles, preRead: r.kind === 'steering-preread' ? preReadOf(r.meetingId) : undefined, policy: run.policy, now: run.at() });
  return { render, preReadOf };
}

/** The run's claims: those it made (new keys) and those it took over (stale claims, retryable failures). */
interface Claims {
  readonly all: Claim[];
  readonly created: Claim[];
  /** Keys whose stale claim was taken over: a crashed run may have sent them. */
  readonly staleKeys: Set<string>;
  /** Keys whose recipient no longer exists: claimed as failed. */
  readonly goneKeys: Set<string>;
  /** The runner's clock before the claim requests left: the send window counts from here. */
  readonly claimedLocal: number;
}

/** 1. Claim. New keys are created; stale claims and retryable failures are taken over with IF-Match. */
async function claimReminders(run: Run, selected: readonly Reminder[], { logByKey, directory }: RunPlan): Promise<Claims> {
  const toCreate: Reminder[] = [];
  const toTakeOver: { reminder: Reminder; entry: PlannerLogEntry }[] = [];
  const gone: Reminder[] = [];
  for (const r of selected) {
    const decision = decideDelivery(logByKey.get(r.key) ?? [], run.serverNow(), run.policy);
    if (decision.action === 'done') continue;
    if (decision.action === 'wait') {
      skip(run, r, 'in-flight');
      continue;
    }
    if (directory.get(r.recipient)?.exists === false) gone.push(r);
    if (decision.action === 'claim') toCreate.push(r);
    else toTakeOver.push({ reminder: r, entry: decision.entry });
  }
  const goneKeys = new Set(gone.map((r) => r.key));
  // Informational (the rules use the item's Modified): the server's time when known, else the runner's.
  const stamp = run.stampNow();
  // The send window is counted from before the claim requests leave, so it ends no later than the
  // server's Modified + the window.
  const claimedLocal = run.clock();
  const claimFields = (r: Reminder, attempts: number): Partial<ReminderLogEntryFields> => {
    const isGone = goneKeys.has(r.key);
    return {
      key: r.key,
      kind: r.kind,
      meeting: r.meetingId,
      meetingStartsAt: r.meetingStart,
      recipient: r.recipient,
      state: isGone ? 'failed' : 'claimed',
      claimedAt: stamp,
      attempts,
      actionCodes: actionCodesText(r),
      language: r.language,
      error: isGone ? `${PERMANENT_FAILURE}: the recipient no longer exists in the directory (HTTP 404)` : null
    };
  };
  const created = await run.reminderLog.createEntries(toCreate.map((r) => claimFields(r, 1)));
  const takeOverChanges = toTakeOver.map(({ reminder, entry }) => {
    // The key (Title) stays as it is; only the claim's state and stamps change.
    const changes = claimFields(reminder, (entry.attempts ?? 1) + 1);
    delete changes.key;
    return { id: entry.id ?? 0, etag: entry.etag, changes };
  });
  const takenOver = await run.reminderLog.updateEntries(takeOverChanges);
  const all: Claim[] = [];
  const made: Claim[] = [];
  toCreate.forEach((r, i) => {
    const result = created[i];
    if (result.ok) {
      const claim = { reminder: r, entry: result.entity };
      all.push(claim);
      made.push(claim);
    } else {
      // Status 0: the claim may exist; it is then recovered as a stale claim by a later run.
      fail(run, r, `could not claim (${result.message})`, false);
    }
  });
  toTakeOver.forEach(({ reminder }, i) => {
    const result = takenOver[i];
    const { changes } = takeOverChanges[i];
    if (result.ok) all.push({ reminder, entry: { id: result.id, etag: result.etag, claimedAt: changes.claimedAt, attempts: changes.attempts } });
    else if (result.status === 412) skip(run, reminder, 'claim-conflict');
    else fail(run, reminder, `could not claim (${result.message})`, false);
  });
  run.checkpoint('claimed');
  const staleKeys = new Set(toTakeOver.filter((t) => t.entry.state === 'claimed').map((t) => t.reminder.key));
  return { all, created: made, staleKeys, goneKeys, claimedLocal };
}

/** 2. Read the claims back: of two runs that created a claim for the same key, the lowest id wins. */
async function keepWonClaims(run: Run, claims: Claims): Promise<Claim[]> {
  let winners = claims.all;
  if (claims.created.length > 0) {
    const meetingIds = [...new Set(claims.created.map((c) => c.reminder.meetingId))];
    const fresh = entriesByKey(await run.reminderLog.readEntries(meetingIds));
    const losers: Claim[] = [];
    winners = claims.all.filter((c) => {
      if (!claims.created.includes(c)) return true;
      const winner = winningEntry(fresh.get(c.reminder.key) ?? []);
      if (!winner || winner.id === c.entry.id) return true;
      losers.push(c);
      return false;
    });
    if (losers.length) {
      await run.reminderLog.updateEntries(losers.map((c) => ({ id: c.entry.id, etag: c.entry.etag, changes: { state: 'skipped' as const, error: `${DUPLICATE_CLAIM} (another run claimed it first)` } })));
      for (const c of losers) skip(run, c.reminder, 'lost-claim-race');
    }
  }
  run.checkpoint('verified');
  return winners;
}

/** How mail leaves: the sender's Graph path, its From address and the message format. */
interface MailSettings {
  readonly senderPath: string;
  readonly fromAddress: string | undefined;
  readonly format: MailFormat;
}

function mailSettings(config: ReminderJobConfig): MailSettings {
  const fromAddress = config.sender === 'me' ? config.senderAddress : config.sender;
  // MIME needs a From address; sending as the signed-in user without one uses Graph's JSON message.
  return { senderPath: senderPathFor(config.sender), fromAddress, format: fromAddress ? config.mailFormat ?? 'mime' : 'json' };
}

/** A crashed run's claim may have been sent already: its Message-ID in Sent Items settles it. */
async function findSentBefore(run: Run, winners: readonly Claim[], staleKeys: ReadonlySet<string>, mail: MailSettings): Promise<Set<Claim>> {
  const { fromAddress } = mail;
  const suspects = run.deps.config.verifySentItems && mail.format === 'mime' && fromAddress ? winners.filter((c) => staleKeys.has(c.reminder.key)) : [];
  const alreadySent = new Set<Claim>();
  if (suspects.length) {
    const lookups: BatchRequest[] = suspects.map((c, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: `${mail.senderPath}/mailFolders/sentitems/messages?$filter=${encodeURIComponent(`internetMessageId eq '${messageIdFor(c.reminder.key, fromAddress ?? '').replace(/'/g, "''")}'`)}&$select=id,internetMessageId`
    }));
    const answers = await executeBatched(run.deps.graph, lookups, run.batch);
    suspects.forEach((c, i) => {
      const a = answers.get(String(i + 1));
      if (a?.status === 200 && ((a.body as { value?: unknown[] }).value ?? []).length > 0) alreadySent.add(c);
    });
    if (alreadySent.size) {
      const found = [...alreadySent];
      await run.reminderLog.updateEntries(found.map((c) => ({ id: c.entry.id, etag: c.entry.etag, changes: { state: 'sent' as const, sentAt: run.stampNow(), error: null } })));
      for (const c of found) skip(run, c.reminder, 'already-sent');
    }
  }
  run.checkpoint('checked-sent-items');
  return alreadySent;
}

/** What sending produced: the reminders marked sent, the messages that left, the Teams notes that did not. */
interface Sending {
  readonly sent: Reminder[];
  readonly messages: ReminderMessage[];
  notificationsFailed: number;
}

/** 3. Send and mark, 20 at a time, while the claims' send window and the run's deadline allow. */
async function sendAndMark(run: Run, toSend: readonly Claim[], claimedLocal: number, mail: MailSettings, render: (r: Reminder) => ReminderMessage, directory: ReadonlyMap<string, DirectoryPerson>): Promise<Sending> {
  const sending: Sending = { sent: [], messages: [], notificationsFailed: 0 };
  const groups = chunk(toSend);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    const inTime = run.clock() - claimedLocal < CLAIM_SEND_WINDOW_MINUTES * MINUTE && canStartSend(run.deps.deadline);
    const fresh = inTime ? group : [];
    for (const c of group) if (!fresh.includes(c)) skip(run, c.reminder, 'out-of-time');
    if (fresh.length === 0) continue;
    const rendered = fresh.map((c) => render(c.reminder));
    sending.messages.push(...rendered);
    const { config } = run.deps;
    const requests: BatchRequest[] = await Promise.all(rendered.map((m, i) => sendMailRequest(String(i + 1), m, { senderPath: mail.senderPath, from: mail.fromAddress ?? '', fromName: config.senderName, format: mail.format, date: new Date(run.stampNow()) })));
    const responses = await executeBatched(run.deps.graph, requests, run.batch);
    run.checkpoint(`sent:${g + 1}`);
    const marked = await markSent(run, fresh, responses);
    for (const c of marked) sending.sent.push(c.reminder);
    run.checkpoint(`marked:${g + 1}`);
    if (config.teamsNotifications && config.links.teams) sending.notificationsFailed += await notifyInTeams(run, marked, fresh, rendered, directory);
  }
  return sending;
}

/** Marks one batch's outcome in the log: sent, failed (permanently or for a retry), or left claimed when unknown. */
async function markSent(run: Run, fresh: readonly Claim[], responses: ReadonlyMap<string, BatchResponse>): Promise<Claim[]> {
  const { policy } = run;
  const marks: LogChange[] = [];
  const marked: Claim[] = [];
  fresh.forEach((c, i) => {
    const response: BatchResponse | undefined = responses.get(String(i + 1));
    const status = response?.status ?? 0;
    const message = response ? batchErrorMessage(response) : 'no response';
    if (status >= 200 && status < 300) {
      marks.push({ id: c.entry.id, etag: c.entry.etag, changes: { state: 'sent', sentAt: run.stampNow(), error: null } });
      marked.push(c);
    } else if (status === 0 || status >= 500) {
      // Unknown outcome: leave the claim; a run after the stale time re-sends it.
      fail(run, c.reminder, `unknown outcome (${message}); re-sent after ${policy.staleClaimMinutes} minutes if not delivered`, false);
      run.log(`reminders: ${c.reminder.key}: ${message}`);
    } else {
      const permanent = status !== 429;
      const attempts = c.entry.attempts ?? 1;
      marks.push({ id: c.entry.id, etag: c.entry.etag, changes: { state: 'failed', error: `${permanent ? PERMANENT_FAILURE : TRANSIENT_FAILURE}: ${message}` } });
      fail(run, c.reminder, message, permanent || attempts >= policy.maxAttempts);
    }
  });
  const markResults = await run.reminderLog.updateEntries(marks);
  markResults.forEach((result, i) => {
    if (!result.ok) run.log(`reminders: could not mark log item ${marks[i].id} (${result.message}); it may be re-sent after ${policy.staleClaimMinutes} minutes`);
  });
  return marked;
}

/** Teams activity notifications for the reminders just sent, to recipients who have the app; returns how many failed. */
async function notifyInTeams(run: Run, marked: readonly Claim[], fresh: readonly Claim[], rendered: readonly ReminderMessage[], directory: ReadonlyMap<string, DirectoryPerson>): Promise<number> {
  const notes: BatchRequest[] = [];
  marked.forEach((c) => {
    const userId = directory.get(c.reminder.recipient)?.userId;
    const message = rendered[fresh.indexOf(c)];
    if (userId && message) notes.push(activityNotificationRequest(String(notes.length + 1), userId, c.reminder.kind, message));
  });
  if (!notes.length) return 0;
  const answers = await executeBatched(run.deps.graph, notes, run.batch);
  let failedNotes = 0;
  for (const a of answers.values()) if (a.status < 200 || a.status >= 300) failedNotes++;
  return failedNotes;
}

/** 4. Freeze the pre-read as the meeting's snapshot when it first goes out for this meeting day. */
async function freezePreReads(run: Run, input: JobInputs, sent: readonly Reminder[], preReadOf: (meetingId: number) => PreRead | undefined): Promise<void> {
  const meetingById = new Map(input.meetings.map((m) => [m.id, m]));
  const preReadMeetings = [...new Set(sent.filter((r) => r.kind === 'steering-preread').map((r) => r.meetingId))];
  const snapshots = preReadMeetings.flatMap((id) => {
    const meeting = meetingById.get(id);
    const preRead = preReadOf(id);
    if (!meeting || !preRead) return [];
    const existing = parseSnapshot(meeting.snapshot);
    if (existing && existing.meetingStart === preRead.meetingStart) return [];
    // The same snapshot as the steering tab's "freeze" (with each changed action's state before).
    const frozen = buildSteeringPreRead({ meeting, meetings: input.meetings, actions: input.actions, statusUpdates: input.statusUpdates, policy: run.policy, authority: input.authority });
    return [{ id, changes: { snapshot: freezePreRead(frozen, run.at().toISOString()), snapshotAt: run.at().toISOString() } }];
  });
  if (snapshots.length) {
    const results = await run.lists.updateItems(STEERING_MEETINGS, snapshots);
    results.forEach((r, i) => {
      if (!r.ok) run.log(`reminders: could not freeze the pre-read of meeting ${snapshots[i].id} (${r.message})`);
    });
  }
}

export async function runReminders(deps: ReminderJobDeps, now: Date, options: RunOptions = {}): Promise<ReminderRunResult> {
  const run = startRun(deps, now);
  const planned = await planRun(run, now);
  const { input, plan } = planned;
  const { render, preReadOf } = reminderRenderer(run, input);
  run.skipped.push(...plan.skipped.map((s): SkipReport => ({ kind: s.kind, meeting: s.meetingStart, who: s.who, actions: s.actions, reason: s.reason })));
  const selected = options.only ? plan.due.filter(options.only) : plan.due;
  if (options.dryRun) {
    return { now: now.toISOString(), dryRun: true, due: plan.due, sent: [], skipped: run.skipped, failed: run.failed, messages: selected.map(render), notificationsFailed: 0 };
  }

  const claims = await claimReminders(run, selected, planned);
  const winners = await keepWonClaims(run, claims);
  const mail = mailSettings(deps.config);
  const alreadySent = await findSentBefore(run, winners, claims.staleKeys, mail);
  // Recipients that no longer exist were logged as failed in the claim itself.
  const toSend = winners.filter((c) => {
    if (alreadySent.has(c)) return false;
    if (!claims.goneKeys.has(c.reminder.key)) return true;
    fail(run, c.reminder, 'the recipient no longer exists (HTTP 404)', true);
    return false;
  });
  const { sent, messages, notificationsFailed } = await sendAndMark(run, toSend, claims.claimedLocal, mail, render, planned.directory);
  await freezePreReads(run, input, sent, preReadOf);
  run.checkpoint('done');
  return { now: now.toISOString(), dryRun: false, due: plan.due, sent, skipped: run.skipped, failed: run.failed, messages, notificationsFailed };
}

/** The frozen pre-read stored on the meeting (the format lives in src/core/steering/snapshot.ts). */
export function preReadSnapshot(preRead: PreRead, frozenAt: string): string {
  return freezePreRead(preRead, frozenAt);
}

export function parseSnapshot(text: string | null | undefined): { readonly meetingStart: string } | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { meetingStart?: unknown };
    return typeof value.meetingStart === 'string' ? { meetingStart: value.meetingStart } : undefined;
  } catch {
    return undefined;
  }
}

export { BATCH_FAILED };
