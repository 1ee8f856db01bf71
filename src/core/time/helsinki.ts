import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, lightFormat } from 'date-fns';

/** The programme's time zone: days, meeting times and reminder offsets are Helsinki calendar days. */
export const PROGRAMME_TIME_ZONE = 'Europe/Helsinki';

const HOUR_MS = 3_600_000;
/** Helsinki's UTC offset (minutes) by UTC hour: the zone changes its offset only on whole UTC hours. */
const offsetByHour = new Map<number, number>();

/**
 * The Helsinki wall clock of an instant, as a Date whose UTC fields read that wall clock. Reading a list
 * maps every date field through here (1 000 actions, several dates each), so the offset comes from
 * `tzOffset` once per UTC hour instead of a time-zone date per value.
 */
function helsinkiWallClock(instant: Date | string): Date {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = tzOffset(PROGRAMME_TIME_ZONE, new Date(hour * HOUR_MS));
    offsetByHour.set(hour, offset);
  }
  return new Date(ms + offset * 60_000);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The Helsinki calendar day (`YYYY-MM-DD`) of an instant. */
export function helsinkiDay(instant: Date | string): string {
  const wall = helsinkiWallClock(instant);
  return `${String(wall.getUTCFullYear()).padStart(4, '0')}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`;
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

/**
 * A `YYYY-MM-DD` day shifted by whole calendar days. lightFormat rather than format: the same tokens
 * without locale data, which keeps date-fns's formatters and its English locale out of every web part.
 */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return lightFormat(addDays(new Date(y, m - 1, d, 12), days), 'yyyy-MM-dd');
}

/** The Helsinki wall-clock time `HH:mm` of an instant. */
export function helsinkiTime(instant: Date | string): string {
  const wall = helsinkiWallClock(instant);
  return `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
}
