import { codeLabel, type ActionProgress, type LabelledField, type MetricTrend, type PublicProgress } from '../../src/core/followup';
import { helsinkiDay } from '../../src/core/time/helsinki';
import { choiceByCode, fieldByKey, ROADMAP_ACTIONS, STATUS_UPDATES } from '../../src/core/schema';
import { toCsv, type CsvValue } from './csv';
import type { Redactor } from './redact';

/**
 * The open data: each action's progress, every metric's yearly values and the public history of the
 * status reports, as CSV and JSON. Codes are the stable identifiers; Finnish and Swedish labels ride
 * along for people reading the CSV. No person appears: the rows come from `ActionProgress`, which has no
 * person fields, and free text goes through the redactor. A choice value outside the schema's choices
 * (SharePoint stores what a REST client sends) is published as empty, never as written.
 */

/** One published action (JSON); the CSV has the same columns plus fi/sv labels. */
export interface PublishedAction {
  /** The item id: names the action's page when its code cannot. */
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly year: number;
  readonly goal: string | null;
  readonly level: string | null;
  readonly statutory: boolean;
  readonly status: string | null;
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
  readonly lastReportAt: string | null;
  readonly modified: string | null;
}

/** A stored choice value if the schema knows it, else null. */
export function knownChoice(field: LabelledField, value: string | null): string | null {
  return value !== null && choiceByCode(fieldByKey(ROADMAP_ACTIONS, field), value) ? value : null;
}

/** A report's overall light if it is one of the lights, else null. */
export function knownLight(value: string | null): string | null {
  return value !== null && choiceByCode(fieldByKey(STATUS_UPDATES, 'overallLight'), value) ? value : null;
}

const PERIOD = /^\d{4}-(?:Q[1-4]|\d{2}-\d{2})$/;

export function publishedAction(a: ActionProgress, redact: Redactor): PublishedAction {
  const text = (t: string | null): string | null => (t === null ? null : redact(t));
  return {
    id: a.id,
    code: a.code,
    title: redact(a.title),
    year: a.year,
    goal: knownChoice('goal', a.goal),
    level: knownChoice('level', a.level),
    statutory: a.statutory === true,
    status: knownChoice('status', a.status),
    trafficLight: knownChoice('trafficLight', a.light),
    progressPercent: a.progress,
    start: a.start !== null && PERIOD.test(a.start) ? a.start : null,
    end: a.end !== null && PERIOD.test(a.end) ? a.end : null,
    oneTimeCostEur: a.oneTimeCost,
    annualCostEur: a.annualCost,
    actualCostEur: a.actualCost,
    funding: knownChoice('funding', a.funding),
    impacts: text(a.impacts),
    effectIndicator: text(a.effectIndicator),
    lastReportAt: a.lastReportAt,
    modified: a.modified
  };
}

export interface PublishedMetric {
  readonly code: string;
  readonly goal: string | null;
  readonly title: { readonly fi: string; readonly sv: string; readonly en: string };
  /** Which titles were written for the language (the others fall back to the Finnish one). */
  readonly titleLang: { readonly fi: 'fi'; readonly sv: 'sv' | 'fi'; readonly en: 'en' | 'fi' };
  readonly source: string | null;
  readonly unit: string | null;
  readonly trend: MetricTrend['trend'];
  readonly values: readonly { readonly year: number; readonly value: number; readonly note: string | null; readonly modified: string | null }[];
}

export function publishedMetric(m: MetricTrend, redact: Redactor): PublishedMetric {
  return {
    code: m.code,
    goal: knownChoice('goal', m.goal),
    title: { fi: redact(m.titles.fi), sv: redact(m.titles.sv), en: redact(m.titles.en) },
    titleLang: { fi: 'fi', sv: m.titles.sv === m.titles.fi ? 'fi' : 'sv', en: m.titles.en === m.titles.fi ? 'fi' : 'en' },
    source: m.source === null ? null : redact(m.source),
    unit: m.unit === null ? null : redact(m.unit),
    trend: m.trend,
    values: m.values.map((v) => ({ year: v.year, value: v.value, note: v.note === null ? null : redact(v.note), modified: v.modified }))
  };
}

/** One status report as published: no texts but the summary its author marked public. */
export interface PublishedReport {
  readonly code: string;
  readonly reportedOn: string;
  readonly trafficLight: string | null;
  readonly progressPercent: number | null;
  readonly publicSummary: string | null;
}

export interface OpenData {
  readonly actions: readonly PublishedAction[];
  readonly metrics: readonly PublishedMetric[];
  /** By action code, oldest first. */
  readonly history: Readonly<Record<string, readonly PublishedReport[]>>;
  readonly updatedAt: string | null;
}

export function openData(progress: PublicProgress, redact: Redactor): OpenData {
  const actions = progress.actions.map((a) => publishedAction(a, redact));
  const history: Record<string, PublishedReport[]> = {};
  for (const a of progress.actions) {
    history[a.code] = (progress.history[a.id] ?? []).map((r) => ({
      code: a.code,
      reportedOn: r.reportedOn,
      trafficLight: knownLight(r.light),
      progressPercent: r.progress,
      publicSummary: r.summary === null ? null : redact(r.summary)
    }));
  }
  return { actions, metrics: progress.metrics.map((m) => publishedMetric(m, redact)), history, updatedAt: progress.updatedAt };
}

// ---------------------------------------------------------------------------------------------------------
// Columns: one definition for the CSV header and datapackage.json's schema
// ---------------------------------------------------------------------------------------------------------

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'year' | 'date' | 'datetime';

export interface Column<R> {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  readonly unit?: string;
  /** The allowed values (choice codes or labels). */
  readonly enum?: readonly string[];
  readonly required?: boolean;
  readonly pattern?: string;
  readonly value: (row: R) => CsvValue;
}

const codesOf = (field: LabelledField): string[] => (fieldByKey(ROADMAP_ACTIONS, field).choices ?? []).map((c) => c.code);
const labelsOf = (field: LabelledField, lang: 'fi' | 'sv'): string[] => (fieldByKey(ROADMAP_ACTIONS, field).choices ?? []).map((c) => c.labels[lang]);

function choiceColumns(name: string, field: LabelledField, what: string, pick: (a: PublishedAction) => string | null): Column<PublishedAction>[] {
  return [
    { name, type: 'string', description: `${what} (code)`, enum: codesOf(field), value: pick },
    { name: `${name}_fi`, type: 'string', description: `${what} in Finnish`, enum: labelsOf(field, 'fi'), value: (a) => label(field, pick(a), 'fi') },
    { name: `${name}_sv`, type: 'string', description: `${what} in Swedish`, enum: labelsOf(field, 'sv'), value: (a) => label(field, pick(a), 'sv') }
  ];
}

function label(field: LabelledField, code: string | null, lang: 'fi' | 'sv'): string | null {
  return code === null ? null : codeLabel(field, code, lang);
}

const PERIOD_PATTERN = '\\d{4}-(Q[1-4]|\\d{2}-\\d{2})';

export const ACTION_COLUMNS: readonly Column<PublishedAction>[] = [
  { name: 'code', type: 'string', description: 'The action’s code, e.g. DT25-07', required: true, value: (a) => a.code },
  { name: 'title', type: 'string', description: 'The action’s name', value: (a) => a.title },
  { name: 'year', type: 'year', description: 'The roadmap year', required: true, value: (a) => a.year },
  { name: 'goal', type: 'string', description: 'The programme goal or competence (A–C, K1–K4)', enum: codesOf('goal'), value: (a) => a.goal },
  ...choiceColumns('level', 'level', 'Level', (a) => a.level),
  { name: 'statutory', type: 'boolean', description: 'Driven by law', value: (a) => a.statutory },
  ...choiceColumns('status', 'status', 'Status', (a) => a.status),
  ...choiceColumns('traffic_light', 'trafficLight', 'Traffic light of the latest status report', (a) => a.trafficLight),
  { name: 'progress_percent', type: 'integer', unit: 'percent', description: 'Progress 0–100 (a completed action is 100)', value: (a) => a.progressPercent },
  { name: 'start', type: 'string', pattern: PERIOD_PATTERN, description: 'Start: a day YYYY-MM-DD or a quarter YYYY-Qn', value: (a) => a.start },
  { name: 'end', type: 'string', pattern: PERIOD_PATTERN, description: 'End: a day YYYY-MM-DD or a quarter YYYY-Qn', value: (a) => a.end },
  { name: 'one_time_cost_eur', type: 'number', unit: 'EUR', description: 'One-time cost', value: (a) => a.oneTimeCostEur },
  { name: 'annual_cost_eur', type: 'number', unit: 'EUR/year', description: 'Annual cost', value: (a) => a.annualCostEur },
  { name: 'actual_cost_eur', type: 'number', unit: 'EUR', description: 'Cost booked so far', value: (a) => a.actualCostEur },
  ...choiceColumns('funding', 'funding', 'Funding', (a) => a.funding),
  { name: 'impacts', type: 'string', description: 'The effect achieved or expected', value: (a) => a.impacts },
  { name: 'effect_indicator', type: 'string', description: 'The city-strategy indicator chosen to measure the effect', value: (a) => a.effectIndicator }
];

export interface MetricValueRow {
  readonly metric: PublishedMetric;
  readonly value: PublishedMetric['values'][number];
}

export const METRIC_COLUMNS: readonly Column<MetricValueRow>[] = [
  { name: 'metric_code', type: 'string', description: 'The metric’s code, e.g. A1', required: true, value: (r) => r.metric.code },
  { name: 'goal', type: 'string', description: 'The programme goal the metric follows', enum: codesOf('goal'), value: (r) => r.metric.goal },
  { name: 'metric_fi', type: 'string', description: 'The metric in Finnish', value: (r) => r.metric.title.fi },
  { name: 'metric_sv', type: 'string', description: 'The metric in Swedish (Finnish if not translated)', value: (r) => r.metric.title.sv },
  { name: 'metric_en', type: 'string', description: 'The metric in English (Finnish if not translated)', value: (r) => r.metric.title.en },
  { name: 'source', type: 'string', description: 'Where the value comes from', value: (r) => r.metric.source },
  { name: 'unit', type: 'string', description: 'The unit of the value (given per metric)', value: (r) => r.metric.unit },
  { name: 'year', type: 'year', description: 'The year the value describes', required: true, value: (r) => r.value.year },
  { name: 'value', type: 'number', description: 'The metric’s value for the year, in the row’s unit', required: true, value: (r) => r.value.value },
  { name: 'note', type: 'string', description: 'A note on the value', value: (r) => r.value.note }
];

export const HISTORY_COLUMNS: readonly Column<PublishedReport>[] = [
  { name: 'code', type: 'string', description: 'The action’s code (actions.csv)', required: true, value: (r) => r.code },
  { name: 'reported_on', type: 'date', description: 'The day of the status report (Helsinki)', required: true, value: (r) => helsinkiDay(r.reportedOn) },
  { name: 'traffic_light', type: 'string', description: 'The report’s overall traffic light', enum: codesOf('trafficLight'), value: (r) => r.trafficLight },
  { name: 'progress_percent', type: 'integer', unit: 'percent', description: 'Progress 0–100 reported', value: (r) => r.progressPercent },
  { name: 'public_summary', type: 'string', description: 'The summary its author marked public', value: (r) => r.publicSummary }
];

function csvOf<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return toCsv(columns.map((c) => c.name), rows.map((r) => columns.map((c) => c.value(r))));
}

export function metricValueRows(metrics: readonly PublishedMetric[]): MetricValueRow[] {
  return metrics.flatMap((metric) => metric.values.map((value) => ({ metric, value })));
}

export function historyRows(data: OpenData): PublishedReport[] {
  return data.actions.flatMap((a) => data.history[a.code] ?? []);
}

export const actionsCsv = (data: OpenData): string => csvOf(ACTION_COLUMNS, data.actions);
export const metricsCsv = (data: OpenData): string => csvOf(METRIC_COLUMNS, metricValueRows(data.metrics));
export const historyCsv = (data: OpenData): string => csvOf(HISTORY_COLUMNS, historyRows(data));

/** The JSON documents: the data and the time of its latest change (the data's own, not a clock). */
export function actionsJson(data: OpenData): string {
  const actions = data.actions.map(({ id: _id, lastReportAt: _r, modified: _m, ...rest }) => ({ ...rest, history: (data.history[rest.code] ?? []).map(({ code: _c, ...r }) => r) }));
  return `${JSON.stringify({ updated: data.updatedAt, actions }, null, 2)}\n`;
}

export function metricsJson(data: OpenData): string {
  const metrics = data.metrics.map(({ titleLang: _t, ...m }) => ({ ...m, values: m.values.map(({ modified: _m, ...v }) => v) }));
  return `${JSON.stringify({ updated: data.updatedAt, metrics }, null, 2)}\n`;
}
