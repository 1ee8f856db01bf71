import { helsinkiDay } from '../time/helsinki';

/**
 * Action codes follow the city's sheet: `DT25-07` = roadmap 2025, number 7. New proposals and carried
 * copies get the next free number of their roadmap year, so codes stay unique (the list enforces it).
 */
const CODE = /^DT(\d{2})-(\d+)$/i;

export function codePrefix(year: number): string {
  return `DT${String(year % 100).padStart(2, '0')}-`;
}

/** The next free code of a roadmap year, given every code in use (any year; others are ignored). */
export function nextActionCode(existing: Iterable<string | null | undefined>, year: number): string {
  const yy = year % 100;
  let max = 0;
  for (const code of existing) {
    const m = code ? CODE.exec(code.trim()) : null;
    if (m && Number(m[1]) === yy) max = Math.max(max, Number(m[2]));
  }
  return `${codePrefix(year)}${String(max + 1).padStart(2, '0')}`;
}

/** Codes for `count` new actions of one year, none of them in `existing` nor repeated. */
export function nextActionCodes(existing: Iterable<string | null | undefined>, year: number, count: number): string[] {
  const used = [...existing];
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
