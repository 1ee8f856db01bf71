import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../../../server/emulator';
import { main } from '../../../server/cli/main';
import { buildSampleData, DEMO_USERS, SAMPLE_NOW } from '../../../server/sample';
import { ICT_BUDGETS, summariseYear, type FollowupInput } from '../../../src/core/followup';
import { ACTION_DECISIONS, IDEA_TRIAGE, SCHEMA_VERSION, STATUS_UPDATES, type Entity, type ListDef, type RoadmapAction, type StatusUpdate } from '../../../src/core/schema';
import { provision } from '../../../src/data/provision';
import { createListRepository, createRepositories } from '../../../src/data/repository';
import { sharePointReportAuthority } from '../../../src/data/reportAuthority';
import { createSp, webPathOf } from '../../../src/data/sp';
import { loadFollowupInput } from '../../../src/report/load';
import { SCHEMA_V2 } from '../../fixtures/schema-v1';
import { seedSchema2Site, v2List } from '../../support/seedV2';

/**
 * Issue 12 §1, migration: `tiekartta provision` takes a schema 2 site holding the sample to schema 4 in
 * place: every action gets its report folder with its owner's right, the owners group only reads
 * StatusUpdates, every code, approval and triage is copied into ActionDecisions / IdeaTriage, and no
 * report, decision or version is lost. A second run changes nothing. Then the attacks of the issue are
 * tried on the migrated site (where the old columns still exist).
 */

const OWNER = DEMO_USERS.owner;
const year = 2025;

let emulator: Emulator;
let admin: SPFI;
const as = (email: string): SPFI => createSp({ siteUrl: emulator.siteUrl, headers: { Authorization: `Bearer emu:${email}` } });
const call = (user: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${emulator.siteUrl}/_api/${path}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...(user ? { Authorization: `Bearer emu:${user}` } : {}), ...headers }
  });
const listPath = (url: string): string => `web/GetList('${encodeURIComponent(`/sites/digiohjelma/${url}`)}')`;

interface Before {
  readonly actions: Entity<ListDef>[];
  readonly reports: Entity<ListDef>[];
  readonly ideas: Entity<ListDef>[];
  readonly versions: Map<string, number>;
  readonly summary: ReturnType<typeof summariseYear>;
}
let before: Before;

async function versionCount(url: string, id: number): Promise<number> {
  return (await admin.web.getList(`${webPathOf(admin)}/${url}`).items.getById(id).versions<unknown[]>()).length;
}

async function cli(args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: () => undefined, env: {} });
  return { code, out };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
  admin = createSp({ siteUrl: emulator.siteUrl });
  await provision(admin, { schema: SCHEMA_V2 });
  await seedSchema2Site(admin, buildSampleData(), as);
  const read = (key: string) => createListRepository(admin, v2List(key)).list();
  const [actions, reports, ideas, metrics, metricValues] = await Promise.all([read('actions'), read('statusUpdates'), read('ideas'), read('metrics'), read('metricValues')]);
  const versions = new Map<string, number>();
  for (const a of actions.slice(0, 12)) versions.set(`a${a.id}`, await versionCount(v2List('actions').url, a.id));
  for (const r of reports.slice(0, 12)) versions.set(`r${r.id}`, await versionCount(STATUS_UPDATES.url, r.id));
  const input = { actions, statusUpdates: reports, metrics, metricValues, budget: ICT_BUDGETS } as unknown as FollowupInput;
  const authority = await sharePointReportAuthority(admin).authorityFor(input.actions, input.statusUpdates);
  before = { actions, reports, ideas, versions, summary: summariseYear({ ...input, authority }, year, new Date(SAMPLE_NOW)) };
}, 180_000);
afterAll(() => emulator?.stop());

describe('tiekartta provision from schema 2 with the sample', () => {
  it('upgrades in place, then a second run changes nothing', async () => {
    const first = await cli(['provision', '--site', emulator.siteUrl, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out[0])).toMatchObject({ fromVersion: 2, toVersion: SCHEMA_VERSION, changed: true });
    const second = await cli(['provision', '--site', emulator.siteUrl, '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out[0])).toMatchObject({ fromVersion: SCHEMA_VERSION, toVersion: SCHEMA_VERSION, changed: false });
  }, 120_000);

  it('loses no report, decision or version, and every figure stays as it was', async () => {
    const repos = createRepositories(admin);
    const [actions, reports, ideas] = await Promise.all([repos.actions.list(), repos.statusUpdates.list(), repos.ideas.list()]);
    const pick = (e: object, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (e as unknown as Record<string, unknown>)[k]]));
    const actionKeys = ['id', 'code', 'title', 'owner', 'approvalState', 'boardDecisionRef', 'approvedOn', 'status', 'progress', 'trafficLight'];
    expect(actions.map((a) => pick(a, actionKeys))).toEqual(before.actions.map((a) => pick(a, actionKeys)));
    const reportKeys = ['id', 'action', 'reportedOn', 'overallLight', 'progress', 'done', 'next', 'decisionNeeded', 'authorEmail', 'created'];
    expect(reports.map((r) => pick(r, reportKeys))).toEqual(before.reports.map((r) => pick(r, reportKeys)));
    const ideaKeys = ['id', 'title', 'state', 'outcome', 'action', 'proposer'];
    expect(ideas.map((i) => pick(i, ideaKeys))).toEqual(before.ideas.map((i) => pick(i, ideaKeys)));
    for (const [key, count] of before.versions) {
      const id = Number(key.slice(1));
      expect([key, await versionCount(key.startsWith('a') ? v2List('actions').url : STATUS_UPDATES.url, id)]).toEqual([key, count]);
    }
    // One decision item per action with a code, one triage item per triaged idea.
    const decisions = await createListRepository(admin, ACTION_DECISIONS).list();
    expect(decisions).toHaveLength(before.actions.filter((a) => (a as unknown as RoadmapAction).code).length);
    const triage = await createListRepository(admin, IDEA_TRIAGE).list();
    expect(triage).toHaveLength(before.ideas.filter((i) => (i as unknown as { state: string }).state !== 'new' || (i as unknown as { action: number | null }).action !== null).length);
    // The follow-up, deck and publication read the same figures, and count the same reports.
    const after = summariseYear(await loadFollowupInput(repos), year, new Date(SAMPLE_NOW));
    expect(after).toEqual(before.summary);
    expect(after.ignoredReports).toEqual([]);
  });

  it('gives every action its report folder with its owner’s right; SharePoint now refuses reports elsewhere', async () => {
    const actions = await createRepositories(admin).actions.list();
    const own = actions.find((a) => a.owner?.email === OWNER && a.status === 'in-progress') as RoadmapAction;
    const other = actions.find((a) => a.owner && a.owner.email !== OWNER) as RoadmapAction;
    const folders = await admin.web.getList(`${webPathOf(admin)}/${STATUS_UPDATES.url}`).rootFolder.folders.select('Name')<{ Name: string }[]>();
    expect(new Set(folders.map((f) => f.Name))).toEqual(new Set(actions.map((a) => String(a.id))));
    const report = (actionId: number) => ({ Title: 't', DtActionId: actionId, DtReportedOn: '2025-10-27T05:00:00Z', DtOverallLight: 'punainen' });
    expect((await call(OWNER, 'POST', `${listPath(STATUS_UPDATES.url)}/items`, report(other.id))).status).toBe(403);
    const form = (actionId: number, folder: number) => call(OWNER, 'POST', `${listPath(STATUS_UPDATES.url)}/AddValidateUpdateItemUsingPath()`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: `/sites/digiohjelma/${STATUS_UPDATES.url}/${folder}` }, UnderlyingObjectType: 0 },
      formValues: [{ FieldName: 'DtAction', FieldValue: String(actionId) }, { FieldName: 'DtReportedOn', FieldValue: '2025-10-27T05:00:00Z' }, { FieldName: 'DtOverallLight', FieldValue: 'vihreä' }],
      bNewDocumentUpdate: false, datesInUTC: true
    });
    expect((await form(other.id, other.id)).status).toBe(403);
    expect((await form(own.id, own.id)).status).toBe(200);
    // A report of schema 2 in the root folder: only the steering group may change it now.
    const old = (before.reports as unknown as StatusUpdate[]).find((r) => r.authorEmail === OWNER) as StatusUpdate;
    expect((await call(OWNER, 'POST', `${listPath(STATUS_UPDATES.url)}/items(${old.id})`, { DtOverallLight: 'vihreä' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(403);
  });

  it('keeps the old code columns, unread: an owner’s MERGE of DtCode is accepted by SharePoint and changes nothing anyone sees', async () => {
    const own = (await createRepositories(admin).actions.list()).find((a) => a.owner?.email === OWNER && a.code) as RoadmapAction;
    const r = await call(OWNER, 'POST', `${listPath(v2List('actions').url)}/items(${own.id})`, { DtCode: 'HACKED', DtApprovalState: 'Kaupunginhallituksen hyväksymä', DtBoardDecisionRef: 'HACKED' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(r.status).toBe(204);
    const seen = await createRepositories(as(DEMO_USERS.reader)).actions.get(own.id);
    expect(seen).toMatchObject({ code: own.code, approvalState: own.approvalState, boardDecisionRef: own.boardDecisionRef });
    const summary = summariseYear(await loadFollowupInput(createRepositories(admin)), own.roadmapYear, new Date(SAMPLE_NOW));
    expect(JSON.stringify(summary)).not.toContain('HACKED');
  });
});
