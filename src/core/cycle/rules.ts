import type { ApprovalState, Idea, IdeaState, Person, RoadmapAction } from '../schema';

/**
 * Who may move an idea or an action's approval from one state to another in the yearly cycle.
 *
 * Ideas: new → under review → accepted | rejected (with a reason) | merged into an action.
 * - Any employee proposes (creates an idea in `new`) and may edit their own idea while it is still `new`.
 * - Steering group members triage. `accepted` and `merged` are final: an action now carries the idea
 *   (`fromIdea` / the idea's `action` link). A rejection can be reopened (`rejected` → `under-review`),
 *   because a reason can be misunderstood and the group may change its mind.
 *
 * Actions (approval): (none) → proposed → prioritised by the steering group → approved by the city board.
 * - Only steering group members move the approval state (the group prepares the roadmap and records
 *   the board's decision; owners edit the content of their actions, not its standing).
 * - `prioritised` → `proposed` undoes a prioritisation. `approved` needs the board's decision date and
 *   reference (see `recordBoardApproval`) and is final: changing an approved roadmap takes a new decision.
 *
 * A refusal always carries a reason code; `CYCLE` (src/core/i18n/cycle.ts) has its text in fi/sv/en.
 */

/** The person acting: what the UI knows from `UserRights`. */
export interface CycleActor {
  readonly email: string;
  readonly displayName?: string;
  readonly isSteeringMember: boolean;
}

export type DenialReason =
  | 'no-change'
  | 'steering-only'
  | 'may-not-propose'
  | 'not-your-idea'
  | 'idea-not-new'
  | 'idea-final'
  | 'not-from-state'
  | 'must-be-prioritised'
  | 'already-approved'
  | 'action-closed';

export type Check = { readonly allowed: true } | { readonly allowed: false; readonly reason: DenialReason };

const ALLOWED: Check = { allowed: true };
function deny(reason: DenialReason): Check {
  return { allowed: false, reason };
}

export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The fields the idea rules look at (so forms can check a draft before it is stored). */
export type IdeaStanding = Pick<Idea, 'state'> & { readonly proposer: Person | null };
/** The fields the approval rules look at. */
export type ActionStanding = Pick<RoadmapAction, 'approvalState' | 'status'>;

/** Idea state graph: from → the states a steering member may move it to. */
const IDEA_MOVES: Readonly<Record<IdeaState, readonly IdeaState[]>> = {
  new: ['under-review', 'accepted', 'rejected', 'merged'],
  'under-review': ['accepted', 'rejected', 'merged'],
  rejected: ['under-review'],
  accepted: [],
  merged: []
};

export const FINAL_IDEA_STATES: readonly IdeaState[] = ['accepted', 'merged'];

export function canTransitionIdea(idea: IdeaStanding, to: IdeaState, actor: CycleActor): Check {
  if (idea.state === to) return deny('no-change');
  if (!actor.isSteeringMember) return deny('steering-only');
  if (FINAL_IDEA_STATES.indexOf(idea.state) >= 0) return deny('idea-final');
  return IDEA_MOVES[idea.state].indexOf(to) >= 0 ? ALLOWED : deny('not-from-state');
}

/** Every signed-in employee may propose; the list's permissions say the same (Ideas: contribute). */
export function canProposeIdea(actor: CycleActor & { readonly canProposeIdeas?: boolean }): Check {
  return actor.canProposeIdeas === false ? deny('may-not-propose') : ALLOWED;
}

/**
 * The proposer edits their own idea while it is new (after that the group is already looking at it);
 * a steering member may correct any idea that is not final.
 */
export function canEditIdea(idea: IdeaStanding, actor: CycleActor): Check {
  if (actor.isSteeringMember) return FINAL_IDEA_STATES.indexOf(idea.state) >= 0 ? deny('idea-final') : ALLOWED;
  if (!sameEmail(idea.proposer?.email, actor.email)) return deny('not-your-idea');
  return idea.state === 'new' ? ALLOWED : deny('idea-not-new');
}

/** `null` is an action that has never been through the cycle (e.g. imported from the 2024 sheet). */
export type ApprovalStandingState = ApprovalState | null;

const APPROVAL_MOVES: Readonly<Record<'none' | ApprovalState, readonly ApprovalState[]>> = {
  none: ['proposed'],
  proposed: ['prioritised'],
  prioritised: ['proposed', 'approved'],
  approved: []
};

export function canTransitionAction(action: ActionStanding, to: ApprovalState, actor: CycleActor): Check {
  const from = action.approvalState;
  if (from === to) return deny('no-change');
  if (!actor.isSteeringMember) return deny('steering-only');
  if (from === 'approved') return deny('already-approved');
  if (action.status === 'cancelled' || action.status === 'completed') return deny('action-closed');
  if (to === 'approved' && from !== 'prioritised') return deny('must-be-prioritised');
  return APPROVAL_MOVES[from ?? 'none'].indexOf(to) >= 0 ? ALLOWED : deny('not-from-state');
}

export type Transitionable =
  | { readonly idea: IdeaStanding; readonly action?: undefined }
  | { readonly action: ActionStanding; readonly idea?: undefined };

/**
 * One entry point for both state machines:
 * `canTransition({ idea }, 'accepted', actor)` or `canTransition({ action }, 'approved', actor)`.
 */
export function canTransition(entity: { readonly idea: IdeaStanding }, to: IdeaState, actor: CycleActor): Check;
export function canTransition(entity: { readonly action: ActionStanding }, to: ApprovalState, actor: CycleActor): Check;
export function canTransition(entity: Transitionable, to: IdeaState | ApprovalState, actor: CycleActor): Check {
  if (entity.idea) return canTransitionIdea(entity.idea, to as IdeaState, actor);
  return canTransitionAction(entity.action, to as ApprovalState, actor);
}

/** Operations on the whole roadmap (not one item): the steering group's. */
export type CycleOperation = 'triage' | 'prioritise' | 'record-approval' | 'carry-over';

export function canPerform(actor: CycleActor, _operation: CycleOperation): Check {
  return actor.isSteeringMember ? ALLOWED : deny('steering-only');
}
