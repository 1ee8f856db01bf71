import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { describeValue } from '../../core/cycle';
import type { Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { formatDateTime } from '../../core/i18n/format';
import { ROADMAP_ACTIONS, fieldByKey } from '../../core/schema';
import { EmptyState, ErrorState, LoadingState } from '../common';
import { describeError } from '../shell';
import { cycleText } from './text';
import type { ICycleServices } from './types';
import { useLoad } from './useLoad';

export interface IActionHistoryProps {
  readonly lang: Lang;
  readonly cycle: ICycleServices;
  readonly actionId: number;
  /** The level of each version's heading (2 inside a panel whose title is the page's level 1). */
  readonly headingLevel?: 2 | 3 | 4;
}

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 16 },
  h3: { fontSize: 14, fontWeight: 600, margin: 0 },
  changes: { margin: '4px 0 0', paddingLeft: 18 }
});

function Heading(props: { level: 2 | 3 | 4; className: string; children?: React.ReactNode }): React.ReactElement {
  return React.createElement(`h${props.level}`, { className: props.className }, props.children);
}

/** Who changed what and when, from SharePoint's versions of the action (newest first). */
export function ActionHistory(props: IActionHistoryProps): React.ReactElement {
  const { lang, cycle, actionId } = props;
  const history = useLoad(() => cycle.readActionHistory(actionId), [cycle, actionId]);
  if (history.loading && !history.data) return <LoadingState label={COMMON[lang].loading} size="small" />;
  if (!history.data) return <ErrorState message={describeError(history.error, lang)} onRetry={history.reload} retryLabel={COMMON[lang].retry} />;
  if (history.data.length === 0) return <EmptyState message={cycleText(lang, 'history.none')} />;
  const yesNo = { yes: COMMON[lang].yes, no: COMMON[lang].no };
  return (
    <ol className={classes.list} data-testid="action-history" reversed={true}>
      {history.data.map((entry) => (
        <li key={`${entry.kind ?? 'item'}-${entry.version}`} data-version={entry.version} data-kind={entry.kind ?? 'item'}>
          <Heading level={props.headingLevel ?? 3} className={classes.h3}>
            {entry.kind === 'decision'
              ? cycleText(lang, 'history.decision', { version: entry.version })
              : entry.created ? cycleText(lang, 'history.created') : cycleText(lang, 'history.version', { version: entry.version })}
            {' – '}
            {cycleText(lang, 'history.by', {
              name: entry.editor.displayName ?? entry.editor.email ?? '?',
              when: entry.modified ? formatDateTime(entry.modified, lang) : ''
            })}
          </Heading>
          {entry.changes.length === 0 ? (
            <p>{cycleText(lang, 'history.noChanges')}</p>
          ) : (
            <ul className={classes.changes}>
              {entry.changes.map((c) => (
                <li key={c.field}>
                  <strong>{fieldByKey(ROADMAP_ACTIONS, c.field).labels[lang]}</strong>
                  {': '}
                  {entry.created ? '' : `${describeValue(ROADMAP_ACTIONS, c.field, c.from, lang, yesNo)} → `}
                  {describeValue(ROADMAP_ACTIONS, c.field, c.to, lang, yesNo)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
