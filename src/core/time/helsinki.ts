import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, lightFormat } from 'date-fns';

/** The programme's time zone: days, meeting times and reminder offsets are Helsinki calendar days. */
export const PROGRAMME_TIME_ZONE = 'Europe/Helsinki';

const HOUR_MS = 3_600_000;

/** Helsinki's UTC offsets through one UTC year: the offset from each instant on, in time order. */
type YearOffsets = readonly { readonly from: number; readonly offset: number }[];
const offsetsByYear = new Map<number, YearOffsets>();

/**
 * Where Helsinki's offset changes within a UTC year, found with `tzOffset` (month starts, then halving to
 * the hour; the zone changes its offset on whole UTC hours, at most once a month). About 30 look-ups a
 * year instead of one per value: reading a list maps every date field of every item through here.
 */
function yearOffsets(year: number): YearOffsets {
  const cached = offsetsByYear.get(year);
  if (cached) return cached;
  const at = (ms: number): number => tzOffset(PROGRAMME_TIME_ZONE, new Date(ms));
  const starts = Array.from({ length: 13 }, (_, m) => Date.UTC(year, m, 1));
  const offsets: { from: number; offset: number }[] = [{ from: starts[0], offset: at(starts[0]) }];
  for (let m = 0; m < 12; m++) {
    const before = offsets[offsets.length - 1].offset;
    const after = at(starts[m + 1]);
    if (after === before) continue;
    // The first whole hour of the month with the new offset.
    let low = starts[m] / HOUR_MS;
    let high = starts[m + 1] / HOUR_MS;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (at(mid * HOUR_MS) === before) low = mid;
      else high = mid;
    }
    offsets.push({ from: high * HOUR_MS, offset: after });
  }
  offsetsByYear.set(year, offsets);
  return offsets;
}

/** The Helsinki wall clock of an instant, as a Date whose UTC fields read that wall clock. */
function helsinkiWallClock(instant: Date | string): Date {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
  const offsets = yearOffsets(new Date(ms).getUTCFullYear());
  let offset = offsets[0].offset;
  for (const o of offsets) if (o.from <= ms) offset = o.offset;
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
