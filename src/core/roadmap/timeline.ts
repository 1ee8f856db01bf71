import { parsePeriod, periodQuarter } from '../schema/period';
import type { RoadmapAction } from '../schema';
import { compareCodes } from './group';

/** A quarter as `{ year, quarter }`, comparable as `year * 4 + quarter - 1`. */
interface QuarterRef {
  readonly year: number;
  readonly quarter: number;
}

function quarterOf(text: string | null): QuarterRef | undefined {
  if (!text) return undefined;
  const p = parsePeriod(text);
  if (!p) return undefined;
  const [y, q] = periodQuarter(p).split('-Q').map(Number);
  return { year: y, quarter: q };
}

const ordinal = (q: QuarterRef): number => q.year * 4 + (q.quarter - 1);
const fromOrdinal = (n: number): string => `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;

export interface TimelineRow {
  readonly action: RoadmapAction;
  /** Index into `quarters` of the first and last quarter the bar covers (inclusive). */
  readonly from: number;
  readonly to: number;
  /** No start and end recorded: the bar spans the roadmap year as an estimate. */
  readonly estimated: boolean;
}

export interface TimelineLayout {
  /** Consecutive quarters `YYYY-Qn`, across years, covering every bar. */
  readonly quarters: string[];
  readonly rows: TimelineRow[];
}

/**
 * Lays actions out by quarter. An action with only a start or only an end gets a one-quarter bar;
 * one with neither spans its roadmap year (flagged `estimated`). An end before the start is read as
 * the start quarter only, rather than hiding the action.
 */
export function timelineLayout(actions: readonly RoadmapAction[]): TimelineLayout {
  const spans = actions.map((action) => {
    const start = quarterOf(action.start);
    const end = quarterOf(action.end);
    if (!start && !end) {
      return { action, from: ordinal({ year: action.roadmapYear, quarter: 1 }), to: ordinal({ year: action.roadmapYear, quarter: 4 }), estimated: true };
    }
    const from = ordinal(start ?? (end as QuarterRef));
    const to = Math.max(from, ordinal(end ?? (start as QuarterRef)));
    return { action, from, to, estimated: false };
  });
  if (spans.length === 0) return { quarters: [], rows: [] };
  const first = Math.min(...spans.map((s) => s.from));
  const last = Math.max(...spans.map((s) => s.to));
  const quarters: string[] = [];
  for (let n = first; n <= last; n++) quarters.push(fromOrdinal(n));
  const rows = spans
    .map((s) => ({ action: s.action, from: s.from - first, to: s.to - first, estimated: s.estimated }))
    .sort((a, b) => a.from - b.from || a.to - b.to || compareCodes(a.action.code, b.action.code));
  return { quarters, rows };
}
