import {
  ACTION_STATUSES, FUNDING_SOURCES, GOALS, LEVELS, LONG_TERM_BENEFITS, NEED_SOURCES, RESPONSIBLE_DIRECTORS,
  type ActionStatus, type GoalCode, type LevelCode, type MetricValue, type ProgrammeMetric, type RoadmapAction,
  type SizeClass, type StatusUpdate, type TrafficLight
} from '../schema';
import { screenReports, type FlaggedReport } from '../reports';
import { helsinkiDay } from '../time/helsinki';
import { budgetForYear, type IctBudget } from './budget';
import type {
  ActionProgress, CompletedAction, CostTotals, CostsByLevel, Count, FollowupInput, FundingSource, IgnoredReport, ImpactCostCell,
  LevelCosts, LightCounts, MetricTrend, NextYearRoadmap, PublicProgress, PublicReport, TrafficLightSummary, Trend, YearRoadmap,
  YearSummary
} from './types';

/**
 * The one aggregation behind the follow-up dashboard, the steering meeting deck and the open
 * publication. Pure: the same input, year and `now` give the same summary.
 */

/** Statuses of an action that has begun. */
const STARTED: readonly ActionStatus[] = ['in-progress', 'paused', 'completed'];
/** Statuses the steering group follows with traffic lights. */
const ACTIVE: readonly ActionStatus[] = ['planned', 'in-progress', 'paused'];
const SIZE_ORDER: readonly SizeClass[] = ['S', 'M', 'L'];

/**
 * Everything shown for roadmap `year`: its metrics, the year's roadmap (started, completed, costs),
 * its traffic lights, and the next year's roadmap with the ICT budget of that year.
 * `now` (optional) freezes the view: status reports after it are ignored.
 */
export function summariseYear(input: FollowupInput, year: number, now?: Date | string): YearSummary {
  const nowIso = now === undefined ? null : new Date(now).toISOString();
  const thisYear: RoadmapAction[] = [];
  const nextYear: RoadmapAction[] = [];
  for (const a of input.actions) {
    if (a.roadmapYear === year) thisYear.push(a);
    else if (a.roadmapYear === year + 1 && a.status !== 'cancelled') nextYear.push(a);
  }
  const wanted = new Set<number>();
  for (const a of thisYear) wanted.add(a.id);
  for (const a of nextYear) wanted.add(a.id);
  const screened = screenReports(input.statusUpdates, input.authority);
  const latest = latestReports(screened.accepted, nowIso, wanted);

  const current = byCode(thisYear.map((a) => actionProgress(a, latest.get(a.id))));
  const next = byCode(nextYear.map((a) => actionProgress(a, latest.get(a.id))));

  return {
    year,
    asOf: nowIso === null ? null : helsinkiDay(nowIso),
    ignoredReports: ignoredReports(screened.flagged, input.actions, nowIso, wanted),
    metrics: metricTrends(input.metrics, input.metricValues, year),
    roadmap: yearRoadmap(year, thisYear, current, budgetForYear(input.budget, year)),
    lights: lightSummary(current, latest),
    next: nextYearRoadmap(year + 1, nextYear, next, budgetForYear(input.budget, year + 1))
  };
}

/**
 * What the city publishes: every action's progress (all years, by year and code) and every metric's
 * yearly values. The rows are the same `ActionProgress` the dashboard and the deck show.
 */
export function summarisePublicProgress(input: FollowupInput, now?: Date | string): PublicProgress {
  const nowIso = now === undefined ? null : new Date(now).toISOString();
  const screened = screenReports(input.statusUpdates, input.authority);
  const latest = latestReports(screened.accepted, nowIso, null);
  const actions = byCode(input.actions.map((a) => actionProgress(a, latest.get(a.id)))).sort((x, y) => x.year - y.year);
  const metrics = metricTrends(input.metrics, input.metricValues, Number.POSITIVE_INFINITY);
  const history = publicHistory(screened.accepted, nowIso);
  return {
    asOf: nowIso === null ? null : helsinkiDay(nowIso),
    ignoredReports: ignoredReports(screened.flagged, input.actions, nowIso, null),
    updatedAt: latestInstant([
      ...actions.map((a) => a.modified),
      ...Object.values(history).map((reports) => reports[reports.length - 1]?.reportedOn ?? null),
      ...metrics.flatMap((m) => m.values.map((v) => v.modified))
    ]),
    actions,
    metrics,
    history
  };
}

/**
 * Each action's reports as the public may see them, oldest first: when, the overall light and the
 * progress, and the public summary only when its author marked it public. The same reports as the
 * follow-up considers (`isConsidered`), so a report the follow-up ignores is never published either;
 * the caller passes only the reports `screenReports` accepted, so an unauthorised one is not published.
 */
export function publicHistory(updates: readonly StatusUpdate[], nowIso: string | null): Readonly<Record<number, readonly PublicReport[]>> {
  const byAction = new Map<number, StatusUpdate[]>();
  for (const u of updates) {
    if (!isConsidered(u, nowIso)) continue;
    let list = byAction.get(u.action);
    if (!list) byAction.set(u.action, (list = []));
    list.push(u);
  }
  const history: Record<number, PublicReport[]> = {};
  for (const [action, reports] of byAction) {
    history[action] = reports
      .sort((x, y) => (x.reportedOn < y.reportedOn ? -1 : x.reportedOn > y.reportedOn ? 1 : x.id - y.id))
      .map((u) => ({
        reportedOn: u.reportedOn,
        light: u.overallLight,
        progress: u.progress === null ? null : clampPercent(u.progress),
        summary: u.isPublic && u.publicSummary ? u.publicSummary : null
      }));
  }
  return history;
}

/** The latest of some ISO instants (compared as instants), or null when none is given. */
function latestInstant(instants: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (const i of instants) {
    const t = i ? Date.parse(i) : Number.NaN;
    if (!Number.isNaN(t) && t > bestTime) {
      best = new Date(t).toISOString();
      bestTime = t;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------------------

/** The flagged reports on the `wanted` actions (all when null) up to `nowIso`, by code and date. */
function ignoredReports(flagged: readonly FlaggedReport[], actions: readonly RoadmapAction[], nowIso: string | null, wanted: ReadonlySet<number> | null): IgnoredReport[] {
  const codes = new Map(actions.map((a) => [a.id, a.code ?? `#${a.id}`]));
  return flagged
    .filter((f) => (!wanted || wanted.has(f.actionId)) && (nowIso === null || f.reportedOn <= nowIso))
    .map((f) => ({ reportId: f.reportId, actionId: f.actionId, code: codes.get(f.actionId) ?? `#${f.actionId}`, reportedOn: f.reportedOn, reason: f.reason }))
    .sort((a, b) => a.code.localeCompare(b.code, 'fi', { numeric: true }) || a.reportedOn.localeCompare(b.reportedOn) || (a.reportId ?? 0) - (b.reportId ?? 0));
}

/**
 * Whether the follow-up counts a report: one filed no later than `nowIso`. Every view of reports
 * (latest light, public history) goes through here, so they ignore the same reports.
 */
function isConsidered(u: StatusUpdate, nowIso: string | null): boolean {
  return nowIso === null || u.reportedOn <= nowIso;
}

/** The latest report per action, reported no later than `nowIso`; only for `wanted` actions if given. */
function latestReports(updates: readonly StatusUpdate[], nowIso: string | null, wanted: ReadonlySet<number> | null): Map<number, StatusUpdate> {
  const latest = new Map<number, StatusUpdate>();
  for (const u of updates) {
    if (wanted && !wanted.has(u.action)) continue;
    if (!isConsidered(u, nowIso)) continue;
    const seen = latest.get(u.action);
    if (!seen || u.reportedOn > seen.reportedOn || (u.reportedOn === seen.reportedOn && u.id > seen.id)) latest.set(u.action, u);
  }
  return latest;
}

/** An action as followed up: its latest report's light and progress, and no personal data. */
export function actionProgress(a: RoadmapAction, report?: StatusUpdate): ActionProgress {
  const progress = a.status === 'completed' ? 100 : (report ? report.progress ?? a.progress : a.progress);
  return {
    id: a.id,
    code: a.code ?? `#${a.id}`,
    title: a.title,
    year: a.roadmapYear,
    goal: a.goal,
    level: a.level,
    status: a.status,
    light: report ? report.overallLight : a.trafficLight,
    progress: progress === null ? null : clampPercent(progress),
    statutory: a.statutory,
    longTermBenefit: a.longTermBenefit,
    needSource: a.needSource,
    responsibleDirector: a.responsibleDirector,
    costClass: a.costClass,
    impactClass: a.impactClass,
    start: a.start,
    end: a.end,
    oneTimeCost: a.oneTimeCost,
    annualCost: a.annualCost,
    actualCost: a.actualCost,
    funding: a.funding,
    impacts: a.impacts,
    effectIndicator: a.effectIndicator,
    lastReportAt: report ? report.reportedOn : a.lastReportOn,
    decisionNeeded: report ? report.decisionNeeded : a.decisionNeeded,
    modified: a.modified ?? null
  };
}

function clampPercent(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** A code's sort key: numbers padded so that plain string order is natural order (`DT24-2` < `DT24-10`). */
function codeKey(code: string): string {
  return code.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** `DT24-2` before `DT24-10`, case-insensitive. */
export function compareCodes(a: string, b: string): number {
  const x = codeKey(a);
  const y = codeKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorts by code with each key computed once (a collator per comparison is too slow at 5 000 actions). */
function byCode<T extends { readonly code: string }>(rows: T[]): T[] {
  return rows
    .map((row) => ({ row, key: codeKey(row.code) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((k) => k.row);
}

// ---------------------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------------------

/**
 * Counts by a field, every known code in the schema's order (zeros included, so charts and tables
 * keep their categories), then unknown fill-in values alphabetically, then "not given" if any.
 */
function countBy<C extends string>(rows: readonly ActionProgress[], known: readonly { readonly code: C }[], pick: (a: ActionProgress) => string | null): Count<C>[] {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const r of rows) {
    const v = pick(r);
    if (v === null || v === '') missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const result: Count<C>[] = known.map((k) => ({ code: k.code, count: counts.get(k.code) ?? 0 }));
  const knownCodes = new Set<string>(known.map((k) => k.code));
  const extra = [...counts.keys()].filter((c) => !knownCodes.has(c)).sort(compareCodes);
  // A fill-in value (an editable choice) is counted under its own text.
  for (const c of extra) result.push({ code: c as C, count: counts.get(c) ?? 0 });
  if (missing > 0) result.push({ code: null, count: missing });
  return result;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Costs
// ---------------------------------------------------------------------------------------------------------

function addCosts(t: { oneTime: number; annual: number; actual: number }, a: ActionProgress): void {
  t.oneTime += a.oneTimeCost ?? 0;
  t.annual += a.annualCost ?? 0;
  t.actual += a.actualCost ?? 0;
}

function shareOf(amount: number, budget: number | null): number | null {
  return budget === null || budget <= 0 ? null : Math.round((amount / budget) * 1000) / 10;
}

/** The year's actions' costs by level against the ICT budget of the year (cancelled ones left out). */
export function costsByLevel(year: number, rows: readonly ActionProgress[], budget: IctBudget | null): CostsByLevel {
  const levels: LevelCosts[] = LEVELS.map((l) => {
    const t = { oneTime: 0, annual: 0, actual: 0 };
    let actions = 0;
    for (const a of rows) {
      if (a.level !== l.code || a.status === 'cancelled') continue;
      actions++;
      addCosts(t, a);
    }
    const levelBudget = budget ? budget.byLevel[l.code] : null;
    const firstYear = t.oneTime + t.annual;
    return { level: l.code, actions, ...t, firstYear, budget: levelBudget, shareOfBudget: shareOf(firstYear, levelBudget) };
  });
  const sum = (pick: (l: LevelCosts) => number): number => levels.reduce((s, l) => s + pick(l), 0);
  const totalBudget = budget ? sum((l) => l.budget ?? 0) : null;
  const totalFirstYear = sum((l) => l.firstYear);
  return {
    year,
    levels,
    total: {
      actions: sum((l) => l.actions),
      oneTime: sum((l) => l.oneTime),
      annual: sum((l) => l.annual),
      actual: sum((l) => l.actual),
      firstYear: totalFirstYear,
      budget: totalBudget,
      shareOfBudget: shareOf(totalFirstYear, totalBudget)
    },
    programmeEstimate: budget ? budget.programmeEstimate : null
  };
}

// ---------------------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------------------

function yearRoadmap(year: number, source: readonly RoadmapAction[], rows: readonly ActionProgress[], budget: IctBudget | null): YearRoadmap {
  const started = rows.filter((a) => STARTED.indexOf(a.status) >= 0);
  const withProgress = started.filter((a) => a.progress !== null);
  const completed: CompletedAction[] = rows
    .filter((a) => a.status === 'completed')
    .map((a) => ({ ...a, totalCost: (a.oneTimeCost ?? 0) + (a.annualCost ?? 0) }));
  const completedCosts = { oneTime: 0, annual: 0, actual: 0 };
  for (const a of completed) addCosts(completedCosts, a);

  const fundingOrder: (FundingSource | null)[] = [...FUNDING_SOURCES.map((f) => f.code), null];
  const completedCostsByFunding = fundingOrder
    .map((funding) => {
      const t = { oneTime: 0, annual: 0, actual: 0 };
      let actions = 0;
      for (const a of completed) {
        if (a.funding !== funding) continue;
        actions++;
        addCosts(t, a);
      }
      return { funding, actions, ...t };
    })
    .filter((f) => f.actions > 0);

  return {
    year,
    total: rows.length,
    approvedOn: mostCommon(source.map((a) => a.approvedOn)),
    byStatus: countBy<ActionStatus>(rows, ACTION_STATUSES, (a) => a.status),
    byGoal: countBy<GoalCode>(rows, GOALS, (a) => a.goal),
    byLevel: countBy<LevelCode>(rows, LEVELS, (a) => a.level),
    started,
    ongoing: started.filter((a) => a.status !== 'completed').length,
    meanProgress: withProgress.length === 0 ? null : Math.round(withProgress.reduce((s, a) => s + (a.progress ?? 0), 0) / withProgress.length),
    completed,
    completedCosts: completedCosts as CostTotals,
    completedCostsByFunding,
    costs: costsByLevel(year, rows, budget)
  };
}

function emptyLights(): { green: number; yellow: number; red: number; none: number } {
  return { green: 0, yellow: 0, red: 0, none: 0 };
}

function countLight(counts: { green: number; yellow: number; red: number; none: number }, light: TrafficLight | null): void {
  counts[light ?? 'none']++;
}

function lightSummary(rows: readonly ActionProgress[], latest: ReadonlyMap<number, StatusUpdate>): TrafficLightSummary {
  const active = rows.filter((a) => ACTIVE.indexOf(a.status) >= 0);
  const overall = emptyLights();
  const schedule = emptyLights();
  const costs = emptyLights();
  const scope = emptyLights();
  const risks = emptyLights();
  for (const a of active) {
    countLight(overall, a.light);
    const r = latest.get(a.id);
    countLight(schedule, r ? r.scheduleLight : null);
    countLight(costs, r ? r.costsLight : null);
    countLight(scope, r ? r.scopeLight : null);
    countLight(risks, r ? r.risksLight : null);
  }
  const rank = (l: TrafficLight | null): number => (l === 'red' ? 0 : 1);
  const attention = active
    .filter((a) => a.light === 'red' || a.light === 'yellow')
    .sort((x, y) => rank(x.light) - rank(y.light) || compareCodes(x.code, y.code))
    .map(({ id, code, title, light, progress, decisionNeeded }) => ({ id, code, title, light, progress, decisionNeeded }));
  return {
    active: active.length,
    overall: overall as LightCounts,
    byDimension: { schedule, costs, scope, risks },
    attention,
    decisionsNeeded: active.filter((a) => a.decisionNeeded).length
  };
}

function nextYearRoadmap(year: number, source: readonly RoadmapAction[], rows: readonly ActionProgress[], budget: IctBudget | null): NextYearRoadmap {
  const cells = new Map<string, { cost: SizeClass; impact: SizeClass; codes: string[] }>();
  let unclassified = 0;
  for (const a of rows) {
    if (!a.costClass || !a.impactClass) {
      unclassified++;
      continue;
    }
    const key = `${a.costClass}${a.impactClass}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { cost: a.costClass, impact: a.impactClass, codes: [] }));
    cell.codes.push(a.code);
  }
  const impactCost: ImpactCostCell[] = [];
  for (const cost of SIZE_ORDER) {
    for (const impact of SIZE_ORDER) {
      const cell = cells.get(`${cost}${impact}`);
      if (cell) impactCost.push({ cost, impact, count: cell.codes.length, codes: cell.codes });
    }
  }
  return {
    year,
    total: rows.length,
    approvedOn: mostCommon(source.map((a) => a.approvedOn)),
    actions: rows,
    impactCost,
    unclassified,
    byLongTermBenefit: countBy(rows, LONG_TERM_BENEFITS, (a) => a.longTermBenefit),
    byNeedSource: countBy(rows, NEED_SOURCES, (a) => a.needSource),
    byLevel: countBy(rows, LEVELS, (a) => a.level),
    byResponsibleDirector: countBy<string>(rows, RESPONSIBLE_DIRECTORS, (a) => a.responsibleDirector),
    byGoal: countBy(rows, GOALS, (a) => a.goal),
    statutory: rows.filter((a) => a.statutory).length,
    costs: costsByLevel(year, rows, budget)
  };
}

// ---------------------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------------------

function trendOf(values: readonly { readonly value: number }[]): { change: number | null; trend: Trend } {
  if (values.length < 2) return { change: null, trend: 'none' };
  const change = values[values.length - 1].value - values[values.length - 2].value;
  // Rounded so that floating-point noise does not turn "flat" into a trend.
  const rounded = Math.round(change * 1e6) / 1e6;
  return { change: rounded, trend: rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat' };
}

/** The programme metrics by code (A1…C3) with their values up to `upToYear`. */
export function metricTrends(metrics: readonly ProgrammeMetric[], values: readonly MetricValue[], upToYear: number): MetricTrend[] {
  const byMetric = new Map<number, MetricValue[]>();
  for (const v of values) {
    if (v.year > upToYear || v.value === null) continue;
    let list = byMetric.get(v.metric);
    if (!list) byMetric.set(v.metric, (list = []));
    list.push(v);
  }
  return [...metrics]
    .sort((x, y) => compareCodes(x.code, y.code))
    .map((m) => {
      // One value per year: a later item for the same year (a correction) wins.
      const perYear = new Map<number, MetricValue>();
      for (const v of (byMetric.get(m.id) ?? []).sort((x, y) => x.id - y.id)) perYear.set(v.year, v);
      const yearly = [...perYear.values()]
        .sort((x, y) => x.year - y.year)
        .map((v) => ({ year: v.year, value: v.value as number, note: v.note, modified: v.modified ?? v.created ?? null }));
      const last = yearly[yearly.length - 1];
      return {
        id: m.id,
        code: m.code,
        goal: m.goal,
        titles: { fi: m.title, sv: m.titleSv ?? m.title, en: m.titleEn ?? m.title },
        source: m.source,
        unit: m.unit,
        values: yearly,
        latest: last ? { year: last.year, value: last.value } : null,
        ...trendOf(yearly)
      };
    });
}
