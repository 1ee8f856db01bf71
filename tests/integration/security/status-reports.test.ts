import { STATUS_UPDATES, type RoadmapAction } from '../../../src/core/schema';
import { AccessDeniedError } from '../../../src/data/contracts';
import { createRepositories } from '../../../src/data/repository';
import { reportingRight } from '../../../src/data/rights';
import { createSp } from '../../../src/data/sp';
import { listPath, OWNER, READER, STEERING, startSampleSite, type SampleSite } from './sampleSite';

/**
 * Issue 12 §1: who may write a status report is decided by SharePoint. Each action's reports live in its
 * folder of StatusUpdates, where only its owner (Contribute) and the steering group (Edit, copied from the
 * list) may add; the list as a whole is read-only to owners. Tried as the sample owner Mikael Sjöberg, a
 * reader, and the steering chair, through raw REST and through the list forms' own calls.
 */

const LIST = STATUS_UPDATES.url;
const report = (actionId: number, title: string): Record<string, unknown> => ({
  Title: title, DtActionId: actionId, DtReportedOn: '2025-10-27T07:00:00Z', DtOverallLight: 'punainen'
});
const formReport = (actionId: number, title: string): Record<string, string> => ({
  Title: title, DtAction: String(actionId), DtReportedOn: '2025-10-27T07:00:00Z', DtOverallLight: 'punainen'
});

let site: SampleSite;
let own: RoadmapAction;
let others: RoadmapAction;
let othersReport: number;
let ownReport: number;

beforeAll(async () => {
  site = await startSampleSite();
  const actions = await site.actions();
  own = actions.find((a) => a.owner?.email === OWNER) as RoadmapAction;
  others = actions.find((a) => a.owner && a.owner.email !== OWNER) as RoadmapAction;
  const reports = await createRepositories(createSp({ siteUrl: site.siteUrl })).statusUpdates.list();
  othersReport = (reports.find((r) => r.action === others.id) ?? reports.find((r) => r.action !== own.id))!.id;
  ownReport = reports.find((r) => r.action === own.id)!.id;
}, 120_000);
afterAll(() => site?.stop());

describe('status reports on someone else’s action are refused by SharePoint', () => {
  it('a POST to Lists/StatusUpdates/items naming another owner’s action is 403 (and at the root even for one’s own)', async () => {
    const r = await site.call(OWNER, 'POST', `${listPath(LIST)}/items`, report(others.id, 'Kaikki hyvin'));
    expect(r.status).toBe(403);
    expect((await site.call(OWNER, 'POST', `${listPath(LIST)}/items`, report(own.id, 'Root'))).status).toBe(403);
  });

  it('the new form into another action’s folder is 403; into the owner’s own folder it is saved there', async () => {
    expect((await site.formAdd(OWNER, LIST, String(others.id), formReport(others.id, 'Kaikki hyvin'))).status).toBe(403);
    expect((await site.formAdd(OWNER, LIST, '', formReport(others.id, 'Kaikki hyvin'))).status).toBe(403);
    const mine = await site.formAdd(OWNER, LIST, String(own.id), formReport(own.id, 'Eget'));
    expect(mine.status).toBe(200);
    const answer = (await mine.json()) as { value: { FieldName: string; FieldValue: string; HasException: boolean }[] };
    expect(answer.value.every((v) => !v.HasException)).toBe(true);
  });

  it('MERGE, the edit form and DELETE on a report in another action’s folder are 403', async () => {
    const item = `${listPath(LIST)}/items(${othersReport})`;
    expect((await site.call(OWNER, 'POST', item, { DtOverallLight: 'vihreä' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(403);
    expect((await site.call(OWNER, 'POST', `${item}/ValidateUpdateListItem()`, { formValues: [{ FieldName: 'DtOverallLight', FieldValue: 'vihreä' }], bNewDocumentUpdate: false })).status).toBe(403);
    expect((await site.call(OWNER, 'DELETE', item, undefined, { 'IF-MATCH': '*' })).status).toBe(403);
  });

  it('an owner can neither make a folder of their own nor rename the folder they were given', async () => {
    const make = await site.call(OWNER, 'POST', `${listPath(LIST)}/RootFolder/Folders/addUsingPath(DecodedUrl='999999',overwrite=false)`);
    expect(make.status).toBe(403);
    const folder = (await (await site.call(undefined, 'GET', `web/GetFolderByServerRelativePath(decodedurl='/sites/digiohjelma/${LIST}/${own.id}')/ListItemAllFields?$select=Id`)).json()) as { Id: number };
    const rename = await site.call(OWNER, 'POST', `${listPath(LIST)}/items(${folder.Id})`, { FileLeafRef: String(others.id + 100000) }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(rename.status).toBe(403);
  });

  it('a reader (who may propose ideas) adds and changes no report anywhere', async () => {
    expect((await site.call(READER, 'POST', `${listPath(LIST)}/items`, report(own.id, 'x'))).status).toBe(403);
    expect((await site.formAdd(READER, LIST, String(own.id), formReport(own.id, 'x'))).status).toBe(403);
    expect((await site.call(READER, 'POST', `${listPath(LIST)}/items(${ownReport})`, { Title: 'x' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(403);
  });

  it('the steering group reports on any action (Edit, copied into every folder)', async () => {
    expect((await site.formAdd(STEERING, LIST, String(others.id), formReport(others.id, 'Johtoryhmän merkintä'))).status).toBe(200);
  });

  it('through the product: the owner’s right is open on their action and pending elsewhere, and a report there is AccessDenied', async () => {
    const mikael = createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${OWNER}` } });
    expect(await reportingRight(mikael, own.id)).toBe('open');
    expect(await reportingRight(mikael, others.id)).toBe('pending');
    const repos = createRepositories(mikael);
    const saved = await repos.statusUpdates.add({
      title: null, action: own.id, reportedOn: '2025-10-28T08:00:00.000Z', overallLight: 'green', scheduleLight: null, scheduleComment: null,
      costsLight: null, costsComment: null, scopeLight: null, scopeComment: null, risksLight: null, risksComment: null, progress: 55,
      done: 'Valmista', next: null, decisionNeeded: false, decisionNote: null, publicSummary: null, isPublic: false
    });
    expect(saved).toMatchObject({ action: own.id, progress: 55, authorEmail: OWNER, reportedOn: '2025-10-28T08:00:00.000Z' });
    await expect(repos.statusUpdates.add({ ...saved, action: others.id })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
