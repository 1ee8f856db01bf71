import * as React from 'react';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { activeFilterCount } from '../../core/roadmap/filter';
import { Btn } from '../common/Btn';
import { ChoiceMenu } from '../common/ChoiceMenu';
import type { IRoadmapFiltersProps } from './IRoadmapFiltersProps';
import { useRoadmapFilters } from './useRoadmapFilters';

const classes = mergeStyleSets({
  root: { display: 'flex', flexWrap: 'wrap', gap: '8px 12px', alignItems: 'flex-end', margin: '8px 0 12px' },
  search: { flex: '1 1 260px', minWidth: 200, display: 'flex', flexDirection: 'column' },
  searchLabel: { fontWeight: 600, fontSize: 14, padding: '5px 0' },
  searchInput: { height: 32, padding: '0 8px', fontSize: 14, borderRadius: 2, borderWidth: 1, borderStyle: 'solid', fontFamily: 'inherit' },
  heading: { width: '100%', margin: 0, fontSize: 14, fontWeight: 600 },
  folded: { margin: '8px 0 12px' },
  // Folded open: one field per line, each as wide as the web part.
  stacked: { flexDirection: 'column', alignItems: 'stretch', margin: '8px 0 0', selectors: { '> div': { maxWidth: 'none', width: '100%' } } },
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
});

/**
 * On narrow widths the filter form (search, seven menus, statutory, "mine") would push the first action a
 * phone's screen down: it folds behind one disclosure button that says how many filters are in force.
 */
export function RoadmapFilters(props: IRoadmapFiltersProps): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  if (!props.collapsed) return <FilterForm {...props} />;
  const t = ROADMAP[props.lang];
  return (
    <div className={`${classes.folded} dt-noprint`} data-testid="filters-folded">
      <Btn aria-expanded={open} aria-controls="dt-filters-body" onClick={() => setOpen(!open)} testId="filters-toggle">
        {format(t.filtersToggle, { count: activeFilterCount(props.filter) })}
      </Btn>
      {open && <FilterForm {...props} />}
    </div>
  );
}

/** The filter bar: free-text search, one dropdown per facet, "my actions", and a clear button. */
function FilterForm(props: IRoadmapFiltersProps): React.ReactElement {
  const t = ROADMAP[props.lang];
  const m = useRoadmapFilters(props);
  const searchId = 'dt-roadmap-search';
  const theme = useTheme() ?? getTheme();
  return (
    <section id="dt-filters-body" className={`${classes.root} ${props.collapsed ? classes.stacked : ''} dt-noprint`} aria-labelledby="dt-filters-heading" data-testid="filters">
      <h3 id="dt-filters-heading" className={props.collapsed ? classes.hidden : classes.heading}>{t.filtersHeading}</h3>
      <div className={classes.search}>
        <label htmlFor={searchId} className={classes.searchLabel}>{t.searchLabel}</label>
        <input
          id={searchId}
          type="search"
          className={classes.searchInput}
          style={{ background: theme.palette.white, color: theme.palette.neutralPrimary, borderColor: theme.semanticColors.inputBorder }}
          placeholder={t.searchPlaceholder}
          value={props.filter.text}
          onChange={(e) => m.onTextChange(e.target.value)}
          data-testid="filter-search"
        />
      </div>
      {m.facets.map((f) => (
        <ChoiceMenu
          key={f.facet}
          id={`dt-filter-${f.facet}`}
          label={f.label}
          placeholder={t.any}
          multiple={true}
          options={f.options}
          selectedKeys={f.selectedKeys}
          onChange={(keys) => m.onFacetChange(f.facet, keys)}
          testId={`filter-${f.facet}`}
        />
      ))}
      <ChoiceMenu
        id="dt-filter-statutory"
        label={m.statutoryLabel}
        placeholder={t.any}
        multiple={false}
        options={m.statutoryOptions}
        selectedKeys={[m.statutoryKey]}
        onChange={m.onStatutoryChange}
        testId="filter-statutory"
      />
      {props.canFilterMine && (
        <Toggle label={t.mine} checked={props.filter.mine} onChange={(_e, checked) => m.onMineChange(checked)} data-testid="filter-mine" />
      )}
      {m.clearLabel && <Btn onClick={m.onClear} testId="filter-clear">{m.clearLabel}</Btn>}
    </section>
  );
}
