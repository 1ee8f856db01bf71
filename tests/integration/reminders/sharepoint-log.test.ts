import { InvocationContext } from '@azure/functions';
import { startEmulator, type Emulator, type EmulatorStore, type FaultOptions } from '../../../server/emulator';
import { remindersTimer } from '../../../server/functions/src/reminders';
import { createGraphRoute } from '../../../server/emulator/graph/shared';
import { addStoredItem, provisionSchemaLists } from '../../../server/emulator/graph/provision';
import type { OutboxEntry } from '../../../server/emulator/graph';
import { createGraphClient } from '../../../server/reminders/graphClient';
import { EMULATOR_DEFAULTS } from '../../../server/reminders/config';
import { GROUPS, ROADMAP_ACTIONS, STEERING_MEETINGS, entityToItem, type ReminderLogEntry } from '../../../src/core/schema';
import { runReminders, type GraphClientLike, type GraphRequestLike, type ReminderJobConfig } from '../../../src/data/graph';
import { reminderLogRepository } from '../../../src/data/repository';
import { sharePointReminderLog } from '../../../src/data/reminderLog';
import { createSp } from '../../../src/data/sp';
import { helsinkiDay, shiftDay } from '../../../src/core/time/helsinki';
import { Crash, at, cli, crashPlan, crashing, crashingFetch, type CrashPlan } from './world';

/**
 * ReminderLog through SharePoint REST (PnPjs `$batch`, 100 per request) while mail goes through Graph:
 * the default of the CLI and the Function. Same exactly-once rules as the Graph store: claims before
 * sending, read back, marks after each send batch; a crash anywhere then reruns lose nothing.
 */

const OWNERS = 43; // three send batches: 20 + 20 + 3
const owner = (i: number): string => `owner${String(i + 1).padStart(2, '0')}@porvoo.fi`;
const expectedKeys = Array.from({ length: OWNERS }, (_, i) => `owner-request:1:2025-05-20:${owner(i)}`).sort();
const noSleep = async (): Promise<void> => undefined;

function seed(store: EmulatorStore): void {
  const lists = provisionSchemaLists(store);
  const steering = store.addGroup({ title: GROUPS.find((g) => g.key === 'steering')?.name ?? 'steering' });
  store.addGroupMember(steering, store.ensureUser('anna.aalto@porvoo.fi', 'Anna Aalto'));
  const meetings = lists.get('meetings');
  const actions = lists.get('actions');
  if (!meetings || !actions) throw new Error('not provisioned');
  const admin = store.siteAdmin.id;
  store.addItem(meetings, entityToItem(STEERING_MEETINGS, { title: 'Digijohtoryhmä 5/2025', startsAt: at('2025-05-20'), state: 'scheduled' }), admin);
  for (let i = 0; i < OWNERS; i++) {
    const user = store.ensureUser(owner(i), `Owner ${i + 1}`);
    addStoredItem(store, lists, ROADMAP_ACTIONS, {
      code: `DT25-${String(i + 1).padStart(2, '0')}`, title: `Toimenpide ${i + 1}`, roadmapYear: 2025, goal: 'A', level: 'shared', status: 'in-progress', owner: { email: user.email, id: user.id }
    }, admin);
  }
}

/**
 * SharePoint's clock (Created/Modified and the Date header), which the tests move: claim ages are measured
 * on it, not on the runner's `now`.
 */
const serverTime = { now: new Date(at('2025-05-06')) };
const start = (faults?: FaultOptions): Promise<Emulator> => {
  serverTime.now = new Date(at('2025-05-06'));
  return startEmulator({ seed, extraRoutes: [createGraphRoute()], clock: () => serverTime.now, ...(faults ? { faults } : {}) });
};

function config(emulator: Emulator): ReminderJobConfig {
  return {
    siteUrl: emulator.siteUrl,
    sender: EMULATOR_DEFAULTS.sender,
    steeringGroupId: EMULATOR_DEFAULTS.steeringGroupId,
    links: { statusPageUrl: `${emulator.siteUrl}/SitePages/Tiekartta.aspx` },
    batch: { sleep: noSleep }
  };
}

async function mail(emulator: Emulator): Promise<OutboxEntry[]> {
  const outbox = (await (await fetch(`${emulator.graphUrl}/_emulator/outbox`)).json()) as { value: OutboxEntry[] };
  return outbox.value.filter((e) => e.type === 'mail');
}

function log(emulator: Emulator): Promise<ReminderLogEntry[]> {
  return reminderLogRepository(createSp({ siteUrl: emulator.siteUrl })).list();
}

/** Records the Graph requests a run makes, batch parts included. */
function recording(inner: GraphClientLike): GraphClientLike & { readonly parts: { method: string; url: string }[] } {
  const parts: { method: string; url: string }[] = [];
  const wrap = (path: string, request: GraphRequestLike): GraphRequestLike => ({
    header: (name, value) => wrap(path, request.header(name, value)),
    get: () => {
      parts.push({ method: 'GET', url: path });
      return request.get();
    },
    patch: (body) => {
      parts.push({ method: 'PATCH', url: path });
      return request.patch(body);
    },
    post: (body) => {
      const batched = (body as { requests?: { method: string; url: string }[] }).requests;
      parts.push(...(batched ?? [{ method: 'POST', url: path }]));
      return request.post(body);
    }
  });
  return { api: (path) => wrap(path, inner.api(path)), parts };
}

describe('ReminderLog through SharePoint REST', () => {
  it('claims in one SharePoint batch, marks after each send batch, and writes nothing to the log through Graph', async () => {
    const emulator = await start();
    try {
      const graph = recording(createGraphClient({ graphUrl: emulator.graphUrl }));
      const reminderLog = sharePointReminderLog(createSp({ siteUrl: emulator.siteUrl }));
      emulator.resetCounters();
      const result = await runReminders({ graph, config: config(emulator), reminderLog }, new Date(at('2025-05-06')));
      expect(result.failed).toEqual([]);
      expect(result.sent).toHaveLength(OWNERS);

      const sharePoint = emulator.counters().byKind;
      const sendBatches = Math.ceil(OWNERS / 20);
      // One claim batch (43 creates) and one mark batch per send batch.
      expect(sharePoint.batch).toBe(1 + sendBatches);
      // The log's reads: before planning and the claims read back.
      expect(sharePoint.items).toBe(2);
      const graphWrites = graph.parts.filter((p) => p.method !== 'GET' && /\/lists\//.test(p.url));
      expect(graphWrites).toEqual([]);
      expect(graph.parts.filter((p) => p.url.endsWith('/sendMail'))).toHaveLength(OWNERS);

      const entries = await log(emulator);
      expect(entries.map((e) => e.key).sort()).toEqual(expectedKeys);
      expect(entries.every((e) => e.state === 'sent' && e.sentAt !== null && e.attempts === 1)).toBe(true);
      expect((await mail(emulator)).map((m) => m.key).sort()).toEqual(expectedKeys);

      const again = await runReminders({ graph, config: config(emulator), reminderLog }, new Date(at('2025-05-07')));
      expect(again.sent).toEqual([]);
      expect(await mail(emulator)).toHaveLength(OWNERS);
    } finally {
      await emulator.stop();
    }
  });

  it('delivers every reminder exactly once when 30 % of Graph and SharePoint requests are answered 429', async () => {
    const emulator = await start({ throttleRate: 0.3, retryAfterSeconds: 0, seed: 7 });
    try {
      const reminderLog = sharePointReminderLog(createSp({ siteUrl: emulator.siteUrl }, { sleep: noSleep }));
      const result = await runReminders({ graph: createGraphClient({ graphUrl: emulator.graphUrl }), config: config(emulator), reminderLog }, new Date(at('2025-05-06')));
      expect(result.failed).toEqual([]);
      expect(result.sent).toHaveLength(OWNERS);
      expect(emulator.counters().faults.throttled).toBeGreaterThan(5);
      emulator.setFaults({});
      expect((await mail(emulator)).map((m) => m.key).sort()).toEqual(expectedKeys);
      expect((await log(emulator)).filter((e) => e.state === 'sent').map((e) => e.key).sort()).toEqual(expectedKeys);
    } finally {
      await emulator.stop();
    }
  }, 60_000);

  it('settles two concurrent runs to one message per reminder (the lowest log id wins)', async () => {
    const emulator = await start();
    try {
      const run = () => runReminders({
        graph: createGraphClient({ graphUrl: emulator.graphUrl }), config: config(emulator), reminderLog: sharePointReminderLog(createSp({ siteUrl: emulator.siteUrl }))
      }, new Date(at('2025-05-06')));
      const [a, b] = await Promise.all([run(), run()]);
      expect(a.sent.length + b.sent.length).toBe(OWNERS);
      expect((await mail(emulator)).map((m) => m.key).sort()).toEqual(expectedKeys);
      const entries = await log(emulator);
      expect(entries.filter((e) => e.state === 'sent').map((e) => e.key).sort()).toEqual(expectedKeys);
      // Every claim that lost the race is marked so, none is left claimed.
      expect(entries.filter((e) => e.state === 'claimed')).toEqual([]);
    } finally {
      await emulator.stop();
    }
  }, 30_000);

  it('takes over a crashed run\'s claim only with the etag it read: a changed entry is a conflict, not a second send', async () => {
    const emulator = await start();
    try {
      const graph = createGraphClient({ graphUrl: emulator.graphUrl });
      const reminderLog = sharePointReminderLog(createSp({ siteUrl: emulator.siteUrl }));
      // A run that dies right after claiming.
      await runReminders({ graph, config: config(emulator), reminderLog, checkpoint: (s) => { if (s === 'claimed') throw new Crash(s); } }, new Date(at('2025-05-06'))).catch((e: unknown) => {
        if (!(e instanceof Crash)) throw e;
      });
      const claims = await log(emulator);
      expect(claims.every((c) => c.state === 'claimed')).toBe(true);
      // Someone edits one claim between the next run's read and its take-over: that one is left alone.
      const edited = claims[0];
      let edit: Promise<unknown> | undefined;
      serverTime.now = new Date(at('2025-05-06', '09:31'));
      const result = await runReminders({
        graph, config: config(emulator), reminderLog,
        checkpoint: (s) => {
          if (s === 'planned') edit = reminderLogRepository(createSp({ siteUrl: emulator.siteUrl })).update(edited.id, edited.etag, { error: 'checked by hand' });
        }
      }, new Date(at('2025-05-06', '09:31')));
      await edit;
      expect(result.sent).toHaveLength(OWNERS - 1);
      expect(result.skipped.filter((s) => s.reason === 'claim-conflict').map((s) => s.recipient)).toEqual([edited.recipient]);
      expect((await mail(emulator)).map((m) => m.key)).not.toContain(edited.key);
    } finally {
      await emulator.stop();
    }
  }, 30_000);

  it('loses no reminder and sends none twice outside the window when a run dies at any Graph or SharePoint request', async () => {
    const run = async (emulator: Emulator, now: string, plan?: CrashPlan) => {
      serverTime.now = new Date(now);
      const real = createGraphClient({ graphUrl: emulator.graphUrl });
      const graph = plan ? crashing(real, plan.limit, plan.when, plan) : real;
      const sp = createSp({ siteUrl: emulator.siteUrl, ...(plan ? { fetch: crashingFetch(plan) } : {}) }, { retries: 0 });
      return runReminders({ graph, config: config(emulator), reminderLog: sharePointReminderLog(sp) }, new Date(now)).catch((e: unknown) => {
        if (!(e instanceof Crash)) throw e;
        return undefined;
      });
    };
    // How many requests (Graph and SharePoint) does a clean run make?
    const probe = await start();
    const counted = crashPlan(Number.MAX_SAFE_INTEGER, 'before');
    await run(probe, at('2025-05-06'), counted);
    await probe.stop();
    const total = counted.count;
    expect(total).toBeGreaterThan(15);

    const windows: string[] = [];
    for (const when of ['before', 'after'] as const) {
      for (let limit = 1; limit <= total; limit++) {
        const emulator = await start();
        try {
          await run(emulator, at('2025-05-06'), crashPlan(limit, when));
          // The window: accepted by Graph (in the outbox) but not marked sent in the log.
          const delivered = new Set((await mail(emulator)).map((m) => m.key ?? ''));
          const marked = new Set((await log(emulator)).filter((e) => e.state === 'sent').map((e) => e.key));
          const window = [...delivered].filter((k) => !marked.has(k));

          // A rerun at once leaves fresh claims alone; one after the stale time recovers them.
          await run(emulator, at('2025-05-06', '09:05'));
          const rerun = await run(emulator, at('2025-05-06', '09:31'));
          expect(rerun?.failed).toEqual([]);

          const keys = (await mail(emulator)).map((m) => m.key ?? '');
          expect([...new Set(keys)].sort()).toEqual(expectedKeys);
          const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
          expect(twice.filter((k) => !window.includes(k))).toEqual([]);
          expect((await log(emulator)).filter((e) => e.state === 'sent').map((e) => e.key).sort()).toEqual(expectedKeys);
          if (twice.length) windows.push(`${when} request ${limit}`);
        } finally {
          await emulator.stop();
        }
      }
    }
    // Per send batch: the sendMail batch's answer is lost, or the run dies before (or at) its mark.
    expect(windows).toHaveLength(Math.ceil(OWNERS / 20) * 2);
  }, 240_000);

  it('is what tiekartta reminders uses by default; --log-store graph keeps the log on Graph', async () => {
    const emulator = await start();
    try {
      emulator.resetCounters();
      const first = await cli(['reminders', '--site', emulator.siteUrl, '--graph', emulator.graphUrl, '--now', at('2025-05-06'), '--json']);
      expect(first.err).toEqual([]);
      expect((JSON.parse(first.out[0]) as { sent: number }).sent).toBe(OWNERS);
      expect(emulator.counters().byKind.batch).toBe(1 + Math.ceil(OWNERS / 20));

      // The same log read through Graph: nothing is due twice.
      emulator.resetCounters();
      const second = await cli(['reminders', '--site', emulator.siteUrl, '--graph', emulator.graphUrl, '--log-store', 'graph', '--now', at('2025-05-07'), '--json']);
      expect((JSON.parse(second.out[0]) as { sent: number }).sent).toBe(0);
      expect(emulator.counters().byKind.batch ?? 0).toBe(0);
    } finally {
      await emulator.stop();
    }
  }, 30_000);

  it('is what the Function uses by default', async () => {
    const emulator = await start();
    const saved = { ...process.env };
    try {
      // A meeting 14 Helsinki days from today: the owner requests are due now.
      const meetings = emulator.store.listByUrl(STEERING_MEETINGS.url);
      if (!meetings) throw new Error('not provisioned');
      const day = shiftDay(helsinkiDay(new Date()), 14);
      emulator.store.addItem(meetings, entityToItem(STEERING_MEETINGS, { title: `Digijohtoryhmä ${day}`, startsAt: at(day, '23:30'), state: 'scheduled' }), emulator.store.siteAdmin.id);
      Object.assign(process.env, { REMINDERS_SITE_URL: emulator.siteUrl, REMINDERS_GRAPH_URL: emulator.graphUrl, REMINDERS_EARLIEST_HOUR: '0' });
      delete process.env.REMINDERS_LOG_STORE;
      emulator.resetCounters();
      await remindersTimer({ isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, new InvocationContext({ functionName: 'reminders', logHandler: () => undefined }));
      expect((await mail(emulator)).map((m) => m.to.join()).sort()).toEqual(Array.from({ length: OWNERS }, (_, i) => owner(i)));
      expect(emulator.counters().byKind.batch).toBe(1 + Math.ceil(OWNERS / 20));
      expect((await log(emulator)).filter((e) => e.state === 'sent')).toHaveLength(OWNERS);
    } finally {
      process.env = saved;
      await emulator.stop();
    }
  }, 30_000);
});
