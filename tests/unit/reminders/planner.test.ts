import {
  planReminders, reminderKey, reminderPolicy, reminderWindows, type PlanInput, type Reminder
} from '../../../src/core/reminders';
import { helsinkiDay } from '../../../src/core/time/helsinki';
import { PEOPLE, action, at, meeting, report, sent } from './fixtures';

const OWNER_A = 'claire.cole@porvoo.fi';
const OWNER_B = 'david.dahl@porvoo.fi';

function plan(overrides: Partial<PlanInput> & Pick<PlanInput, 'now'>): ReturnType<typeof planReminders> {
  return planReminders({ meetings: [], actions: [], statusUpdates: [], people: PEOPLE, log: [], ...overrides });
}

const summary = (due: readonly Reminder[]) => due.map((r) => `${r.kind} ${r.recipient} ${r.actions.join(',')}`);
const toOwners = (due: readonly Reminder[]) => due.filter((r) => r.kind !== 'steering-preread');

describe('planReminders: who gets what', () => {
  const m = meeting(1, '2025-05-20');
  const previous = meeting(0, '2025-03-18', '09:00', 'held');
  const a1 = action('DT25-01', OWNER_A);
  const a2 = action('DT25-02', OWNER_A, 'paused');
  const a3 = action('DT25-03', OWNER_B, 'planned');
  const done = action('DT25-04', OWNER_B, 'completed');
  const proposed = action('DT25-05', OWNER_B, 'proposed');
  const cancelled = action('DT25-06', OWNER_B, 'cancelled');
  const actions = [a1, a2, a3, done, proposed, cancelled];

  it('asks each owner of an active action without a report since the previous meeting, 14 days before, in one message', () => {
    const { due } = plan({ meetings: [previous, m], actions, now: at('2025-05-06', '09:00') });
    expect(summary(due)).toEqual([`owner-request ${OWNER_A} DT25-01,DT25-02`, `owner-request ${OWNER_B} DT25-03`]);
    expect(due[0]).toMatchObject({ meetingId: 1, meetingDay: '2025-05-20', plannedDay: '2025-05-06', catchUp: false, language: 'en', recipientName: 'Claire Cole' });
  });

  it('does not ask about an action reported since the previous meeting, but does about one reported only before it', () => {
    const { due } = plan({
      meetings: [previous, m], actions,
      statusUpdates: [report(a1, at('2025-04-02', '12:00')), report(a3, at('2025-03-17', '12:00'))],
      now: at('2025-05-06', '09:00')
    });
    expect(summary(due)).toEqual([`owner-request ${OWNER_A} DT25-02`, `owner-request ${OWNER_B} DT25-03`]);
  });

  it('looks back two months for the first meeting of the list', () => {
    const { due } = plan({ meetings: [m], actions: [a1, a3], statusUpdates: [report(a1, at('2025-04-01')), report(a3, at('2025-03-01'))], now: at('2025-05-06') });
    expect(summary(due)).toEqual([`owner-request ${OWNER_B} DT25-03`]);
  });

  it('ignores a cancelled previous meeting when deciding what "since the previous meeting" means', () => {
    const cancelledPrevious = meeting(9, '2025-04-15', '09:00', 'cancelled');
    const { due } = plan({ meetings: [previous, cancelledPrevious, m], actions: [a1], statusUpdates: [report(a1, at('2025-04-01'))], now: at('2025-05-06') });
    expect(due).toEqual([]);
  });

  it('sends the pre-read to every steering member 3 days before, in their language', () => {
    const { due } = plan({ meetings: [previous, m], actions, now: at('2025-05-17', '10:00') });
    const preReads = due.filter((r) => r.kind === 'steering-preread');
    expect(preReads.map((r) => [r.recipient, r.language])).toEqual([['anna.aalto@porvoo.fi', 'fi'], ['bjorn.berg@borga.fi', 'sv']]);
    expect(preReads[0].actions).toEqual([]);
  });

  it('writes Finnish to people whose language is unknown', () => {
    const { due } = plan({ meetings: [m], actions: [action('DT25-09', 'stranger@porvoo.fi')], now: at('2025-05-06') });
    expect(due[0].language).toBe('fi');
  });

  it('sends the last call 1 day before only to owners still missing a report, also one who filed after the first request', () => {
    const requestDay = plan({ meetings: [previous, m], actions, now: at('2025-05-06') });
    expect(requestDay.due).toHaveLength(2);
    const log = requestDay.due.map((r, i) => sent(r.key, 1, r.meetingStart, i + 1));
    // Claire files both reports after the request went out; David does not.
    const statusUpdates = [report(a1, at('2025-05-10', '14:00')), report(a2, at('2025-05-12', '08:30'))];
    const { due } = plan({ meetings: [previous, m], actions, statusUpdates, log, now: at('2025-05-19', '08:00') });
    expect(summary(toOwners(due))).toEqual([`last-call ${OWNER_B} DT25-03`]);
  });

  it('uses the stable key kind:meeting:day:recipient', () => {
    expect(reminderKey('last-call', 7, '2025-05-20', ' Claire.Cole@Porvoo.fi ')).toBe('last-call:7:2025-05-20:claire.cole@porvoo.fi');
    const { due } = plan({ meetings: [m], actions: [a1], now: at('2025-05-06') });
    expect(due[0].key).toBe(`owner-request:1:2025-05-20:${OWNER_A}`);
  });

  it('never plans a reminder already sent again', () => {
    const first = plan({ meetings: [m], actions: [a1, a3], now: at('2025-05-06') });
    const log = first.due.map((r, i) => sent(r.key, 1, r.meetingStart, i + 1));
    expect(plan({ meetings: [m], actions: [a1, a3], log, now: at('2025-05-06', '15:00') }).due).toEqual([]);
    expect(plan({ meetings: [m], actions: [a1, a3], log, now: at('2025-05-08') }).due).toEqual([]);
  });

  it('still lists a reminder whose claim is in flight (the delivery step decides about claims)', () => {
    const first = plan({ meetings: [m], actions: [a1], now: at('2025-05-06') });
    const log = [{ id: 5, key: first.due[0].key, state: 'claimed' as const, claimedAt: at('2025-05-06') }];
    expect(plan({ meetings: [m], actions: [a1], log, now: at('2025-05-06', '09:05') }).due).toHaveLength(1);
  });

  it('follows the policy offsets', () => {
    const policy = reminderPolicy({ offsetDays: { 'owner-request': 7, 'last-call': 0 } });
    expect(plan({ meetings: [m], actions: [a1], policy, now: at('2025-05-06') }).due).toEqual([]);
    expect(summary(plan({ meetings: [m], actions: [a1], policy, now: at('2025-05-13') }).due)).toEqual([`owner-request ${OWNER_A} DT25-01`]);
    // No last call: the request stays due until the meeting.
    expect(summary(toOwners(plan({ meetings: [m], actions: [a1], policy, now: at('2025-05-20', '08:00') }).due))).toEqual([`owner-request ${OWNER_A} DT25-01`]);
  });
});

describe('planReminders: timing in Helsinki calendar days', () => {
  const kindsAt = (m: ReturnType<typeof meeting>, now: string) =>
    [...new Set(plan({ meetings: [m], actions: [action('DT25-10', OWNER_A)], now }).due.map((r) => r.kind))];

  it('opens a day at 08:00 Helsinki time, not at midnight', () => {
    const m = meeting(1, '2025-05-20');
    expect(kindsAt(m, at('2025-05-06', '07:59'))).toEqual([]);
    expect(kindsAt(m, at('2025-05-06', '08:00'))).toEqual(['owner-request']);
  });

  it('handles the March daylight-saving weekend (last call on the Sunday the clocks go forward)', () => {
    const m = meeting(1, '2025-03-31'); // Monday after 30.3.2025 03:00 -> 04:00
    const windows = reminderWindows(m);
    expect(windows.map((w) => [w.kind, w.plannedDay])).toEqual([
      ['owner-request', '2025-03-17'], ['steering-preread', '2025-03-28'], ['last-call', '2025-03-30']
    ]);
    expect(new Date(windows[2].opensAt).toISOString()).toBe('2025-03-30T05:00:00.000Z'); // 08:00 EEST
    expect(new Date(windows[1].opensAt).toISOString()).toBe('2025-03-28T06:00:00.000Z'); // 08:00 EET
    expect(kindsAt(m, '2025-03-30T04:59:00Z')).toEqual(['steering-preread']);
    expect(kindsAt(m, '2025-03-30T05:00:00Z')).toEqual(['steering-preread', 'last-call']);
    // The request closes at the start of the last call's day: midnight EET on 30.3 is 22:00Z on 29.3.
    expect(kindsAt(m, '2025-03-29T21:59:00Z')).toEqual(['owner-request', 'steering-preread']);
    expect(kindsAt(m, '2025-03-29T22:00:00Z')).toEqual(['steering-preread']);
  });

  it('handles a meeting on the day the clocks go forward', () => {
    const m = meeting(1, '2025-03-30', '10:00');
    expect(helsinkiDay(m.startsAt)).toBe('2025-03-30');
    expect(reminderWindows(m).map((w) => w.plannedDay)).toEqual(['2025-03-16', '2025-03-27', '2025-03-29']);
  });

  it('handles the October daylight-saving weekend (last call on the Sunday the clocks go back)', () => {
    const m = meeting(1, '2025-10-27'); // Monday after 26.10.2025 04:00 -> 03:00
    const windows = reminderWindows(m);
    expect(windows.map((w) => w.plannedDay)).toEqual(['2025-10-13', '2025-10-24', '2025-10-26']);
    expect(new Date(windows[2].opensAt).toISOString()).toBe('2025-10-26T06:00:00.000Z'); // 08:00 EET
    expect(new Date(windows[1].opensAt).toISOString()).toBe('2025-10-24T05:00:00.000Z'); // 08:00 EEST
    expect(new Date(windows[0].closesAt).toISOString()).toBe('2025-10-25T21:00:00.000Z'); // midnight EEST
    expect(kindsAt(m, '2025-10-25T20:59:00Z')).toEqual(['owner-request', 'steering-preread']);
    expect(kindsAt(m, '2025-10-25T22:30:00Z')).toEqual(['steering-preread']); // 00:30 on the Sunday
    expect(kindsAt(m, '2025-10-26T06:00:00Z')).toEqual(['steering-preread', 'last-call']);
  });

  it('counts back across month ends: a meeting on the 1st and on the 31st', () => {
    expect(reminderWindows(meeting(1, '2025-03-01')).map((w) => w.plannedDay)).toEqual(['2025-02-15', '2025-02-26', '2025-02-28']);
    expect(reminderWindows(meeting(1, '2024-03-01')).map((w) => w.plannedDay)).toEqual(['2024-02-16', '2024-02-27', '2024-02-29']);
    expect(reminderWindows(meeting(1, '2025-08-01')).map((w) => w.plannedDay)).toEqual(['2025-07-18', '2025-07-29', '2025-07-31']);
    expect(reminderWindows(meeting(1, '2025-10-31')).map((w) => w.plannedDay)).toEqual(['2025-10-17', '2025-10-28', '2025-10-30']);
    expect(reminderWindows(meeting(1, '2025-12-31')).map((w) => w.plannedDay)).toEqual(['2025-12-17', '2025-12-28', '2025-12-30']);
  });

  it('counts back across the year end', () => {
    const m = meeting(1, '2026-01-02');
    expect(reminderWindows(m).map((w) => w.plannedDay)).toEqual(['2025-12-19', '2025-12-30', '2026-01-01']);
    expect(kindsAt(m, at('2025-12-19', '08:00'))).toEqual(['owner-request']);
    expect(kindsAt(m, at('2026-01-01', '08:00'))).toEqual(['steering-preread', 'last-call']);
    expect(toOwners(plan({ meetings: [m], actions: [action('DT25-11', OWNER_A)], now: at('2026-01-01', '08:00') }).due)[0].key).toBe(`last-call:1:2026-01-02:${OWNER_A}`);
  });

  it('treats a meeting early in the morning by its Helsinki day, not its UTC day', () => {
    const m = meeting(1, '2025-06-10', '01:30'); // 22:30Z on 9.6
    expect(helsinkiDay(m.startsAt)).toBe('2025-06-10');
    expect(reminderWindows(m).map((w) => w.plannedDay)).toEqual(['2025-05-27', '2025-06-07', '2025-06-09']);
  });
});

describe('planReminders: catching up, moves and cancellations', () => {
  const m = meeting(1, '2025-05-20');
  const a1 = action('DT25-20', OWNER_A);
  const a2 = action('DT25-21', OWNER_B);
  const actions = [a1, a2];

  it('catches up a missed request two days late, marked as catch-up', () => {
    const { due } = plan({ meetings: [m], actions, now: at('2025-05-08', '11:00') });
    expect(due.map((r) => [r.kind, r.catchUp, r.plannedDay])).toEqual([['owner-request', true, '2025-05-06'], ['owner-request', true, '2025-05-06']]);
  });

  it('still sends a missed request on the day before the last call, but not once the last call is due', () => {
    expect(plan({ meetings: [m], actions, now: at('2025-05-18', '23:59') }).due.map((r) => r.kind)).toEqual(['owner-request', 'owner-request', 'steering-preread', 'steering-preread']);
    expect(plan({ meetings: [m], actions, now: at('2025-05-19', '07:00') }).due.map((r) => r.kind)).toEqual(['steering-preread', 'steering-preread']);
    expect(plan({ meetings: [m], actions, now: at('2025-05-19', '09:00') }).due.map((r) => r.kind)).toEqual(['steering-preread', 'steering-preread', 'last-call', 'last-call']);
  });

  it('sends a missed pre-read and last call on the meeting morning, and nothing once the meeting has started', () => {
    expect(plan({ meetings: [m], actions, now: at('2025-05-20', '08:30') }).due).toHaveLength(4);
    expect(plan({ meetings: [m], actions, now: at('2025-05-20', '09:00') }).due).toEqual([]);
    expect(plan({ meetings: [m], actions, now: at('2025-06-01') }).due).toEqual([]);
  });

  it('sends the request at once for a meeting added less than 14 days ahead', () => {
    const late = meeting(2, '2025-05-30');
    const { due } = plan({ meetings: [late], actions: [a1], now: at('2025-05-22', '08:15') });
    expect(due.map((r) => [r.kind, r.catchUp])).toEqual([['owner-request', true]]);
  });

  it('stops every reminder of a cancelled meeting', () => {
    const cancelled = { ...m, state: 'cancelled' as const };
    for (const day of ['2025-05-06', '2025-05-17', '2025-05-19']) expect(plan({ meetings: [cancelled], actions, now: at(day) }).due).toEqual([]);
  });

  it('sends nothing for a meeting already marked held', () => {
    expect(plan({ meetings: [{ ...m, state: 'held' }], actions, now: at('2025-05-19') }).due).toEqual([]);
  });

  it('re-plans a meeting moved after the 14-day request went out, and says it moved', () => {
    const requestDay = plan({ meetings: [m], actions, now: at('2025-05-06') });
    const log = requestDay.due.map((r, i) => sent(r.key, 1, r.meetingStart, i + 1));
    const moved = { ...m, startsAt: at('2025-05-27') };
    // Between the old and the new request day nothing is due: the old keys are sent, the new window is not open.
    expect(plan({ meetings: [moved], actions, log, now: at('2025-05-10') }).due).toEqual([]);
    const { due } = plan({ meetings: [moved], actions, log, now: at('2025-05-13') });
    expect(due.map((r) => [r.kind, r.key, r.previousStart])).toEqual([
      ['owner-request', `owner-request:1:2025-05-27:${OWNER_A}`, at('2025-05-20')],
      ['owner-request', `owner-request:1:2025-05-27:${OWNER_B}`, at('2025-05-20')]
    ]);
    // Owners who filed in between are not asked again.
    expect(plan({ meetings: [moved], actions, log, statusUpdates: [report(a1, at('2025-05-09'))], now: at('2025-05-13') }).due.map((r) => r.recipient)).toEqual([OWNER_B]);
  });

  it('catches up at once when a meeting moves earlier', () => {
    const moved = { ...m, startsAt: at('2025-05-13') };
    const { due } = plan({ meetings: [moved], actions, now: at('2025-05-07', '10:00') });
    expect(due.map((r) => [r.kind, r.meetingDay, r.catchUp])).toEqual([['owner-request', '2025-05-13', true], ['owner-request', '2025-05-13', true]]);
  });

  it('does not re-send when a meeting moves to another time on the same day', () => {
    const requestDay = plan({ meetings: [m], actions, now: at('2025-05-06') });
    const log = requestDay.due.map((r, i) => sent(r.key, 1, r.meetingStart, i + 1));
    const later = { ...m, startsAt: at('2025-05-20', '13:00') };
    expect(plan({ meetings: [later], actions, log, now: at('2025-05-07') }).due).toEqual([]);
  });
});

describe('planReminders: missing addresses are reported, not crashes', () => {
  const m = meeting(1, '2025-05-20');

  it('skips owners without an e-mail address and actions without an owner, with a reason', () => {
    const actions = [action('DT25-30', OWNER_A), action('DT25-31', '', 'in-progress', 'Ville Virtanen'), action('DT25-32', null), action('DT25-33', null, 'paused')];
    const { due, skipped } = plan({ meetings: [m], actions, now: at('2025-05-06') });
    expect(summary(due)).toEqual([`owner-request ${OWNER_A} DT25-30`]);
    expect(skipped).toEqual([
      { kind: 'owner-request', meetingId: 1, meetingStart: m.startsAt, reason: 'no-owner', actions: ['DT25-32', 'DT25-33'] },
      { kind: 'owner-request', meetingId: 1, meetingStart: m.startsAt, reason: 'missing-email', who: 'Ville Virtanen', actions: ['DT25-31'] }
    ]);
  });

  it('skips a steering member without an address and still sends to the others', () => {
    const people = [...PEOPLE, { email: null, displayName: 'Eeva Esko', steering: true }];
    const { due, skipped } = plan({ meetings: [m], people, now: at('2025-05-17') });
    expect(due.map((r) => r.recipient)).toEqual(['anna.aalto@porvoo.fi', 'bjorn.berg@borga.fi']);
    expect(skipped).toEqual([{ kind: 'steering-preread', meetingId: 1, meetingStart: m.startsAt, reason: 'missing-email', who: 'Eeva Esko', actions: [] }]);
  });
});
