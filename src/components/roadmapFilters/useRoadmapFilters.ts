import * as React from 'react';
import type { IChoiceMenuOption } from '../common/ChoiceMenu';
import { format } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { activeFilterCount, EMPTY_FILTER } from '../../core/roadmap/filter';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { choiceLabel, fieldByKey } from '../../core/schema/mapping';
import type { IRoadmapFiltersProps } from './IRoadmapFiltersProps';

type ListFacet = 'years' | 'goals' | 'levels' | 'needSources' | 'directors' | 'statuses' | 'lights';

export interface IFacet {
  readonly facet: ListFacet;
  readonly label: string;
  readonly options: IChoiceMenuOption[];
  readonly selectedKeys: string[];
}

function choiceOptions(key: string, lang: IRoadmapFiltersProps['lang'], withCode = false): IChoiceMenuOption[] {
  const field = fieldByKey(ROADMAP_ACTIONS, key);
  return (field.choices ?? []).map((c) => ({ key: c.code, text: withCode ? `${c.code} ${c.labels[lang]}` : c.labels[lang] }));
}

/** Options, selections and change handlers of the filter bar. */
export function useRoadmapFilters(props: IRoadmapFiltersProps): {
  facets: IFacet[];
  statutoryOptions: IChoiceMenuOption[];
  statutoryKey: string;
  statutoryLabel: string;
  clearLabel: string | null;
  onFacetChange: (facet: ListFacet, keys: string[]) => void;
  onStatutoryChange: (keys: string[]) => void;
  onMineChange: (checked: boolean | undefined) => void;
  onTextChange: (text: string | undefined) => void;
  onClear: () => void;
} {
  const { lang, filter, onChange, years, directors } = props;
  const t = ROADMAP[lang];
  const label = (key: string): string => fieldByKey(ROADMAP_ACTIONS, key).labels[lang];
  const directorField = fieldByKey(ROADMAP_ACTIONS, 'responsibleDirector');

  const facets = React.useMemo<IFacet[]>(() => {
    const keys = (values: readonly (string | number)[]): string[] => values.map(String);
    return [
      { facet: 'years', label: label('roadmapYear'), options: years.map((y) => ({ key: String(y), text: String(y) })), selectedKeys: keys(filter.years) },
      { facet: 'goals', label: label('goal'), options: choiceOptions('goal', lang, true), selectedKeys: keys(filter.goals) },
      { facet: 'levels', label: label('level'), options: choiceOptions('level', lang), selectedKeys: keys(filter.levels) },
      { facet: 'needSources', label: label('needSource'), options: choiceOptions('needSource', lang), selectedKeys: keys(filter.needSources) },
      {
        facet: 'directors',
        label: label('responsibleDirector'),
        options: [...new Set([...(directorField.choices ?? []).map((c) => c.code), ...directors])].map((d) => ({ key: d, text: choiceLabel(directorField, d, lang) })),
        selectedKeys: keys(filter.directors)
      },
      { facet: 'statuses', label: label('status'), options: choiceOptions('status', lang), selectedKeys: keys(filter.statuses) },
      { facet: 'lights', label: label('trafficLight'), options: [...choiceOptions('trafficLight', lang), { key: 'none', text: t.lightNone }], selectedKeys: keys(filter.lights) }
    ];
  }, [filter, years, directors, lang, t]);

  const onFacetChange = React.useCallback(
    (facet: ListFacet, keys: string[]) => onChange({ ...filter, [facet]: facet === 'years' ? keys.map(Number) : keys }),
    [filter, onChange]
  );

  const statutoryOptions: IChoiceMenuOption[] = [
    { key: 'any', text: t.any },
    { key: 'yes', text: t.statutoryYes },
    { key: 'no', text: t.statutoryNo }
  ];
  const statutoryKey = filter.statutory === null ? 'any' : filter.statutory ? 'yes' : 'no';
  const onStatutoryChange = (keys: string[]): void => {
    const key = keys[0] ?? 'any';
    onChange({ ...filter, statutory: key === 'any' ? null : key === 'yes' });
  };
  const onMineChange = (checked: boolean | undefined): void => onChange({ ...filter, mine: checked === true });
  const onTextChange = (text: string | undefined): void => onChange({ ...filter, text: text ?? '' });
  const onClear = (): void => onChange(EMPTY_FILTER);
  const count = activeFilterCount(filter);

  return {
    facets,
    statutoryOptions,
    statutoryKey,
    statutoryLabel: label('statutory'),
    clearLabel: count > 0 ? format(t.clearFilters, { count }) : null,
    onFacetChange,
    onStatutoryChange,
    onMineChange,
    onTextChange,
    onClear
  };
}
