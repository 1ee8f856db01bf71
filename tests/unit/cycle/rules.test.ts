import { IDEA_STATES, APPROVAL_STATES, type ApprovalState, type IdeaState } from '../../../src/core/schema';
import { canEditIdea, canPerform, canProposeIdea, canTransition, type Check } from '../../../src/core/cycle';
import { anAction, anIdea, otherEmployee, proposer, steering } from './fixtures';

const reason = (c: Check): string => (c.allowed ? 'allowed' : c.reason);

describe('idea state rules', () => {
  // Every move a steering member may make; anything else is refused.
  const steeringMoves: Record<IdeaState, IdeaState[]> = {
    new: ['under-review', 'accepted', 'rejected', 'merged'],
    'under-review': ['accepted', 'rejected', 'merged'],
    rejected: ['under-review'],
    accepted: [],
    merged: []
  };
  const states = IDEA_STATES.map((s) => s.code);
  const pairs = states.flatMap((from) => states.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(pairs)('a steering member moves an idea %s → %s only along the triage graph', (from, to) => {
    const check = canTransition({ idea: anIdea({ id: 1, state: from }) }, to, steering);
    expect(check.allowed).toBe(steeringMoves[from].includes(to));
  });

  it.each(pairs)('the proposer cannot triage their own idea (%s → %s)', (from, to) => {
    expect(reason(canTransition({ idea: anIdea({ id: 1, state: from }) }, to, proposer))).toBe('steering-only');
  });

  it('says why: final states, no change', () => {
    expect(reason(canTransition({ idea: anIdea({ id: 1, state: 'accepted' }) }, 'rejected', steering))).toBe('idea-final');
    expect(reason(canTransition({ idea: anIdea({ id: 1, state: 'merged' }) }, 'under-review', steering))).toBe('idea-final');
    expect(reason(canTransition({ idea: anIdea({ id: 1, state: 'new' }) }, 'new', steering))).toBe('no-change');
    expect(reason(canTransition({ idea: anIdea({ id: 1, state: 'under-review' }) }, 'new', steering))).toBe('not-from-state');
  });

  it('lets any employee propose, unless SharePoint says they may not', () => {
    expect(canProposeIdea(otherEmployee).allowed).toBe(true);
    expect(reason(canProposeIdea({ ...otherEmployee, canProposeIdeas: false }))).toBe('may-not-propose');
  });

  it('lets the proposer edit their own idea while it is new, matching the e-mail case-insensitively', () => {
    expect(canEditIdea(anIdea({ id: 1, state: 'new' }), proposer).allowed).toBe(true);
    expect(reason(canEditIdea(anIdea({ id: 1, state: 'under-review' }), proposer))).toBe('idea-not-new');
    expect(reason(canEditIdea(anIdea({ id: 1, state: 'new' }), otherEmployee))).toBe('not-your-idea');
  });

  it('lets a steering member correct any idea that is not final', () => {
    expect(canEditIdea(anIdea({ id: 1, state: 'under-review' }), steering).allowed).toBe(true);
    expect(canEditIdea(anIdea({ id: 1, state: 'rejected' }), steering).allowed).toBe(true);
    expect(reason(canEditIdea(anIdea({ id: 1, state: 'accepted' }), steering))).toBe('idea-final');
  });
});

describe('action approval rules', () => {
  const froms: (ApprovalState | null)[] = [null, ...APPROVAL_STATES.map((s) => s.code)];
  const tos = APPROVAL_STATES.map((s) => s.code);
  const allowedMoves = new Set(['null→proposed', 'proposed→prioritised', 'prioritised→proposed', 'prioritised→approved']);
  const pairs = froms.flatMap((from) => tos.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(pairs)('a steering member moves approval %s → %s only forward, or back from prioritised', (from, to) => {
    const check = canTransition({ action: anAction({ id: 1, approvalState: from, status: 'proposed' }) }, to, steering);
    expect(check.allowed).toBe(allowedMoves.has(`${String(from)}→${to}`));
  });

  it.each(pairs)('an owner or employee cannot move approval %s → %s', (from, to) => {
    expect(reason(canTransition({ action: anAction({ id: 1, approvalState: from }) }, to, proposer))).toBe('steering-only');
  });

  it('requires prioritisation before the board approves, and keeps approval final', () => {
    expect(reason(canTransition({ action: anAction({ id: 1, approvalState: 'proposed' }) }, 'approved', steering))).toBe('must-be-prioritised');
    expect(reason(canTransition({ action: anAction({ id: 1, approvalState: null }) }, 'approved', steering))).toBe('must-be-prioritised');
    expect(reason(canTransition({ action: anAction({ id: 1, approvalState: 'approved' }) }, 'proposed', steering))).toBe('already-approved');
  });

  it('does not prioritise a cancelled or completed action', () => {
    expect(reason(canTransition({ action: anAction({ id: 1, approvalState: 'proposed', status: 'cancelled' }) }, 'prioritised', steering))).toBe('action-closed');
    expect(reason(canTransition({ action: anAction({ id: 1, approvalState: 'prioritised', status: 'completed' }) }, 'approved', steering))).toBe('action-closed');
  });

  it('keeps the roadmap-wide operations to the steering group', () => {
    for (const op of ['triage', 'prioritise', 'record-approval', 'carry-over'] as const) {
      expect(canPerform(steering, op).allowed).toBe(true);
      expect(reason(canPerform(proposer, op))).toBe('steering-only');
    }
  });
});
