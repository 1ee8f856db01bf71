import type { Lang } from '../i18n/catalog';
import {
  IDEAS, fieldByKey, type GoalCode, type Idea, type IdeaFields, type LevelCode, type RoadmapActionFields, type SizeClass
} from '../schema';
import { nextRoadmapYear } from './codes';
import { fail, ok, type Outcome } from './result';
import { canEditIdea, canProposeIdea, canTransitionIdea, type CycleActor, type DenialReason } from './rules';

/** What an employee fills in: short on purpose (the form is meant to take a minute). */
export interface IdeaDraft {
  readonly title: string;
  readonly what: string;
  readonly why?: string | null;
  readonly beneficiaries?: IdeaFields['beneficiaries'];
  readonly goal?: GoalCode | null;
  readonly costClass?: SizeClass | null;
  readonly impactClass?: SizeClass | null;
}

export type IdeaFieldError = { readonly field: 'title' | 'what'; readonly error: 'required' | 'too-long' };

const TITLE_MAX = fieldByKey(IDEAS, 'title').maxLength ?? 255;

function clean(text: string | null | undefined): string {
  return (text ?? '').trim();
}

/** Every problem of a draft at once, so the form can mark all fields in one go. */
export function validateIdeaDraft(draft: IdeaDraft): IdeaFieldError[] {
  const errors: IdeaFieldError[] = [];
  const title = clean(draft.title);
  if (!title) errors.push({ field: 'title', error: 'required' });
  else if (title.length > TITLE_MAX) errors.push({ field: 'title', error: 'too-long' });
  if (!clean(draft.what)) errors.push({ field: 'what', error: 'required' });
  return errors;
}

function draftFields(draft: IdeaDraft): Pick<IdeaFields, 'title' | 'what' | 'why' | 'beneficiaries' | 'goal' | 'costClass' | 'impactClass'> {
  return {
    title: clean(draft.title),
    what: clean(draft.what),
    why: clean(draft.why) || null,
    beneficiaries: [...new Set(draft.beneficiaries ?? [])],
    goal: draft.goal ?? null,
    costClass: draft.costClass ?? null,
    impactClass: draft.impactClass ?? null
  };
}

export type DraftOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DenialReason | 'invalid'; readonly errors: IdeaFieldError[] };

/** A new idea as stored: state `new`, the proposer and the language they wrote in. */
export function proposeIdea(draft: IdeaDraft, actor: CycleActor & { readonly canProposeIdeas?: boolean }, lang: Lang): DraftOutcome<IdeaFields> {
  const allowed = canProposeIdea(actor);
  if (!allowed.allowed) return { ok: false, error: allowed.reason, errors: [] };
  const errors = validateIdeaDraft(draft);
  if (errors.length) return { ok: false, error: 'invalid', errors };
  return {
    ok: true,
    value: {
      ...draftFields(draft),
      state: 'new',
      outcome: null,
      action: null,
      proposer: { email: actor.email, displayName: actor.displayName },
      language: lang
    }
  };
}

/** The changes of an edit by the proposer (while new) or a steering member. */
export function editIdea(idea: Idea, draft: IdeaDraft, actor: CycleActor): DraftOutcome<Partial<IdeaFields>> {
  const allowed = canEditIdea(idea, actor);
  if (!allowed.allowed) return { ok: false, error: allowed.reason, errors: [] };
  const errors = validateIdeaDraft(draft);
  if (errors.length) return { ok: false, error: 'invalid', errors };
  return { ok: true, value: draftFields(draft) };
}

export type TriageDecision =
  | { readonly to: 'under-review'; readonly note?: string }
  | { readonly to: 'rejected'; readonly reason: string }
  | { readonly to: 'merged'; readonly actionId: number; readonly note?: string };

export type TriageError = DenialReason | 'reason-required' | 'action-required';

/**
 * A steering member's decision other than accepting (which creates a proposal: `acceptIdea`).
 * The reason or note is written to `outcome`, which the proposer sees.
 */
export function triageIdea(idea: Idea, decision: TriageDecision, actor: CycleActor): Outcome<Partial<IdeaFields>, TriageError> {
  const allowed = canTransitionIdea(idea, decision.to, actor);
  if (!allowed.allowed) return fail(allowed.reason);
  switch (decision.to) {
    case 'rejected': {
      const reason = clean(decision.reason);
      if (!reason) return fail('reason-required', 'outcome');
      return ok({ state: 'rejected', outcome: reason });
    }
    case 'merged': {
      if (!Number.isInteger(decision.actionId) || decision.actionId <= 0) return fail('action-required', 'action');
      return ok({ state: 'merged', action: decision.actionId, outcome: clean(decision.note) || null });
    }
    default:
      return ok({ state: 'under-review', outcome: clean(decision.note) || idea.outcome });
  }
}

export interface AcceptDecision {
  readonly by: CycleActor;
  /** The level is the steering group's call (employees are not asked); required on an action. */
  readonly level: LevelCode | null;
  /** Overrides or fills the goal the proposer chose. */
  readonly goal?: GoalCode | null;
  /** Default: the year after `now` (Helsinki). */
  readonly roadmapYear?: number;
  /** The new action's code (see `nextActionCode`); left empty when not given. */
  readonly code?: string | null;
  /** Shown to the proposer. */
  readonly note?: string | null;
}

export type AcceptError = DenialReason | 'level-required' | 'goal-required' | 'invalid-year';

export interface Acceptance {
  /** The new action, a proposal for next year's roadmap, linked back to the idea. */
  readonly proposal: RoadmapActionFields;
  /** The idea's changes; the data layer adds `action` (the new action's id) once it exists. */
  readonly ideaChanges: Partial<IdeaFields>;
}

/** The action's description: the idea's what and why, the why under its label in the idea's language. */
export function ideaDescription(idea: Pick<Idea, 'what' | 'why' | 'language'>): string {
  const what = clean(idea.what);
  const why = clean(idea.why);
  if (!why) return what;
  const whyLabel = fieldByKey(IDEAS, 'why').labels[idea.language ?? 'fi'];
  return what ? `${what}\n\n${whyLabel}: ${why}` : `${whyLabel}: ${why}`;
}

/**
 * Accepting an idea turns it into an action proposal for next year's roadmap. Carried over from the
 * idea: title, description (what + why), goal, cost and impact class, beneficiaries; `fromIdea` links
 * back. The action starts as status `proposed` and approval state `proposed`; costs in euros, owner and
 * director are for the group to fill in.
 */
export function acceptIdea(idea: Idea, now: Date | string, decision: AcceptDecision): Outcome<Acceptance, AcceptError> {
  const allowed = canTransitionIdea(idea, 'accepted', decision.by);
  if (!allowed.allowed) return fail(allowed.reason);
  const goal = decision.goal ?? idea.goal;
  if (!goal) return fail('goal-required', 'goal');
  if (!decision.level) return fail('level-required', 'level');
  const roadmapYear = decision.roadmapYear ?? nextRoadmapYear(now);
  if (!Number.isInteger(roadmapYear) || roadmapYear < 2024 || roadmapYear > 2099) return fail('invalid-year', 'roadmapYear');
  const proposal: RoadmapActionFields = {
    title: clean(idea.title),
    code: decision.code ?? null,
    description: ideaDescription(idea) || null,
    roadmapYear,
    goal,
    level: decision.level,
    statutory: false,
    longTermBenefit: null,
    beneficiaries: [...idea.beneficiaries],
    costClass: idea.costClass,
    impactClass: idea.impactClass,
    developmentModel: null,
    needSource: null,
    responsibleDirector: null,
    owner: null,
    status: 'proposed',
    trafficLight: null,
    progress: null,
    start: null,
    end: null,
    oneTimeCost: null,
    annualCost: null,
    actualCost: null,
    funding: null,
    impacts: null,
    effectIndicator: null,
    approvedOn: null,
    lastReportOn: null,
    decisionNeeded: false,
    approvalState: 'proposed',
    boardDecisionRef: null,
    carriedFrom: null,
    fromIdea: idea.id
  };
  return ok({ proposal, ideaChanges: { state: 'accepted', outcome: clean(decision.note) || null } });
}
