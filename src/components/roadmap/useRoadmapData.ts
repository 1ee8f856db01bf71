import * as React from 'react';
import type { RoadmapAction } from '../../core/schema';
import type { UserRights } from '../../data/contracts';
import { asError } from '../shell/errors';
import type { IAppServices } from '../shell/types';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface IRoadmapData {
  readonly status: LoadStatus;
  readonly actions: readonly RoadmapAction[];
  /** Null while loading, or when the rights could not be read (then the UI is read-only). */
  readonly rights: UserRights | null;
  readonly error: Error | null;
  /** True while a refresh runs over data already shown. */
  readonly refreshing: boolean;
  reload(): void;
  /** Replaces one action locally (optimistic updates, rollbacks, saved results). */
  replaceAction(action: RoadmapAction): void;
  addAction(action: RoadmapAction): void;
}

/**
 * Loads the roadmap: all actions (one request, paged past 5 000) and the user's rights (one batched
 * request), in parallel. Nothing else is read before the first render.
 */
export function useRoadmapData(services: IAppServices): IRoadmapData {
  const [status, setStatus] = React.useState<LoadStatus>('loading');
  const [actions, setActions] = React.useState<readonly RoadmapAction[]>([]);
  const [rights, setRights] = React.useState<UserRights | null>(null);
  const [error, setError] = React.useState<Error | null>(null);
  const [refreshing, setRefreshing] = React.useState(false);
  const [generation, setGeneration] = React.useState(0);
  const hasData = React.useRef(false);

  React.useEffect(() => {
    let cancelled = false;
    if (hasData.current) setRefreshing(true);
    else setStatus('loading');
    // Rights failing must not hide the roadmap: the person then simply gets the read-only view.
    const rightsRead = services.readRights().catch((e: unknown) => {
      console.warn('[Digitiekartta] could not read the user rights; showing the read-only view', e);
      return null;
    });
    Promise.all([services.actions.list(), rightsRead])
      .then(([loaded, userRights]) => {
        if (cancelled) return;
        hasData.current = true;
        setActions(loaded);
        setRights(userRights);
        setError(null);
        setStatus('ready');
        setRefreshing(false);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setError(asError(e));
        setRefreshing(false);
        if (!hasData.current) setStatus('error');
      });
    return () => {
      cancelled = true;
    };
  }, [services, generation]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const replaceAction = React.useCallback((action: RoadmapAction) => {
    setActions((list) => list.map((a) => (a.id === action.id ? action : a)));
  }, []);
  const addAction = React.useCallback((action: RoadmapAction) => {
    setActions((list) => [...list, action]);
  }, []);

  return { status, actions, rights, error, refreshing, reload, replaceAction, addAction };
}
