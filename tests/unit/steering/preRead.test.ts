import { action, at, meeting, report } from '../reminders/fixtures';
import { buildSteeringPreRead, nextMeeting, preReadCounts } from '../../../src/core/steering/overview';
import { freezePreRead, readFrozenPreRead, SNAPSHOT_VERSION } from '../../../src/core/steering/snapshot';
import { preReadSnapshot } from '../../../src/data/graph/reminderJob';
import { buildPreRead } from '../../../src/core/reminders/preread';

/** Two meetings: 12.9.2025 (previous) and 7.11.2025 (the one the pre-read is for). */
function world() {
  const previous = meeting(1, '2025-09-12');
  const next = meeting(2, '2025-11-07');
  const red = action('DT25-03', 'laura.niemi@porvoo.fi');
  const steady = action('DT25-04', 'timo.rantanen@porvoo.fi');
  const silent = action('DT25-05', 'sanna.lehtonen@porvoo.fi');
  const fresh = action('DT25-06', 'katja.salminen@porvoo.fi');
  const done = action('DT25-07', 'jenni.aalto@porvoo.fi', 'completed');
  const statusUpdates = [
    report(red, at('2025-09-01'), { overallLight: 'green', progress: 40 }),
    // Filed by the owner after the previous meeting: red, asks for a decision.
    report(red, at('2025-10-20'), { overallLight: 'red', progress: 55, decisionNeeded: true, decisionNote: 'Siirretäänkö Q1:lle?', done: 'Määrittely', next: 'Uusi aikataulu' }),
    report(steady, at('2025-09-05'), { overallLight: 'yellow', progress: 20 }),
    report(steady, at('2025-10-22'), { overallLight: 'yellow', progress: 20 }),
    report(silent, at('2025-08-30'), { overallLight: 'yellow', progress: 70 }),
    report(fresh, at('2025-10-25'), { overallLight: 'green', progress: 5 }),
    // After the meeting started: not part of its pre-read.
    report(fresh, at('2025-11-07', '10:00'), { overallLight: 'red', progress: 6 }),
    report(done, at('2025-10-01'), { overallLight: 'green', progress: 100 })
  ];
  return { previous, next, meetings: [previous, next], actions: [red, steady, silent, fresh, done], statusUpdates, red, steady, silent, fresh };
}

describe('what changed since the previous meeting', () => {
  it('lists the reports filed since the previous meeting with the light and progress before and now', () => {
    const w = world();
    const p = buildSteeringPreRead({ meeting: w.next, meetings: w.meetings, actions: w.actions, statusUpdates: w.statusUpdates });
    expect(p.since).toBe(at('2025-09-12'));
    expect(p.previousMeetingId).toBe(1);
    const byCode = Object.fromEntries(p.changed.map((e) => [e.code, e]));
    expect(Object.keys(byCode)).toEqual(['DT25-03', 'DT25-04', 'DT25-06', 'DT25-07']);
    expect(byCode['DT25-03']).toMatchObject({ light: 'red', lightBefore: 'green', progress: 55, progressBefore: 40, decisionNeeded: true, changes: ['light', 'progress', 'decision'] });
    expect(byCode['DT25-04']).toMatchObject({ light: 'yellow', lightBefore: 'yellow', changes: [] });
    // A first report; the one filed during the meeting does not count.
    expect(byCode['DT25-06']).toMatchObject({ light: 'green', progress: 5, lightBefore: null, progressBefore: null, changes: ['first-report'] });
    expect(p.red.map((e) => e.code)).toEqual(['DT25-03']);
    expect(p.yellow.map((e) => e.code)).toEqual(['DT25-04', 'DT25-05']);
    expect(p.decisions.map((e) => [e.code, e.decisionNote])).toEqual([['DT25-03', 'Siirretäänkö Q1:lle?']]);
    // Active with no report since 12.9.: missing. A completed action is never missing.
    expect(p.missing.map((e) => e.code)).toEqual(['DT25-05']);
    expect(preReadCounts(p)).toEqual({ changed: 4, red: 1, yellow: 2, decisions: 1, missing: 1 });
  });

  it('agrees with the reminder e-mail’s pre-read on every list', () => {
    const w = world();
    const input = { meeting: w.next, meetings: w.meetings, actions: w.actions, statusUpdates: w.statusUpdates };
    const mine = buildSteeringPreRead(input);
    const mail = buildPreRead(input);
    for (const key of ['changed', 'red', 'yellow', 'decisions', 'missing'] as const) expect(mine[key].map((e) => e.code)).toEqual(mail[key].map((e) => e.code));
  });

  it('counts from the meeting before a cancelled one', () => {
    const w = world();
    const cancelled = meeting(3, '2025-10-10', '09:00', 'cancelled');
    const p = buildSteeringPreRead({ meeting: w.next, meetings: [...w.meetings, cancelled], actions: w.actions, statusUpdates: w.statusUpdates });
    expect(p.previousMeetingId).toBe(1);
  });

  it('picks the next meeting: the one in progress, else the next that is not cancelled', () => {
    const w = world();
    const later = meeting(4, '2025-12-12');
    const cancelled = meeting(5, '2025-11-20', '09:00', 'cancelled');
    const all = [later, cancelled, ...w.meetings];
    expect(nextMeeting(all, new Date(at('2025-10-27')))?.id).toBe(2);
    expect(nextMeeting(all, new Date(at('2025-11-07', '10:30')))?.id).toBe(2);
    expect(nextMeeting(all, new Date(at('2025-11-07', '11:00')))?.id).toBe(4);
    expect(nextMeeting(all, new Date(at('2026-01-01')))).toBeUndefined();
  });
});

describe('the frozen pre-read (SteeringMeetings.snapshot)', () => {
  it('is compact JSON: each action once, the sections as ids', () => {
    const w = world();
    const p = buildSteeringPreRead({ meeting: w.next, meetings: w.meetings, actions: w.actions, statusUpdates: w.statusUpdates });
    const json = JSON.parse(freezePreRead(p, at('2025-11-04', '08:00'), 'helena.koskinen@porvoo.fi')) as Record<string, unknown>;
    expect(json).toMatchObject({
      v: SNAPSHOT_VERSION,
      frozenAt: at('2025-11-04', '08:00'),
      frozenBy: 'helena.koskinen@porvoo.fi',
      meetingId: 2,
      meetingStart: at('2025-11-07'),
      since: at('2025-09-12'),
      previousMeetingId: 1,
      changed: [w.red.id, w.steady.id, w.fresh.id, w.actions[4].id],
      red: [w.red.id],
      yellow: [w.steady.id, w.silent.id],
      decisions: [w.red.id],
      missing: [w.silent.id]
    });
    const actions = json.actions as Record<string, unknown>[];
    expect(actions.map((a) => a.code)).toEqual(['DT25-03', 'DT25-04', 'DT25-06', 'DT25-07', 'DT25-05']);
    expect(actions[0]).toEqual({
      id: w.red.id, code: 'DT25-03', title: 'Toimenpide DT25-03', status: 'in-progress', owner: 'laura.niemi', light: 'red', previousLight: 'green', progress: 55,
      reportedOn: at('2025-10-20'), done: 'Määrittely', next: 'Uusi aikataulu', decision: true, decisionNote: 'Siirretäänkö Q1:lle?', lightBefore: 'green', progressBefore: 40,
      changes: ['light', 'progress', 'decision']
    });
  });

  it('reads back exactly as frozen, whatever is reported afterwards', () => {
    const w = world();
    const input = { meeting: w.next, meetings: w.meetings, actions: w.actions, statusUpdates: w.statusUpdates };
    const frozenThen = buildSteeringPreRead(input);
    const text = freezePreRead(frozenThen, at('2025-11-04', '08:00'));
    // Later the owner turns the light green again: the live pre-read changes, the frozen one does not.
    const later = buildSteeringPreRead({ ...input, statusUpdates: [...w.statusUpdates, report(w.red, at('2025-11-05'), { overallLight: 'green', progress: 60 })] });
    expect(later.red).toEqual([]);
    const frozen = readFrozenPreRead(text, { meetingId: 2, meetingTitle: 'x' });
    expect(frozen?.version).toBe(2);
    expect(frozen?.frozenAt).toBe(at('2025-11-04', '08:00'));
    expect(frozen?.preRead).toEqual(frozenThen);
  });

  it('is what the reminder job stores when the pre-read goes out', () => {
    const w = world();
    const mail = buildPreRead({ meeting: w.next, meetings: w.meetings, actions: w.actions, statusUpdates: w.statusUpdates });
    const frozen = readFrozenPreRead(preReadSnapshot(mail, at('2025-11-04', '08:00')), { meetingId: 2, meetingTitle: 'x' });
    expect(frozen?.preRead.red.map((e) => e.code)).toEqual(['DT25-03']);
    expect(frozen?.preRead.changed.map((e) => e.code)).toEqual(mail.changed.map((e) => e.code));
  });

  it('still reads the job’s first, compact format, with titles from today’s actions', () => {
    const w = world();
    const v1 = JSON.stringify({
      v: 1, frozenAt: at('2025-11-04', '08:00'), meetingStart: at('2025-11-07'), since: at('2025-09-12'),
      changed: [{ code: 'DT25-03', light: 'red', progress: 55, reportedOn: at('2025-10-20'), decisionNeeded: true, decisionNote: 'Siirretäänkö?' }],
      red: ['DT25-03'], yellow: ['DT25-04'], decisions: ['DT25-03'], missing: ['DT25-05']
    });
    const frozen = readFrozenPreRead(v1, { meetingId: 2, meetingTitle: 'Digijohtoryhmä 7.11.2025', actions: w.actions.map((a) => ({ ...a, code: a.code ?? null })) });
    expect(frozen?.version).toBe(1);
    expect(frozen?.preRead.meetingTitle).toBe('Digijohtoryhmä 7.11.2025');
    expect(frozen?.preRead.red[0]).toMatchObject({ actionId: w.red.id, code: 'DT25-03', title: 'Toimenpide DT25-03', light: 'red', decisionNeeded: true });
    expect(frozen?.preRead.yellow[0]).toMatchObject({ code: 'DT25-04', light: 'yellow' });
    expect(frozen?.preRead.missing[0]).toMatchObject({ code: 'DT25-05', ownerName: 'sanna.lehtonen' });
  });

  it('never throws on a hand-edited field: unreadable is undefined, odd values are dropped', () => {
    const ctx = { meetingId: 2, meetingTitle: 'x' };
    expect(readFrozenPreRead(null, ctx)).toBeUndefined();
    expect(readFrozenPreRead('not json', ctx)).toBeUndefined();
    expect(readFrozenPreRead('{"v":3}', ctx)).toBeUndefined();
    expect(readFrozenPreRead('{"v":2,"frozenAt":"eilen"}', ctx)).toBeUndefined();
    const odd = readFrozenPreRead(JSON.stringify({
      v: 2, frozenAt: at('2025-11-04'), meetingStart: at('2025-11-07'), since: at('2025-09-12'),
      actions: [{ id: 7, code: 'DT25-07', title: '<b>x</b>', status: 'bogus', light: 'purple', progress: 250 }, { code: 'no id' }],
      changed: [7, 8, 'x'], red: [], yellow: [], decisions: [], missing: []
    }), ctx);
    expect(odd?.preRead.changed).toEqual([{ actionId: 7, code: 'DT25-07', title: '<b>x</b>', status: 'in-progress', light: null, progress: 100, decisionNeeded: false }]);
  });
});
