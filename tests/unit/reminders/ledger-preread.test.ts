import {
  DEFAULT_REMINDER_POLICY, DUPLICATE_CLAIM, buildPreRead, decideDelivery, isSettled, preReadActionCodes, winningEntry,
  type PlannerLogEntry
} from '../../../src/core/reminders';
import { action, at, meeting, report } from './fixtures';

const policy = DEFAULT_REMINDER_POLICY;
const KEY = 'owner-request:1:2025-05-20:claire.cole@porvoo.fi';
const now = new Date(at('2025-05-06', '10:00'));
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const entry = (id: number, state: PlannerLogEntry['state'], extra: Partial<PlannerLogEntry> = {}): PlannerLogEntry => ({ id, key: KEY, state, ...extra });

describe('the ReminderLog protocol', () => {
  it('claims a key nobody has claimed', () => {
    expect(decideDelivery([], now, policy)).toEqual({ action: 'claim' });
  });

  it('never sends a sent reminder again', () => {
    expect(decideDelivery([entry(3, 'sent')], now, policy).action).toBe('done');
    expect(decideDelivery([entry(3, 'claimed', { modified: minutesAgo(300) }), entry(4, 'sent')], now, policy).action).toBe('done');
  });

  it('waits for a fresh claim of a run in progress and takes over a stale one, on the server\'s clock', () => {
    expect(decideDelivery([entry(3, 'claimed', { modified: minutesAgo(29) })], now, policy).action).toBe('wait');
    expect(decideDelivery([entry(3, 'claimed', { modified: minutesAgo(30) })], now, policy)).toMatchObject({ action: 'take-over', why: 'stale-claim' });
    // The claimer's own stamp (its clock, or a planning instant days ahead) plays no part: the server's Modified does.
    expect(decideDelivery([entry(3, 'claimed', { claimedAt: minutesAgo(600), modified: minutesAgo(5) })], now, policy).action).toBe('wait');
  });

  it('takes over nothing while the server\'s time is unknown', () => {
    expect(decideDelivery([entry(3, 'claimed', { modified: minutesAgo(600) })], undefined, policy).action).toBe('wait');
    // A failed attempt is settled by its run: retried whatever the clocks say.
    expect(decideDelivery([entry(3, 'failed', { attempts: 1, error: 'transient: HTTP 429' })], undefined, policy).action).toBe('take-over');
  });

  it('lets the lowest item id win a claim race; the losers are ignored', () => {
    const race = [entry(8, 'claimed', { modified: minutesAgo(1) }), entry(7, 'claimed', { modified: minutesAgo(1) })];
    expect(winningEntry(race)?.id).toBe(7);
    const settled = [entry(7, 'sent'), entry(8, 'skipped', { error: `${DUPLICATE_CLAIM} (lost to item 7)` })];
    expect(decideDelivery(settled, now, policy).action).toBe('done');
    expect(decideDelivery([entry(8, 'skipped', { error: DUPLICATE_CLAIM })], now, policy)).toEqual({ action: 'claim' });
  });

  it('retries a transient failure up to the limit, never a permanent one', () => {
    expect(decideDelivery([entry(3, 'failed', { attempts: 1, error: 'transient: HTTP 503' })], now, policy)).toMatchObject({ action: 'take-over', why: 'retry-failure' });
    expect(decideDelivery([entry(3, 'failed', { attempts: 3, error: 'transient: HTTP 503' })], now, policy).action).toBe('done');
    expect(decideDelivery([entry(3, 'failed', { attempts: 1, error: 'permanent: HTTP 404 recipient not found' })], now, policy).action).toBe('done');
    expect(isSettled([entry(3, 'failed', { attempts: 1, error: 'permanent: x' })], policy)).toBe(true);
    expect(isSettled([entry(3, 'claimed')], policy)).toBe(false);
  });

  it('respects a reminder someone marked skipped by hand', () => {
    expect(isSettled([entry(3, 'skipped', { error: 'not needed' })], policy)).toBe(true);
  });
});

describe('buildPreRead', () => {
  const previous = meeting(1, '2025-03-18', '09:00', 'held');
  const m = meeting(2, '2025-05-20');
  const red = action('DT25-01', 'a@porvoo.fi', 'in-progress', 'Anna');
  const yellow = action('DT25-02', 'b@porvoo.fi', 'paused', 'Bo');
  const quiet = action('DT25-03', 'c@porvoo.fi', 'planned', 'Cia');
  const completed = action('DT25-04', 'd@porvoo.fi', 'completed', 'Dan');
  const updates = [
    report(red, at('2025-03-01'), { overallLight: 'yellow', progress: 30 }),
    report(red, at('2025-05-12'), { overallLight: 'red', progress: 35, done: 'Kilpailutus', next: 'Sopimus', decisionNeeded: true, decisionNote: 'Lisärahoitus 20 000 €' }),
    report(yellow, at('2025-04-10'), { overallLight: 'yellow', progress: 50 }),
    report(quiet, at('2025-02-01'), { overallLight: 'green' }),
    report(completed, at('2025-04-20'), { overallLight: 'green', progress: 100, done: 'Valmis' }),
    // Filed after the meeting started: not in its pre-read.
    report(quiet, at('2025-05-20', '10:00'), { overallLight: 'red' })
  ];
  const preRead = buildPreRead({ meeting: m, meetings: [previous, m], actions: [red, yellow, quiet, completed], statusUpdates: updates });

  it('lists what changed since the previous meeting, with the light change', () => {
    expect(preRead.since).toBe(previous.startsAt);
    expect(preRead.previousMeetingId).toBe(1);
    expect(preRead.changed.map((e) => e.code)).toEqual(['DT25-01', 'DT25-02', 'DT25-04']);
    expect(preRead.changed[0]).toMatchObject({ light: 'red', previousLight: 'yellow', progress: 35, done: 'Kilpailutus', next: 'Sopimus', ownerName: 'Anna' });
    expect(preRead.changed[1].previousLight).toBeUndefined();
  });

  it('lists red and yellow lights of active actions, decisions needed and missing reports', () => {
    expect(preRead.red.map((e) => e.code)).toEqual(['DT25-01']);
    expect(preRead.yellow.map((e) => e.code)).toEqual(['DT25-02']);
    expect(preRead.decisions.map((e) => [e.code, e.decisionNote])).toEqual([['DT25-01', 'Lisärahoitus 20 000 €']]);
    expect(preRead.missing.map((e) => e.code)).toEqual(['DT25-03']);
    expect(preReadActionCodes(preRead)).toEqual(['DT25-01', 'DT25-02', 'DT25-04']);
  });
});

describe('compareCodes', () => {
  it('orders action codes naturally', () => {
    const { compareCodes } = jest.requireActual<typeof import('../../../src/core/reminders')>('../../../src/core/reminders');
    expect(['DT25-10', 'DT25-2', 'dt24-30', 'DT25-02', 'DT26-1', 'A'].sort(compareCodes)).toEqual(['A', 'dt24-30', 'DT25-2', 'DT25-02', 'DT25-10', 'DT26-1']);
  });
});
