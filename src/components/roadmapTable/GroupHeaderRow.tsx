import * as React from 'react';
import type { IDetailsGroupDividerProps } from '@fluentui/react/lib/DetailsList';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

const classes = mergeStyleSets({
  row: { display: 'flex', alignItems: 'center', minHeight: 40, borderBottom: '1px solid rgba(128,128,128,.3)', outline: 'none',
    selectors: { ':focus-visible': { outlineWidth: 2, outlineStyle: 'solid', outlineOffset: -2 } } },
  button: { display: 'flex', alignItems: 'center', gap: 8, background: 'transparent', border: 'none', padding: '8px 4px', cursor: 'pointer',
    font: 'inherit', fontSize: 14, fontWeight: 600, color: 'inherit', textAlign: 'left' },
  chevron: { display: 'inline-block', width: 16, textAlign: 'center' }
});

/**
 * The header of a group in the roadmap table. Fluent's own header puts `aria-expanded` on a grid row,
 * which is only valid in a treegrid (axe: aria-conditional-attr); here the state sits on a real button.
 * Enter, Space and the left/right arrows toggle it from the row as well.
 */
export function GroupHeaderRow(props: IDetailsGroupDividerProps): React.ReactElement | null {
  const theme = useTheme() ?? getTheme();
  const { group, onToggleCollapse } = props;
  if (!group) return null;
  const collapsed = group.isCollapsed === true;
  const toggle = (): void => onToggleCollapse?.(group);
  return (
    <div
      role="row"
      aria-rowindex={props.ariaRowIndex}
      className={classes.row}
      style={{ outlineColor: theme.palette.neutralPrimary }}
      data-is-focusable={true}
      tabIndex={-1}
      data-testid="group-header"
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ' || (e.key === 'ArrowRight' && collapsed) || (e.key === 'ArrowLeft' && !collapsed)) {
          e.preventDefault();
          toggle();
        }
      }}
    >
      <div role="gridcell" aria-colspan={props.ariaColSpan}>
        <button type="button" className={classes.button} aria-expanded={!collapsed} data-is-focusable={false} tabIndex={-1} onClick={toggle}>
          <span className={classes.chevron} aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          <span>{group.name}</span>
          <span>({group.count})</span>
        </button>
      </div>
    </div>
  );
}
