import * as React from 'react';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface ITab<K extends string> {
  readonly key: K;
  readonly label: string;
}

export interface ITabsProps<K extends string> {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly tabs: readonly ITab<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  /** Prefix for the ids of tabs and panels (unique on the page). */
  readonly idPrefix: string;
  readonly children?: React.ReactNode;
}

const classes = mergeStyleSets({
  list: { display: 'flex', flexWrap: 'wrap', gap: 4, borderBottom: '1px solid rgba(128,128,128,.5)', margin: '4px 0 12px' },
  tab: {
    background: 'transparent', border: 'none', borderBottom: '3px solid transparent', padding: '8px 12px', fontSize: 14, fontFamily: 'inherit',
    cursor: 'pointer', selectors: { ':focus-visible': { outlineWidth: 2, outlineStyle: 'solid', outlineOffset: -2 }, '@media (forced-colors: active)': { borderBottomColor: 'Canvas' } }
  },
  selected: { fontWeight: 600, selectors: { '@media (forced-colors: active)': { borderBottomColor: 'Highlight' } } }
});

/** The tab id of a key (for aria-labelledby of content rendered elsewhere). */
export function tabId(idPrefix: string, key: string): string {
  return `${idPrefix}-tab-${key}`;
}

/**
 * The ARIA tabs pattern with native buttons (Fluent's Pivot brings the Button family and more): one tab
 * stop, arrow keys, Home and End move between tabs and select them; the panel follows.
 */
export function Tabs<K extends string>(props: ITabsProps<K>): React.ReactElement {
  const { tabs, selected, onSelect, idPrefix } = props;
  const theme = useTheme() ?? getTheme();
  const refs = React.useRef(new Map<K, HTMLButtonElement>());
  const move = (from: number, delta: number | 'home' | 'end'): void => {
    const index = delta === 'home' ? 0 : delta === 'end' ? tabs.length - 1 : (from + delta + tabs.length) % tabs.length;
    const key = tabs[index].key;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={props.label} className={classes.list} data-testid="steering-tabs">
        {tabs.map((tab, i) => {
          const isSelected = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                if (el) refs.current.set(tab.key, el);
                else refs.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={tabId(idPrefix, tab.key)}
              aria-selected={isSelected}
              aria-controls={`${idPrefix}-panel`}
              tabIndex={isSelected ? 0 : -1}
              className={`${classes.tab}${isSelected ? ` ${classes.selected}` : ''}`}
              style={{ color: theme.palette.neutralPrimary, borderBottomColor: isSelected ? theme.palette.themePrimary : 'transparent', outlineColor: theme.palette.neutralPrimary }}
              data-testid={`steering-tab-${tab.key}`}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight') move(i, 1);
                else if (e.key === 'ArrowLeft') move(i, -1);
                else if (e.key === 'Home') move(i, 'home');
                else if (e.key === 'End') move(i, 'end');
                else return;
                e.preventDefault();
              }}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={tabId(idPrefix, selected)} tabIndex={0} data-testid={`steering-panel-${selected}`}>
        {props.children}
      </div>
    </>
  );
}
