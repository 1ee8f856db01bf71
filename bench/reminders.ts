/**
 * Reminder figures: the planner over 10 000 actions, and the Graph HTTP requests of one job run that
 * reminds 200 owners (through the real Graph client against the emulator's Graph part).
 */
import { planReminders, type PlannerAction, type PlannerMeeting, type PlannerStatusUpdate, type ReminderPerson } from '../src/core/reminders';
import { ROADMAP_ACTIONS, entityToItem } from '../src/core/schema';
import { helsinkiInstant, shiftDay } from '../src/core/time/helsinki';
import { runReminders, type GraphClientLike, type GraphRequestLike } from '../src/data/graph';
import { EMULATOR_SENDER, EMULATOR_STEERING_GROUP_ID, MemoryGraphStore, startGraphEmulator } from '../server/emulator/graph';
import { STEERING_MEETINGS } from '../src/core/schema';
import { createGraphClient } from '../server/reminders/graphClient';
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

async function graphRun(recipients: number): Promise<{ total: number; emulatorTotal: number; byKind: Map<string, number>; ms: number }> {
  const store = new MemoryGraphStore();
  const emulator = await startGraphEmulator({ store });
  try {
    store.addDirectoryUser({ displayName: 'Steering Chair', mail: 'chair@porvoo.fi' });
    store.addGroupMember(EMULATOR_STEERING_GROUP_ID, 'chair@porvoo.fi');
    store.addItem(store.listIdOf(STEERING_MEETINGS), entityToItem(STEERING_MEETINGS, { title: 'Digijohtoryhmä', startsAt: at('2025-05-20'), state: 'scheduled' }));
    for (let i = 0; i < recipients; i++) {
      const email = `owner${i}@porvoo.fi`;
      const id = store.addDirectoryUser({ displayName: `Owner ${i}`, mail: email, preferredLanguage: i % 2 ? 'sv-FI' : 'fi-FI' });
      store.addItem(store.listIdOf(ROADMAP_ACTIONS), entityToItem(ROADMAP_ACTIONS, {
        code: `DT25-${i + 1}`, title: `Toimenpide ${i + 1}`, roadmapYear: 2025, goal: 'A', level: 'shared', status: 'in-progress', owner: { email, id }
      }));
    }
    const graph = counting(createGraphClient({ graphUrl: emulator.graphUrl }));
    emulator.resetCounters();
    const start = performance.now();
    const result = await runReminders({
      graph,
      config: { siteUrl: emulator.siteUrl, sender: EMULATOR_SENDER, steeringGroupId: EMULATOR_STEERING_GROUP_ID, links: { statusPageUrl: `${emulator.siteUrl}/SitePages/Tiekartta.aspx` } }
    }, new Date(at('2025-05-06')));
    const ms = Math.round(performance.now() - start);
    if (result.sent.length !== recipients) throw new Error(`sent ${result.sent.length} of ${recipients}`);
    const total = [...graph.byKind.values()].reduce((a, b) => a + b, 0);
    return { total, emulatorTotal: emulator.counters().total, byKind: graph.byKind, ms };
  } finally {
    await emulator.stop();
  }
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
  const g = await graphRun(n);
  const reads = (g.byKind.get('read') ?? 0) + (g.byKind.get('read (batched user look-ups)') ?? 0);
  const sends = g.byKind.get('batch: sendMail') ?? 0;
  const breakdown = [...g.byKind.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    { figure: 'reminder planner over 10 000 actions (6 meetings, 15 000 reports)', value: plannerMs, unit: 'ms', target: '< 100 ms', met: plannerMs < 100, note: `${plan.due.length} reminders due` },
    { figure: 'reminder planner over 10 000 actions on a pre-read day (pre-read built)', value: preReadMs, unit: 'ms', target: '< 100 ms', met: preReadMs < 100 },
    {
      figure: 'Graph HTTP requests for a run with 200 recipients', value: g.total, unit: 'requests', target: `<= ${Math.ceil(n / 20)} + the reads (${reads}) = ${Math.ceil(n / 20) + reads}`,
      met: g.total <= Math.ceil(n / 20) + reads,
      note: `${breakdown}; exactly-once adds ${Math.ceil(n / 20)} claim and ${Math.ceil(n / 20)} mark batches (ReminderLog) to the ${sends} sendMail batches; emulator counted ${g.emulatorTotal}`
    },
    { figure: 'sendMail $batch requests for 200 recipients', value: sends, unit: 'requests', target: `<= ${Math.ceil(n / 20)}`, met: sends <= Math.ceil(n / 20) },
    { figure: 'reminder job run with 200 recipients against the emulator', value: g.ms, unit: 'ms', target: '< 10000 ms', met: g.ms < 10000 }
  ];
}
