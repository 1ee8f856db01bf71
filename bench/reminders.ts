/**
 * Reminder figures: the planner over 10 000 actions, and the HTTP requests of one job run that reminds
 * 200 owners (the real Graph client and PnPjs against the emulator): with ReminderLog through SharePoint
 * REST (the CLI's and the Function's default, on the emulator with both APIs) and, for comparison, with
 * the log through Graph (`REMINDERS_LOG_STORE=graph`, on the Graph-only emulator).
 */
import { planReminders, type PlannerAction, type PlannerMeeting, type PlannerStatusUpdate, type ReminderPerson } from '../src/core/reminders';
import { ACTION_DECISIONS, ROADMAP_ACTIONS, entityToItem } from '../src/core/schema';
import { helsinkiInstant, shiftDay } from '../src/core/time/helsinki';
import { runReminders, type GraphClientLike, type GraphRequestLike } from '../src/data/graph';
import { startEmulator, type EmulatorStore } from '../server/emulator';
import { EMULATOR_SENDER, EMULATOR_STEERING_GROUP_ID, MemoryGraphStore, startGraphEmulator } from '../server/emulator/graph';
import { addStoredItem, provisionSchemaLists } from '../server/emulator/graph/provision';
import { createGraphRoute } from '../server/emulator/graph/shared';
import { GROUPS, STEERING_MEETINGS } from '../src/core/schema';
import { sharePointReminderLog } from '../src/data/reminderLog';
import { createSp } from '../src/data/sp';
import { createGraphClient } from '../server/reminders/graphClient';
import { RUN_BUDGET_MS, hostTimeoutMs } from '../server/functions/src/budget';
import host from '../server/functions/host.json';
import { mulberry32 } from '../server/sample/prng';
import { deadlineAfter } from '../src/data/deadline';
import { timeMs, type Figure } from './figure';

const at = (day: string, time = '09:00'): string => helsinkiInstant(day, time).toISOString();
const MEETING_DAYS = ['2025-02-11', '2025-03-31', '2025-06-10', '2025-08-26', '2025-10-27', '2025-12-16'];

function plannerInput(n: number): { meetings: PlannerMeeting[]; actions: PlannerAction[]; statusUpdates: PlannerStatusUpdate[]; people: ReminderPerson[] } {
  const statuses: PlannerAction['status'][] = ['planned', 'in-progress', 'paused', 'completed', 'proposed', 'in-progress'];
  const owners = Array.from({ length: 400 }, (_, i) => `owner${i}@porvoo.fi`);
  const people: ReminderPerson[] = owners.map((email, i) => ({ email, language: (['fi', 'sv', 'en'] as const)[i % 3] }));
  for (let i = 0; i < 9; i++) people.push({ email: `steering${i}@porvoo.fi`, steering: true });
  const meetings: PlannerMeeting[] = MEETING_DAYS.map((d, i) => ({ id: i + 1, title: `Digijohtoryhmä ${d}`, startsAt: at(d), state: 'scheduled' }));
  const actions: PlannerAction[] = [];
  const statusUpdates: PlannerStatusUpdate[] = [];
  for (let i = 0; i < n; i++) {
    actions.push({ id: i + 1, code: `DT25-${i + 1}`, title: `Toimenpide ${i + 1}`, status: statuses[i % statuses.length], owner: { email: owners[i % owners.length] } });
    // Two reports a year per action, some after the previous meeting.
    statusUpdates.push({ action: i + 1, reportedOn: at(shiftDay('2025-03-15', i % 60)), overallLight: (['green', 'yellow', 'red'] as const)[i % 3] });
    if (i % 2 === 0) statusUpdates.push({ action: i + 1, reportedOn: at(shiftDay('2025-09-01', i % 50)), overallLight: 'green' });
  }
  return { meetings, actions, statusUpdates, people };
}

/** Counts requests by what they are (the emulator counts the same HTTP requests by route). */
function counting(inner: GraphClientLike): GraphClientLike & { readonly byKind: Map<string, number> } {
  const byKind = new Map<string, number>();
  const add = (kind: string): void => {
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  };
  const wrap = (path: string, request: GraphRequestLike): GraphRequestLike => ({
    header: (name, value) => wrap(path, request.header(name, value)),
    get: () => {
      add('read');
      return request.get();
    },
    patch: (body) => {
      add('write');
      return request.patch(body);
    },
    post: (body) => {
      const parts = (body as { requests?: { method: string; url: string }[] }).requests;
      const first = parts?.[0];
      const kind = !first ? 'write'
        : first.url.includes('/sendMail') ? 'batch: sendMail'
        : first.method === 'GET' ? 'read (batched user look-ups)'
        : first.method === 'POST' ? 'batch: claims'
        : 'batch: marks';
      add(kind);
      return request.post(body);
    }
  });
  return { api: (path) => wrap(path, inner.api(path)), byKind };
}

interface RunFigures {
  /** Graph requests, by what they are. */
  readonly graph: number;
  readonly byKind: Map<string, number>;
  /** SharePoint REST requests (0 when the log is on Graph), by the emulator's kinds. */
  readonly sharePoint: number;
  readonly sharePointByKind: Readonly<Record<string, number>>;
  readonly ms: number;
}

const MEETING = at('2025-05-20');
const RUN_AT = new Date(at('2025-05-06'));
const links = (siteUrl: string) => ({ statusPageUrl: `${siteUrl}/SitePages/Tiekartta.aspx` });
const ownerAction = (i: number, email: string, id: number) =>
  entityToItem(ROADMAP_ACTIONS, { title: `Toimenpide ${i + 1}`, roadmapYear: 2025, goal: 'A', level: 'shared', status: 'in-progress', owner: { email, id } });
/** The action's code, which lives in ActionDecisions (schema 3). */
const actionCode = (i: number, actionId: number) => entityToItem(ACTION_DECISIONS, { action: actionId, code: `DT25-${i + 1}` });

/** The steering chair, one meeting and an owner with an action per recipient, on the Graph-only emulator. */
function seedGraphOwners(store: MemoryGraphStore, recipients: number): void {
  store.addDirectoryUser({ displayName: 'Steering Chair', mail: 'chair@porvoo.fi' });
  store.addGroupMember(EMULATOR_STEERING_GROUP_ID, 'chair@porvoo.fi');
  store.addItem(store.listIdOf(STEERING_MEETINGS), entityToItem(STEERING_MEETINGS, { title: 'Digijohtoryhmä', startsAt: MEETING, state: 'scheduled' }));
  for (let i = 0; i < recipients; i++) {
    const email = `owner${i}@porvoo.fi`;
    const id = store.addDirectoryUser({ displayName: `Owner ${i}`, mail: email, preferredLanguage: i % 2 ? 'sv-FI' : 'fi-FI' });
    const action = store.addItem(store.listIdOf(ROADMAP_ACTIONS), ownerAction(i, email, id));
    store.addItem(store.listIdOf(ACTION_DECISIONS), actionCode(i, action.Id));
  }
}

/** The log through Graph: the Graph-only emulator. */
async function runWithGraphLog(recipients: number): Promise<RunFigures> {
  const store = new MemoryGraphStore();
  const emulator = await startGraphEmulator({ store });
  try {
    seedGraphOwners(store, recipients);
    const graph = counting(createGraphClient({ graphUrl: emulator.graphUrl }));
    const start = performance.now();
    const result = await runReminders({ graph, config: { siteUrl: emulator.siteUrl, sender: EMULATOR_SENDER, steeringGroupId: EMULATOR_STEERING_GROUP_ID, links: links(emulator.siteUrl) } }, RUN_AT);
    const ms = Math.round(performance.now() - start);
    if (result.sent.length !== recipients) throw new Error(`sent ${result.sent.length} of ${recipients}`);
    return { graph: total(graph.byKind), byKind: graph.byKind, sharePoint: 0, sharePointByKind: {}, ms };
  } finally {
    await emulator.stop();
  }
}

/**
 * A 200-recipient run in a throttling storm (half of Graph's requests and batch parts answered 429 with two
 * minutes to wait, from the sends on) under the Function's deadline, on a fake clock that every wait moves
 * on: when does its last step end, against the host's timeout?
 */
async function throttledRunEndMs(recipients: number): Promise<{ readonly endMs: number; readonly deadlineMs: number; readonly sent: number }> {
  const store = new MemoryGraphStore();
  const emulator = await startGraphEmulator({ store, random: mulberry32(7) });
  try {
    seedGraphOwners(store, recipients);
    let fake = 0;
    let end = 0;
    const deadline = deadlineAfter(RUN_BUDGET_MS, { clock: () => fake, sleep: async (ms) => { fake += ms; } });
    const result = await runReminders({
      graph: createGraphClient({ graphUrl: emulator.graphUrl, deadline }), deadline, clock: () => fake,
      config: { siteUrl: emulator.siteUrl, sender: EMULATOR_SENDER, steeringGroupId: EMULATOR_STEERING_GROUP_ID, links: links(emulator.siteUrl) },
      checkpoint: (step) => {
        end = fake;
        if (step === 'checked-sent-items') emulator.setFaults({ throttleRate: 0.5, retryAfterSeconds: 120 });
      }
    }, RUN_AT);
    return { endMs: end, deadlineMs: deadline.at, sent: result.sent.length };
  } finally {
    await emulator.stop();
  }
}

/** The log through SharePoint REST: the emulator with both APIs on one store (as `npm run demo`). */
async function runWithSharePointLog(recipients: number): Promise<RunFigures> {
  const languages = new Map<string, string>();
  const seed = (store: EmulatorStore): void => {
    const lists = provisionSchemaLists(store);
    const steering = store.addGroup({ title: GROUPS.find((g) => g.key === 'steering')?.name ?? 'steering' });
    store.addGroupMember(steering, store.ensureUser('chair@porvoo.fi', 'Steering Chair'));
    const admin = store.siteAdmin.id;
    const meetings = lists.get('meetings');
    if (!meetings) throw new Error('not provisioned');
    store.addItem(meetings, entityToItem(STEERING_MEETINGS, { title: 'Digijohtoryhmä', startsAt: MEETING, state: 'scheduled' }), admin);
    for (let i = 0; i < recipients; i++) {
      const user = store.ensureUser(`owner${i}@porvoo.fi`, `Owner ${i}`);
      if (i % 2) languages.set(user.email, 'sv');
      addStoredItem(store, lists, ROADMAP_ACTIONS, { code: `DT25-${i + 1}`, title: `Toimenpide ${i + 1}`, roadmapYear: 2025, goal: 'A', level: 'shared', status: 'in-progress', owner: { email: user.email, id: user.id } }, admin);
    }
  };
  const emulator = await startEmulator({ seed, extraRoutes: [createGraphRoute({ directory: { languages } })] });
  try {
    const graph = counting(createGraphClient({ graphUrl: emulator.graphUrl }));
    const reminderLog = sharePointReminderLog(createSp({ siteUrl: emulator.siteUrl }));
    emulator.resetCounters();
    const start = performance.now();
    const result = await runReminders({ graph, reminderLog, config: { siteUrl: emulator.siteUrl, sender: EMULATOR_SENDER, steeringGroupId: EMULATOR_STEERING_GROUP_ID, links: links(emulator.siteUrl) } }, RUN_AT);
    const ms = Math.round(performance.now() - start);
    if (result.sent.length !== recipients) throw new Error(`sent ${result.sent.length} of ${recipients}`);
    const { graph: viaGraph, ...sharePointByKind } = emulator.counters().byKind;
    if (viaGraph !== total(graph.byKind)) throw new Error(`the emulator counted ${viaGraph} Graph requests, the client ${total(graph.byKind)}`);
    return { graph: total(graph.byKind), byKind: graph.byKind, sharePoint: total(new Map(Object.entries(sharePointByKind))), sharePointByKind, ms };
  } finally {
    await emulator.stop();
  }
}

function total(byKind: ReadonlyMap<string, number>): number {
  return [...byKind.values()].reduce((a, b) => a + b, 0);
}

export async function run(): Promise<Figure[]> {
  const input = plannerInput(10_000);
  const now = new Date(at('2025-10-13', '09:00')); // request day of the 27.10. meeting
  const plan = planReminders({ ...input, log: [], now });
  if (plan.due.length === 0) throw new Error('the planner bench plans nothing');
  const plannerMs = await timeMs(() => planReminders({ ...input, log: [], now }), 7);
  const preReadDay = new Date(at('2025-10-24', '09:00')); // the pre-read is built too
  const preReadMs = await timeMs(() => planReminders({ ...input, log: [], now: preReadDay }), 7);

  const n = 200;
  const batches = Math.ceil(n / 20);
  const sp = await runWithSharePointLog(n);
  const viaGraph = await runWithGraphLog(n);
  const storm = await throttledRunEndMs(n);
  const hostMs = hostTimeoutMs(host.functionTimeout);
  const reads = (sp.byKind.get('read') ?? 0) + (sp.byKind.get('read (batched user look-ups)') ?? 0);
  const sends = sp.byKind.get('batch: sendMail') ?? 0;
  const breakdown = (byKind: ReadonlyMap<string, number>): string => [...byKind.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
  // SharePoint: the log read and the claims read back, one digest, claims in batches of 100, one mark batch per send batch.
  const spTarget = 2 + 1 + Math.ceil(n / 100) + batches;
  return [
    { figure: 'reminder planner over 10 000 actions (6 meetings, 15 000 reports)', value: plannerMs, unit: 'ms', target: '< 100 ms', met: plannerMs < 100, note: `${plan.due.length} reminders due` },
    { figure: 'reminder planner over 10 000 actions on a pre-read day (pre-read built)', value: preReadMs, unit: 'ms', target: '< 100 ms', met: preReadMs < 100 },
    {
      figure: 'Graph HTTP requests for a run with 200 recipients (ReminderLog through SharePoint, the default)', value: sp.graph, unit: 'requests',
      target: `<= ${batches} + the reads (${reads}) = ${batches + reads}`, met: sp.graph <= batches + reads, note: breakdown(sp.byKind)
    },
    {
      figure: 'SharePoint REST requests of that run (ReminderLog claims and marks)', value: sp.sharePoint, unit: 'requests', target: `<= ${spTarget}`, met: sp.sharePoint <= spTarget,
      note: Object.entries(sp.sharePointByKind).map(([k, v]) => `${k} ${v}`).join(', ')
    },
    {
      figure: 'all HTTP requests of that run (Graph + SharePoint)', value: sp.graph + sp.sharePoint, unit: 'requests', target: `< ${viaGraph.graph} (the log through Graph, REMINDERS_LOG_STORE=graph)`,
      met: sp.graph + sp.sharePoint < viaGraph.graph, note: `with the log through Graph: ${breakdown(viaGraph.byKind)} (Graph batches hold 20: ${batches} claim and ${batches} mark batches)`
    },
    { figure: 'sendMail $batch requests for 200 recipients', value: sends, unit: 'requests', target: `<= ${batches}`, met: sends <= batches },
    { figure: 'reminder job run with 200 recipients against the emulator', value: sp.ms, unit: 'ms', target: '< 10000 ms', met: sp.ms < 10000, note: `${viaGraph.ms} ms with the log through Graph` },
    {
      figure: 'last step of a 200-recipient run in a throttling storm (429 + 120 s on half of Graph\'s answers), on the run\'s clock', value: Math.round(storm.endMs / 1000), unit: 's',
      target: `<= ${storm.deadlineMs / 1000} s (the deadline; host.json's timeout ${hostMs / 1000} s)`, met: storm.endMs <= storm.deadlineMs && storm.deadlineMs < hostMs,
      note: `${storm.sent} of ${n} sent; the rest stay claimed for the next run`
    }
  ];
}
