import type { Lang } from '../../core/i18n/catalog';
import {
  acceptIdea, canPerform, editIdea, nextRoadmapYear, planCarryOver, prioritiseProposals, proposeIdea,
  recordBoardApproval, sameEmail, triageIdea,
  type AcceptDecision, type AcceptError, type ActionUpdate, type BoardApprovalError, type BoardDecision, type CarryOverPlan,
  type CycleActor, type DenialReason, type DraftOutcome, type IdeaDraft, type Outcome, type TriageDecision, type TriageError
} from '../../core/cycle';
import { fail, ok } from '../../core/cycle/result';
import { generateActionCode } from '../../core/validation/codes';
import type { IDEAS, Idea, ROADMAP_ACTIONS, RoadmapAction, RoadmapActionFields } from '../../core/schema';
import { NotFoundError, type BulkResult, type IListRepository } from '../contracts';

/**
 * The yearly cycle on top of the repositories: every decision is made by the pure rules in
 * src/core/cycle; this module only reads what they need and writes what they return.
 */
export interface CycleRepositories {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
  readonly ideas: IListRepository<typeof IDEAS>;
}

type ActionsDef = typeof ROADMAP_ACTIONS;

// ------------------------------------------------------------------------------------------------- ideas

/** Stores a new idea from the form. */
export async function submitIdea(
  repos: CycleRepositories, draft: IdeaDraft, actor: CycleActor & { readonly canProposeIdeas?: boolean }, lang: Lang
): Promise<DraftOutcome<Idea>> {
  const proposed = proposeIdea(draft, actor, lang);
  if (!proposed.ok) return proposed;
  return { ok: true, value: await repos.ideas.add(proposed.value) };
}

/** Saves the proposer's (or a steering member's) edit, with the etag the form read. */
export async function saveIdeaEdit(repos: CycleRepositories, idea: Idea, draft: IdeaDraft, actor: CycleActor): Promise<DraftOutcome<Idea>> {
  const edited = editIdea(idea, draft, actor);
  if (!edited.ok) return edited;
  return { ok: true, value: await repos.ideas.update(idea.id, idea.etag, edited.value) };
}

/**
 * The ideas someone proposed, newest first. Filtered by the proposer's e-mail (the data layer checks a
 * person given by e-mail after reading; the Ideas list holds hundreds, not tens of thousands).
 */
export async function ideasOf(repos: CycleRepositories, email: string): Promise<Idea[]> {
  const ideas = await repos.ideas.list({ where: [{ key: 'proposer', op: 'eq', value: email }] });
  return ideas.filter((i) => sameEmail(i.proposer?.email, email)).sort((a, b) => b.id - a.id);
}

/** Under review, reject (with a reason), merge into an action, or reopen. */
export async function decideIdea(
  repos: CycleRepositories, idea: Idea, decision: TriageDecision, actor: CycleActor
): Promise<Outcome<Idea, TriageError | 'action-not-found'>> {
  const changes = triageIdea(idea, decision, actor);
  if (!changes.ok) return changes;
  if (decision.to === 'merged') {
    try {
      await repos.actions.get(decision.actionId);
    } catch (error) {
      if (error instanceof NotFoundError) return fail('action-not-found', 'action');
      throw error;
    }
  }
  return ok(await repos.ideas.update(idea.id, idea.etag, changes.value));
}

export interface AcceptedIdea {
  readonly idea: Idea;
  readonly action: RoadmapAction;
}

/**
 * Accepts an idea: adds the action proposal for next year (with the next free code of that year) and
 * links the idea to it. Safe to repeat: if an action from this idea already exists (a double click, or
 * a failure between the two writes), it is reused instead of adding another.
 */
export async function acceptIdeaAsProposal(
  repos: CycleRepositories, idea: Idea, now: Date | string, decision: Omit<AcceptDecision, 'code'>
): Promise<Outcome<AcceptedIdea, AcceptError>> {
  const roadmapYear = decision.roadmapYear ?? nextRoadmapYear(now);
  const checked = acceptIdea(idea, now, { ...decision, roadmapYear });
  if (!checked.ok) return checked;
  const sameYear = await repos.actions.list({ where: [{ key: 'roadmapYear', op: 'eq', value: roadmapYear }] });
  let action = sameYear.find((a) => a.fromIdea === idea.id);
  if (!action) {
    const code = generateActionCode(roadmapYear, sameYear.map((a) => a.code));
    action = await repos.actions.add({ ...checked.value.proposal, code });
  }
  const saved = await repos.ideas.update(idea.id, idea.etag, { ...checked.value.ideaChanges, action: action.id });
  return ok({ idea: saved, action });
}

// ----------------------------------------------------------------------------------- proposals, approval

/** Every action of a roadmap year (the proposals view filters what it shows). */
export function actionsOfYear(repos: CycleRepositories, year: number): Promise<RoadmapAction[]> {
  return repos.actions.list({ where: [{ key: 'roadmapYear', op: 'eq', value: year }] });
}

async function applyUpdates(repos: CycleRepositories, updates: readonly ActionUpdate[]): Promise<BulkResult<ActionsDef>> {
  if (updates.length === 0) return { saved: [], conflicts: [], failed: [] };
  return repos.actions.updateMany(updates);
}

/** Saves the steering group's choice of proposals (only what changed). */
export async function savePrioritisation(
  repos: CycleRepositories, year: number, chosenIds: Iterable<number>, actor: CycleActor
): Promise<Outcome<BulkResult<ActionsDef>, DenialReason>> {
  const planned = prioritiseProposals(await actionsOfYear(repos, year), year, chosenIds, actor);
  if (!planned.ok) return planned;
  return ok(await applyUpdates(repos, planned.value));
}

export interface RecordedApproval {
  readonly result: BulkResult<ActionsDef>;
  readonly notPrioritised: RoadmapAction[];
  readonly alreadyApproved: RoadmapAction[];
}

/** Records the city board's decision for the whole roadmap of `year` in one batch. */
export async function recordApproval(
  repos: CycleRepositories, decision: BoardDecision, year: number, actor: CycleActor
): Promise<Outcome<RecordedApproval, BoardApprovalError>> {
  const planned = recordBoardApproval(await actionsOfYear(repos, year), decision, year, actor);
  if (!planned.ok) return planned;
  const result = await applyUpdates(repos, planned.value.updates);
  return ok({ result, notPrioritised: planned.value.notPrioritised, alreadyApproved: planned.value.alreadyApproved });
}

// ------------------------------------------------------------------------------------------- carry-over

/** The actions of a year and of the next (the candidates, and where their copies live). */
export function actionsOfYears(repos: CycleRepositories, fromYear: number): Promise<RoadmapAction[]> {
  return repos.actions.list({ where: [{ key: 'roadmapYear', op: 'ge', value: fromYear }, { key: 'roadmapYear', op: 'le', value: fromYear + 1 }] });
}

export interface CarriedOver {
  readonly plan: CarryOverPlan;
  readonly result: BulkResult<ActionsDef>;
}

/**
 * Carries the chosen unfinished actions of `fromYear` into the next year. Reads before it plans, so a
 * second run (or a retry after a partial failure) creates only what is still missing. Two members
 * running it at the same moment would compute the same codes, and the unique code makes one of the
 * two adds fail rather than duplicate.
 */
export async function carryOver(
  repos: CycleRepositories, fromYear: number, chosenIds: Iterable<number>, actor: CycleActor
): Promise<Outcome<CarriedOver, DenialReason>> {
  const allowed = canPerform(actor, 'carry-over');
  if (!allowed.allowed) return fail(allowed.reason);
  const stored = await actionsOfYears(repos, fromYear);
  const plan = planCarryOver(stored, fromYear, chosenIds, stored);
  const result: BulkResult<ActionsDef> = plan.create.length
    ? await repos.actions.addMany(plan.create as readonly RoadmapActionFields[])
    : { saved: [], conflicts: [], failed: [] };
  return ok({ plan, result });
}
