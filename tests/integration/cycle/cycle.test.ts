import { ROADMAP_ACTIONS, type RoadmapActionFields } from '../../../src/core/schema';
import { AccessDeniedError, ConflictError } from '../../../src/data/contracts';
import {
  acceptIdeaAsProposal, actionsOfYear, carryOver, decideIdea, ideasOf, readActionHistory, recordApproval, saveIdeaEdit,
  savePrioritisation, submitIdea, type CycleRepositories
} from '../../../src/data/cycle';
import { createRepositories } from '../../../src/data/repository';
import { readUserRights } from '../../../src/data/rights';
import { startCycleSite, type CycleSite } from './site';

/** The yearly cycle through the real @pnp/sp over HTTP against the emulator. */

const STEERING = 'helena.koskinen@porvoo.fi';
const EMPLOYEE = 'karin.lindqvist@porvoo.fi';
const OWNER = 'laura.niemi@porvoo.fi';
const AUTUMN_2025 = '2025-09-15T09:00:00Z';

let site: CycleSite;

beforeAll(async () => {
  site = await startCycleSite({ steering: [STEERING], owners: [OWNER], readers: [EMPLOYEE] });
}, 60_000);

afterAll(async () => {
  await site?.stop();
});

function reposAs(email: string): CycleRepositories {
  return createRepositories(site.as(email));
}

function action2025(n: number, over: Partial<RoadmapActionFields>): RoadmapActionFields {
  return {
    title: `Toimenpide ${n}`, code: `DT25-${String(n).padStart(2, '0')}`, description: null, roadmapYear: 2025, goal: 'C', level: 'shared',
    statutory: false, longTermBenefit: null, beneficiaries: ['staff'], costClass: 'M', impactClass: 'M', developmentModel: null, needSource: 'strategy',
    responsibleDirector: 'hallinto', owner: { email: OWNER }, status: 'in-progress', trafficLight: 'green', progress: 40, start: '2025-Q1', end: '2026-Q2',
    oneTimeCost: 20_000, annualCost: 3_000, actualCost: 8_000, funding: 'own-budget', impacts: null, effectIndicator: null,
    approvedOn: '2025-01-22', lastReportOn: null, decisionNeeded: false, approvalState: 'approved', boardDecisionRef: 'KH 22.1.2025 § 10',
    carriedFrom: null, fromIdea: null, ...over
  };
}

describe('idea → accepted → proposal → approved', () => {
  let ideaId = 0;
  let actionId = 0;

  it('lets an employee propose an idea in Swedish and edit it while it is new', async () => {
    const repos = reposAs(EMPLOYEE);
    const me = await readUserRights(site.as(EMPLOYEE));
    expect(me.isSteeringMember).toBe(false);
    const submitted = await submitIdea(repos, {
      title: 'Digital bokning av idrottsplatser', what: 'Invånarna bokar planer och hallar på nätet.', why: 'Färre samtal och e-post.',
      beneficiaries: ['residents'], goal: 'A', costClass: 'S', impactClass: 'M'
    }, me, 'sv');
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    expect(submitted.value).toMatchObject({ state: 'new', language: 'sv', proposer: { email: EMPLOYEE } });
    ideaId = submitted.value.id;
    const edited = await saveIdeaEdit(repos, submitted.value, { ...submitted.value, why: 'Färre samtal och e-post, bokningar dygnet runt.' }, me);
    expect(edited.ok && edited.value.why).toBe('Färre samtal och e-post, bokningar dygnet runt.');
  });

  it('keeps triage to the steering group: the rules refuse, and SharePoint refuses an employee adding actions', async () => {
    const repos = reposAs(EMPLOYEE);
    const me = await readUserRights(site.as(EMPLOYEE));
    const idea = await repos.ideas.get(ideaId);
    expect(await decideIdea(repos, idea, { to: 'under-review' }, me)).toMatchObject({ ok: false, error: 'steering-only' });
    const sneaky = acceptIdeaAsProposal(repos, idea, AUTUMN_2025, { by: { ...me, isSteeringMember: true }, level: 'shared' });
    await expect(sneaky).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('lets a steering member accept it as a proposal for next year, with its fields and a link both ways', async () => {
    const repos = reposAs(STEERING);
    const me = await readUserRights(site.as(STEERING));
    expect(me.isSteeringMember).toBe(true);
    const reviewed = await decideIdea(repos, await repos.ideas.get(ideaId), { to: 'under-review' }, me);
    expect(reviewed.ok && reviewed.value.state).toBe('under-review');
    const accepted = await acceptIdeaAsProposal(repos, await repos.ideas.get(ideaId), AUTUMN_2025, { by: me, level: 'sector', note: 'Tas med i förslaget för 2026.' });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    actionId = accepted.value.action.id;
    expect(accepted.value.action).toMatchObject({
      code: 'DT26-01', roadmapYear: 2026, title: 'Digital bokning av idrottsplatser', goal: 'A', level: 'sector', costClass: 'S', impactClass: 'M',
      beneficiaries: ['residents'], status: 'proposed', approvalState: 'proposed', fromIdea: ideaId,
      description: 'Invånarna bokar planer och hallar på nätet.\n\nVarför: Färre samtal och e-post, bokningar dygnet runt.'
    });
    expect(accepted.value.idea).toMatchObject({ state: 'accepted', action: actionId, outcome: 'Tas med i förslaget för 2026.' });
  });

  it('shows the proposer the outcome of their ideas', async () => {
    const mine = await ideasOf(reposAs(EMPLOYEE), EMPLOYEE);
    expect(mine.map((i) => [i.id, i.state, i.action])).toEqual([[ideaId, 'accepted', actionId]]);
  });

  it('reuses the proposal when accepting is retried after a failure between its two writes', async () => {
    const repos = reposAs(STEERING);
    const me = await readUserRights(site.as(STEERING));
    const second = await submitIdea(repos, { title: 'Chatbot', what: 'Neuvontabotti verkkosivuille' }, me, 'fi');
    if (!second.ok) throw new Error('submit failed');
    // The first attempt added the action, then failed before linking the idea.
    const orphan = await repos.actions.add({ ...action2025(90, {}), code: 'DT26-02', roadmapYear: 2026, title: 'Chatbot', fromIdea: second.value.id, approvalState: 'proposed', status: 'proposed', approvedOn: null, boardDecisionRef: null });
    const retried = await acceptIdeaAsProposal(repos, second.value, AUTUMN_2025, { by: me, level: 'shared', goal: 'A' });
    expect(retried.ok && retried.value.action.id).toBe(orphan.id);
    expect((await actionsOfYear(repos, 2026)).filter((a) => a.fromIdea === second.value.id)).toHaveLength(1);
  });

  it('reports a conflict when the idea changed since it was read', async () => {
    const repos = reposAs(STEERING);
    const me = await readUserRights(site.as(STEERING));
    const third = await submitIdea(repos, { title: 'Sähköinen lupa', what: 'Luvat verkossa' }, me, 'fi');
    if (!third.ok) throw new Error('submit failed');
    await repos.ideas.update(third.value.id, third.value.etag, { why: 'Joku muu muokkasi' });
    await expect(decideIdea(repos, third.value, { to: 'rejected', reason: 'Ei nyt' }, me)).rejects.toBeInstanceOf(ConflictError);
  });

  it('prioritises and records the city board’s approval for the whole roadmap at once, once', async () => {
    const repos = reposAs(STEERING);
    const me = await readUserRights(site.as(STEERING));
    const prioritised = await savePrioritisation(repos, 2026, [actionId], me);
    expect(prioritised.ok && prioritised.value.saved.map((a) => [a.id, a.approvalState])).toEqual([[actionId, 'prioritised']]);
    const decision = { date: '2025-12-15', reference: 'KH 15.12.2025 § 412' };
    const first = await recordApproval(repos, decision, 2026, me);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.result.saved.map((a) => [a.id, a.approvalState, a.status, a.approvedOn, a.boardDecisionRef]))
      .toEqual([[actionId, 'approved', 'planned', '2025-12-15', 'KH 15.12.2025 § 412']]);
    expect(first.value.notPrioritised.map((a) => a.code)).toEqual(['DT26-02']);
    const again = await recordApproval(repos, decision, 2026, me);
    expect(again.ok && again.value.result.saved).toEqual([]);
  });

  it('shows the action’s history from SharePoint versions: who changed what, and when', async () => {
    const history = await readActionHistory(site.as(EMPLOYEE), actionId);
    expect(history.every((h) => h.editor.email === STEERING)).toBe(true);
    for (let i = 1; i < history.length; i++) expect(Date.parse(history[i - 1].modified)).toBeGreaterThanOrEqual(Date.parse(history[i].modified));
    // The action's own versions: created, then planned.
    const own = history.filter((h) => h.kind === 'item');
    expect(own.map((h) => h.version)).toEqual(['2.0', '1.0']);
    expect(own[1].created).toBe(true);
    expect(own[0].changes).toEqual([{ field: 'status', from: 'proposed', to: 'planned' }]);
    // The steering group's decisions on it, from ActionDecisions' own versions (schema 4).
    const decisions = history.filter((h) => h.kind === 'decision');
    expect(decisions.map((h) => h.version)).toEqual(['3.0', '2.0', '1.0']);
    expect(decisions[2].changes).toEqual(expect.arrayContaining([{ field: 'approvalState', from: null, to: 'proposed' }]));
    expect(decisions[1].changes).toEqual([{ field: 'approvalState', from: 'proposed', to: 'prioritised' }]);
    expect(decisions[0].changes).toEqual(expect.arrayContaining([
      { field: 'approvedOn', from: null, to: '2025-12-15' },
      { field: 'approvalState', from: 'prioritised', to: 'approved' },
      { field: 'boardDecisionRef', from: null, to: 'KH 15.12.2025 § 412' }
    ]));
    expect(decisions[0].changes).toHaveLength(3);
  });
});

describe('carry-over into next year', () => {
  it('carries the chosen unfinished actions with a link to the original, and creates nothing when run twice', async () => {
    const admin = createRepositories(site.admin);
    const added = await admin.actions.addMany([
      action2025(1, { status: 'in-progress' }),
      action2025(2, { status: 'completed', progress: 100 }),
      action2025(3, { status: 'paused', progress: 10 })
    ]);
    const [inProgress, , paused] = added.saved;
    const repos = reposAs(STEERING);
    const me = await readUserRights(site.as(STEERING));

    const owner = await readUserRights(site.as(OWNER));
    expect(await carryOver(reposAs(OWNER), 2025, [inProgress.id], owner)).toMatchObject({ ok: false, error: 'steering-only' });

    const first = await carryOver(repos, 2025, [inProgress.id, paused.id], me);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.result.failed).toEqual([]);
    expect(first.value.result.saved.map((a) => [a.carriedFrom, a.roadmapYear, a.status, a.progress, a.approvalState, a.oneTimeCost, a.actualCost, a.owner?.email]))
      .toEqual([
        [inProgress.id, 2026, 'in-progress', 40, 'prioritised', 12_000, null, OWNER],
        [paused.id, 2026, 'paused', 10, 'prioritised', 12_000, null, OWNER]
      ]);
    const codes = first.value.result.saved.map((a) => a.code);
    expect(new Set(codes).size).toBe(2);
    expect(codes.every((c) => /^DT26-\d+$/.test(c ?? ''))).toBe(true);

    const second = await carryOver(repos, 2025, [inProgress.id, paused.id], me);
    expect(second.ok && second.value.plan.create).toEqual([]);
    expect(second.ok && second.value.plan.alreadyCarried.map((c) => c.id).sort()).toEqual([inProgress.id, paused.id].sort());
    const in2026 = await actionsOfYear(repos, 2026);
    expect(in2026.filter((a) => a.carriedFrom === inProgress.id)).toHaveLength(1);
    expect(in2026.filter((a) => a.carriedFrom === paused.id)).toHaveLength(1);

    // The originals stay as they were, with their year, status and approval.
    const original = await repos.actions.get(inProgress.id);
    expect(original).toMatchObject({ etag: inProgress.etag, roadmapYear: 2025, status: 'in-progress', approvalState: 'approved' });
    expect(ROADMAP_ACTIONS.versioning).toBe(true);
  });
});
