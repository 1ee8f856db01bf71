import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ROADMAP } from '../../core/i18n/roadmap';
import type { IRoadmapFiltersProps } from './IRoadmapFiltersProps';
import { useRoadmapFilters } from './useRoadmapFilters';

const classes = mergeStyleSets({
  root: { display: 'flex', flexWrap: 'wrap', gap: '8px 12px', alignItems: 'flex-end', margin: '8px 0 12px' },
  search: { flex: '1 1 260px', minWidth: 200 },
  dropdown: { width: 180 },
  heading: { width: '100%', margin: 0, fontSize: 14, fontWeight: 600 }
});

/** The filter bar: free-text search, one dropdown per facet, "my actions", and a clear button. */
export function RoadmapFilters(props: IRoadmapFiltersProps): React.ReactElement {
  const t = ROADMAP[props.lang];
  const m = useRoadmapFilters(props);
  const searchId = 'dt-roadmap-search';
  return (
    <section className={`${classes.root} dt-noprint`} aria-labelledby="dt-filters-heading" data-testid="filters">
      <h3 id="dt-filters-heading" className={classes.heading}>{t.filtersHeading}</h3>
      <div className={classes.search}>
        <label htmlFor={searchId} style={{ display: 'block', fontWeight: 600, fontSize: 14, padding: '5px 0' }}>{t.searchLabel}</label>
        <SearchBox
          id={searchId}
          placeholder={t.searchPlaceholder}
          value={props.filter.text}
          onChange={(_e, v) => m.onTextChange(v)}
          onClear={() => m.onTextChange('')}
          data-testid="filter-search"
        />
      </div>
      {m.facets.map((f) => (
        <Dropdown
          key={f.facet}
          className={classes.dropdown}
          label={f.label}
          placeholder={t.any}
          multiSelect={true}
          options={f.options}
          selectedKeys={f.selectedKeys}
          onChange={(_e, option) => m.onFacetChange(f.facet, option)}
          data-testid={`filter-${f.facet}`}
        />
      ))}
      <Dropdown
        className={classes.dropdown}
        label={m.statutoryLabel}
        options={m.statutoryOptions}
        selectedKey={m.statutoryKey}
        onChange={(_e, option) => m.onStatutoryChange(option)}
        data-testid="filter-statutory"
      />
      {props.canFilterMine && (
        <Toggle label={t.mine} checked={props.filter.mine} onChange={(_e, checked) => m.onMineChange(checked)} data-testid="filter-mine" />
      )}
      {m.clearLabel && <DefaultButton onClick={m.onClear} data-testid="filter-clear">{m.clearLabel}</DefaultButton>}
    </section>
  );
}
