import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, lightFormat } from 'date-fns';

// lightFormat rather than format: the same tokens without locale data, which keeps date-fns's formatters
// and its English locale (about 10 KB gzipped) out of every web part.

/** The programme's time zone: days, meeting times and reminder offsets are Helsinki calendar days. */
export const PROGRAMME_TIME_ZONE = 'Europe/Helsinki';

/** The Helsinki calendar day (`YYYY-MM-DD`) of an instant. */
export function helsinkiDay(instant: Date | string): string {
  return lightFormat(new TZDate(new Date(instant).getTime(), PROGRAMME_TIME_ZONE), 'yyyy-MM-dd');
}

/** The instant of a Helsinki wall-clock time, e.g. `helsinkiInstant('2025-03-30', '09:00')`. */
export function helsinkiInstant(day: string, time = '00:00'): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, PROGRAMME_TIME_ZONE).getTime());
}

/** Calendar days from `from` to `to` in Helsinki (negative when `to` is earlier); DST does not matter. */
export function helsinkiDaysBetween(from: Date | string, to: Date | string): number {
  return differenceInCalendarDays(
    new TZDate(new Date(to).getTime(), PROGRAMME_TIME_ZONE),
    new TZDate(new Date(from).getTime(), PROGRAMME_TIME_ZONE)
  );
}

/** A `YYYY-MM-DD` day shifted by whole calendar days. */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return lightFormat(addDays(new Date(y, m - 1, d, 12), days), 'yyyy-MM-dd');
}

/** The Helsinki wall-clock time `HH:mm` of an instant. */
export function helsinkiTime(instant: Date | string): string {
  return lightFormat(new TZDate(new Date(instant).getTime(), PROGRAMME_TIME_ZONE), 'HH:mm');
}
