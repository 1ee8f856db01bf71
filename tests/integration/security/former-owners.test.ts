import { InvocationContext, type Timer } from '@azure/functions';
import { main } from '../../../server/cli/main';
import { rightsTimer } from '../../../server/functions/src/reminders';
import { SAMPLE_NOW } from '../../../server/sample';
import { STATUS_UPDATES, type RoadmapAction } from '../../../src/core/schema';
import { handOverAction } from '../../../src/data/permissions';
import { createRepositories } from '../../../src/data/repository';
import { reportingRight } from '../../../src/data/rights';
import { createSp } from '../../../src/data/sp';
import { OWNER, STEERING, startSampleSite, type SampleSite } from './sampleSite';

/**
 * Issue 12 §1, former owners: who may write follows the owner field. A site owner's save moves the rights
 * at once; a steering member's save (SharePoint's Edit has no Manage Permissions) leaves them pending, the
 * product says so, and the scheduled reminder job aligns them on its next run (hourly): the worst-case
 * window is one job interval. Tried through raw REST as the former and the new owner.
 */

const LIST = STATUS_UPDATES.url;
const NEW_OWNER = 'laura.niemi@porvoo.fi';
const report = (actionId: number) => ({ Title: 'x', DtAction: String(actionId), DtReportedOn: '2025-10-27T05:00:00Z', DtOverallLight: 'vihreä' });

let site: SampleSite;
let action: RoadmapAction;

beforeAll(async () => {
  site = await startSampleSite();
  action = (await site.actions()).find((a) => a.owner?.email === OWNER && a.status === 'in-progress') as RoadmapAction;
}, 120_000);
afterAll(() => site?.stop());

async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out, err };
}

describe('a former owner’s rights', () => {
  it('stay until the scheduled job runs when a steering member hands the action over; the job closes the window', async () => {
    const steering = createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${STEERING}` } });
    const repos = createRepositories(steering);
    const current = await repos.actions.get(action.id);
    await repos.actions.update(action.id, current.etag, { owner: { email: NEW_OWNER } });
    expect(await handOverAction(steering, action.id, NEW_OWNER, OWNER)).toBe('needs-admin');

    // The window: the former owner still adds and edits there; the new owner's right is pending.
    expect((await site.formAdd(OWNER, LIST, String(action.id), report(action.id))).status).toBe(200);
    const laura = createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${NEW_OWNER}` } });
    expect(await reportingRight(laura, action.id)).toBe('pending');
    expect((await site.formAdd(NEW_OWNER, LIST, String(action.id), report(action.id))).status).toBe(403);

    // The hourly job (the CLI here; the Function runs the same) aligns the rights after its run.
    const run = await cli(['reminders', '--site', site.siteUrl, '--graph', `${site.emulator.baseUrl}/graph`, '--now', SAMPLE_NOW,
      '--sender', 'digitiekartta@porvoo.fi', '--steering-members', STEERING, '--align-rights', '--json']);
    expect(run.code).toBe(0);
    expect(run.err.join('\n')).toMatch(/rights: owners 1 granted, .* 1 former owners removed/);
    expect((await site.formAdd(OWNER, LIST, String(action.id), report(action.id))).status).toBe(403);
    expect(await reportingRight(laura, action.id)).toBe('open');
    expect((await site.formAdd(NEW_OWNER, LIST, String(action.id), report(action.id))).status).toBe(200);
    // The former owner's edit right on the action itself is gone too.
    const mikael = createRepositories(createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${OWNER}` } })).actions;
    const again = await mikael.get(action.id);
    await expect(mikael.update(action.id, again.etag, { progress: 1 })).rejects.toMatchObject({ name: 'AccessDeniedError' });
  });

  it('go at save time when the user saving may manage permissions (a site owner)', async () => {
    const other = (await site.actions()).find((a) => a.owner && a.owner.email !== OWNER && a.id !== action.id) as RoadmapAction;
    const former = other.owner?.email as string;
    expect((await site.formAdd(former, LIST, String(other.id), report(other.id))).status).toBe(200);
    const admin = createSp({ siteUrl: site.siteUrl });
    const repos = createRepositories(admin);
    const current = await repos.actions.get(other.id);
    await repos.actions.update(other.id, current.etag, { owner: { email: OWNER } });
    expect(await handOverAction(admin, other.id, OWNER, former)).toBe('granted');
    expect((await site.formAdd(former, LIST, String(other.id), report(other.id))).status).toBe(403);
    expect((await site.formAdd(OWNER, LIST, String(other.id), report(other.id))).status).toBe(200);
  });

  it('the Function app’s hourly rights timer aligns them the same way', async () => {
    const another = (await site.actions()).find((a) => a.owner && a.owner.email !== OWNER && a.id !== action.id && a.status !== 'cancelled') as RoadmapAction;
    const former = another.owner?.email as string;
    const steering = createRepositories(createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${STEERING}` } }));
    const current = await steering.actions.get(another.id);
    await steering.actions.update(another.id, current.etag, { owner: { email: OWNER } });
    expect((await site.formAdd(former, LIST, String(another.id), report(another.id))).status).toBe(200);
    const saved = { ...process.env };
    Object.assign(process.env, { REMINDERS_SITE_URL: site.siteUrl, REMINDERS_GRAPH_URL: `${site.emulator.baseUrl}/graph`, REMINDERS_SENDER: 'digitiekartta@porvoo.fi' });
    const logs: unknown[][] = [];
    try {
      const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: SAMPLE_NOW, next: SAMPLE_NOW, lastUpdated: SAMPLE_NOW } };
      await rightsTimer(timer, new InvocationContext({ functionName: 'rights', logHandler: (_level, ...args) => logs.push(args) }));
    } finally {
      process.env = saved;
    }
    expect(JSON.stringify(logs)).toMatch(/rights: owners 1 granted/);
    expect((await site.formAdd(former, LIST, String(another.id), report(another.id))).status).toBe(403);
    expect((await site.formAdd(OWNER, LIST, String(another.id), report(another.id))).status).toBe(200);
  });
});
