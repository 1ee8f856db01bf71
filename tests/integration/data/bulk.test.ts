import { ROADMAP_ACTIONS } from '../../../src/core/schema';
import { createRepositories } from '../../../src/data/repository';
import { webPathOf } from '../../../src/data/sp';
import { newAction } from './builders';
import { sharedTestSite } from './emulator';

/** Batching and paging at the sizes the issue names: 1 000 adds, 6 000 items. */

const site = sharedTestSite();

describe('bulk writes and big lists', () => {
  it('adds 1 000 actions in at most 50 HTTP requests, each reported in order', async () => {
    const repos = createRepositories(site.sp);
    site.emulator.resetCounters();
    const result = await repos.actions.addMany(Array.from({ length: 1000 }, (_, i) => newAction(i)));
    const requests = site.emulator.counters().total;
    expect(result.failed).toEqual([]);
    expect(result.saved).toHaveLength(1000);
    expect(result.saved.map((a) => a.code)).toEqual(Array.from({ length: 1000 }, (_, i) => newAction(i).code));
    expect(result.saved.every((a) => a.id > 0 && a.etag !== '*')).toBe(true);
    expect(requests).toBeLessThanOrEqual(50);
  }, 120_000);

  it('updates in bulk with per-item etags, reporting conflicts with both versions instead of throwing', async () => {
    const repos = createRepositories(site.sp);
    const some = (await repos.actions.list({ where: [{ key: 'code', op: 'le', value: 'T-00049' }] })).slice(0, 50);
    expect(some).toHaveLength(50);
    // Someone else saves three of them first.
    for (const a of some.slice(0, 3)) await repos.actions.update(a.id, a.etag, { trafficLight: 'red' });
    const result = await repos.actions.updateMany(some.map((a) => ({ id: a.id, etag: a.etag, changes: { progress: 99 } })));
    expect(result.failed).toEqual([]);
    expect(result.saved).toHaveLength(47);
    expect(result.saved.every((a) => a.progress === 99)).toBe(true);
    expect(result.conflicts.map((c) => c.id)).toEqual(some.slice(0, 3).map((a) => a.id));
    expect(result.conflicts.every((c) => c.theirs.trafficLight === 'red' && c.theirs.progress !== 99 && c.mine.progress === 99)).toBe(true);
  }, 60_000);

  it('reads 6 000 items in two pages of 5 000, and filters past the threshold without tripping it', async () => {
    const repos = createRepositories(site.sp);
    const more = await repos.actions.addMany(Array.from({ length: 5000 }, (_, i) => newAction(1000 + i, { status: i % 10 === 0 ? 'in-progress' : 'planned' })));
    expect(more.failed).toEqual([]);

    site.emulator.resetCounters();
    const all = await repos.actions.list();
    expect(site.emulator.counters().total).toBeLessThanOrEqual(2);
    expect(all).toHaveLength(6000);
    expect(new Set(all.map((a) => a.id)).size).toBe(6000);

    // Unindexed field: read every page, filter in memory.
    const climateGoal = await repos.actions.list({ where: [{ key: 'goal', op: 'eq', value: 'C' }] });
    expect(climateGoal).toHaveLength(all.filter((a) => a.goal === 'C').length);

    // Indexed field with few matches: filtered by SharePoint.
    const inProgress = await repos.actions.list({ where: [{ key: 'status', op: 'eq', value: 'in-progress' }] });
    expect(inProgress).toHaveLength(all.filter((a) => a.status === 'in-progress').length);

    // Indexed field matching more than 5 000: SharePoint refuses, the repository falls back to memory.
    const planned = await repos.actions.list({ where: [{ key: 'status', op: 'eq', value: 'planned' }] });
    expect(planned).toHaveLength(all.filter((a) => a.status === 'planned').length);
    expect(planned.length).toBeGreaterThan(5000);
  }, 300_000);

  it('is what the repository avoids: an unindexed filter on the 6 000-item list is refused by the server', async () => {
    const items = site.sp.web.getList(`${webPathOf(site.sp)}/${ROADMAP_ACTIONS.url}`).items;
    await expect(items.filter("DtGoal eq 'C'").top(10)()).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/SPQueryThrottledException/) });
  });
});
