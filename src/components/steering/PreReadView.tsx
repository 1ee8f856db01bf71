import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { format, type Lang } from '../../core/i18n/catalog';
import { formatDateTime } from '../../core/i18n/format';
import { STEERING } from '../../core/i18n/steering';
import type { PreReadSection, SteeringEntry, SteeringPreRead } from '../../core/steering/overview';
import { Btn } from '../common/Btn';
import { IgnoredReports } from '../common/IgnoredReports';
import { TrafficLight } from '../common/TrafficLight';
import { actionHref, lightName, progressText } from './format';
import { steeringClasses as classes } from './styles';

export interface IPreReadViewProps {
  readonly lang: Lang;
  readonly preRead: SteeringPreRead;
  /** The roadmap page (each action links to its details there). */
  readonly roadmapPageUrl: string;
  /** Open links in a new window (in Teams, the page is outside the tab). */
  readonly newWindow: boolean;
  /** Offered on each "decision needed" row to steering members: start a decision about the action. */
  readonly onRecordDecision?: (entry: SteeringEntry) => void;
  /** Prefix for heading ids (unique on the page). */
  readonly idPrefix: string;
}

type Column = { readonly header: string; readonly cell: (e: SteeringEntry) => React.ReactNode };

const SECTION_ORDER: readonly PreReadSection[] = ['changed', 'red', 'yellow', 'decisions', 'missing'];

function changeText(e: SteeringEntry, lang: Lang): string {
  const t = STEERING[lang];
  const parts: string[] = [];
  for (const c of e.changes ?? []) {
    if (c === 'first-report') parts.push(t.changeFirst);
    else if (c === 'light') parts.push(format(t.changeLight, { from: lightName(e.lightBefore, lang), to: lightName(e.light, lang) }));
    else if (c === 'progress') parts.push(format(t.changeProgress, { from: progressText(e.progressBefore, lang), to: progressText(e.progress, lang) }));
    else if (c === 'decision') parts.push(t.changeDecision);
  }
  if (parts.length === 0) {
    // A pre-read frozen by an older run has no "before": the light's change is still known.
    if (e.previousLight !== undefined) return format(t.changeLight, { from: lightName(e.previousLight, lang), to: lightName(e.light, lang) });
    return t.changeNothing;
  }
  return parts.join('; ');
}

/**
 * The pre-read as the steering group reads it: what changed since the previous meeting, red and yellow
 * lights, decisions needed and missing reports, each action linked to its details. The same view shows
 * the live pre-read and a frozen one.
 */
export function PreReadView(props: IPreReadViewProps): React.ReactElement {
  const { lang, preRead, roadmapPageUrl, newWindow, onRecordDecision, idPrefix } = props;
  const t = STEERING[lang];
  const linkProps = newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  const owner: Column = { header: t.colOwner, cell: (e) => e.ownerName ?? '' };
  const light: Column = { header: t.colLight, cell: (e) => <TrafficLight light={e.light} lang={lang} noneLabel={t.noReport} /> };
  const progress: Column = { header: t.colProgress, cell: (e) => <span className={classes.nowrap}>{progressText(e.progress, lang)}</span> };
  const reported: Column = { header: t.colReported, cell: (e) => (e.reportedOn ? <span className={classes.nowrap}>{formatDateTime(e.reportedOn, lang)}</span> : t.notSinceLast) };
  const change: Column = { header: t.colChange, cell: (e) => changeText(e, lang) };
  const done: Column = { header: t.colDone, cell: (e) => <span className={classes.pre}>{e.done ?? ''}</span> };
  const next: Column = { header: t.colNext, cell: (e) => <span className={classes.pre}>{e.next ?? ''}</span> };
  const decision: Column = { header: t.colDecision, cell: (e) => <span className={classes.pre}>{e.decisionNote ?? t.decisionUnspecified}</span> };

  const sections: Readonly<Record<PreReadSection, { heading: string; entries: readonly SteeringEntry[]; columns: readonly Column[] }>> = {
    changed: { heading: t.sectionChanged, entries: preRead.changed, columns: [light, progress, change, reported, done, next] },
    red: { heading: t.sectionRed, entries: preRead.red, columns: [light, progress, owner, reported] },
    yellow: { heading: t.sectionYellow, entries: preRead.yellow, columns: [light, progress, owner, reported] },
    decisions: { heading: t.sectionDecisions, entries: preRead.decisions, columns: [decision, owner] },
    missing: { heading: t.sectionMissing, entries: preRead.missing, columns: [owner, light] }
  };

  return (
    <div data-testid="preread">
      <IgnoredReports lang={lang} reports={preRead.ignored ?? []} testId="preread-ignored" />
      {SECTION_ORDER.map((key) => {
        const s = sections[key];
        const headingId = `${idPrefix}-${key}`;
        const withAction = key === 'decisions' && onRecordDecision;
        return (
          <section key={key} aria-labelledby={headingId} data-testid={`preread-${key}`}>
            <h4 id={headingId} className={classes.h4}>{format(s.heading, { count: s.entries.length })}</h4>
            {s.entries.length === 0 ? (
              <p className={classes.muted}>{t.sectionNone}</p>
            ) : (
              <div className={classes.tableWrap}>
                <table className={classes.table} aria-labelledby={headingId}>
                  <thead>
                    <tr>
                      <th scope="col">{t.colAction}</th>
                      {s.columns.map((c) => (
                        <th scope="col" key={c.header}>{c.header}</th>
                      ))}
                      {withAction && <th scope="col"><span className={classes.hidden}>{t.recordDecisionFor}</span></th>}
                    </tr>
                  </thead>
                  <tbody>
                    {s.entries.map((e) => (
                      <tr key={e.actionId} data-code={e.code} data-light={e.light ?? 'none'}>
                        <th scope="row">
                          {e.code ? (
                            <Link href={actionHref(roadmapPageUrl, e.code)} className={classes.link} {...linkProps}>
                              {[e.code, e.title].filter(Boolean).join(' ')}
                            </Link>
                          ) : (
                            e.title
                          )}
                        </th>
                        {s.columns.map((c) => (
                          <td key={c.header}>{c.cell(e)}</td>
                        ))}
                        {withAction && (
                          <td>
                            <Btn onClick={() => onRecordDecision(e)} aria-label={format(t.recordDecisionForLabel, { code: e.code })} testId="record-decision">
                              {t.recordDecisionFor}
                            </Btn>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
