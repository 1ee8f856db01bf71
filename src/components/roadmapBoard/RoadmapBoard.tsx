import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { boardColumns } from '../../core/roadmap/board';
import { personLabel } from '../../core/roadmap/display';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { choiceLabel, fieldByKey } from '../../core/schema/mapping';
import { openInPlace } from '../common/openInPlace';
import { TrafficLight } from '../common/TrafficLight';
import type { IRoadmapBoardProps } from './IRoadmapBoardProps';

const classes = mergeStyleSets({
  board: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12, alignItems: 'start' },
  column: { borderRadius: 4, padding: 8 },
  heading: { fontSize: 16, fontWeight: 600, margin: '0 0 8px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
  card: { borderRadius: 4, padding: 8, boxShadow: '0 1px 2px rgba(0,0,0,.2)' },
  meta: { fontSize: 12, marginTop: 4, display: 'flex', flexWrap: 'wrap', gap: 8 }
});

/** The board by status: one column per status, a card per action (a list of links, keyboard-friendly). */
export default function RoadmapBoard(props: IRoadmapBoardProps): React.ReactElement {
  const { lang, actions, onOpen, linkTo } = props;
  const t = ROADMAP[lang];
  const theme = useTheme() ?? getTheme();
  const columns = React.useMemo(() => boardColumns(actions), [actions]);
  const statusField = fieldByKey(ROADMAP_ACTIONS, 'status');
  return (
    <div className={`${classes.board} dt-noprint`} aria-label={t.boardLabel} role="region" data-testid="roadmap-board">
      {columns.map((col) => {
        const key = col.status ?? 'other';
        return (
          <section key={key} className={classes.column} style={{ background: theme.palette.neutralLighter }} aria-labelledby={`dt-board-${key}`}>
            <h3 id={`dt-board-${key}`} className={classes.heading}>
              {col.status === null ? t.boardOtherStatus : choiceLabel(statusField, col.status, lang)} ({col.actions.length})
            </h3>
            {col.actions.length === 0 ? (
              <p>{t.boardEmptyColumn}</p>
            ) : (
              <ul className={classes.list}>
                {col.actions.map((a) => (
                  <li key={a.id} className={classes.card} style={{ background: theme.palette.white }}>
                    <Link
                      href={linkTo(a)}
                      onClick={openInPlace(() => onOpen(a))}
                    >
                      {a.code} {a.title}
                    </Link>
                    <div className={classes.meta}>
                      <TrafficLight light={a.trafficLight} lang={lang} noneLabel={t.lightNone} />
                      {a.owner && <span>{personLabel(a.owner)}</span>}
                      {a.progress !== null && <span>{format('{p} %', { p: a.progress })}</span>}
                    </div>
                    {col.status === null && <div className={classes.meta}>{format(t.boardOtherStatusHint, { value: a.status ?? '–' })}</div>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
