import type { ApprovalState, RoadmapAction, RoadmapActionFields } from '../schema';
import { fail, ok, type Outcome } from './result';
import { canPerform, canTransitionAction, type CycleActor, type DenialReason } from './rules';

/** One item's changes, in the shape `IListRepository.updateMany` takes (the etag is the one read). */
export interface ActionUpdate {
  readonly id: number;
  readonly etag: string;
  readonly changes: Partial<RoadmapActionFields>;
}

/** The actions that are part of a year's approval round: anything with an approval state that year. */
export function proposalsOf(actions: readonly RoadmapAction[], year: number): RoadmapAction[] {
  return actions.filter((a) => a.roadmapYear === year && a.approvalState !== null && a.status !== 'cancelled');
}

/**
 * The steering group's prioritisation of a year's proposals: the chosen ones become `prioritised`, the
 * previously prioritised ones not chosen go back to `proposed`. Approved actions are not touched.
 * Returns only real changes, so saving the same choice twice writes nothing.
 */
export function prioritiseProposals(
  actions: readonly RoadmapAction[], year: number, chosenIds: Iterable<number>, actor: CycleActor
): Outcome<ActionUpdate[], DenialReason> {
  const allowed = canPerform(actor, 'prioritise');
  if (!allowed.allowed) return fail(allowed.reason);
  const chosen = new Set(chosenIds);
  const updates: ActionUpdate[] = [];
  for (const a of proposalsOf(actions, year)) {
    const want: ApprovalState | null = chosen.has(a.id) ? 'prioritised' : a.approvalState === 'prioritised' ? 'proposed' : null;
    if (!want || want === a.approvalState) continue;
    if (canTransitionAction(a, want, actor).allowed) updates.push({ id: a.id, etag: a.etag, changes: { approvalState: want } });
  }
  return ok(updates);
}

export interface BoardDecision {
  /** The day of the city board's decision, `YYYY-MM-DD`. */
  readonly date: string;
  /** The decision's reference, e.g. `KH 15.12.2025 § 412`. */
  readonly reference: string;
}

export interface BoardApproval {
  readonly updates: ActionUpdate[];
  /** Proposals of the year that were not prioritised: they stay proposals, not part of the roadmap. */
  readonly notPrioritised: RoadmapAction[];
  /** Already approved (by an earlier run or decision): left as they are. */
  readonly alreadyApproved: RoadmapAction[];
}

export type BoardApprovalError = DenialReason | 'date-invalid' | 'reference-required' | 'nothing-to-approve';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * The city board approves the year's roadmap as a whole: every prioritised action of `year` becomes
 * `approved` with the decision's date (`approvedOn`, the sheet's "Hyväksytty") and reference. Status:
 * a `proposed` action becomes `planned` (its money is now in the budget); an action already under way
 * (a carried-over one in progress or paused) keeps its status.
 *
 * Idempotent: actions already approved are left alone, so recording the same decision twice changes
 * nothing the second time.
 */
export function recordBoardApproval(
  actions: readonly RoadmapAction[], decision: BoardDecision, year: number, actor: CycleActor
): Outcome<BoardApproval, BoardApprovalError> {
  const allowed = canPerform(actor, 'record-approval');
  if (!allowed.allowed) return fail(allowed.reason);
  const date = decision.date.trim();
  const reference = decision.reference.trim();
  if (!isDay(date)) return fail('date-invalid', 'date');
  if (!reference) return fail('reference-required', 'reference');
  const updates: ActionUpdate[] = [];
  const notPrioritised: RoadmapAction[] = [];
  const alreadyApproved: RoadmapAction[] = [];
  for (const a of proposalsOf(actions, year)) {
    if (a.approvalState === 'approved') {
      alreadyApproved.push(a);
      continue;
    }
    if (!canTransitionAction(a, 'approved', actor).allowed) {
      notPrioritised.push(a);
      continue;
    }
    const changes: Partial<RoadmapActionFields> = { approvalState: 'approved', approvedOn: date, boardDecisionRef: reference };
    updates.push({ id: a.id, etag: a.etag, changes: a.status === 'proposed' ? { ...changes, status: 'planned' } : changes });
  }
  if (updates.length === 0 && alreadyApproved.length === 0) return fail('nothing-to-approve');
  return ok({ updates, notPrioritised, alreadyApproved });
}
