import { ICT_BUDGETS, type IctBudget } from '../budget';
import { LEVELS, type ApprovalState, type LevelCode, type RoadmapAction, type SizeClass } from '../schema';
import { proposalsOf } from './approval';

/**
 * Next year's proposals against the budget frame, as the steering group looks at them before sending
 * the roadmap to the city board (the 8.11.2024 slides: impact vs cost, and the ICT spending proposal by
 * level). A proposal's estimated cost for its year is its one-time cost plus one year's annual cost.
 */

/** Euros per level for the year (e.g. 2025: foundation 6 M€, TORI 800 k€, TOSI 500 k€, data 150 k€). */
export type BudgetFrame = Readonly<Partial<Record<LevelCode, number>>>;

export interface LevelTotals {
  readonly level: LevelCode;
  readonly count: number;
  /** Estimated cost of every proposal of the level (one-time + annual). */
  readonly estimated: number;
  /** Of which prioritised or approved: what would go to the board. */
  readonly estimatedChosen: number;
  /** Proposals with no euro estimate yet (the total is then a lower bound). */
  readonly withoutEstimate: number;
  /** The frame for the level, when known. */
  readonly frame: number | null;
  /** `estimatedChosen` over the frame (1 = the whole frame), when there is a frame. */
  readonly shareOfFrame: number | null;
}

export type ClassKey = SizeClass | 'none';

export interface ProposalSummary {
  readonly year: number;
  readonly levels: LevelTotals[];
  readonly count: number;
  readonly estimated: number;
  readonly estimatedChosen: number;
  readonly withoutEstimate: number;
  readonly byApproval: Readonly<Record<ApprovalState, number>>;
  /** Count of proposals per cost class × impact class: the impact-vs-cost chart. */
  readonly matrix: Readonly<Record<ClassKey, Readonly<Record<ClassKey, number>>>>;
}

/**
 * The frame to compare a year's proposals with: that year's ICT budget when known, else the latest
 * earlier one (in the autumn the next year's budget is being prepared from the current one).
 */
export function budgetFrameFor(year: number, budgets: readonly IctBudget[] = ICT_BUDGETS): IctBudget | undefined {
  return budgets.filter((b) => b.year <= year).sort((a, b) => b.year - a.year)[0];
}

/** One-time plus annual cost; null when neither is known. */
export function estimatedCost(action: Pick<RoadmapAction, 'oneTimeCost' | 'annualCost'>): number | null {
  if (action.oneTimeCost === null && action.annualCost === null) return null;
  return (action.oneTimeCost ?? 0) + (action.annualCost ?? 0);
}

function emptyRow(): Record<ClassKey, number> {
  return { S: 0, M: 0, L: 0, none: 0 };
}

export function summariseProposals(actions: readonly RoadmapAction[], year: number, frame: BudgetFrame = {}): ProposalSummary {
  const proposals = proposalsOf(actions, year);
  const byApproval: Record<ApprovalState, number> = { proposed: 0, prioritised: 0, approved: 0 };
  const matrix: Record<ClassKey, Record<ClassKey, number>> = { S: emptyRow(), M: emptyRow(), L: emptyRow(), none: emptyRow() };
  const levels = LEVELS.map(({ code }) => {
    let count = 0;
    let estimated = 0;
    let estimatedChosen = 0;
    let withoutEstimate = 0;
    for (const a of proposals) {
      if (a.level !== code) continue;
      count++;
      const cost = estimatedCost(a);
      if (cost === null) withoutEstimate++;
      estimated += cost ?? 0;
      if (a.approvalState === 'prioritised' || a.approvalState === 'approved') estimatedChosen += cost ?? 0;
    }
    const levelFrame = frame[code] ?? null;
    return {
      level: code,
      count,
      estimated,
      estimatedChosen,
      withoutEstimate,
      frame: levelFrame,
      shareOfFrame: levelFrame ? estimatedChosen / levelFrame : null
    };
  });
  for (const a of proposals) {
    if (a.approvalState) byApproval[a.approvalState]++;
    matrix[a.costClass ?? 'none'][a.impactClass ?? 'none']++;
  }
  const sum = (key: 'count' | 'estimated' | 'estimatedChosen' | 'withoutEstimate'): number => levels.reduce((s, l) => s + l[key], 0);
  return {
    year,
    levels,
    count: sum('count'),
    estimated: sum('estimated'),
    estimatedChosen: sum('estimatedChosen'),
    withoutEstimate: sum('withoutEstimate'),
    byApproval,
    matrix
  };
}
