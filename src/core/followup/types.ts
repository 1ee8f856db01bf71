import type {
  ActionStatus, GoalCode, LevelCode, MetricValue, NeedSource, ProgrammeMetric, RoadmapAction, SizeClass, StatusUpdate,
  TrafficLight
} from '../schema';
import type { ReportAuthority, UnauthorisedReason } from '../reports';
import type { IctBudget } from './budget';

/**
 * The follow-up's figures as codes and numbers: the dashboard, the meeting deck and the open
 * publication all render these, so what they show cannot disagree. Presentation localises the codes.
 * Nothing here names a person: owners and authors never leave the lists.
 */

export interface FollowupInput {
  readonly actions: readonly RoadmapAction[];
  readonly statusUpdates: readonly StatusUpdate[];
  readonly metrics: readonly ProgrammeMetric[];
  readonly metricValues: readonly MetricValue[];
  /** The ICT budget of one or more years; the next year's is compared with that roadmap's costs. */
  readonly budget?: IctBudget | readonly IctBudget[] | null;
  /**
   * Who was entitled to report on which action when (src/core/reports): reports by anyone else are left
   * out of every figure and listed in `ignoredReports`. The data layer always gives it.
   */
  readonly authority?: ReportAuthority;
}

/** A status report left out because its writer was not entitled to it (presentation names the action by code). */
export interface IgnoredReport {
  readonly reportId: number | null;
  readonly actionId: number;
  readonly code: string;
  readonly reportedOn: string;
  readonly reason: UnauthorisedReason;
}

export type LongTermBenefit = NonNullable<RoadmapAction['longTermBenefit']>;
export type FundingSource = NonNullable<RoadmapAction['funding']>;

/** One action as followed up and published: no owner, no author, no description. */
export interface ActionProgress {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly year: number;
  readonly goal: GoalCode;
  readonly level: LevelCode;
  readonly status: ActionStatus;
  /** The latest status report's overall light (as of `now`), else the action's own. */
  readonly light: TrafficLight | null;
  /** 0–100; a completed action is 100. */
  readonly progress: number | null;
  readonly statutory: boolean;
  readonly longTermBenefit: LongTermBenefit | null;
  readonly needSource: NeedSource | null;
  /** A code of RESPONSIBLE_DIRECTORS, or the text typed in (the choice is editable). */
  readonly responsibleDirector: string | null;
  readonly costClass: SizeClass | null;
  readonly impactClass: SizeClass | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly oneTimeCost: number | null;
  readonly annualCost: number | null;
  readonly actualCost: number | null;
  readonly funding: FundingSource | null;
  readonly impacts: string | null;
  readonly effectIndicator: string | null;
  /** The instant (ISO) of the latest status report considered; presentation shows its Helsinki day. */
  readonly lastReportAt: string | null;
  readonly decisionNeeded: boolean;
  /** When the action's item was last changed (SharePoint's Modified), when known. */
  readonly modified: string | null;
}

export interface Count<C extends string> {
  /** null: the field is not filled in. */
  readonly code: C | null;
  readonly count: number;
}

export type Trend = 'up' | 'down' | 'flat' | 'none';

export interface MetricTrend {
  readonly id: number;
  readonly code: string;
  readonly goal: GoalCode;
  /** The metric's name as stored, per language (fi is the list's Title; sv/en fall back to it). */
  readonly titles: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly source: string | null;
  readonly unit: string | null;
  /** Yearly values up to the summarised year, oldest first; a year without a value is left out. */
  readonly values: readonly { readonly year: number; readonly value: number; readonly note: string | null; readonly modified: string | null }[];
  readonly latest: { readonly year: number; readonly value: number } | null;
  /** Latest minus the previous year's value with a value. */
  readonly change: number | null;
  readonly trend: Trend;
}

export interface LightCounts {
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
  /** No status report and no light set. */
  readonly none: number;
}

export interface TrafficLightSummary {
  /** Actions followed: the year's planned, in progress and paused ones. */
  readonly active: number;
  readonly overall: LightCounts;
  /** The latest reports' dimension lights (schedule, costs, scope and quality, risks). */
  readonly byDimension: {
    readonly schedule: LightCounts;
    readonly costs: LightCounts;
    readonly scope: LightCounts;
    readonly risks: LightCounts;
  };
  /** Red first, then yellow; by code. */
  readonly attention: readonly Pick<ActionProgress, 'id' | 'code' | 'title' | 'light' | 'progress' | 'decisionNeeded'>[];
  readonly decisionsNeeded: number;
}

export interface CostTotals {
  readonly oneTime: number;
  readonly annual: number;
  readonly actual: number;
}

export interface LevelCosts extends CostTotals {
  readonly level: LevelCode;
  readonly actions: number;
  /** What the level's actions ask for the year: one-time plus the first year's annual cost. */
  readonly firstYear: number;
  /** The ICT budget for the level, when the year's budget is known. */
  readonly budget: number | null;
  /** firstYear as a percentage of the level's budget (one decimal), when known. */
  readonly shareOfBudget: number | null;
}

export interface CostsByLevel {
  readonly year: number;
  readonly levels: readonly LevelCosts[];
  readonly total: Omit<LevelCosts, 'level'>;
  readonly programmeEstimate: number | null;
}

export interface CompletedAction extends ActionProgress {
  /** One-time plus annual cost; the deck shows them apart. */
  readonly totalCost: number;
}

export interface ImpactCostCell {
  readonly cost: SizeClass;
  readonly impact: SizeClass;
  readonly count: number;
  readonly codes: readonly string[];
}

export interface YearRoadmap {
  readonly year: number;
  /** Every action of the year, cancelled included (see byStatus). */
  readonly total: number;
  /** The city board's approval day of the year's roadmap (most common among its actions). */
  readonly approvedOn: string | null;
  readonly byStatus: readonly Count<ActionStatus>[];
  readonly byGoal: readonly Count<GoalCode>[];
  readonly byLevel: readonly Count<LevelCode>[];
  /** In progress, paused or completed: every action that has begun, by code. */
  readonly started: readonly ActionProgress[];
  /** In progress or paused. */
  readonly ongoing: number;
  /** Mean progress of the started actions, rounded; null when none. */
  readonly meanProgress: number | null;
  readonly completed: readonly CompletedAction[];
  readonly completedCosts: CostTotals;
  /** Completed actions' one-time and annual costs by funding source (null = not given). */
  readonly completedCostsByFunding: readonly (CostTotals & { readonly funding: FundingSource | null; readonly actions: number })[];
  readonly costs: CostsByLevel;
}

export interface NextYearRoadmap {
  readonly year: number;
  /** The next year's actions, cancelled ones left out. */
  readonly total: number;
  readonly approvedOn: string | null;
  readonly actions: readonly ActionProgress[];
  /** Impact class against cost class; only cells with actions. */
  readonly impactCost: readonly ImpactCostCell[];
  /** Actions without a cost or an impact class. */
  readonly unclassified: number;
  readonly byLongTermBenefit: readonly Count<LongTermBenefit>[];
  readonly byNeedSource: readonly Count<NeedSource>[];
  readonly byLevel: readonly Count<LevelCode>[];
  readonly byResponsibleDirector: readonly Count<string>[];
  readonly byGoal: readonly Count<GoalCode>[];
  readonly statutory: number;
  readonly costs: CostsByLevel;
}

export interface YearSummary {
  readonly year: number;
  /** Helsinki day of `now`, when given: reports after it are ignored. */
  readonly asOf: string | null;
  /** Reports on this year's and next year's actions left out because their writer was not entitled, by code. */
  readonly ignoredReports: readonly IgnoredReport[];
  readonly metrics: readonly MetricTrend[];
  readonly roadmap: YearRoadmap;
  readonly lights: TrafficLightSummary;
  readonly next: NextYearRoadmap;
}

/** One status report as published: no texts but the summary its author marked public. */
export interface PublicReport {
  readonly reportedOn: string;
  readonly light: TrafficLight;
  readonly progress: number | null;
  readonly summary: string | null;
}

/** What is published openly: every action's progress and every metric's yearly values. */
export interface PublicProgress {
  readonly asOf: string | null;
  /** Reports left out because their writer was not entitled, by code. */
  readonly ignoredReports: readonly IgnoredReport[];
  /** The latest change in the published data (an item's Modified or a report's time); not a clock. */
  readonly updatedAt: string | null;
  readonly actions: readonly ActionProgress[];
  readonly metrics: readonly MetricTrend[];
  /** Each action's considered reports (by action id), oldest first. */
  readonly history: Readonly<Record<number, readonly PublicReport[]>>;
}
