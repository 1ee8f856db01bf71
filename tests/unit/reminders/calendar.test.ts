import { eventInstant, meetingEventBody, reconcileMeetings, type ReconcileMeeting } from '../../../src/core/reminders';
import { at } from './fixtures';

const listMeeting = (id: number, day: string, eventId: string | null, extra: Partial<ReconcileMeeting> = {}): ReconcileMeeting => ({
  id, etag: `"${id},1"`, title: `Digijohtoryhmä ${day}`, startsAt: at(day), endsAt: at(day, '11:00'), state: 'scheduled', calendarEventId: eventId, ...extra
});
const utc = (iso: string) => ({ dateTime: iso.replace('Z', '').replace('.000', '.0000000'), timeZone: 'UTC' });

describe('the group calendar and SteeringMeetings', () => {
  it('reads Graph date-times in UTC and in Helsinki time across daylight saving', () => {
    expect(eventInstant({ dateTime: '2025-03-31T09:00:00.0000000', timeZone: 'Europe/Helsinki' })).toBe('2025-03-31T06:00:00.000Z');
    expect(eventInstant({ dateTime: '2025-03-28T09:00:00', timeZone: 'FLE Standard Time' })).toBe('2025-03-28T07:00:00.000Z');
    expect(eventInstant({ dateTime: '2025-03-28T07:00:00.0000000', timeZone: 'UTC' })).toBe('2025-03-28T07:00:00.000Z');
  });

  it('brings a moved or renamed event back into the list', () => {
    const m = listMeeting(1, '2025-05-20', 'ev1');
    const updates = reconcileMeetings([m], [{ id: 'ev1', subject: 'Digijohtoryhmä (siirretty)', start: utc(at('2025-05-27')), end: utc(at('2025-05-27', '11:00')) }]);
    expect(updates).toEqual([{ id: 1, etag: '"1,1"', reasons: ['moved', 'retitled'], changes: { startsAt: at('2025-05-27'), endsAt: at('2025-05-27', '11:00'), title: 'Digijohtoryhmä (siirretty)' } }]);
  });

  it('changes nothing when the event agrees with the list', () => {
    const m = listMeeting(1, '2025-05-20', 'ev1');
    expect(reconcileMeetings([m], [{ id: 'ev1', subject: m.title, start: { dateTime: '2025-05-20T09:00:00', timeZone: 'Europe/Helsinki' }, end: utc(at('2025-05-20', '11:00')) }])).toEqual([]);
  });

  it('cancels a meeting whose event is cancelled, deleted in a delta, or missing inside the window read', () => {
    const ms = [listMeeting(1, '2025-05-20', 'ev1'), listMeeting(2, '2025-07-20', 'ev2'), listMeeting(3, '2025-09-20', 'ev3'), listMeeting(4, '2026-03-20', 'ev4')];
    const updates = reconcileMeetings(ms, [{ id: 'ev1', isCancelled: true }, { id: 'ev2', '@removed': { reason: 'deleted' } }], { from: at('2025-01-01'), to: at('2026-01-01') });
    expect(updates.map((u) => [u.id, u.changes.state, u.reasons[0]])).toEqual([[1, 'cancelled', 'cancelled'], [2, 'cancelled', 'deleted'], [3, 'cancelled', 'deleted']]);
  });

  it('leaves meetings without an event, and held or cancelled ones, alone', () => {
    const ms = [listMeeting(1, '2025-05-20', null), listMeeting(2, '2025-03-20', 'ev2', { state: 'held' }), listMeeting(3, '2025-04-20', 'ev3', { state: 'cancelled' })];
    expect(reconcileMeetings(ms, [])).toEqual([]);
  });

  it('creates events in Helsinki time with a Teams meeting', () => {
    expect(meetingEventBody({ title: 'Digijohtoryhmä', startsAt: at('2025-10-27', '09:00'), agenda: '1. Tiekartta' })).toEqual({
      subject: 'Digijohtoryhmä',
      start: { dateTime: '2025-10-27T09:00:00', timeZone: 'Europe/Helsinki' },
      end: { dateTime: '2025-10-27T11:00:00', timeZone: 'Europe/Helsinki' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      body: { contentType: 'text', content: '1. Tiekartta' }
    });
  });
});
