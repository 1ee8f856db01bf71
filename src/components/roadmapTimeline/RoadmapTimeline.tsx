import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { timelineLayout } from '../../core/roadmap/timeline';
import { EmptyState } from '../common/EmptyState';
import { openInPlace } from '../common/openInPlace';
import type { IRoadmapTimelineProps } from './IRoadmapTimelineProps';

const classes = mergeStyleSets({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', minWidth: '100%', fontSize: 13 },
  name: { minWidth: 220, maxWidth: 320, padding: '4px 8px', textAlign: 'left', fontWeight: 'normal' },
  quarterHead: { minWidth: 44, padding: '4px 2px', fontWeight: 600, textAlign: 'center', whiteSpace: 'nowrap' },
  cell: { padding: '4px 0', height: 28 },
  bar: { display: 'block', height: 18, borderRadius: 3, margin: '0 2px' },
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
});

const quarterText = (q: string): string => q.replace('-', ' ');

/**
 * Actions on a quarter grid across years. A table: one row per action, the bar spans its quarters,
 * and the span is also written out for screen readers (the bar itself is decoration).
 */
export default function RoadmapTimeline(props: IRoadmapTimelineProps): React.ReactElement {
  const { lang, actions, onOpen, linkTo } = props;
  const t = ROADMAP[lang];
  const theme = useTheme() ?? getTheme();
  const layout = React.useMemo(() => timelineLayout(actions), [actions]);
  if (layout.rows.length === 0) return <EmptyState message={t.timelineEmpty} />;
  const years = [...new Set(layout.quarters.map((q) => q.slice(0, 4)))];
  return (
    <div className={`${classes.scroller} dt-noprint`} role="region" aria-label={t.timelineLabel} tabIndex={0} data-testid="roadmap-timeline">
      <table className={classes.table}>
        <caption className={classes.hidden}>{t.timelineLabel}</caption>
        <thead>
          <tr>
            <td />
            {years.map((y) => (
              <th key={y} scope="colgroup" colSpan={layout.quarters.filter((q) => q.startsWith(y)).length} className={classes.quarterHead}>{y}</th>
            ))}
          </tr>
          <tr>
            <td />
            {layout.quarters.map((q) => (
              <th key={q} scope="col" className={classes.quarterHead}>{q.slice(5)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((r) => {
            const span = format(t.timelineSpan, { from: quarterText(layout.quarters[r.from]), to: quarterText(layout.quarters[r.to]) });
            return (
              <tr key={r.action.id} style={{ borderTop: `1px solid ${theme.palette.neutralLight}` }}>
                <th scope="row" className={classes.name}>
                  <Link
                    href={linkTo(r.action)}
                    onClick={openInPlace(() => onOpen(r.action))}
                  >
                    {r.action.code} {r.action.title}
                  </Link>
                </th>
                {r.from > 0 && <td colSpan={r.from} />}
                <td colSpan={r.to - r.from + 1} className={classes.cell}>
                  <span
                    className={classes.bar}
                    aria-hidden="true"
                    style={{
                      background: r.estimated ? 'transparent' : theme.palette.themePrimary,
                      border: `2px ${r.estimated ? 'dashed' : 'solid'} ${theme.palette.themePrimary}`
                    }}
                  />
                  <span className={classes.hidden}>
                    {span}
                    {r.estimated ? ` (${t.timelineEstimated})` : ''}
                  </span>
                </td>
                {r.to < layout.quarters.length - 1 && <td colSpan={layout.quarters.length - 1 - r.to} />}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
