import { uniqueKey } from './fields';
import type { IndexedValidationIssue } from './issues';

/**
 * Action codes: `DT{yy}-{nn}`, e.g. `DT25-07`: `DT`, the roadmap year's last two digits, a running
 * number of at least two digits. Codes are text (the city's sheets may hold others); only codes of
 * this form take part in numbering.
 */
const ACTION_CODE = /^DT(\d{2})-(\d+)$/i;

export function formatActionCode(year: number, n: number): string {
  return `DT${pad2(year % 100)}-${pad2(n)}`;
}

/** The year digits and running number of a code in the `DT{yy}-{nn}` form (any case, surrounding spaces). */
export function parseActionCode(code: string): { readonly yy: number; readonly n: number } | undefined {
  const m = ACTION_CODE.exec(code.trim());
  return m ? { yy: Number(m[1]), n: Number(m[2]) } : undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function highestNumber(year: number, existingCodes: Iterable<string | null | undefined>): number {
  const yy = year % 100;
  let max = 0;
  for (const code of existingCodes) {
    const parsed = code ? parseActionCode(code) : undefined;
    if (parsed && parsed.yy === yy && parsed.n > max) max = parsed.n;
  }
  return max;
}

/**
 * The next free code of a roadmap year: one above the highest number used that year. Gaps left by
 * deleted actions are not reused, because minutes and e-mails may still name the old code.
 */
export function generateActionCode(year: number, existingCodes: Iterable<string | null | undefined>): string {
  return formatActionCode(year, highestNumber(year, existingCodes) + 1);
}

/**
 * Generates codes for many new actions (an import without codes) in one pass over the existing ones:
 * `const next = actionCodeSequence(codes); next(2025); next(2025); next(2026)`.
 */
export function actionCodeSequence(existingCodes: Iterable<string | null | undefined>): (year: number) => string {
  const snapshot = [...existingCodes];
  const highest = new Map<number, number>();
  return (year: number) => {
    const yy = year % 100;
    const n = (highest.get(yy) ?? highestNumber(year, snapshot)) + 1;
    highest.set(yy, n);
    return formatActionCode(year, n);
  };
}

/**
 * Codes must be unique within a set (a sheet, the list): every repeat after the first occurrence is an
 * issue, with `params.firstIndex` pointing at the first one. Compared trimmed and ignoring case, as
 * SharePoint's unique text does. Empty codes are skipped (they are generated later).
 */
export function validateUniqueCodes(codes: readonly (string | null | undefined)[], field = 'code'): IndexedValidationIssue[] {
  const first = new Map<string, number>();
  const out: IndexedValidationIssue[] = [];
  codes.forEach((code, index) => {
    if (!code || code.trim() === '') return;
    const key = uniqueKey(code);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else out.push({ field, value: code, code: 'notUnique', severity: 'error', params: { firstIndex: seen }, index });
  });
  return out;
}
