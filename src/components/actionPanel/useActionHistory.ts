import * as React from 'react';
import { sortHistory } from '../../core/roadmap/report';
import type { StatusUpdate } from '../../core/schema';
import { useApp } from '../shell/AppContext';
import { asError } from '../shell/errors';

export interface IActionHistory {
  readonly reports: StatusUpdate[] | null;
  readonly error: Error | null;
  reload(): void;
  /** Shows a report just filed without another round trip. */
  prepend(report: StatusUpdate): void;
}

/** The status reports of one action, newest first (fetched when the panel opens). */
export function useActionHistory(actionId: number | null): IActionHistory {
  const { services } = useApp();
  const [reports, setReports] = React.useState<StatusUpdate[] | null>(null);
  const [error, setError] = React.useState<Error | null>(null);
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    if (actionId === null) return undefined;
    let cancelled = false;
    setReports(null);
    setError(null);
    services.statusUpdates
      .list({ where: [{ key: 'action', op: 'eq', value: actionId }] })
      .then((list) => {
        if (!cancelled) setReports(sortHistory(list));
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(asError(e));
      });
    return () => {
      cancelled = true;
    };
  }, [services, actionId, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const prepend = React.useCallback((report: StatusUpdate) => setReports((list) => sortHistory([report, ...(list ?? [])])), []);
  return { reports, error, reload, prepend };
}
