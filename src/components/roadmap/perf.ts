/**
 * Performance marks read by the benchmarks (bench/ui.ts) through the browser's Performance API:
 * `dt-first-render` when the loaded roadmap is first handed to React, and one `dt-filter` measure per
 * filter change (from the change to the committed render). Marks cost nothing when nobody reads them.
 */
const hasPerformance = (): boolean => typeof performance !== 'undefined' && typeof performance.mark === 'function';

export function markFirstRender(count: number): void {
  if (hasPerformance() && performance.getEntriesByName('dt-first-render').length === 0) performance.mark('dt-first-render', { detail: { count } });
}

export function markFilterStart(): void {
  if (hasPerformance()) performance.mark('dt-filter-start');
}

/** Called after the filtered view has been committed to the DOM. */
export function measureFilterEnd(): void {
  if (!hasPerformance() || performance.getEntriesByName('dt-filter-start').length === 0) return;
  performance.measure('dt-filter', 'dt-filter-start');
  performance.clearMarks('dt-filter-start');
}
