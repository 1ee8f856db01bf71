import * as React from 'react';
// The package exports only its root; webpack keeps just these four charts (sideEffects: false).
import { DonutChart, HeatMapChart, HorizontalBarChartWithAxis, LineChart } from '@fluentui/react-charting';
import type { Lang } from '../../../core/i18n/catalog';
import { PORVOO } from '../../../report/theme';
import { formatValue, type ChartSpec } from '../model';

/**
 * The charts, loaded on demand (`import()` from ChartPanel): @fluentui/react-charting and d3 stay out of
 * the web part's initial JavaScript. Each spec maps to one Fluent chart; the table view and the text
 * summary are rendered from the same spec by ChartPanel.
 */
/**
 * Fluent's legend style sets `textTransform: 'capitalize'`, which turns "Järjestelmän tuki loppuu" into
 * "Järjestelmän Tuki Loppuu": the labels are shown as the catalog writes them.
 */
const LEGENDS_AS_WRITTEN = { styles: { legend: { textTransform: 'none' } } } as const;

export interface IFollowupChartProps {
  readonly spec: ChartSpec;
  readonly lang: Lang;
  /** Width available, in pixels. */
  readonly width: number;
}

export default function FollowupChart(props: IFollowupChartProps): React.ReactElement {
  const { spec, lang, width } = props;
  switch (spec.kind) {
    case 'donut': {
      const points = spec.points.filter((p) => p.value > 0);
      const total = points.reduce((sum, p) => sum + p.value, 0);
      return (
        <DonutChart
          data={{ chartTitle: spec.title, chartData: points.map((p) => ({ legend: p.label, data: p.value, color: p.colour })) }}
          width={Math.min(width, 360)}
          height={240}
          innerRadius={55}
          valueInsideDonut={formatValue(total, spec.unit, lang)}
          hideLabels={false}
          showLabelsInPercent={false}
          legendProps={LEGENDS_AS_WRITTEN}
        />
      );
    }
    case 'bars':
      return (
        <HorizontalBarChartWithAxis
          data={spec.points.map((p) => ({ x: p.value, y: p.label, legend: p.label, color: p.colour, xAxisCalloutData: p.label, yAxisCalloutData: formatValue(p.value, spec.unit, lang) }))}
          width={width}
          height={Math.max(160, 36 * spec.points.length + 60)}
          hideLegend={true}
          chartTitle={spec.title}
          yAxisTickFormat={(label: string) => (label.length > 40 ? `${label.slice(0, 39)}…` : label)}
          showYAxisLables={true}
        />
      );
    case 'lines':
      // No axis title: Fluent renders it as a focusable tooltip host inside the chart's aria-hidden SVG.
      return (
        <LineChart
          data={{ chartTitle: spec.title, lineChartData: spec.series.map((s) => ({ legend: s.label, color: s.colour, data: s.points.map((p) => ({ x: p.x, y: p.y })) })) }}
          width={width}
          height={260}
          tickValues={[...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))]}
          tickFormat="d"
          legendProps={LEGENDS_AS_WRITTEN}
        />
      );
    case 'matrix': {
      const max = Math.max(1, ...spec.values.flat());
      // Rows are given top to bottom (L, M, S); the heat map draws its first y value at the bottom, and
      // sorts labels alphabetically unless told not to.
      const rows = spec.rowLabels.map((label, i) => ({ label, values: spec.values[i] })).reverse();
      // Axis titles are said above the chart: Fluent's own are focusable hosts inside an aria-hidden SVG.
      return (
        <>
        <p style={{ margin: '0 0 4px', fontSize: 13 }}><span aria-hidden="true">↑ </span>{spec.rowHeading} · <span aria-hidden="true">→ </span>{spec.columnHeading}</p>
        <HeatMapChart
          chartTitle={spec.title}
          data={[{
            legend: spec.title,
            value: max,
            data: rows.flatMap((r) => spec.columnLabels.map((c, j) => ({ x: c, y: r.label, value: r.values[j], rectText: r.values[j] })))
          }]}
          domainValuesForColorScale={[0, max]}
          rangeValuesForColorScale={[`#${PORVOO.blueLight}`, `#${PORVOO.blue}`]}
          sortOrder="none"
          width={Math.min(width, 520)}
          height={300}
          hideLegend={true}
        />
        </>
      );
    }
  }
}
