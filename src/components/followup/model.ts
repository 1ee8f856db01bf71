import { FOLLOWUP, type FollowupKey } from '../../core/i18n/followup';
import { format, type Lang } from '../../core/i18n/catalog';
import { formatEuro, formatNumber } from '../../core/i18n/format';
import { codeLabel, levelShortLabel, type Count, type LabelledField, type YearSummary } from '../../core/followup';
import { LIGHT_COLOURS, PORVOO, SERIES_COLOURS } from '../../report/theme';

/**
 * What the dashboard's charts show, as data: the chart (loaded on demand), its table view and its text
 * summary are all rendered from the same spec, which is built from the one `YearSummary`. Pure.
 */

export type ChartUnit = 'count' | 'euro' | 'percent' | 'value';

export interface ChartPoint {
  readonly label: string;
  readonly value: number;
  /** CSS colour (with #). */
  readonly colour: string;
}

interface ChartBase {
  /** Unique on the page; used for element ids. */
  readonly id: string;
  readonly title: string;
}

export interface BarsSpec extends ChartBase {
  readonly kind: 'bars';
  readonly points: readonly ChartPoint[];
  readonly unit: ChartUnit;
}

export interface DonutSpec extends ChartBase {
  readonly kind: 'donut';
  readonly points: readonly ChartPoint[];
  readonly unit: ChartUnit;
}

export interface LinesSpec extends ChartBase {
  readonly kind: 'lines';
  readonly xLabel: string;
  readonly series: readonly { readonly label: string; readonly colour: string; readonly points: readonly { readonly x: number; readonly y: number }[] }[];
}

export interface MatrixSpec extends ChartBase {
  readonly kind: 'matrix';
  readonly rowHeading: string;
  readonly columnHeading: string;
  /** Top to bottom (L, M, S). */
  readonly rowLabels: readonly string[];
  /** Left to right (S, M, L). */
  readonly columnLabels: readonly string[];
  /** values[row][column]. */
  readonly values: readonly (readonly number[])[];
}

export type ChartSpec = BarsSpec | DonutSpec | LinesSpec | MatrixSpec;

/** A chart's data as a table: header cells and rows (first cell of a row is its header). */
export interface ChartTableData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const hex = (c: string): string => `#${c}`;

export function formatValue(value: number, unit: ChartUnit, lang: Lang): string {
  switch (unit) {
    case 'euro':
      return formatEuro(value, lang);
    case 'percent':
      return `${formatNumber(value, lang, 1)} %`;
    case 'count':
      return formatNumber(value, lang, 0);
    default:
      return formatNumber(value, lang, 2);
  }
}

export function chartTable(spec: ChartSpec, lang: Lang): ChartTableData {
  const t = FOLLOWUP[lang];
  switch (spec.kind) {
    case 'bars':
    case 'donut':
      return {
        columns: [t.colCategory, spec.unit === 'count' ? t.colCount : t.colValue],
        rows: spec.points.map((p) => [p.label, formatValue(p.value, spec.unit, lang)])
      };
    case 'lines': {
      const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
      return {
        columns: [spec.xLabel, ...spec.series.map((s) => s.label)],
        rows: xs.map((x) => [String(x), ...spec.series.map((s) => {
          const p = s.points.find((q) => q.x === x);
          return p ? formatValue(p.y, 'value', lang) : '–';
        })])
      };
    }
    case 'matrix':
      return {
        columns: [`${spec.rowHeading} \\ ${spec.columnHeading}`, ...spec.columnLabels],
        rows: spec.rowLabels.map((r, i) => [r, ...spec.values[i].map((v) => formatValue(v, 'count', lang))])
      };
  }
}

/** The text a screen reader hears for a chart (and anyone who reads the summary). */
export function chartSummary(spec: ChartSpec, lang: Lang): string {
  const t = FOLLOWUP[lang];
  const item = (label: string, value: string): string => format(t.srItem, { label, value });
  switch (spec.kind) {
    case 'bars':
    case 'donut':
      return format(t.srCounts, { title: spec.title, items: spec.points.map((p) => item(p.label, formatValue(p.value, spec.unit, lang))).join(', ') });
    case 'lines':
      return format(t.srCounts, {
        title: spec.title,
        items: spec.series.map((s) => `${s.label}: ${s.points.map((p) => item(String(p.x), formatValue(p.y, 'value', lang))).join(', ')}`).join('; ')
      });
    case 'matrix': {
      const cells: string[] = [];
      spec.rowLabels.forEach((r, i) => spec.columnLabels.forEach((c, j) => {
        if (spec.values[i][j] > 0) cells.push(item(`${spec.rowHeading} ${r}, ${spec.columnHeading} ${c}:`, String(spec.values[i][j])));
      }));
      return format(t.srCounts, { title: spec.title, items: cells.join(', ') || t.notGiven });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The dashboard's charts, from the summary
// ---------------------------------------------------------------------------------------------------------

export interface DashboardCharts {
  readonly metrics: readonly LinesSpec[];
  readonly progress: BarsSpec;
  readonly lights: DonutSpec;
  readonly impactCost: MatrixSpec;
  readonly benefit: DonutSpec;
  readonly needSource: DonutSpec;
  readonly level: BarsSpec;
  readonly director: BarsSpec;
  readonly costShare: BarsSpec;
}

function countPoints(counts: readonly Count<string>[], label: (code: string) => string, lang: Lang, colours: readonly string[] = SERIES_COLOURS): ChartPoint[] {
  return counts.map((c, i) => ({ label: c.code === null ? FOLLOWUP[lang].notGiven : label(c.code), value: c.count, colour: hex(colours[i % colours.length]) }));
}

export function dashboardCharts(s: YearSummary, lang: Lang): DashboardCharts {
  const t = (key: FollowupKey, values: Record<string, string | number> = {}): string =>
    format(FOLLOWUP[lang][key], { year: s.year, next: s.next.year, ...values });
  const label = (field: LabelledField): ((code: string) => string) => (code: string): string => codeLabel(field, code, lang);
  const sizes = ['S', 'M', 'L'] as const;
  const rows = [...sizes].reverse();

  const metrics: LinesSpec[] = (['A', 'B', 'C'] as const)
    .map((goal): LinesSpec => ({
      kind: 'lines',
      id: `metrics-${goal}`,
      title: t('metricsChart', { goal }),
      xLabel: t('colYear'),
      series: s.metrics.filter((m) => m.goal === goal && m.values.length > 0).map((m, i) => ({
        // The code keeps the legend short; the metrics table beside the charts names each metric.
        label: m.code,
        colour: hex(SERIES_COLOURS[i % SERIES_COLOURS.length]),
        points: m.values.map((v) => ({ x: v.year, y: v.value }))
      }))
    }))
    .filter((c) => c.series.length > 0);

  const lightOrder = ['green', 'yellow', 'red', 'none'] as const;
  return {
    metrics,
    progress: {
      kind: 'bars', id: 'progress', title: t('colProgress'), unit: 'percent',
      points: s.roadmap.started.map((a) => ({ label: `${a.code} ${a.title}`, value: a.progress ?? 0, colour: hex(PORVOO.blue) }))
    },
    lights: {
      kind: 'donut', id: 'lights', title: t('lightsChart'), unit: 'count',
      points: lightOrder.map((k) => ({
        label: k === 'none' ? t('lightNone') : codeLabel('trafficLight', k, lang),
        value: s.lights.overall[k],
        colour: hex(LIGHT_COLOURS[k].fill)
      }))
    },
    impactCost: {
      kind: 'matrix', id: 'impact-cost', title: t('impactCostChart'),
      rowHeading: t('colImpactClass'), columnHeading: t('colCostClass'),
      rowLabels: rows, columnLabels: sizes,
      values: rows.map((impact) => sizes.map((cost) => s.next.impactCost.find((c) => c.cost === cost && c.impact === impact)?.count ?? 0))
    },
    benefit: { kind: 'donut', id: 'benefit', title: t('benefitChart'), unit: 'count', points: countPoints(s.next.byLongTermBenefit, label('longTermBenefit'), lang) },
    needSource: { kind: 'donut', id: 'need', title: t('needChart'), unit: 'count', points: countPoints(s.next.byNeedSource, label('needSource'), lang) },
    level: { kind: 'bars', id: 'level', title: t('levelChart'), unit: 'count', points: countPoints(s.next.byLevel, (c) => levelShortLabel(c, lang), lang, [PORVOO.blue]) },
    director: { kind: 'bars', id: 'director', title: t('directorChart'), unit: 'count', points: countPoints(s.next.byResponsibleDirector, label('responsibleDirector'), lang, [PORVOO.blue]) },
    costShare: {
      kind: 'bars', id: 'cost-share', title: `${t('colShare')} (${t('costsTitle', { year: s.next.year })})`, unit: 'percent',
      points: s.next.costs.levels.map((l) => ({ label: levelShortLabel(l.level, lang), value: l.shareOfBudget ?? 0, colour: hex(PORVOO.blue) }))
    }
  };
}
