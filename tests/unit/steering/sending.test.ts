import { at, meeting } from '../reminders/fixtures';
import { sendOptions } from '../../../src/core/steering/sending';
import { appendDecisionLine, decisionLines, decisionPrefix } from '../../../src/core/steering/decisions';
import { readSteeringState, writeSteeringState } from '../../../src/core/steering/url';

describe('what the steering tab may send for a meeting', () => {
  const m = meeting(2, '2025-11-07');

  it('offers every kind early before its day, as of the moment its window opens', () => {
    expect(sendOptions(m, new Date(at('2025-10-01', '12:00')))).toEqual([
      { kind: 'owner-request', plannedDay: '2025-10-24', state: 'early', asOf: at('2025-10-24', '08:00') },
      { kind: 'steering-preread', plannedDay: '2025-11-04', state: 'early', asOf: at('2025-11-04', '08:00') },
      { kind: 'last-call', plannedDay: '2025-11-06', state: 'early', asOf: at('2025-11-06', '08:00') }
    ]);
  });

  it('sends what is due as of now (a late owner request too), and no owner request once the last call’s day has begun', () => {
    const now = new Date(at('2025-11-05', '10:00'));
    expect(sendOptions(m, now).map((o) => [o.kind, o.state, o.asOf])).toEqual([
      ['owner-request', 'due', now.toISOString()],
      ['steering-preread', 'due', now.toISOString()],
      ['last-call', 'early', at('2025-11-06', '08:00')]
    ]);
    expect(sendOptions(m, new Date(at('2025-11-06', '09:00'))).map((o) => o.kind)).toEqual(['steering-preread', 'last-call']);
  });

  it('offers nothing once the meeting has started, or for a cancelled or held meeting', () => {
    expect(sendOptions(m, new Date(at('2025-11-07', '09:00')))).toEqual([]);
    expect(sendOptions({ ...m, state: 'cancelled' }, new Date(at('2025-10-01')))).toEqual([]);
    expect(sendOptions({ ...m, state: 'held' }, new Date(at('2025-10-01')))).toEqual([]);
  });
});

describe('decisions text', () => {
  it('adds a decision as a new line and starts one about an action', () => {
    expect(appendDecisionLine(null, 'A')).toBe('A');
    expect(appendDecisionLine('A\n\n', ' B')).toBe('A\nB');
    expect(appendDecisionLine('A', decisionPrefix('DT25-03', 'X'))).toBe('A\nDT25-03 X: ');
    expect(appendDecisionLine('A', '  ')).toBe('A');
    expect(decisionPrefix('DT25-03', 'Sähköinen asiointi')).toBe('DT25-03 Sähköinen asiointi: ');
    expect(decisionLines('A\r\n\n  \nB  ')).toEqual(['A', 'B']);
  });
});

describe('the steering tab in the URL', () => {
  it('keeps the page’s other parameters and reads back what it wrote', () => {
    const query = writeSteeringState('user=steering&lang=sv&page=steering', { tab: 'reminders', meetingId: 12, frozen: true });
    expect(query).toBe('user=steering&lang=sv&page=steering&stab=reminders&meeting=12&frozen=1');
    expect(readSteeringState(query)).toEqual({ tab: 'reminders', meetingId: 12, frozen: true });
    expect(writeSteeringState(query, { tab: 'meeting' })).toBe('user=steering&lang=sv&page=steering');
    expect(readSteeringState('stab=bogus&meeting=-1&frozen=x')).toEqual({ tab: 'meeting' });
  });
});
