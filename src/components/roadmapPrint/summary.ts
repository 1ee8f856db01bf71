import type { Lang } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import type { RoadmapFilter } from '../../core/roadmap/filter';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { choiceLabel, fieldByKey } from '../../core/schema/mapping';

/** The filter in words, for the printed page's heading ("Roadmap year: 2025; Statutory: Statutory"). */
export function describeFilter(filter: RoadmapFilter, lang: Lang): string {
  const t = ROADMAP[lang];
  const parts: string[] = [];
  const field = (key: string): ReturnType<typeof fieldByKey> => fieldByKey(ROADMAP_ACTIONS, key);
  const add = (key: string, values: readonly (string | number)[]): void => {
    if (values.length) parts.push(`${field(key).labels[lang]}: ${values.map((v) => choiceLabel(field(key), String(v), lang)).join(', ')}`);
  };
  add('roadmapYear', filter.years);
  add('goal', filter.goals);
  add('level', filter.levels);
  if (filter.statutory !== null) parts.push(`${field('statutory').labels[lang]}: ${filter.statutory ? t.statutoryYes : t.statutoryNo}`);
  add('needSource', filter.needSources);
  add('responsibleDirector', filter.directors);
  add('status', filter.statuses);
  add('trafficLight', filter.lights.map((l) => (l === 'none' ? t.lightNone : l)));
  if (filter.mine) parts.push(t.mine);
  if (filter.text.trim()) parts.push(`${t.searchLabel}: “${filter.text.trim()}”`);
  return parts.length ? parts.join('; ') : t.printNoFilters;
}
