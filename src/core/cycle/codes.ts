import { helsinkiDay } from '../time/helsinki';

/**
 * Codes: new proposals and carried copies get the next free number of their roadmap year
 * (`generateActionCode` / `actionCodeSequence` in src/core/validation/codes.ts), so codes stay unique.
 */

/** The year whose roadmap is being prepared: the one after `now`'s Helsinki year. */
export function nextRoadmapYear(now: Date | string): number {
  return Number(helsinkiDay(now).slice(0, 4)) + 1;
}
