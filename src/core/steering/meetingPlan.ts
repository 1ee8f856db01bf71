import type { SteeringMeeting } from '../schema';
import { helsinkiDay, helsinkiInstant } from '../time/helsinki';

/**
 * The year's steering meetings: six, every second month, on a chosen weekday and time (Helsinki), e.g.
 * "the second Friday of February, April, June, August, October and December at 9–11". Pure.
 *
 * Idempotent: each meeting has a two-month slot (its month and the next, within the year); a slot that
 * already holds a meeting in the list (in any state: a cancelled meeting was a decision, not a gap) gets
 * no new one, so planning the same year twice creates nothing the second time, and a group that met in
 * September instead of August is not given an August meeting. Months are compared as Helsinki calendar
 * months, so a meeting just after midnight on the 1st is not mistaken for the month before (its UTC
 * instant is).
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Which occurrence of the weekday in its month: the 1st … 4th, or -1 for the last. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;

export interface MeetingPlanOptions {
  readonly year: number;
  readonly weekday: Weekday;
  readonly week: WeekOfMonth;
  /** Start time `HH:mm`, Helsinki wall-clock time. */
  readonly time: string;
  readonly durationMinutes: number;
  /** The first meeting's month: 1 = January, March … November; 2 = February, April … December. */
  readonly firstMonth: 1 | 2;
  /** The title of a meeting on a Helsinki day (`YYYY-MM-DD`); default `defaultMeetingTitle`. */
  readonly title?: (day: string) => string;
}

/** What the planner needs of a meeting already in the list. */
export type ExistingMeeting = Pick<SteeringMeeting, 'id' | 'title' | 'startsAt' | 'state'>;

export interface PlannedMeeting {
  /** The Helsinki day `YYYY-MM-DD`. */
  readonly day: string;
  /** ISO instants (UTC). */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly title: string;
}

export interface MeetingPlan {
  /** Meetings to add, in date order. */
  readonly create: readonly PlannedMeeting[];
  /** The planned months (`YYYY-MM`) whose slot already holds a meeting, with that meeting (nothing is added for them). */
  readonly existing: readonly { readonly month: string; readonly meeting: ExistingMeeting }[];
}

export type MeetingPlanProblem = 'year' | 'time' | 'duration';

export const MEETINGS_PER_YEAR = 6;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `d.m.yyyy`: Finnish and Swedish write a day alike, so a bilingual title needs one date. */
function numericDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** The title the steering group's meetings carry in both languages, e.g. `Digijohtoryhmä – Digiledningsgruppen 7.2.2025`. */
export function defaultMeetingTitle(day: string): string {
  return `Digijohtoryhmä – Digiledningsgruppen ${numericDay(day)}`;
}

/** `HH:mm` (00:00–23:59) as hours and minutes, or undefined. */
export function parseClockTime(text: string): { readonly hours: number; readonly minutes: number } | undefined {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? { hours: Number(m[1]), minutes: Number(m[2]) } : undefined;
}

/** What is wrong with the options (empty: nothing). */
export function meetingPlanProblems(options: Pick<MeetingPlanOptions, 'year' | 'time' | 'durationMinutes'>): MeetingPlanProblem[] {
  const problems: MeetingPlanProblem[] = [];
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2099) problems.push('year');
  if (!parseClockTime(options.time)) problems.push('time');
  if (!Number.isInteger(options.durationMinutes) || options.durationMinutes < 15 || options.durationMinutes > 8 * 60) problems.push('duration');
  return problems;
}

/** The day (`YYYY-MM-DD`) of the n-th (or last) given weekday of a month. Calendar arithmetic only. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, week: WeekOfMonth): string {
  // Date.UTC keeps this free of any time zone: it is a calendar question.
  const isoWeekday = (d: Date): number => ((d.getUTCDay() + 6) % 7) + 1;
  let date: number;
  if (week === -1) {
    const last = new Date(Date.UTC(year, month, 0));
    date = last.getUTCDate() - ((isoWeekday(last) - weekday + 7) % 7);
  } else {
    const first = new Date(Date.UTC(year, month - 1, 1));
    date = 1 + ((weekday - isoWeekday(first) + 7) % 7) + (week - 1) * 7;
  }
  return `${year}-${pad2(month)}-${pad2(date)}`;
}

/** The year's meetings to add to the list (see the module comment). Options must pass `meetingPlanProblems`. */
export function planYearMeetings(options: MeetingPlanOptions, existingMeetings: readonly ExistingMeeting[]): MeetingPlan {
  const time = parseClockTime(options.time);
  if (!time || meetingPlanProblems(options).length) throw new Error(`invalid meeting plan options: ${meetingPlanProblems(options).join(', ')}`);
  const clock = `${pad2(time.hours)}:${pad2(time.minutes)}`;
  const titleOf = options.title ?? defaultMeetingTitle;
  const byMonth = new Map<string, ExistingMeeting>();
  for (const m of [...existingMeetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const month = helsinkiDay(m.startsAt).slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, m);
  }
  const create: PlannedMeeting[] = [];
  const existing: { month: string; meeting: ExistingMeeting }[] = [];
  for (let i = 0; i < MEETINGS_PER_YEAR; i++) {
    const month = options.firstMonth + 2 * i;
    const key = `${options.year}-${pad2(month)}`;
    const found = byMonth.get(key) ?? (month < 12 ? byMonth.get(`${options.year}-${pad2(month + 1)}`) : undefined);
    if (found) {
      existing.push({ month: key, meeting: found });
      continue;
    }
    const day = nthWeekdayOfMonth(options.year, month, options.weekday, options.week);
    const start = helsinkiInstant(day, clock);
    create.push({
      day,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + options.durationMinutes * 60_000).toISOString(),
      title: titleOf(day)
    });
  }
  return { create, existing };
}
