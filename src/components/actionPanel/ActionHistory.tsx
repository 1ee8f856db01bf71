import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { format, type Lang } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import { COMMON } from '../../core/i18n/common';
import { ROADMAP } from '../../core/i18n/roadmap';
import { formatDateTime } from '../../core/i18n/format';
import { REPORT_DIMENSIONS } from '../../core/roadmap/report';
import { TRAFFIC_LIGHTS } from '../../core/schema/choices';
import { STATUS_UPDATES } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { TrafficLight } from '../common/TrafficLight';
import { describeError } from '../shell/errors';
import { detailClasses } from './ActionDetails';
import type { IActionHistory } from './useActionHistory';

export interface IActionHistoryProps {
  readonly lang: Lang;
  readonly history: IActionHistory;
  /** Take focus when the panel returns to the details (after a report was filed). */
  readonly autofocus?: boolean;
}

const classes = mergeStyleSets({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { borderTop: '1px solid rgba(128,128,128,.4)', padding: '8px 0' },
  title: { fontSize: 14, fontWeight: 600, margin: '0 0 4px' }
});

/** The status reports, newest first: every light, comment, progress, done/next and decision request. */
export function ActionHistory(props: IActionHistoryProps): React.ReactElement {
  const { lang, history } = props;
  const t = ACTION[lang];
  const label = (key: string): string => fieldByKey(STATUS_UPDATES, key).labels[lang];
  const lightName = (code: string): string => TRAFFIC_LIGHTS.find((l) => l.code === code)?.labels[lang] ?? code;
  let body: React.ReactNode;
  if (history.error) body = <ErrorState message={describeError(history.error, lang)} onRetry={history.reload} retryLabel={COMMON[lang].retry} />;
  else if (!history.reports) body = <LoadingState label={t.loadingHistory} size="small" />;
  else if (history.reports.length === 0) body = <p>{t.noHistory}</p>;
  else
    body = (
      <ol className={classes.list} data-testid="history">
        {history.reports.map((r) => (
          <li key={r.id} className={classes.item} data-testid="history-item">
            <h4 className={classes.title}>{format(t.reportHeading, { when: formatDateTime(r.reportedOn, lang), light: lightName(r.overallLight) })}</h4>
            <dl className={detailClasses.list}>
              <dt className={detailClasses.term}>{label('overallLight')}</dt>
              <dd className={detailClasses.value}><TrafficLight light={r.overallLight} lang={lang} noneLabel={ROADMAP[lang].lightNone} /></dd>
              {REPORT_DIMENSIONS.map((d) => {
                const light = r[d.light];
                const comment = r[d.comment];
                if (!light && !comment) return null;
                return (
                  <React.Fragment key={d.key}>
                    <dt className={detailClasses.term}>{label(d.light)}</dt>
                    <dd className={detailClasses.value}>
                      {light && <TrafficLight light={light} lang={lang} noneLabel="" />}
                      {comment && <div>{comment}</div>}
                    </dd>
                  </React.Fragment>
                );
              })}
              {r.progress !== null && (
                <>
                  <dt className={detailClasses.term}>{label('progress')}</dt>
                  <dd className={detailClasses.value}>{r.progress} %</dd>
                </>
              )}
              {r.done && (
                <>
                  <dt className={detailClasses.term}>{label('done')}</dt>
                  <dd className={detailClasses.value}>{r.done}</dd>
                </>
              )}
              {r.next && (
                <>
                  <dt className={detailClasses.term}>{label('next')}</dt>
                  <dd className={detailClasses.value}>{r.next}</dd>
                </>
              )}
              {r.decisionNeeded && (
                <>
                  <dt className={detailClasses.term}>{t.decisionNeeded}</dt>
                  <dd className={detailClasses.value}>{r.decisionNote ?? COMMON[lang].yes}</dd>
                </>
              )}
              {r.publicSummary && (
                <>
                  <dt className={detailClasses.term}>{label('publicSummary')}</dt>
                  <dd className={detailClasses.value}>
                    <div>{r.publicSummary}</div>
                    <div>({r.isPublic ? t.summaryPublished : t.summaryNotPublished})</div>
                  </dd>
                </>
              )}
              {r.authorEmail && (
                <>
                  <dt className={detailClasses.term}>{t.reporter}</dt>
                  <dd className={detailClasses.value}>{r.authorEmail}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    );
  return (
    <section aria-labelledby="dt-history-heading" className={detailClasses.section}>
      <h3 id="dt-history-heading" tabIndex={-1} data-autofocus={props.autofocus ? 'true' : undefined} className={detailClasses.heading}>{t.history}</h3>
      {body}
    </section>
  );
}
