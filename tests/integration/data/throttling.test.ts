import { createRepositories } from '../../../src/data/repository';
import { newAction, newMeeting } from './builders';
import { sharedTestSite } from './emulator';

/** 429s with Retry-After on 30 % of requests: everything completes, nothing is duplicated. */

const site = sharedTestSite();

describe('under throttling', () => {
  it('completes every read and write, one by one and in batches, without duplicates', async () => {
    site.emulator.setFaults({ throttleRate: 0.3, retryAfterSeconds: 0, seed: 7 });
    const repos = createRepositories(site.sp);

    const bulk = await repos.actions.addMany(Array.from({ length: 400 }, (_, i) => newAction(i)));
    expect(bulk.failed).toEqual([]);
    const single = [];
    for (let i = 0; i < 30; i++) single.push(await repos.meetings.add(newMeeting(i)));
    for (const m of single.slice(0, 10)) await repos.meetings.update(m.id, m.etag, { state: 'held' });
    const updated = await repos.actions.updateMany(bulk.saved.slice(0, 100).map((a) => ({ id: a.id, etag: a.etag, changes: { progress: 50 } })));
    expect(updated.failed).toEqual([]);
    expect(updated.conflicts).toEqual([]);

    const actions = await repos.actions.list();
    const meetings = await repos.meetings.list();
    const faults = site.emulator.counters().faults;
    site.emulator.setFaults({});

    expect(faults.throttled).toBeGreaterThan(20);
    expect(actions).toHaveLength(400);
    expect(new Set(actions.map((a) => a.code)).size).toBe(400);
    const byId = new Map(actions.map((a) => [a.id, a]));
    expect(bulk.saved.slice(0, 100).every((a) => byId.get(a.id)?.progress === 50)).toBe(true);
    expect(meetings).toHaveLength(30);
    expect(meetings.filter((m) => m.state === 'held')).toHaveLength(10);
  }, 120_000);
});
