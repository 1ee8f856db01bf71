import { ROADMAP_ACTIONS } from '../../../src/core/schema';
import { ConflictError, NotFoundError } from '../../../src/data/contracts';
import { provision } from '../../../src/data/provision';
import { createRepositories } from '../../../src/data/repository';
import { newAction, person } from '../data/builders';
import { sharedTarget, TARGET_TIMEOUT } from './target';

/** The data layer's repositories over real @pnp/sp: CRUD, etags, conflicts, server-side queries (both targets). */

jest.setTimeout(TARGET_TIMEOUT);

const site = sharedTarget();
beforeAll(() => provision(site.sp), TARGET_TIMEOUT);

describe('a list repository', () => {
  it('adds an action and reads it back with its etag, person, choices and multi-choices', async () => {
    const repos = createRepositories(site.sp);
    const added = await repos.actions.add(newAction(1, { owner: person(site.people.owner), status: 'in-progress', trafficLight: 'yellow', beneficiaries: ['residents', 'climate'] }));
    expect(added.id).toBeGreaterThan(0);
    expect(added.etag).not.toBe('*');
    expect(added.owner?.email).toBe(site.people.owner);
    const read = await repos.actions.get(added.id);
    expect(read).toMatchObject({
      id: added.id, etag: added.etag, code: 'T-00001', title: 'Toimenpide 1', status: 'in-progress', trafficLight: 'yellow',
      beneficiaries: ['residents', 'climate'], statutory: false, progress: 1
    });
    expect(read.owner).toMatchObject({ email: site.people.owner, id: added.owner?.id });
  });

  it('updates with the etag it read and returns the new version', async () => {
    const repos = createRepositories(site.sp);
    const added = await repos.actions.add(newAction(2));
    const updated = await repos.actions.update(added.id, added.etag, { progress: 55, trafficLight: 'green' });
    expect(updated).toMatchObject({ progress: 55, trafficLight: 'green', title: 'Toimenpide 2' });
    expect(updated.etag).not.toBe(added.etag);
  });

  it('turns a stale etag (HTTP 412) into a ConflictError carrying both versions', async () => {
    const repos = createRepositories(site.sp);
    const mine = await repos.actions.add(newAction(3));
    const theirs = await repos.actions.update(mine.id, mine.etag, { progress: 70 });
    const error = await repos.actions.update(mine.id, mine.etag, { progress: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError<typeof ROADMAP_ACTIONS>;
    expect(conflict.mine).toEqual({ progress: 10 });
    expect(conflict.theirs).toMatchObject({ id: mine.id, progress: 70, etag: theirs.etag });
    // Nothing was overwritten.
    expect((await repos.actions.get(mine.id)).progress).toBe(70);
    await expect(repos.actions.delete(mine.id, mine.etag)).rejects.toBeInstanceOf(ConflictError);
  });

  it('deletes with the etag; the item is then NotFoundError', async () => {
    const repos = createRepositories(site.sp);
    const added = await repos.actions.add(newAction(4));
    await repos.actions.delete(added.id, added.etag);
    await expect(repos.actions.get(added.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repos.actions.update(added.id, added.etag, { progress: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a query the same whether a condition runs on the server (indexed) or in memory', async () => {
    const repos = createRepositories(site.sp);
    await repos.actions.addMany([10, 11, 12, 13, 14, 15].map((n) => newAction(n, { status: n % 2 ? 'in-progress' : 'completed', roadmapYear: 2024 })));
    const all = await repos.actions.list();
    const byIndex = await repos.actions.list({ where: [{ key: 'roadmapYear', op: 'eq', value: 2024 }, { key: 'status', op: 'eq', value: 'in-progress' }] });
    expect(byIndex.map((a) => a.code)).toEqual(['T-00011', 'T-00013', 'T-00015']);
    const inMemory = await repos.actions.list({ where: [{ key: 'statutory', op: 'eq', value: true }], orderBy: { key: 'code', ascending: false } });
    expect(inMemory.map((a) => a.code)).toEqual(all.filter((a) => a.statutory).map((a) => a.code).sort().reverse());
  });
});
