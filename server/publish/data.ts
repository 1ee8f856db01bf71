import { codeLabel, type ActionProgress, type MetricTrend, type PublicProgress } from '../../src/core/followup';
import { toCsv, type CsvValue } from './csv';
import type { Redactor } from './redact';

/**
 * The open data files: each action's progress and every metric's yearly values, as CSV and JSON.
 * Codes are the stable identifiers; Finnish and Swedish labels ride along for people reading the CSV.
 * No person appears: the rows come from `ActionProgress`, which has no person fields, and free text
 * goes through the redactor.
 */

/** One published action (JSON); the CSV has the same columns plus fi/sv labels. */
export interface PublishedAction {
  readonly code: string;
  readonly title: string;
  readonly year: number;
  readonly goal: string;
  readonly level: string;
  readonly statutory: boolean;
  readonly status: string;
  readonly trafficLight: string | null;
  readonly progressPercent: number | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly oneTimeCostEur: number | null;
  readonly annualCostEur: number | null;
  readonly actualCostEur: number | null;
  readonly funding: string | null;
  readonly impacts: string | null;
  readonly effectIndicator: string | null;
}

export function publishedAction(a: ActionProgress, redact: Redactor): PublishedAction {
  const text = (t: string | null): string | null => (t === null ? null : redact(t));
  return {
    code: a.code,
    title: redact(a.title),
    year: a.year,
    goal: a.goal,
    level: a.level,
    statutory: a.statutory,
    status: a.status,
    trafficLight: a.light,
    progressPercent: a.progress,
    start: a.start,
    end: a.end,
    oneTimeCostEur: a.oneTimeCost,
    annualCostEur: a.annualCost,
    actualCostEur: a.actualCost,
    funding: a.funding,
    impacts: text(a.impacts),
    effectIndicator: text(a.effectIndicator)
  };
}

const ACTION_COLUMNS = [
  'code', 'title', 'year', 'goal', 'level', 'level_fi', 'level_sv', 'statutory', 'status', 'status_fi', 'status_sv',
  'traffic_light', 'traffic_light_fi', 'traffic_light_sv', 'progress_percent', 'start', 'end',
  'one_time_cost_eur', 'annual_cost_eur', 'actual_cost_eur', 'funding', 'funding_fi', 'funding_sv', 'impacts', 'effect_indicator'
] as const;

function labelled(field: Parameters<typeof codeLabel>[0], code: string | null): [CsvValue, CsvValue] {
  return code === null ? [null, null] : [codeLabel(field, code, 'fi'), codeLabel(field, code, 'sv')];
}

export function actionsCsv(actions: readonly PublishedAction[]): string {
  return toCsv(ACTION_COLUMNS, actions.map((a) => [
    a.code, a.title, a.year, a.goal, a.level, ...labelled('level', a.level), a.statutory, a.status, ...labelled('status', a.status),
    a.trafficLight, ...labelled('trafficLight', a.trafficLight), a.progressPercent, a.start, a.end,
    a.oneTimeCostEur, a.annualCostEur, a.actualCostEur, a.funding, ...labelled('funding', a.funding), a.impacts, a.effectIndicator
  ]));
}

export interface PublishedMetric {
  readonly code: string;
  readonly goal: string;
  readonly title: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly source: string | null;
  readonly unit: string | null;
  readonly trend: MetricTrend['trend'];
  readonly values: readonly { readonly year: number; readonly value: number; readonly note: string | null }[];
}

export function publishedMetric(m: MetricTrend, redact: Redactor): PublishedMetric {
  return {
    code: m.code,
    goal: m.goal,
    title: { fi: redact(m.titles.fi), sv: redact(m.titles.sv), en: redact(m.titles.en) },
    source: m.source === null ? null : redact(m.source),
    unit: m.unit,
    trend: m.trend,
    values: m.values.map((v) => ({ year: v.year, value: v.value, note: v.note === null ? null : redact(v.note) }))
  };
}

export function metricsCsv(metrics: readonly PublishedMetric[]): string {
  const rows: CsvValue[][] = [];
  for (const m of metrics) {
    for (const v of m.values) rows.push([m.code, m.goal, m.title.fi, m.title.sv, m.title.en, m.source, m.unit, v.year, v.value, v.note]);
  }
  return toCsv(['metric_code', 'goal', 'metric_fi', 'metric_sv', 'metric_en', 'source', 'unit', 'year', 'value', 'note'], rows);
}

export interface OpenData {
  readonly actions: readonly PublishedAction[];
  readonly metrics: readonly PublishedMetric[];
}

export function openData(progress: PublicProgress, redact: Redactor): OpenData {
  return {
    actions: progress.actions.map((a) => publishedAction(a, redact)),
    metrics: progress.metrics.map((m) => publishedMetric(m, redact))
  };
}

/** The JSON documents: data plus when it was made and what the codes mean. */
export function actionsJson(data: OpenData, asOf: string | null): string {
  return `${JSON.stringify({ updated: asOf, actions: data.actions }, null, 2)}\n`;
}

export function metricsJson(data: OpenData, asOf: string | null): string {
  return `${JSON.stringify({ updated: asOf, metrics: data.metrics }, null, 2)}\n`;
}
