import { InvocationContext } from '@azure/functions';
import { Client, MiddlewareFactory, type Middleware } from '@microsoft/microsoft-graph-client';
import hostJson from '../../../server/functions/host.json';
import { RUN_BUDGET_MS, hostTimeoutMs } from '../../../server/functions/src/budget';
import { remindersTimer } from '../../../server/functions/src/reminders';
import { EMULATOR_STEERING_GROUP_ID } from '../../../server/emulator/graph';
import { createGraphClient } from '../../../server/reminders/graphClient';
import { MAX_STALE_CLAIM_MINUTES, MIN_STALE_CLAIM_MINUTES } from '../../../src/core/reminders';
import { deadlineAfter, type RunDeadline } from '../../../src/data/deadline';
import { postPreReadToChannel, runReminders, sendRemindersNow, type GraphClientLike, type ReminderJobConfig } from '../../../src/data/graph';
import { EmulatorIdentity, createGraphTransport } from '../../../src/data/graph/transport';
import { Crash, SENDER, World, at, cli, seededRandom } from './world';

/**
 * Issue 12 §4: exactly once also from the browser, on the server's clock, and within the Function's
 * timeout. Everything runs the real Graph SDK middleware against the emulator.
 */

const CHAIR = 'anna.aalto@porvoo.fi';
const noSleep = async (): Promise<void> => undefined;

function config(world: World, sender = 'me'): ReminderJobConfig {
  return {
    siteUrl: world.emulator.siteUrl,
    sender,
    steeringGroupId: EMULATOR_STEERING_GROUP_ID,
    links: { statusPageUrl: `${world.emulator.siteUrl}/SitePages/Tiekartta.aspx` },
    batch: { sleep: noSleep }
  };
}

/** What SPFx's MSGraphClientV3 builds by default: the SDK's default chain (its own RetryHandler settings). */
function defaultChainClient(world: World, identity: string): GraphClientLike {
  const chain: Middleware[] = MiddlewareFactory.getDefaultMiddlewareChain({ getAccessToken: async () => '' });
  // The emulator's identity header goes just before the fetch, as in our chain; the SDK's auth handler signs only Graph's hosts.
  chain.splice(chain.length - 1, 0, new EmulatorIdentity(identity));
  return Client.initWithMiddleware({ baseUrl: `${world.emulator.graphUrl}/`, defaultVersion: 'v1.0', middleware: chain });
}

/** The steering tab's client: the shared transport, as the web part builds it (here with the emulator's identity). */
function tabClient(world: World, identity: string): GraphClientLike {
  return createGraphTransport({ graphUrl: world.emulator.graphUrl, extra: [new EmulatorIdentity(identity)] });
}

describe('"send now" from the browser when Graph answers 504 after accepting', () => {
  let world: World;
  beforeEach(async () => {
    world = await new World().start();
    world.addPeople([
      { name: 'Anna Aalto', email: CHAIR, steering: true },
      { name: 'Björn Berg', email: 'bjorn.berg@porvoo.fi', lang: 'sv', steering: true }
    ]);
    world.addMeeting('2025-05-20');
    world.clock = new Date(at('2025-05-17', '10:00'));
  });
  afterEach(() => world.stop());

  /** Claims go through; from the send on, every write is carried out and answered 504. */
  const gatewayTimesOutFromTheSend = (step: string): void => {
    if (step === 'checked-sent-items') world.emulator.setFaults({ gatewayTimeoutAfterApplyRate: 1 });
  };
  const preReads = { only: (r: { kind: string }) => r.kind === 'steering-preread' };

  it('the SDK\'s default middleware (what MSGraphClientV3 uses) sends the accepted $batch again: the finding', async () => {
    await runReminders({ graph: defaultChainClient(world, CHAIR), config: config(world), checkpoint: gatewayTimesOutFromTheSend }, world.clock, preReads);
    world.emulator.setFaults({});
    // Its RetryHandler repeats a POST answered 504 (3 retries by default): each pre-read went out four times.
    expect(world.mail().filter((m) => m.to.includes(CHAIR))).toHaveLength(4);
  }, 60_000);

  it('the tab\'s client sends each reminder once and leaves its outcome to recovery', async () => {
    const result = await runReminders({ graph: tabClient(world, CHAIR), config: config(world), checkpoint: gatewayTimesOutFromTheSend }, world.clock, preReads);
    world.emulator.setFaults({});
    expect(world.mail().map((m) => m.to.join()).sort()).toEqual(['anna.aalto@porvoo.fi', 'bjorn.berg@porvoo.fi']);
    expect(result.sent).toEqual([]);
    expect(result.failed.map((f) => [f.recipient, f.final]).sort()).toEqual([[CHAIR, false], ['bjorn.berg@porvoo.fi', false]]);
    expect(result.failed.every((f) => f.reason.startsWith('unknown outcome'))).toBe(true);
    // Left claimed: the timer's recovery decides later (and with the Sent Items check finds them sent).
    expect(world.log().map((e) => e.state)).toEqual(['claimed', 'claimed']);
  }, 30_000);

  it('posts the pre-read to the channel once; a 504 is the caller\'s to report, not to repeat', async () => {
    world.emulator.setFaults({ gatewayTimeoutAfterApplyRate: 1 });
    await expect(postPreReadToChannel(tabClient(world, CHAIR), EMULATOR_STEERING_GROUP_ID, '19:general@thread.tacv2', { subject: 'Ennakkomateriaali', html: '<p>x</p>' }))
      .rejects.toMatchObject({ statusCode: 504 });
    expect(world.emulator.outbox().filter((e) => e.type === 'channel')).toHaveLength(1);
  });
});

describe('claim ages on the server\'s clock', () => {
  let world: World;
  beforeEach(async () => {
    world = await new World().start();
    world.addPeople([{ name: 'Anna Aalto', email: CHAIR, steering: true }, { name: 'Claire Cole', email: 'claire.cole@porvoo.fi', lang: 'en' }]);
    world.addMeeting('2025-05-20');
    world.addAction('DT25-01', 'claire.cole@porvoo.fi');
    world.clock = new Date(at('2025-05-06', '09:00'));
  });
  afterEach(() => world.stop());

  /** A run that claims and dies before sending (its claims are live for the stale time). */
  async function crashedRun(): Promise<void> {
    await runReminders({ graph: createGraphClient({ graphUrl: world.emulator.graphUrl }), config: config(world, SENDER), checkpoint: (s) => { if (s === 'verified') throw new Crash(s); } }, world.clock)
      .catch((e: unknown) => { if (!(e instanceof Crash)) throw e; });
    expect(world.log().map((e) => e.state)).toEqual(['claimed']);
  }

  it('a runner whose clock is days ahead (or a tab sending early) cannot take over a live claim', async () => {
    await crashedRun();
    world.clock = new Date(at('2025-05-06', '09:05'));
    // Its `now` and its own clock say 17 May; the server says five minutes have passed.
    const ahead = new Date(at('2025-05-17', '10:00'));
    const result = await runReminders({ graph: createGraphClient({ graphUrl: world.emulator.graphUrl }), config: config(world, SENDER), clock: () => ahead.getTime() }, ahead, { only: (r) => r.kind === 'owner-request' });
    expect(result.skipped.map((s) => [s.recipient, s.reason])).toEqual([['claire.cole@porvoo.fi', 'in-flight']]);
    expect(world.mail()).toEqual([]);
  });

  it('a runner whose clock is hours behind still recovers a claim that is stale on the server\'s clock', async () => {
    await crashedRun();
    world.clock = new Date(at('2025-05-06', '09:31'));
    const behind = new Date(at('2025-05-06', '07:00'));
    // Planned "as of" 09:31 (the day's reminders are open), on a machine whose clock says 07:00.
    const result = await runReminders({ graph: createGraphClient({ graphUrl: world.emulator.graphUrl }), config: config(world, SENDER), clock: () => behind.getTime() }, world.clock);
    expect(result.sent.map((r) => r.recipient)).toEqual(['claire.cole@porvoo.fi']);
    expect(world.mail()).toHaveLength(1);
    expect(world.log().map((e) => [e.state, e.attempts])).toEqual([['sent', 2]]);
  });

  it('takes over nothing when the server\'s time cannot be read (a browser without the Date header)', async () => {
    await crashedRun();
    world.clock = new Date(at('2025-05-06', '12:00'));
    const graph = createGraphClient({ graphUrl: world.emulator.graphUrl });
    const blind: GraphClientLike = { api: (path) => graph.api(path) };
    const result = await runReminders({ graph: blind, config: config(world, SENDER) }, world.clock);
    expect(result.skipped.map((s) => s.reason)).toEqual(['in-flight']);
    expect(world.mail()).toEqual([]);
  });
});

describe('REMINDERS_STALE_CLAIM_MINUTES', () => {
  it('is refused outside the range in which no two runners can both send on one claim, in one line', async () => {
    const site = ['reminders', '--site', 'http://127.0.0.1:9/sites/x'];
    expect((await cli(site, { REMINDERS_STALE_CLAIM_MINUTES: String(MIN_STALE_CLAIM_MINUTES - 1) })).err)
      .toEqual([`tiekartta reminders: REMINDERS_STALE_CLAIM_MINUTES must be between ${MIN_STALE_CLAIM_MINUTES} and ${MAX_STALE_CLAIM_MINUTES} (got ${MIN_STALE_CLAIM_MINUTES - 1})`]);
    expect((await cli(site, { REMINDERS_STALE_CLAIM_MINUTES: String(MAX_STALE_CLAIM_MINUTES + 1) })).err[0]).toContain('must be between');
    expect((await cli(site, { REMINDERS_STALE_CLAIM_MINUTES: '30.5' })).err).toEqual(['tiekartta reminders: REMINDERS_STALE_CLAIM_MINUTES must be a whole number (got "30.5")']);
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { REMINDERS_SITE_URL: 'http://127.0.0.1:9/sites/x', REMINDERS_STALE_CLAIM_MINUTES: '5' });
      const context = new InvocationContext({ functionName: 'reminders', logHandler: () => undefined });
      await expect(remindersTimer({ isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, context)).rejects.toThrow('REMINDERS_STALE_CLAIM_MINUTES must be between');
    } finally {
      process.env = saved;
    }
  });
});

describe('the run\'s deadline under throttling', () => {
  it('fits the Function\'s host timeout with a margin', () => {
    expect(hostTimeoutMs(hostJson.functionTimeout)).toBe(10 * 60_000);
    expect(RUN_BUDGET_MS).toBe(8 * 60_000);
  });

  it('stops cleanly before the deadline, never between a send and its mark, and a later run sends the rest once', async () => {
    const world = await new World().start({ random: seededRandom(7) });
    try {
      const owners = Array.from({ length: 60 }, (_, i) => ({ name: `Owner ${i + 1}`, email: `owner${String(i + 1).padStart(2, '0')}@porvoo.fi` }));
      world.addPeople([{ name: 'Anna Aalto', email: CHAIR, steering: true }, ...owners]);
      world.addMeeting('2025-05-20');
      owners.forEach((o, i) => world.addAction(`DT25-${String(i + 1).padStart(2, '0')}`, o.email));
      world.clock = new Date(at('2025-05-06', '09:00'));

      // A fake clock: every wait of the run moves it on at once.
      let fake = 0;
      const sleep = async (ms: number): Promise<void> => { fake += ms; };
      const deadline: RunDeadline = deadlineAfter(RUN_BUDGET_MS, { clock: () => fake, sleep });
      const events: { step: string; at: number }[] = [];
      const graph = createGraphClient({ graphUrl: world.emulator.graphUrl, deadline });
      const result = await runReminders({
        graph, config: { ...config(world, SENDER), batch: {} }, deadline, clock: () => fake,
        checkpoint: (step) => {
          events.push({ step, at: fake });
          // From the sends on, Graph throttles hard: half of the requests and batch parts get 429 and two minutes.
          if (step === 'checked-sent-items') world.emulator.setFaults({ throttleRate: 0.5, retryAfterSeconds: 120 });
        }
      }, world.clock);
      world.emulator.setFaults({});

      // Every step, the marks included, ended before the deadline (the Function's timeout is a minute and a request later).
      expect(events.at(-1)?.step).toBe('done');
      expect(fake).toBeGreaterThan(0);
      expect(fake).toBeLessThanOrEqual(deadline.at);
      const sends = events.filter((e) => e.step.startsWith('sent:'));
      expect(sends.length).toBeGreaterThan(0);
      for (const sent of sends) expect(events.find((e) => e.step === `marked:${sent.step.slice(5)}`)?.at).toBeLessThanOrEqual(deadline.at);
      // Not everything got through the storm; nothing is lost: every entry is sent, claimed-but-unsent, or a transient failure.
      expect(result.sent.length).toBeLessThan(owners.length);
      expect(world.log().every((e) => e.state === 'sent' || e.state === 'claimed' || (e.state === 'failed' && (e.error ?? '').startsWith('transient')))).toBe(true);

      // The next hourly run (an hour later on the server's clock) sends the rest: each reminder exactly once.
      world.clock = new Date(at('2025-05-06', '10:05'));
      const later = await runReminders({ graph: createGraphClient({ graphUrl: world.emulator.graphUrl }), config: { ...config(world, SENDER), verifySentItems: true } }, world.clock);
      expect(later.failed).toEqual([]);
      const keys = world.mail().map((m) => m.key);
      expect(new Set(keys).size).toBe(owners.length);
      expect(keys).toHaveLength(owners.length);
    } finally {
      await world.stop();
    }
  }, 120_000);
});
