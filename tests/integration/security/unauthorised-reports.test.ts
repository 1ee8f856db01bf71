import { buildPublication } from '../../../server/publish';
import { SAMPLE_NOW } from '../../../server/sample';
import { summarisePublicProgress, summariseYear } from '../../../src/core/followup';
import { buildSteeringPreRead, nextMeeting } from '../../../src/core/steering';
import { STATUS_UPDATES, type RoadmapAction } from '../../../src/core/schema';
import { handOverAction } from '../../../src/data/permissions';
import { createRepositories } from '../../../src/data/repository';
import { createSp } from '../../../src/data/sp';
import { loadFollowupInput } from '../../../src/report/load';
import { TEST_SETTINGS } from '../../fixtures/publication';
import { listPath, OWNER, READER, startSampleSite, type SampleSite } from './sampleSite';

/**
 * Issue 12 §1, defence in depth, on the sample site through the product's own loaders: a report whose
 * writer was neither the action's owner nor a steering member when writing it is left out of the
 * follow-up (dashboard and deck), the pre-read and the publication, and listed; a former owner's reports
 * from before the hand-over still count (judged from the action's version history).
 */

const LIST = STATUS_UPDATES.url;
const now = new Date(SAMPLE_NOW);
const fresh = '2025-10-27T05:00:00Z';

let site: SampleSite;
let victim: RoadmapAction;
let mine: RoadmapAction;

beforeAll(async () => {
  site = await startSampleSite();
  const actions = await site.actions();
  mine = actions.find((a) => a.owner?.email === OWNER && a.roadmapYear === 2025 && a.status === 'in-progress') as RoadmapAction;
  victim = actions.find((a) => a.owner && a.owner.email !== OWNER && a.roadmapYear === 2025 && a.status === 'in-progress') as RoadmapAction;
  // 1. The site admin (bypasses every permission) files a red report on someone else's action.
  const byAdmin = await site.call(undefined, 'POST', `${listPath(LIST)}/items`, {
    Title: 'admin', DtActionId: victim.id, DtReportedOn: fresh, DtOverallLight: 'punainen', DtProgress: 3, DtDecisionNeeded: true, DtDecisionNote: 'Lopetetaan',
    DtIsPublic: true, DtPublicSummary: 'Väärennetty tiivistelmä'
  });
  expect(byAdmin.status).toBe(201);
  // 2. Mikael files a report in his own action's folder (SharePoint allows it) but names the victim's action.
  const misfiled = await site.formAdd(OWNER, LIST, String(mine.id), {
    Title: 'misfiled', DtAction: String(victim.id), DtReportedOn: fresh, DtOverallLight: 'punainen', DtProgress: '1'
  });
  expect(misfiled.status).toBe(200);
}, 120_000);
afterAll(() => site?.stop());

async function followupInput() {
  return loadFollowupInput(createRepositories(createSp({ siteUrl: site.siteUrl })));
}

describe('reports by people not entitled to them are left out and flagged', () => {
  it('the follow-up (dashboard, deck) keeps the owner’s own light and lists both forged reports', async () => {
    const input = await followupInput();
    const summary = summariseYear(input, 2025, now);
    const row = summary.roadmap.started.find((a) => a.id === victim.id);
    expect(row?.light).not.toBe('red');
    expect(row?.progress).not.toBe(3);
    expect(summary.ignoredReports.filter((r) => r.actionId === victim.id).map((r) => r.reason)).toEqual(['author-not-entitled', 'author-not-entitled']);
    expect(summary.lights.attention.some((a) => a.id === victim.id && a.light === 'red' && a.decisionNeeded)).toBe(false);
  });

  it('a reader’s follow-up judges the same (the steering group’s membership is visible to everyone)', async () => {
    const asReader = await loadFollowupInput(createRepositories(createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${READER}` } })));
    expect(asReader.authority?.steering.length).toBeGreaterThan(0);
    expect(summariseYear(asReader, 2025, now).ignoredReports).toEqual(summariseYear(await followupInput(), 2025, now).ignoredReports);
  });

  it('the publication prints the same, and never the forged light, progress or public summary', async () => {
    const input = await followupInput();
    const publication = buildPublication(input, 2025, now, TEST_SETTINGS);
    const published = (JSON.parse(publication.files['actions.json']) as { actions: { code: string; light: string | null; progress: number | null }[] }).actions;
    const row = published.find((a) => a.code === victim.code);
    expect(row).toBeDefined();
    expect(row?.progress).not.toBe(3);
    expect(publication.summary.ignoredReports.length).toBeGreaterThanOrEqual(2);
    // Nor in the public history (history.csv, the action pages, the feeds): the forged report was marked public.
    expect(Object.values(publication.files).some((f) => f.includes('Väärennetty'))).toBe(false);
    expect(summarisePublicProgress(input, now).history[victim.id]?.some((r) => r.progress === 3)).toBe(false);
    expect(summarisePublicProgress(input, now).ignoredReports.filter((r) => r.actionId === victim.id)).toHaveLength(2);
  });

  it('the steering pre-read leaves them out of the decisions and names who wrote them', async () => {
    const input = await followupInput();
    const meetings = await createRepositories(createSp({ siteUrl: site.siteUrl })).meetings.list();
    const meeting = nextMeeting(meetings, now);
    if (!meeting) throw new Error('the sample has no next meeting');
    const preRead = buildSteeringPreRead({ meeting, meetings, actions: input.actions, statusUpdates: input.statusUpdates, authority: input.authority });
    expect(preRead.decisions.some((e) => e.actionId === victim.id)).toBe(false);
    expect(preRead.ignored?.filter((r) => r.actionId === victim.id).map((r) => r.who).sort()).toEqual(['admin@porvoo.fi', OWNER]);
  });

  it('a former owner’s reports from before the hand-over still count (the action’s version history)', async () => {
    const admin = createSp({ siteUrl: site.siteUrl });
    const before = summariseYear(await followupInput(), 2025, now).roadmap.started.find((a) => a.id === mine.id);
    const repos = createRepositories(admin);
    const current = await repos.actions.get(mine.id);
    await repos.actions.update(mine.id, current.etag, { owner: { email: 'laura.niemi@porvoo.fi' } });
    expect(await handOverAction(admin, mine.id, 'laura.niemi@porvoo.fi', OWNER)).toBe('granted');
    const input = await followupInput();
    expect(input.authority?.ownership?.get(mine.id)?.map((p) => p.email)).toEqual([OWNER, 'laura.niemi@porvoo.fi']);
    const after = summariseYear(input, 2025, now);
    // The same light, progress and last report (the action's own Modified moves with the hand-over).
    expect({ ...after.roadmap.started.find((a) => a.id === mine.id), modified: null }).toEqual({ ...before, modified: null });
    expect(after.ignoredReports.some((r) => r.actionId === mine.id)).toBe(false);
    // And Mikael can no longer add there: SharePoint refuses the former owner.
    expect((await site.formAdd(OWNER, LIST, String(mine.id), { Title: 'late', DtAction: String(mine.id), DtReportedOn: fresh, DtOverallLight: 'vihreä' })).status).toBe(403);
  });
});
