import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { format } from '../../core/i18n/catalog';
import { formatDateTime } from '../../core/i18n/format';
import { ROADMAP } from '../../core/i18n/roadmap';
import { formatFieldValue } from '../../core/roadmap/display';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import type { IRoadmapPrintProps } from './IRoadmapPrintProps';
import { describeFilter } from './summary';

const PRINT_FIELDS = ['code', 'title', 'goal', 'level', 'responsibleDirector', 'owner', 'status', 'trafficLight', 'progress', 'start', 'end', 'oneTimeCost', 'annualCost'];

/**
 * The print layout: hidden on screen, the only thing printed. A plain table of every filtered action
 * (the on-screen table is virtualised and would print only the rows in view).
 */
export const printClasses = mergeStyleSets({
  root: {
    display: 'none',
    selectors: {
      '@media print': { display: 'block', color: '#000', background: '#fff', fontSize: '9pt' }
    }
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: {
      'th, td': { border: '1px solid #999', padding: '2pt 4pt', textAlign: 'left', verticalAlign: 'top' },
      th: { background: '#eee' },
      tr: { breakInside: 'avoid' },
      thead: { display: 'table-header-group' }
    }
  }
});

export function RoadmapPrint(props: IRoadmapPrintProps): React.ReactElement {
  const { lang, actions, filter, printedAt } = props;
  const t = ROADMAP[lang];
  const fields = PRINT_FIELDS.map((k) => fieldByKey(ROADMAP_ACTIONS, k));
  return (
    <div className={printClasses.root} data-testid="roadmap-print">
      <h2>{t.printTitle}</h2>
      <p>{format(t.printFilters, { filters: describeFilter(filter, lang) })}</p>
      <p>
        {format(t.printedCount, { count: actions.length })} · {formatDateTime(printedAt, lang)}
      </p>
      <table className={printClasses.table}>
        <thead>
          <tr>
            {fields.map((f) => (
              <th key={f.key} scope="col">{f.labels[lang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              {fields.map((f) => (
                <td key={f.key}>{formatFieldValue(f, (a as unknown as Record<string, unknown>)[f.key], lang) ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
