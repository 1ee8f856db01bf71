/**
 * What changed in the published data between two publications: the open publication's change feed.
 * A publication keeps a snapshot of what it published; the next one compares its own snapshot with it.
 * Pure: times come from the data (a report's time, an item's Modified), never from a clock, so the same
 * data published twice gives no change and the same entries.
 */

/** One action as the public sees it (already redacted and with choice values checked). */
export interface PublicActionState {
  readonly code: string;
  readonly title: string;
  readonly year: number;
  readonly status: string | null;
  readonly light: string | null;
  readonly progress: number | null;
  readonly lastReportAt: string | null;
  readonly modified: string | null;
}

export interface PublicMetricValueState {
  readonly metric: string;
  readonly year: number;
  readonly value: number;
  readonly modified: string | null;
}

/** What one publication published, keyed so that the next one can compare. */
export interface PublicSnapshot {
  /** By action code. */
  readonly actions: Readonly<Record<string, PublicActionState>>;
  /** By `metric|year`. */
  readonly metricValues: Readonly<Record<string, PublicMetricValueState>>;
}

interface ActionChangeBase {
  readonly code: string;
  readonly title: string;
  /** ISO instant from the data. */
  readonly at: string;
}

export type PublicChange =
  | (ActionChangeBase & { readonly kind: 'new-action'; readonly status: string | null })
  | (ActionChangeBase & { readonly kind: 'status'; readonly from: string | null; readonly to: string | null })
  | (ActionChangeBase & { readonly kind: 'completed' })
  | (ActionChangeBase & { readonly kind: 'light'; readonly from: string | null; readonly to: string | null })
  | (ActionChangeBase & { readonly kind: 'progress'; readonly from: number | null; readonly to: number | null })
  | { readonly kind: 'metric-value'; readonly metric: string; readonly year: number; readonly value: number; readonly previous: number | null; readonly at: string };

export function publicSnapshot(actions: readonly PublicActionState[], metricValues: readonly PublicMetricValueState[]): PublicSnapshot {
  const byCode: Record<string, PublicActionState> = {};
  for (const a of actions) byCode[a.code] = a;
  const values: Record<string, PublicMetricValueState> = {};
  for (const v of metricValues) values[`${v.metric}|${v.year}`] = v;
  return { actions: byCode, metricValues: values };
}

/** The first day of the action's year: the time of a change whose item carries no time at all. */
function fallbackTime(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01T00:00:00.000Z`;
}

function iso(instant: string | null): string | null {
  if (!instant) return null;
  const t = Date.parse(instant);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A change to the action itself (status, a light set by hand) happened when the item was modified. */
function itemTime(a: PublicActionState): string {
  return iso(a.modified) ?? iso(a.lastReportAt) ?? fallbackTime(a.year);
}

/** A light or progress that moved with a new report happened when the report was filed. */
function reportTime(before: PublicActionState, a: PublicActionState): string {
  return a.lastReportAt !== before.lastReportAt ? (iso(a.lastReportAt) ?? itemTime(a)) : itemTime(a);
}

function actionChanges(before: PublicActionState | undefined, a: PublicActionState): PublicChange[] {
  const base = { code: a.code, title: a.title };
  if (!before) return [{ ...base, kind: 'new-action', status: a.status, at: itemTime(a) }];
  const changes: PublicChange[] = [];
  const completed = a.status === 'completed' && before.status !== 'completed';
  if (completed) changes.push({ ...base, kind: 'completed', at: itemTime(a) });
  else if (a.status !== before.status) changes.push({ ...base, kind: 'status', from: before.status, to: a.status, at: itemTime(a) });
  if (a.light !== before.light) changes.push({ ...base, kind: 'light', from: before.light, to: a.light, at: reportTime(before, a) });
  // Completion sets progress to 100: that is the completion, not a second change.
  if (a.progress !== before.progress && !(completed && a.progress === 100)) {
    changes.push({ ...base, kind: 'progress', from: before.progress, to: a.progress, at: reportTime(before, a) });
  }
  return changes;
}

/**
 * The changes from `previous` to `current`, oldest first (then by code and kind). With no previous
 * publication there is nothing to compare: the first publication is the baseline and has no changes.
 * An action or value that disappeared (deleted, no longer public) is not an entry.
 */
export function publicChanges(previous: PublicSnapshot | null, current: PublicSnapshot): PublicChange[] {
  if (previous === null) return [];
  const changes: PublicChange[] = [];
  for (const code of Object.keys(current.actions).sort()) changes.push(...actionChanges(previous.actions[code], current.actions[code]));
  for (const key of Object.keys(current.metricValues).sort()) {
    const v = current.metricValues[key];
    const before = previous.metricValues[key];
    if (before && before.value === v.value) continue;
    changes.push({ kind: 'metric-value', metric: v.metric, year: v.year, value: v.value, previous: before ? before.value : null, at: iso(v.modified) ?? fallbackTime(v.year) });
  }
  return changes.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** A stable key of a change: the same change in the same data always has the same key. */
export function changeKey(change: PublicChange): string {
  return change.kind === 'metric-value' ? `metric/${change.metric}/${change.year}/${change.at}` : `action/${change.code}/${change.kind}/${change.at}`;
}
