import * as React from 'react';
import type { Lang } from '../../core/i18n/catalog';
import { FOLLOWUP } from '../../core/i18n/followup';
import { LoadingState } from '../common/LoadingState';
import { chartSummary, chartTable, type ChartSpec } from './model';
import { classes } from './styles';
import type { IFollowupChartProps } from './charts/FollowupChart';

// The charting library (and d3) is loaded the first time a chart is shown, not with the web part.
const FollowupChart = React.lazy(() => import(/* webpackChunkName: 'followup-charts' */ './charts/FollowupChart'));

/**
 * The view a chart panel starts in when its props do not say: 'chart' on the page; 'table' where the
 * charting library cannot load (server-side rendering, print, a person's choice of tables).
 */
export const ChartViewContext = React.createContext<'chart' | 'table'>('chart');

export interface IChartPanelProps {
  readonly spec: ChartSpec;
  readonly lang: Lang;
  /** Heading level of the chart's title inside its section. */
  readonly headingLevel?: 3 | 4 | 5;
  /** Show the table first (e.g. when the person chose tables before). */
  readonly initialView?: 'chart' | 'table';
}

/** A chart's data as an accessible table: caption, column headers, row headers. */
export function ChartTable(props: { readonly spec: ChartSpec; readonly lang: Lang; readonly captionId?: string }): React.ReactElement {
  const data = chartTable(props.spec, props.lang);
  return (
    <div className={classes.tableWrap} role="region" aria-labelledby={props.captionId} tabIndex={0}>
      <table className={classes.table} data-testid={`chart-table-${props.spec.id}`}>
        <caption id={props.captionId}>{props.spec.title}</caption>
        <thead>
          <tr>{data.columns.map((c, i) => <th key={i} scope="col" className={i > 0 ? 'num' : undefined}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {data.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{row[0]}</th>
              {row.slice(1).map((cell, c) => <td key={c} className="num">{cell}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface IChartBoundaryState {
  readonly failed: boolean;
}

/** A chart that cannot load (offline, chunk blocked) falls back to its table; the page stays usable. */
class ChartBoundary extends React.Component<{ readonly fallback: React.ReactNode; readonly children?: React.ReactNode }, IChartBoundaryState> {
  public state: IChartBoundaryState = { failed: false };

  public static getDerivedStateFromError(): IChartBoundaryState {
    return { failed: true };
  }

  public render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function useWidth(ref: React.RefObject<HTMLElement>): number {
  const [width, setWidth] = React.useState(480);
  React.useEffect(() => {
    const measure = (): void => {
      if (ref.current) setWidth(Math.max(240, ref.current.clientWidth - 8));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return width;
}

/**
 * One chart with its title, a text summary for screen readers, and a keyboard-reachable button that
 * switches between the chart and the same data as a table.
 */
export function ChartPanel(props: IChartPanelProps): React.ReactElement {
  const { spec, lang } = props;
  const t = FOLLOWUP[lang];
  const defaultView = React.useContext(ChartViewContext);
  const [view, setView] = React.useState<'chart' | 'table'>(props.initialView ?? defaultView);
  const bodyRef = React.useRef<HTMLDivElement>(null);
  const width = useWidth(bodyRef);
  const ids = { title: `fu-${spec.id}-title`, summary: `fu-${spec.id}-summary`, body: `fu-${spec.id}-body`, caption: `fu-${spec.id}-caption` };
  const Heading = `h${props.headingLevel ?? 4}` as 'h4';
  const summary = chartSummary(spec, lang);
  const chartProps: IFollowupChartProps = { spec, lang, width };
  const table = <ChartTable spec={spec} lang={lang} captionId={ids.caption} />;

  return (
    <section className={classes.panel} aria-labelledby={ids.title} data-testid={`chart-${spec.id}`} data-view={view}>
      <div className={classes.panelHeader}>
        <Heading id={ids.title} className={classes.panelTitle}>{spec.title}</Heading>
        <button
          type="button"
          className={classes.toggle}
          aria-controls={ids.body}
          aria-describedby={ids.title}
          onClick={() => setView((v) => (v === 'chart' ? 'table' : 'chart'))}
          data-testid={`toggle-${spec.id}`}
        >
          {view === 'chart' ? t.showTable : t.showChart}
        </button>
      </div>
      <p id={ids.summary} className={classes.srOnly}>{summary}</p>
      <div id={ids.body} ref={bodyRef} aria-describedby={ids.summary}>
        {view === 'table' ? table : (
          <ChartBoundary fallback={<><p role="status">{t.chartFailed}</p>{table}</>}>
            <React.Suspense fallback={<LoadingState label={t.chartLoading} size="small" />}>
              <FollowupChart {...chartProps} />
            </React.Suspense>
          </ChartBoundary>
        )}
      </div>
    </section>
  );
}
