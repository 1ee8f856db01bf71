import * as React from 'react';
import { directorsIn, filterActions, yearsIn, type RoadmapFilter } from '../../core/roadmap/filter';
import { groupActions, type GroupedActions, type GroupKey } from '../../core/roadmap/group';
import { mergeStateIntoQuery, stateFromQuery, type RoadmapLocationState, type RoadmapView } from '../../core/roadmap/url';
import { pageLink, teamsDeepLink } from '../../core/roadmap/deepLink';
import type { RoadmapAction } from '../../core/schema';
import { useApp } from '../shell/AppContext';
import { markFilterStart, measureFilterEnd } from './perf';
import type { IRoadmapData } from './useRoadmapData';

export interface IRoadmapModel {
  readonly state: RoadmapLocationState;
  readonly filtered: RoadmapAction[];
  readonly grouped: GroupedActions;
  readonly years: number[];
  readonly directors: string[];
  /** The action whose details are open, once loaded. */
  readonly selected: RoadmapAction | null;
  /** The URL names an action that does not exist (after loading). */
  readonly selectedMissing: boolean;
  setFilter(filter: RoadmapFilter): void;
  setView(view: RoadmapView): void;
  setGroupBy(groupBy: GroupKey): void;
  openAction(code: string, report?: boolean): void;
  closeAction(): void;
  /** A link to the current view: the page URL on SharePoint, a Teams deep link in Teams. */
  shareLink(state?: RoadmapLocationState): string;
}

/** The roadmap's view logic: URL-backed state, filtering and grouping (pure functions from src/core). */
export function useRoadmap(data: IRoadmapData): IRoadmapModel {
  const { host, lang } = useApp();
  const [state, setStateRaw] = React.useState<RoadmapLocationState>(() => stateFromQuery(host.location.read()));

  // Back/forward restores the filters of that URL.
  React.useEffect(() => host.location.subscribe(() => setStateRaw(stateFromQuery(host.location.read()))), [host]);

  // The URL follows the state a moment later: typing a search must not pay for a history update per
  // keystroke (replaceState is slow), and a link copied after a pause is always current.
  const pendingWrite = React.useRef<number | undefined>(undefined);
  const latest = React.useRef<RoadmapLocationState | undefined>(undefined);
  const flush = React.useCallback(() => {
    window.clearTimeout(pendingWrite.current);
    pendingWrite.current = undefined;
    if (latest.current) host.location.write(mergeStateIntoQuery(host.location.read(), latest.current));
  }, [host]);
  React.useEffect(() => flush, [flush]);
  const setState = React.useCallback(
    (update: (s: RoadmapLocationState) => RoadmapLocationState, immediate = true) => {
      setStateRaw((s) => {
        const next = update(s);
        latest.current = next;
        window.clearTimeout(pendingWrite.current);
        if (immediate) flush();
        else pendingWrite.current = window.setTimeout(flush, 300);
        return next;
      });
    },
    [flush]
  );

  const { actions } = data;
  const filtered = React.useMemo(() => filterActions(actions, state.filter, data.rights?.email), [actions, state.filter, data.rights]);
  const grouped = React.useMemo(() => groupActions(filtered, state.view === 'table' ? state.groupBy : 'none', lang), [filtered, state.groupBy, state.view, lang]);
  const years = React.useMemo(() => yearsIn(actions), [actions]);
  const directors = React.useMemo(() => directorsIn(actions), [actions]);

  // Closes the filter measurement once the new list is on screen.
  React.useEffect(() => {
    measureFilterEnd();
  }, [filtered]);

  const wanted = state.action?.toUpperCase();
  const selected = React.useMemo(() => (wanted ? actions.find((a) => (a.code ?? '').toUpperCase() === wanted) ?? null : null), [actions, wanted]);

  const setFilter = React.useCallback(
    (filter: RoadmapFilter) => {
      markFilterStart();
      setState((s) => ({ ...s, filter }), false);
    },
    [setState]
  );
  const setView = React.useCallback((view: RoadmapView) => setState((s) => ({ ...s, view })), [setState]);
  const setGroupBy = React.useCallback((groupBy: GroupKey) => setState((s) => ({ ...s, groupBy })), [setState]);
  const openAction = React.useCallback((code: string, report = false) => setState((s) => ({ ...s, action: code, report })), [setState]);
  const closeAction = React.useCallback(() => setState((s) => ({ ...s, action: null, report: false })), [setState]);

  const shareLink = React.useCallback(
    (linkState: RoadmapLocationState = state) => (host.kind === 'teams' && host.teamsTab ? teamsDeepLink(host.teamsTab, linkState) : pageLink(host.pageUrl, linkState)),
    [host, state]
  );

  return {
    state,
    filtered,
    grouped,
    years,
    directors,
    selected,
    selectedMissing: data.status === 'ready' && !!state.action && !selected,
    setFilter,
    setView,
    setGroupBy,
    openAction,
    closeAction,
    shareLink
  };
}
