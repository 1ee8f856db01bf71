import { ACTION_STATUSES, GOALS, LEVELS, NEED_SOURCES, TRAFFIC_LIGHTS } from '../schema/choices';
import type { ActionStatus, GoalCode, LevelCode, NeedSource, TrafficLight } from '../schema';
import { EMPTY_FILTER, type RoadmapFilter } from './filter';
import { GROUP_KEYS, type GroupKey } from './group';

/**
 * The roadmap's state as URL parameters, so that a filtered view, one action or its report form can be
 * shared as a link (the reminder e-mail links to `?action=DT25-07&report=1`). The same query string is
 * the `subEntityId` of a Teams deep link. Unknown or malformed values are ignored, never fatal.
 */
export const ROADMAP_VIEWS = ['table', 'board', 'timeline'] as const;
export type RoadmapView = (typeof ROADMAP_VIEWS)[number];

export interface RoadmapLocationState {
  readonly filter: RoadmapFilter;
  readonly view: RoadmapView;
  readonly groupBy: GroupKey;
  /** The code of the action whose details are open. */
  readonly action: string | null;
  /** Open the status report form of `action`. */
  readonly report: boolean;
}

export const DEFAULT_LOCATION_STATE: RoadmapLocationState = {
  filter: EMPTY_FILTER,
  view: 'table',
  groupBy: 'goal',
  action: null,
  report: false
};

/** The parameter names this module owns; everything else in a query string is left alone. */
export const ROADMAP_PARAMS = ['year', 'goal', 'level', 'statutory', 'need', 'director', 'status', 'light', 'mine', 'q', 'view', 'group', 'action', 'report'] as const;

const codesOf = (choices: readonly { readonly code: string }[]): readonly string[] => choices.map((c) => c.code);
const GOAL_CODES = codesOf(GOALS);
const LEVEL_CODES = codesOf(LEVELS);
const NEED_CODES = codesOf(NEED_SOURCES);
const STATUS_CODES = codesOf(ACTION_STATUSES);
const LIGHT_CODES = [...codesOf(TRAFFIC_LIGHTS), 'none'];

function splitList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
}

function known<T extends string>(value: string | null, allowed: readonly string[]): T[] {
  return splitList(value).filter((v) => allowed.indexOf(v) >= 0) as T[];
}

const ACTION_CODE = /^[\p{L}\p{N}_.-]{1,32}$/u;

/** Reads the roadmap state from a query string (with or without the leading `?`). */
export function stateFromQuery(query: string): RoadmapLocationState {
  const p = new URLSearchParams(query);
  const years = splitList(p.get('year'))
    .map(Number)
    .filter((y) => Number.isInteger(y) && y >= 2000 && y <= 2099);
  const statutory = p.get('statutory');
  const view = p.get('view');
  const group = p.get('group');
  const action = (p.get('action') ?? '').trim();
  const filter: RoadmapFilter = {
    years,
    goals: known<GoalCode>(p.get('goal'), GOAL_CODES),
    levels: known<LevelCode>(p.get('level'), LEVEL_CODES),
    statutory: statutory === '1' ? true : statutory === '0' ? false : null,
    needSources: known<NeedSource>(p.get('need'), NEED_CODES),
    // Directors may be fill-in texts, so any value is accepted (it simply matches nothing if unknown).
    directors: splitList(p.get('director')).slice(0, 50),
    statuses: known<ActionStatus>(p.get('status'), STATUS_CODES),
    lights: known<TrafficLight | 'none'>(p.get('light'), LIGHT_CODES),
    mine: p.get('mine') === '1',
    text: (p.get('q') ?? '').slice(0, 200)
  };
  return {
    filter,
    view: (ROADMAP_VIEWS as readonly string[]).indexOf(view ?? '') >= 0 ? (view as RoadmapView) : DEFAULT_LOCATION_STATE.view,
    groupBy: (GROUP_KEYS as readonly string[]).indexOf(group ?? '') >= 0 ? (group as GroupKey) : DEFAULT_LOCATION_STATE.groupBy,
    action: ACTION_CODE.test(action) ? action : null,
    report: p.get('report') === '1' && ACTION_CODE.test(action)
  };
}

/** The parameters of a state, defaults omitted, in a stable order (equal states give equal links). */
export function stateToParams(state: RoadmapLocationState): [string, string][] {
  const f = state.filter;
  const out: [string, string][] = [];
  const list = (name: string, values: readonly (string | number)[]): void => {
    if (values.length) out.push([name, values.join(',')]);
  };
  list('year', [...f.years].sort((a, b) => a - b));
  list('goal', f.goals);
  list('level', f.levels);
  if (f.statutory !== null) out.push(['statutory', f.statutory ? '1' : '0']);
  list('need', f.needSources);
  list('director', f.directors);
  list('status', f.statuses);
  list('light', f.lights);
  if (f.mine) out.push(['mine', '1']);
  if (f.text.trim() !== '') out.push(['q', f.text.trim()]);
  if (state.view !== DEFAULT_LOCATION_STATE.view) out.push(['view', state.view]);
  if (state.groupBy !== DEFAULT_LOCATION_STATE.groupBy) out.push(['group', state.groupBy]);
  if (state.action) {
    out.push(['action', state.action]);
    if (state.report) out.push(['report', '1']);
  }
  return out;
}

/** The query string of a state alone (no `?`). */
export function stateToQuery(state: RoadmapLocationState): string {
  return new URLSearchParams(stateToParams(state)).toString();
}

/**
 * Writes the state into an existing query string, keeping parameters that are not the roadmap's
 * (a SharePoint page or Teams may carry their own). Returns the query without `?`.
 */
export function mergeStateIntoQuery(existingQuery: string, state: RoadmapLocationState): string {
  const p = new URLSearchParams(existingQuery);
  for (const name of ROADMAP_PARAMS) p.delete(name);
  for (const [name, value] of stateToParams(state)) p.append(name, value);
  return p.toString();
}
