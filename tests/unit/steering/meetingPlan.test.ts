import fc from 'fast-check';
import {
  defaultMeetingTitle, meetingPlanProblems, nthWeekdayOfMonth, planYearMeetings, type ExistingMeeting, type MeetingPlanOptions, type WeekOfMonth, type Weekday
} from '../../../src/core/steering/meetingPlan';
import { helsinkiDay, helsinkiInstant, helsinkiTime } from '../../../src/core/time/helsinki';

const SECOND_FRIDAY: MeetingPlanOptions = { year: 2026, weekday: 5, week: 2, time: '9.00', durationMinutes: 120, firstMonth: 2 };

function existing(id: number, day: string, time = '09:00', state: ExistingMeeting['state'] = 'scheduled'): ExistingMeeting {
  return { id, title: `Kokous ${day}`, startsAt: helsinkiInstant(day, time).toISOString(), state };
}

describe('planning the year’s steering meetings', () => {
  it('plans six meetings, every second month, on the chosen weekday at the chosen Helsinki time', () => {
    const plan = planYearMeetings(SECOND_FRIDAY, []);
    expect(plan.create.map((m) => m.day)).toEqual(['2026-02-13', '2026-04-10', '2026-06-12', '2026-08-14', '2026-10-09', '2026-12-11']);
    expect(plan.create.every((m) => helsinkiTime(m.startsAt) === '09:00' && helsinkiTime(m.endsAt) === '11:00')).toBe(true);
    expect(plan.create[0].title).toBe('Digijohtoryhmä – Digiledningsgruppen 13.2.2026');
    expect(plan.existing).toEqual([]);
  });

  it('keeps 9.00 Helsinki time on both sides of daylight saving: UTC+2 in winter, UTC+3 in summer', () => {
    const plan = planYearMeetings({ ...SECOND_FRIDAY, firstMonth: 1 }, []);
    const utc = Object.fromEntries(plan.create.map((m) => [m.day, m.startsAt]));
    expect(utc['2026-01-09']).toBe('2026-01-09T07:00:00.000Z');
    expect(utc['2026-03-13']).toBe('2026-03-13T07:00:00.000Z');
    expect(utc['2026-05-08']).toBe('2026-05-08T06:00:00.000Z');
    expect(utc['2026-09-11']).toBe('2026-09-11T06:00:00.000Z');
    expect(utc['2026-11-13']).toBe('2026-11-13T07:00:00.000Z');
  });

  it('places meetings on the very days the clocks change (the last Sundays of March and October)', () => {
    const march = planYearMeetings({ year: 2026, weekday: 7, week: -1, time: '10:00', durationMinutes: 60, firstMonth: 1 }, []);
    const sunday = march.create.find((m) => m.day.startsWith('2026-03'));
    // Clocks go forward at 03:00 on 29.3.2026: 10.00 is already summer time.
    expect(sunday).toMatchObject({ day: '2026-03-29', startsAt: '2026-03-29T07:00:00.000Z', endsAt: '2026-03-29T08:00:00.000Z' });
    const october = planYearMeetings({ year: 2026, weekday: 7, week: -1, time: '10:00', durationMinutes: 60, firstMonth: 2 }, []);
    // Clocks go back at 04:00 on 25.10.2026: 10.00 is winter time again.
    expect(october.create.find((m) => m.day.startsWith('2026-10'))).toMatchObject({ day: '2026-10-25', startsAt: '2026-10-25T08:00:00.000Z' });
  });

  it('ends the year in December and compares months in Helsinki time at the year boundary', () => {
    // 1.1.2027 at 00.30 in Helsinki is still 31.12.2026 in UTC.
    const newYearsNight = existing(1, '2027-01-01', '00:30');
    expect(newYearsNight.startsAt).toBe('2026-12-31T22:30:00.000Z');
    const plan2026 = planYearMeetings({ ...SECOND_FRIDAY, week: -1 }, [newYearsNight]);
    expect(plan2026.create.map((m) => m.day).slice(-1)).toEqual(['2026-12-25']);
    expect(plan2026.existing).toEqual([]);
    const plan2027 = planYearMeetings({ ...SECOND_FRIDAY, year: 2027, firstMonth: 1 }, [newYearsNight]);
    expect(plan2027.existing.map((e) => [e.month, e.meeting.id])).toEqual([['2027-01', 1]]);
    expect(plan2027.create.map((m) => m.day.slice(0, 7))).toEqual(['2027-03', '2027-05', '2027-07', '2027-09', '2027-11']);
  });

  it('skips the two-month slots that already have a meeting (in any state), so running it twice adds nothing', () => {
    const list = [existing(1, '2026-02-06'), existing(2, '2026-09-11'), existing(3, '2026-06-05', '09:00', 'cancelled')];
    const plan = planYearMeetings(SECOND_FRIDAY, list);
    // September fills the August slot; the cancelled June meeting was a decision, not a gap.
    expect(plan.existing.map((e) => [e.month, e.meeting.id])).toEqual([['2026-02', 1], ['2026-06', 3], ['2026-08', 2]]);
    expect(plan.create.map((m) => m.day)).toEqual(['2026-04-10', '2026-10-09', '2026-12-11']);
    const after = [...list, ...plan.create.map((m, i) => ({ id: 10 + i, title: m.title, startsAt: m.startsAt, state: 'scheduled' as const }))];
    expect(planYearMeetings(SECOND_FRIDAY, after).create).toEqual([]);
  });

  it('is idempotent and always gives the chosen weekday and time, for any options (property)', () => {
    const options = fc.record({
      year: fc.integer({ min: 2024, max: 2040 }),
      weekday: fc.integer({ min: 1, max: 7 }).map((n) => n as Weekday),
      week: fc.constantFrom<WeekOfMonth>(1, 2, 3, 4, -1),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 45),
      durationMinutes: fc.integer({ min: 15, max: 480 }),
      firstMonth: fc.constantFrom<1 | 2>(1, 2)
    });
    fc.assert(
      fc.property(options, ({ hour, minute, ...o }) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const plan = planYearMeetings({ ...o, time }, []);
        expect(plan.create).toHaveLength(6);
        for (const m of plan.create) {
          expect(helsinkiDay(m.startsAt)).toBe(m.day);
          expect(new Date(`${m.day}T12:00:00Z`).getUTCDay() || 7).toBe(o.weekday);
          // 03:xx on the March change day does not exist; every other time is kept exactly.
          if (!(m.day.slice(5, 7) === '03' && hour === 3)) expect(helsinkiTime(m.startsAt)).toBe(time);
          expect(Date.parse(m.endsAt) - Date.parse(m.startsAt)).toBe(o.durationMinutes * 60_000);
        }
        const stored = plan.create.map((m, i) => ({ id: i + 1, title: m.title, startsAt: m.startsAt, state: 'scheduled' as const }));
        expect(planYearMeetings({ ...o, time }, stored).create).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  it('finds the n-th and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2025, 9, 1, 1)).toBe('2025-09-01');
    expect(nthWeekdayOfMonth(2024, 2, 5, -1)).toBe('2024-02-23');
    expect(nthWeekdayOfMonth(2024, 2, 4, -1)).toBe('2024-02-29');
    expect(nthWeekdayOfMonth(2024, 11, 5, 2)).toBe('2024-11-08');
    expect(nthWeekdayOfMonth(2026, 12, 4, -1)).toBe('2026-12-31');
  });

  it('says what is wrong with the options', () => {
    expect(meetingPlanProblems({ year: 2026, time: '09:30', durationMinutes: 90 })).toEqual([]);
    expect(meetingPlanProblems({ year: 2026, time: '9.30', durationMinutes: 90 })).toEqual([]);
    expect(meetingPlanProblems({ year: 1999, time: '24:00', durationMinutes: 5 })).toEqual(['year', 'time', 'duration']);
    expect(() => planYearMeetings({ ...SECOND_FRIDAY, time: 'klo 9' }, [])).toThrow(/time/);
    expect(defaultMeetingTitle('2024-11-08')).toBe('Digijohtoryhmä – Digiledningsgruppen 8.11.2024');
  });
});
