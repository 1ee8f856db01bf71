import type { SPFI } from '@pnp/sp';
import { GROUPS, ROADMAP_ACTIONS, type GroupKey } from '../../../src/core/schema';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../../src/data/contracts';
import { claimsLogin } from '../../../src/data/people';
import { grantOwnerEdit } from '../../../src/data/permissions';
import { createRepositories } from '../../../src/data/repository';
import { canEditItem, readUserRights } from '../../../src/data/rights';
import { newAction, person } from './builders';
import { sharedTestSite } from './emulator';

/** Real @pnp/sp over HTTP against the emulator: CRUD, etags, conflicts, rights. */

const site = sharedTestSite();

async function addToGroup(sp: SPFI, group: GroupKey, email: string): Promise<void> {
  const name = GROUPS.filter((g) => g.key === group)[0].name;
  await sp.web.siteGroups.getByName(name).users.add(claimsLogin(email));
}

const STEERING = 'helena.koskinen@porvoo.fi';
const OWNER = 'laura.niemi@porvoo.fi';
const READER = 'tiina.virtanen@porvoo.fi';
const OUTSIDER = 'outsider@example.com';

beforeAll(async () => {
  await addToGroup(site.sp, 'steering', STEERING);
  await addToGroup(site.sp, 'owners', OWNER);
  await addToGroup(site.sp, 'readers', READER);
}, 60_000);

describe('a list repository', () => {
  it('adds an action and reads it back with its etag, person, choices and multi-choices', async () => {
    const repos = createRepositories(site.sp);
    const added = await repos.actions.add(newAction(1, { owner: person(OWNER), status: 'in-progress', trafficLight: 'yellow', beneficiaries: ['residents', 'climate'] }));
    expect(added.id).toBeGreaterThan(0);
    expect(added.etag).not.toBe('*');
    expect(added.owner?.email).toBe(OWNER);
    const read = await repos.actions.get(added.id);
    expect(read).toMatchObject({
      id: added.id, etag: added.etag, code: 'T-00001', title: 'Toimenpide 1', status: 'in-progress', trafficLight: 'yellow',
      beneficiaries: ['residents', 'climate'], statutory: false, progress: 1
    });
    expect(read.owner).toMatchObject({ email: OWNER, id: added.owner?.id });
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

  it('maps HTTP 403 to AccessDeniedError: a reader cannot add an action, an outsider cannot read', async () => {
    await expect(createRepositories(site.as(READER)).actions.add(newAction(20))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createRepositories(site.as(OUTSIDER)).actions.list()).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await createRepositories(site.as(READER)).actions.list()).length).toBeGreaterThan(0);
  });
});

describe('user rights', () => {
  it('reads what the signed-in user may do from SharePoint', async () => {
    const steering = await readUserRights(site.as(STEERING));
    expect(steering).toMatchObject({ email: STEERING, isSteeringMember: true, canEditAllActions: true, canReport: true, canProposeIdeas: true });
    const owner = await readUserRights(site.as(OWNER));
    expect(owner).toMatchObject({ isSteeringMember: false, canEditAllActions: false, canReport: true, canProposeIdeas: true });
    const reader = await readUserRights(site.as(READER));
    expect(reader).toMatchObject({ isSteeringMember: false, canEditAllActions: false, canReport: false, canProposeIdeas: true });
  });

  it('lets an owner edit exactly the actions granted to them', async () => {
    const repos = createRepositories(site.sp);
    const own = await repos.actions.add(newAction(30, { owner: person(OWNER) }));
    const other = await repos.actions.add(newAction(31));
    expect(await grantOwnerEdit(site.sp, own.id, OWNER)).toMatchObject({ outcome: 'created' });
    expect(await grantOwnerEdit(site.sp, own.id, OWNER)).toMatchObject({ outcome: 'unchanged' });
    const asOwner = createRepositories(site.as(OWNER));
    expect(await canEditItem(site.as(OWNER), ROADMAP_ACTIONS, own.id)).toBe(true);
    expect(await canEditItem(site.as(OWNER), ROADMAP_ACTIONS, other.id)).toBe(false);
    await expect(asOwner.actions.update(own.id, own.etag, { progress: 42 })).resolves.toMatchObject({ progress: 42 });
    await expect(asOwner.actions.update(other.id, other.etag, { progress: 42 })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
