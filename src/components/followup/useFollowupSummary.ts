import * as React from 'react';
import { ICT_BUDGETS, summariseYear, type FollowupInput, type IctBudget, type YearSummary } from '../../core/followup';
import { loadFollowupInput, type FollowupSources } from '../../report/load';

export interface IFollowupSummaryState {
  readonly loading: boolean;
  readonly error: Error | null;
  /** The roadmap years found in the lists, newest first. */
  readonly years: readonly number[];
  readonly summary: YearSummary | null;
  readonly reload: () => void;
}

/**
 * Reads the four lists once (again on reload) and summarises the chosen year with the one aggregation
 * (`summariseYear`), as of `now`: the same numbers as the deck and the publication.
 */
export function useFollowupSummary(sources: FollowupSources, year: number, now: () => Date, budgets: readonly IctBudget[] = ICT_BUDGETS): IFollowupSummaryState {
  const [input, setInput] = React.useState<FollowupInput | null>(null);
  const [error, setError] = React.useState<Error | null>(null);
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let alive = true;
    setError(null);
    setInput(null);
    loadFollowupInput(sources, budgets).then(
      (loaded) => {
        if (alive) setInput(loaded);
      },
      (e: unknown) => {
        if (alive) setError(e instanceof Error ? e : new Error(String(e)));
      }
    );
    return () => {
      alive = false;
    };
  }, [sources, budgets, generation]);

  const years = React.useMemo(() => {
    if (!input) return [];
    const found = new Set(input.actions.map((a) => a.roadmapYear));
    return [...found].sort((a, b) => b - a);
  }, [input]);

  // `now` is read when the data arrives or the year changes: the view is "as of" that moment.
  const summary = React.useMemo(() => (input ? summariseYear(input, year, now()) : null), [input, year, now]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { loading: !input && !error, error, years, summary, reload };
}
