import type { ActionStatus, RoadmapAction, RoadmapActionFields } from '../schema';
import { actionCodeSequence } from '../validation/codes';

/**
 * "Prepare next year's roadmap": unfinished actions of a year are carried into the next one as new
 * actions that link back to the original (`carriedFrom`).
 *
 * Decisions (documented here because the UI and the reminders rely on them):
 * - The original is not modified: it stays with its year, status, costs and approval, so that year's
 *   follow-up reads as it was; its history stays in SharePoint's versions. That it went on is visible
 *   from the copy's `carriedFrom` (see `carriedCopies`).
 * - The copy keeps what describes the work: title, description, goal, level, classes, beneficiaries,
 *   need source, director, owner, development model, funding, statutory, impacts, effect indicator,
 *   start and end. Status is kept (`planned`, `in-progress` and `paused` go on as they were; a
 *   never-approved `proposed` stays a proposal), and so are progress % and the last traffic light:
 *   the work does not restart because the calendar year changes.
 * - Costs are per roadmap year (costs are booked yearly on 1111 Digiohjelma2024): the copy's annual
 *   cost is the same; its one-time cost is what remains of the estimate (one-time minus actual cost
 *   booked so far, not below zero); its actual cost starts empty. Summing a chain of copies therefore
 *   never counts a euro twice.
 * - The copy needs next year's approval: approval state `prioritised` (the steering group chose to carry
 *   it, which is its prioritisation), no board date or reference yet. It gets the next free code of its
 *   year; `lastReportOn` and `decisionNeeded` start empty (reports are made on the new year's action);
 *   `fromIdea` stays with the original (one action per idea).
 * - Idempotent: an action that already has a copy (an action whose `carriedFrom` is its id) is not
 *   carried again, so running the carry-over twice creates nothing the second time.
 */

export const UNFINISHED_STATUSES: readonly ActionStatus[] = ['proposed', 'planned', 'in-progress', 'paused'];

export function isUnfinished(action: Pick<RoadmapAction, 'status'>): boolean {
  return UNFINISHED_STATUSES.indexOf(action.status) >= 0;
}

/** Original id → its carried copy (the first one found, should there be several). */
export function carriedCopies(actions: readonly RoadmapAction[]): Map<number, RoadmapAction> {
  const copies = new Map<number, RoadmapAction>();
  for (const a of actions) {
    if (a.carriedFrom !== null && !copies.has(a.carriedFrom)) copies.set(a.carriedFrom, a);
  }
  return copies;
}

export interface CarryOverCandidate {
  readonly action: RoadmapAction;
  /** The copy in the next year, when it has already been carried. */
  readonly copy: RoadmapAction | null;
}

/** What the "prepare next year's roadmap" panel lists: the year's unfinished actions, by code. */
export function carryOverCandidates(actions: readonly RoadmapAction[], fromYear: number): CarryOverCandidate[] {
  const copies = carriedCopies(actions);
  return actions
    .filter((a) => a.roadmapYear === fromYear && isUnfinished(a))
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'fi', { numeric: true }) || a.id - b.id)
    .map((action) => ({ action, copy: copies.get(action.id) ?? null }));
}

export type CarryOverRefusal = 'not-found' | 'not-in-year' | 'finished';

export interface CarryOverPlan {
  readonly toYear: number;
  /** The new actions to add, in the order chosen. */
  readonly create: RoadmapActionFields[];
  /** Chosen actions that already have a copy: nothing to do. */
  readonly alreadyCarried: { readonly id: number; readonly copyId: number }[];
  readonly refused: { readonly id: number; readonly reason: CarryOverRefusal }[];
}

/** The carried copy of one action (see the decisions above). */
export function carriedCopy(original: RoadmapAction, toYear: number, code: string | null): RoadmapActionFields {
  const remainingOneTime =
    original.oneTimeCost === null ? null : Math.max(0, original.oneTimeCost - (original.actualCost ?? 0));
  return {
    title: original.title,
    code,
    description: original.description,
    roadmapYear: toYear,
    goal: original.goal,
    level: original.level,
    statutory: original.statutory,
    longTermBenefit: original.longTermBenefit,
    beneficiaries: [...original.beneficiaries],
    costClass: original.costClass,
    impactClass: original.impactClass,
    developmentModel: original.developmentModel,
    needSource: original.needSource,
    responsibleDirector: original.responsibleDirector,
    owner: original.owner,
    status: original.status,
    trafficLight: original.trafficLight,
    progress: original.progress,
    start: original.start,
    end: original.end,
    oneTimeCost: remainingOneTime,
    annualCost: original.annualCost,
    actualCost: null,
    funding: original.funding,
    impacts: original.impacts,
    effectIndicator: original.effectIndicator,
    approvedOn: null,
    lastReportOn: null,
    decisionNeeded: false,
    approvalState: 'prioritised',
    boardDecisionRef: null,
    carriedFrom: original.id,
    fromIdea: null
  };
}

/**
 * Plans carrying the chosen actions of `fromYear` into `fromYear + 1`.
 * `actions`: where the chosen ones are looked up; `existing`: every action already stored (copies are
 * detected by `carriedFrom`, codes are kept unique). Both may be the same array.
 */
export function planCarryOver(
  actions: readonly RoadmapAction[], fromYear: number, chosenIds: Iterable<number>, existing: readonly RoadmapAction[]
): CarryOverPlan {
  const toYear = fromYear + 1;
  const byId = new Map(actions.map((a) => [a.id, a] as const));
  const copies = carriedCopies(existing);
  const alreadyCarried: { id: number; copyId: number }[] = [];
  const refused: { id: number; reason: CarryOverRefusal }[] = [];
  const toCarry: RoadmapAction[] = [];
  for (const id of new Set(chosenIds)) {
    const original = byId.get(id);
    const copy = copies.get(id);
    if (!original) refused.push({ id, reason: 'not-found' });
    else if (original.roadmapYear !== fromYear) refused.push({ id, reason: 'not-in-year' });
    else if (!isUnfinished(original)) refused.push({ id, reason: 'finished' });
    else if (copy) alreadyCarried.push({ id, copyId: copy.id });
    else toCarry.push(original);
  }
  const nextCode = actionCodeSequence([...existing, ...actions].map((a) => a.code));
  return { toYear, create: toCarry.map((a) => carriedCopy(a, toYear, nextCode(toYear))), alreadyCarried, refused };
}

/**
 * Actions that went on in a later year: follow-up and reminders look at the copy once its year has begun.
 */
export function supersededIds(actions: readonly RoadmapAction[]): Set<number> {
  return new Set(carriedCopies(actions).keys());
}
