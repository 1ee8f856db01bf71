import { nextActionCode } from '../roadmap/code';
import { helsinkiDay } from '../time/helsinki';

/**
 * Action codes follow the city's sheet: `DT25-07` = roadmap 2025, number 7 (`nextActionCode`, shared with
 * the roadmap's own form). New proposals and carried copies get the next free number of their roadmap
 * year, so codes stay unique (the list enforces it).
 */

/** Codes for `count` new actions of one year, none of them in `existing` nor repeated. */
export function nextActionCodes(existing: Iterable<string | null | undefined>, year: number, count: number): string[] {
  const used = [...existing].map((c) => c ?? null);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const code = nextActionCode(used, year);
    codes.push(code);
    used.push(code);
  }
  return codes;
}

/** The year whose roadmap is being prepared: the one after `now`'s Helsinki year. */
export function nextRoadmapYear(now: Date | string): number {
  return Number(helsinkiDay(now).slice(0, 4)) + 1;
}
