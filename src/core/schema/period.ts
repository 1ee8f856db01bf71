/**
 * A planned start or end: a day (`2025-03-14`) or a quarter (`2025-Q2`). Stored in this canonical text
 * form so that it sorts by year and reads the same in SharePoint, Excel and JSON.
 */
export type Period = { readonly kind: 'day'; readonly day: string } | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER = /^(\d{4})\s*[-/ ]?\s*[QqKk]\s*([1-4])$/;
const QUARTER_FIRST = /^[QqKk]\s*([1-4])\s*[-/ ]?\s*(\d{4})$/;
const FINNISH_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Reads what people type: `2025-03-14`, `14.3.2025`, `2025 Q2`, `2025-Q2`, `Q2 2025`, `2025 K2`
 * (K = kvartaali/kvartal). Returns undefined for anything else.
 */
export function parsePeriod(text: string): Period | undefined {
  const value = text.trim();
  let m = DAY.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDay(y, mo, d) ? { kind: 'day', day: value } : undefined;
  }
  m = FINNISH_DAY.exec(value);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDay(y, mo, d) ? { kind: 'day', day: `${y}-${pad(mo)}-${pad(d)}` } : undefined;
  }
  m = QUARTER.exec(value);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = QUARTER_FIRST.exec(value);
  if (m) return { kind: 'quarter', year: Number(m[2]), quarter: Number(m[1]) as 1 | 2 | 3 | 4 };
  return undefined;
}

/** The canonical stored form. */
export function periodToString(period: Period): string {
  return period.kind === 'day' ? period.day : `${period.year}-Q${period.quarter}`;
}

/** Normalises any accepted spelling to the canonical form, or undefined. */
export function normalisePeriod(text: string): string | undefined {
  const p = parsePeriod(text);
  return p ? periodToString(p) : undefined;
}

/** First and last day of a period, for ordering and for the timeline. */
export function periodBounds(period: Period): { readonly first: string; readonly last: string } {
  if (period.kind === 'day') return { first: period.day, last: period.day };
  const firstMonth = (period.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return { first: `${period.year}-${pad(firstMonth)}-01`, last: `${period.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The quarter (`YYYY-Qn`) a period starts in. */
export function periodQuarter(period: Period): string {
  if (period.kind === 'quarter') return periodToString(period);
  const [y, m] = period.day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** A period for people: `2025 Q2` or a localised day is up to the UI; this is the neutral text form. */
export function periodLabel(period: Period): string {
  return period.kind === 'day' ? period.day : `${period.year} Q${period.quarter}`;
}
