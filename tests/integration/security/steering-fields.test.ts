import { buildPublication } from '../../../server/publish';
import { SAMPLE_NOW } from '../../../server/sample';
import { summariseYear } from '../../../src/core/followup';
import { ACTION_DECISIONS, IDEA_TRIAGE, IDEAS, ROADMAP_ACTIONS, type Idea, type RoadmapAction } from '../../../src/core/schema';
import { exportRoadmapWorkbook, readWorkbookRows } from '../../../src/excel/roundtrip';
import { createRepositories } from '../../../src/data/repository';
import { createSp } from '../../../src/data/sp';
import { loadFollowupInput } from '../../../src/report/load';
import { listPath, OWNER, READER, STEERING, startSampleSite, type SampleSite } from './sampleSite';
import { TEST_SETTINGS } from '../../fixtures/publication';

/**
 * Issue 12 §1: the steering group's fields (an action's code, approval state, board decision and approval
 * date; an idea's triage state) live in lists only the steering group writes (ActionDecisions, IdeaTriage).
 * An owner may still MERGE the old columns on their own action (SharePoint has no field-level rights), but
 * nothing anyone sees changes; a write to the decisions lists is refused, through REST and the forms.
 */

let site: SampleSite;
let own: RoadmapAction;
let idea: Idea;

beforeAll(async () => {
  site = await startSampleSite();
  const repos = createRepositories(createSp({ siteUrl: site.siteUrl }));
  own = (await repos.actions.list()).find((a) => a.owner?.email === OWNER && a.code && a.approvalState === 'approved') as RoadmapAction;
  const ideas = await repos.ideas.list();
  idea = ideas.find((i) => i.state === 'new' && i.proposer) as Idea;
}, 120_000);
afterAll(() => site?.stop());

const merge = (user: string, listUrl: string, id: number, body: Record<string, unknown>): Promise<Response> =>
  site.call(user, 'POST', `${listPath(listUrl)}/items(${id})`, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });

describe('the steering group’s fields cannot be changed by an owner or a proposer', () => {
  it('an owner’s MERGE of DtCode on their own action has nothing to change on a schema 4 site, and nothing anyone sees changes', async () => {
    // A new site's actions have no such columns (a migrated site keeps them, unread: tests/integration/security/migration.test.ts).
    const r = await merge(OWNER, ROADMAP_ACTIONS.url, own.id, { DtCode: 'HACKED-1', DtApprovalState: 'Ehdotettu' });
    expect(r.status).toBe(400);
    const form = await site.call(OWNER, 'POST', `${listPath(ROADMAP_ACTIONS.url)}/items(${own.id})/ValidateUpdateListItem()`, {
      formValues: [{ FieldName: 'DtCode', FieldValue: 'HACKED-2' }], bNewDocumentUpdate: false
    });
    expect(((await form.json()) as { value: { HasException: boolean }[] }).value.every((v) => v.HasException)).toBe(true);
    const admin = createSp({ siteUrl: site.siteUrl });
    const seen = await createRepositories(admin).actions.get(own.id);
    expect(seen).toMatchObject({ code: own.code, approvalState: own.approvalState, boardDecisionRef: own.boardDecisionRef, approvedOn: own.approvedOn });
    // … nor in the follow-up, the publication, or the Excel export.
    const input = await loadFollowupInput(createRepositories(admin));
    const summary = summariseYear(input, own.roadmapYear, new Date(SAMPLE_NOW));
    expect(JSON.stringify(summary)).not.toContain('HACKED');
    expect(Object.values(buildPublication(input, own.roadmapYear, new Date(SAMPLE_NOW), TEST_SETTINGS).files).some((f) => f.includes('HACKED'))).toBe(false);
    const workbook = await exportRoadmapWorkbook(await createRepositories(admin).actions.list(), { lang: 'fi', now: new Date(SAMPLE_NOW) });
    const read = await readWorkbookRows(workbook, { lang: 'fi' });
    if (!read.ok) throw new Error(read.message);
    const codes = read.rows.rows.map((r) => r.values.code);
    expect(codes).toContain(own.code);
    expect(codes.some((c) => typeof c === 'string' && c.startsWith('HACKED'))).toBe(false);
  });

  it('a write to ActionDecisions by the owner is 403: MERGE, POST and the list forms', async () => {
    const decision = (await (await site.call(undefined, 'GET', `${listPath(ACTION_DECISIONS.url)}/items?$select=Id,DtActionId&$filter=DtActionId eq ${own.id}`)).json()) as { value: { Id: number }[] };
    const id = decision.value[0].Id;
    expect((await merge(OWNER, ACTION_DECISIONS.url, id, { DtCode: 'HACKED-3' })).status).toBe(403);
    expect((await site.call(OWNER, 'POST', `${listPath(ACTION_DECISIONS.url)}/items(${id})/ValidateUpdateListItem()`, {
      formValues: [{ FieldName: 'DtApprovalState', FieldValue: 'Hyväksytty' }], bNewDocumentUpdate: false
    })).status).toBe(403);
    expect((await site.call(OWNER, 'POST', `${listPath(ACTION_DECISIONS.url)}/items`, { DtActionId: own.id, DtCode: 'HACKED-4' })).status).toBe(403);
    expect((await site.formAdd(OWNER, ACTION_DECISIONS.url, '', { DtAction: String(own.id), DtCode: 'HACKED-5' })).status).toBe(403);
    expect((await site.call(OWNER, 'DELETE', `${listPath(ACTION_DECISIONS.url)}/items(${id})`, undefined, { 'IF-MATCH': '*' })).status).toBe(403);
    expect((await merge(READER, ACTION_DECISIONS.url, id, { DtCode: 'HACKED-6' })).status).toBe(403);
    // The steering group may.
    expect((await merge(STEERING, ACTION_DECISIONS.url, id, { DtBoardDecisionRef: 'KH 1.12.2025 § 5' })).status).toBe(204);
    expect((await createRepositories(createSp({ siteUrl: site.siteUrl })).actions.get(own.id)).boardDecisionRef).toBe('KH 1.12.2025 § 5');
  });

  it('a proposer cannot triage their own new idea: no triage column on the idea, IdeaTriage refuses them', async () => {
    const mine = await createRepositories(createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${READER}` } })).ideas.add({
      title: 'Oma idea', what: 'Jotain hyvää', why: null, beneficiaries: [], goal: null, costClass: null, impactClass: null,
      state: 'new', outcome: null, action: null, proposer: { email: READER }, language: 'fi'
    });
    expect((await merge(READER, IDEAS.url, mine.id, { Title: 'Oma idea, muokattu' })).status).toBe(204);
    expect((await merge(READER, IDEAS.url, mine.id, { DtIdeaState: 'Hyväksytty', DtOutcome: 'Hyväksytty itse' })).status).toBe(400);
    expect((await site.call(READER, 'POST', `${listPath(IDEA_TRIAGE.url)}/items`, { DtIdeaId: mine.id, DtIdeaState: 'Hyväksytty' })).status).toBe(403);
    expect((await site.formAdd(READER, IDEA_TRIAGE.url, '', { DtIdea: String(mine.id), DtIdeaState: 'Hyväksytty' })).status).toBe(403);
    const seen = await createRepositories(createSp({ siteUrl: site.siteUrl })).ideas.get(mine.id);
    expect(seen).toMatchObject({ title: 'Oma idea, muokattu', state: 'new', outcome: null, action: null });
    // Someone else's idea: not theirs to edit at all (WriteSecurity 2).
    expect((await merge(READER, IDEAS.url, idea.id, { Title: 'x' })).status).toBe(403);
  });

  it('through the product: an owner saving the code on their own action is refused by SharePoint, not by the form', async () => {
    const mikael = createRepositories(createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${OWNER}` } })).actions;
    const current = await mikael.get(own.id);
    await expect(mikael.update(own.id, current.etag, { code: 'HACKED-7' })).rejects.toMatchObject({ name: 'AccessDeniedError' });
    // Their own field saves as before.
    await expect(mikael.update(own.id, current.etag, { progress: 77 })).resolves.toMatchObject({ progress: 77, code: own.code });
  });
});
