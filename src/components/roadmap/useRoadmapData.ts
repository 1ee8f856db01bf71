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

/** What the roadmap reads before its first render. */
export interface RoadmapLoad {
  readonly actions: readonly RoadmapAction[];
  /** Null when the rights could not be read (then the UI is read-only). */
  readonly rights: UserRights | null;
}

/**
 * Reads the roadmap: all actions (one request, paged past 5 000) and the user's rights (one batched
 * request), in parallel. Nothing else is read before the first render.
 */
export function loadRoadmap(services: IAppServices): Promise<RoadmapLoad> {
  // Rights failing must not hide the roadmap: the person then simply gets the read-only view.
  const rightsRead = services.readRights().catch((e: unknown) => {
    console.warn('[Digitiekartta] could not read the user rights; showing the read-only view', e);
    return null;
  });
  return Promise.all([services.actions.list(), rightsRead]).then(([actions, rights]) => ({ actions, rights }));
}

/** The roadmap's data: the first load (`initial` when one is already under way), then reloads on demand. */
export function useRoadmapData(services: IAppServices, initial?: Promise<RoadmapLoad>): IRoadmapData {
  const [status, setStatus] = React.useState<LoadStatus>('loading');
  const [actions, setActions] = React.useState<readonly RoadmapAction[]>([]);
  const [rights, setRights] = React.useState<UserRights | null>(null);
  const [error, setError] = React.useState<Error | null>(null);
  const [refreshing, setRefreshing] = React.useState(false);
  const [generation, setGeneration] = React.useState(0);
  const hasData = React.useRef(false);
  const pending = React.useRef(initial);

  React.useEffect(() => {
    let cancelled = false;
    if (hasData.current) setRefreshing(true);
    else setStatus('loading');
    const load = pending.current ?? loadRoadmap(services);
    pending.current = undefined;
    load
      .then((loaded) => {
        if (cancelled) return;
        hasData.current = true;
        setActions(loaded.actions);
        setRights(loaded.rights);
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
