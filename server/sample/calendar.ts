import { helsinkiInstant } from '../../src/core/time/helsinki';

/**
 * SAMPLE DATA — the steering group's meeting calendar 2024–2026: six meetings a year, about every
 * second month with a summer break, Fridays 9–11 Helsinki time (the group's standing slot). The
 * meeting of 8.11.2024 is the real one whose slides are in shared/seeds/.
 *
 * The sample's stories refer to meetings by their index in `MEETING_DAYS` (0 = 9.2.2024).
 */
export const MEETING_DAYS = [
  '2024-02-09', '2024-04-12', '2024-06-07', '2024-09-13', '2024-11-08', '2024-12-13',
  '2025-02-07', '2025-04-11', '2025-06-06', '2025-09-12', '2025-11-07', '2025-12-12',
  '2026-02-06', '2026-04-10', '2026-06-05', '2026-09-11', '2026-11-06', '2026-12-11'
] as const;

export const MEETING_START_TIME = '09:00';
export const MEETING_END_TIME = '11:00';
export const LAST_MEETING = MEETING_DAYS.length - 1;

/** Index of the meeting of 8.11.2024 (roadmap 2024 follow-up, roadmap 2025 approval). */
export const MEETING_2024_11_08 = MEETING_DAYS.indexOf('2024-11-08');

export function meetingStart(index: number): Date {
  return helsinkiInstant(MEETING_DAYS[index], MEETING_START_TIME);
}

export function meetingEnd(index: number): Date {
  return helsinkiInstant(MEETING_DAYS[index], MEETING_END_TIME);
}

/** The first meeting on or after a day (`YYYY-MM-DD`), or undefined after the last one. */
export function firstMeetingFrom(day: string): number | undefined {
  const i = MEETING_DAYS.findIndex((d) => d >= day);
  return i < 0 ? undefined : i;
}

/** The city board's decisions approving each roadmap (kaupunginhallitus / stadsstyrelsen). */
export const BOARD_APPROVALS: Readonly<Record<number, string>> = {
  2024: '2024-01-22',
  2025: '2024-11-25',
  2026: '2025-12-15'
};

/**
 * A day as Finnish and Swedish both write it (8.11.2024). Cheaper than Intl for the sample's hundreds
 * of report titles; the UI formats days with src/core/i18n/format.ts.
 */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d}.${m}.${y}`;
}
