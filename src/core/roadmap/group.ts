import type { Lang } from '../i18n/catalog';
import { ACTION_STATUSES, GOALS, LEVELS } from '../schema/choices';
import { ROADMAP_ACTIONS } from '../schema/lists';
import { choiceLabel, fieldByKey } from '../schema/mapping';
import type { RoadmapAction } from '../schema';

/** How the table groups actions. */
export const GROUP_KEYS = ['goal', 'level', 'director', 'status', 'year', 'none'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface ActionGroup {
  /** Stable key: the choice code, the year, or '' for "not set". */
  readonly key: string;
  /** Localised name; null when the value is not set (the UI names that case). */
  readonly label: string | null;
  /** Index of the group's first action in `items` (what DetailsList's groups need). */
  readonly startIndex: number;
  readonly count: number;
}

export interface GroupedActions {
  /** The actions ordered group by group, by code within a group. */
  readonly items: RoadmapAction[];
  /** Empty when grouping is `none`. */
  readonly groups: ActionGroup[];
}

// Building an Intl.Collator is expensive (a sort of 1 000 codes would build thousands): one per language.
const collators: Partial<Record<Lang, Intl.Collator>> = {};
const collator = (lang: Lang): Intl.Collator =>
  (collators[lang] ??= new Intl.Collator(lang === 'en' ? 'en' : lang === 'sv' ? 'sv-FI' : 'fi-FI', { numeric: true, sensitivity: 'base' }));

/** Action codes sort naturally: DT25-2 before DT25-10. */
export function compareCodes(a: string | null, b: string | null): number {
  return collator('en').compare(a ?? '', b ?? '');
}

function groupValue(action: RoadmapAction, by: GroupKey): string {
  switch (by) {
    case 'goal':
      return action.goal;
    case 'level':
      return action.level;
    case 'director':
      return action.responsibleDirector ?? '';
    case 'status':
      return action.status;
    case 'year':
      return String(action.roadmapYear);
    default:
      return '';
  }
}

function groupLabel(by: GroupKey, key: string, lang: Lang): string | null {
  if (key === '') return null;
  switch (by) {
    case 'goal':
      return `${key} ${choiceLabel(fieldByKey(ROADMAP_ACTIONS, 'goal'), key, lang)}`;
    case 'level':
      return choiceLabel(fieldByKey(ROADMAP_ACTIONS, 'level'), key, lang);
    case 'director':
      return choiceLabel(fieldByKey(ROADMAP_ACTIONS, 'responsibleDirector'), key, lang);
    case 'status':
      return choiceLabel(fieldByKey(ROADMAP_ACTIONS, 'status'), key, lang);
    default:
      return key;
  }
}

/** The order of groups: the schema's order for choices, years ascending, directors by name; "not set" last. */
function groupRank(by: GroupKey, lang: Lang): (a: string, b: string) => number {
  const order = (codes: readonly string[]): ((a: string, b: string) => number) => (a: string, b: string): number => rank(codes, a) - rank(codes, b);
  const byName = collator(lang);
  switch (by) {
    case 'goal':
      return order(GOALS.map((g) => g.code));
    case 'level':
      return order(LEVELS.map((l) => l.code));
    case 'status':
      return order(ACTION_STATUSES.map((s) => s.code));
    case 'year':
      return (a, b) => (a === '' ? 1 : b === '' ? -1 : Number(a) - Number(b));
    default:
      return (a, b) => (a === '' ? 1 : b === '' ? -1 : byName.compare(groupLabel(by, a, lang) ?? a, groupLabel(by, b, lang) ?? b));
  }
}

function rank(codes: readonly string[], code: string): number {
  const i = codes.indexOf(code);
  return i < 0 ? (code === '' ? codes.length + 1 : codes.length) : i;
}

/** Orders and groups actions for the table. Pure; the input is not modified. */
export function groupActions(actions: readonly RoadmapAction[], by: GroupKey, lang: Lang): GroupedActions {
  const byCode = (a: RoadmapAction, b: RoadmapAction): number => compareCodes(a.code, b.code) || a.id - b.id;
  if (by === 'none') return { items: [...actions].sort(byCode), groups: [] };
  const buckets = new Map<string, RoadmapAction[]>();
  for (const a of actions) {
    const key = groupValue(a, by);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(a);
    else buckets.set(key, [a]);
  }
  const keys = [...buckets.keys()].sort(groupRank(by, lang));
  const items: RoadmapAction[] = [];
  const groups: ActionGroup[] = [];
  for (const key of keys) {
    const bucket = (buckets.get(key) ?? []).sort(byCode);
    groups.push({ key, label: groupLabel(by, key, lang), startIndex: items.length, count: bucket.length });
    items.push(...bucket);
  }
  return { items, groups };
}
