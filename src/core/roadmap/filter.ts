import type { ActionStatus, GoalCode, LevelCode, NeedSource, RoadmapAction, TrafficLight } from '../schema';
import { normaliseText } from '../schema/mapping';

/**
 * What a person filters the roadmap by. Empty lists mean "any"; `statutory: null` means either.
 * Plain data so that it survives a trip through the URL (see url.ts).
 */
export interface RoadmapFilter {
  readonly years: readonly number[];
  readonly goals: readonly GoalCode[];
  readonly levels: readonly LevelCode[];
  readonly statutory: boolean | null;
  readonly needSources: readonly NeedSource[];
  /** Choice codes, or the text of a fill-in director. */
  readonly directors: readonly string[];
  readonly statuses: readonly ActionStatus[];
  /** `none` selects actions that have no report yet. */
  readonly lights: readonly (TrafficLight | 'none')[];
  /** Only the actions the signed-in person owns. */
  readonly mine: boolean;
  /** Free text: every word must occur in the code, title, description, owner, impacts or indicator. */
  readonly text: string;
}

export const EMPTY_FILTER: RoadmapFilter = {
  years: [],
  goals: [],
  levels: [],
  statutory: null,
  needSources: [],
  directors: [],
  statuses: [],
  lights: [],
  mine: false,
  text: ''
};

export function isFilterEmpty(filter: RoadmapFilter): boolean {
  return activeFilterCount(filter) === 0;
}

/** How many filter facets are in use (for "3 filters on" and the clear button). */
export function activeFilterCount(filter: RoadmapFilter): number {
  const lists = [filter.years, filter.goals, filter.levels, filter.needSources, filter.directors, filter.statuses, filter.lights];
  return (
    lists.filter((l) => l.length > 0).length +
    (filter.statutory === null ? 0 : 1) +
    (filter.mine ? 1 : 0) +
    (filter.text.trim() === '' ? 0 : 1)
  );
}

// The searchable text of an action, normalised once per object: actions are immutable values (an edit
// makes a new object), so keying on identity is safe and keeps a keystroke over 1 000 actions cheap.
const searchTextCache: WeakMap<RoadmapAction, string> = new WeakMap();

function searchTextOf(action: RoadmapAction): string {
  let text = searchTextCache.get(action);
  if (text === undefined) {
    text = normaliseText(
      [action.code, action.title, action.description, action.owner?.displayName, action.owner?.email, action.impacts, action.effectIndicator]
        .filter((v): v is string => typeof v === 'string' && v !== '')
        .join(' \u0001 ')
    );
    searchTextCache.set(action, text);
  }
  return text;
}

/** The words of a search, normalised like the searched text. */
export function searchWords(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

function sameEmail(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** Does the action belong to the person (by e-mail, case-insensitive)? */
export function isOwnedBy(action: Pick<RoadmapAction, 'owner'>, email: string | undefined): boolean {
  return sameEmail(action.owner?.email, email);
}

/**
 * The actions that pass every facet of the filter, in their original order.
 * `me` is the signed-in person's e-mail (for "my actions"); without it "my actions" matches nothing.
 */
export function filterActions(actions: readonly RoadmapAction[], filter: RoadmapFilter, me: string | undefined): RoadmapAction[] {
  const years = filter.years.length ? new Set(filter.years) : undefined;
  const goals = filter.goals.length ? new Set<string>(filter.goals) : undefined;
  const levels = filter.levels.length ? new Set<string>(filter.levels) : undefined;
  const needs = filter.needSources.length ? new Set<string>(filter.needSources) : undefined;
  const directors = filter.directors.length ? new Set(filter.directors) : undefined;
  const statuses = filter.statuses.length ? new Set<string>(filter.statuses) : undefined;
  const lights = filter.lights.length ? new Set<string>(filter.lights) : undefined;
  const words = searchWords(filter.text);

  return actions.filter((a) => {
    if (years && !years.has(a.roadmapYear)) return false;
    if (goals && !goals.has(a.goal)) return false;
    if (levels && !levels.has(a.level)) return false;
    if (filter.statutory !== null && a.statutory !== filter.statutory) return false;
    if (needs && (a.needSource === null || !needs.has(a.needSource))) return false;
    if (directors && (a.responsibleDirector === null || !directors.has(a.responsibleDirector))) return false;
    if (statuses && !statuses.has(a.status)) return false;
    if (lights && !lights.has(a.trafficLight ?? 'none')) return false;
    if (filter.mine && !isOwnedBy(a, me)) return false;
    if (words.length) {
      const haystack = searchTextOf(a);
      for (const w of words) if (haystack.indexOf(w) < 0) return false;
    }
    return true;
  });
}

/** The distinct roadmap years present, ascending (the year filter offers only years that exist). */
export function yearsIn(actions: readonly Pick<RoadmapAction, 'roadmapYear'>[]): number[] {
  return [...new Set(actions.map((a) => a.roadmapYear))].sort((a, b) => a - b);
}

/** Fill-in directors (values outside the choice list) present in the data, so they can be filtered too. */
export function directorsIn(actions: readonly Pick<RoadmapAction, 'responsibleDirector'>[]): string[] {
  return [...new Set(actions.map((a) => a.responsibleDirector).filter((d): d is string => !!d))].sort();
}
