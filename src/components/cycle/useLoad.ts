import * as React from 'react';

export interface ILoad<T> {
  readonly data: T | null;
  readonly error: Error | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Loads once per change of `deps` and on `reload()`; a result that arrives after a newer request (or
 * after unmounting) is dropped, so a slow answer never overwrites a fresher one.
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): ILoad<T> {
  const [state, setState] = React.useState<{ data: T | null; error: Error | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState((s) => ({ data: s.data, error: error instanceof Error ? error : new Error(String(error)), loading: false }))
    );
    return () => {
      current = false;
    };
    // `load` is recreated on every render; `deps` says when it really changes.
  }, [...deps, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/**
 * Starts an async handler from an event (React ignores returned promises). The handlers report their own
 * errors to the person (notice + live region), so nothing is left to catch here.
 */
export function start(work: Promise<unknown>): void {
  work.catch(() => undefined);
}
