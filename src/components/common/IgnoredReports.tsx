import * as React from 'react';
import { format, type Lang } from '../../core/i18n/catalog';
import { formatDateTime } from '../../core/i18n/format';
import { REPORTS } from '../../core/i18n/reports';
import type { UnauthorisedReason } from '../../core/reports';
import { StatusMessage } from './StatusMessage';

export interface IIgnoredReport {
  readonly code: string;
  readonly reportedOn: string;
  readonly reason: UnauthorisedReason;
  /** Shown to the steering group (the pre-read); the follow-up names nobody. */
  readonly who?: string | null;
}

export interface IIgnoredReportsProps {
  readonly lang: Lang;
  readonly reports: readonly IIgnoredReport[];
  readonly testId?: string;
}

const REASON_KEY: Readonly<Record<UnauthorisedReason, 'reasonAuthor' | 'reasonEditor' | 'reasonUnknown'>> = {
  'author-not-entitled': 'reasonAuthor',
  'editor-not-entitled': 'reasonEditor',
  'author-unknown': 'reasonUnknown'
};

/**
 * The status reports left out because their writer was not entitled to them (src/core/reports), as a
 * warning: which action, when, and why. Nothing when there are none. Values are text, never markup.
 */
export function IgnoredReports(props: IIgnoredReportsProps): React.ReactElement | null {
  const t = REPORTS[props.lang];
  if (props.reports.length === 0) return null;
  return (
    <StatusMessage kind="warning" testId={props.testId ?? 'ignored-reports'}>
      <p><strong>{format(t.ignoredTitle, { count: props.reports.length })}</strong></p>
      <p>{t.ignoredIntro}</p>
      <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
        {props.reports.map((r, i) => (
          <li key={`${r.code}-${r.reportedOn}-${i}`}>
            {format(t.ignoredItem, { code: r.code, date: formatDateTime(r.reportedOn, props.lang), reason: t[REASON_KEY[r.reason]] })}
            {r.who ? ` (${format(t.by, { who: r.who })})` : ''}
          </li>
        ))}
      </ul>
    </StatusMessage>
  );
}
