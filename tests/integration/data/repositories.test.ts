import type { SPFI } from '@pnp/sp';
import { GROUPS, ROADMAP_ACTIONS, type GroupKey } from '../../../src/core/schema';
import { AccessDeniedError } from '../../../src/data/contracts';
import { claimsLogin } from '../../../src/data/people';
import { grantOwnerEdit } from '../../../src/data/permissions';
import { createRepositories } from '../../../src/data/repository';
import { canEditItem, readUserRights } from '../../../src/data/rights';
import { newAction, person } from './builders';
import { sharedTestSite } from './emulator';

/**
 * Real @pnp/sp over HTTP against the emulator, as different users: errors and rights. CRUD, etags and
 * conflicts are in tests/integration/site/data-layer.test.ts (both targets).
 */

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
  it('maps HTTP 403 to AccessDeniedError: a reader cannot add an action, an outsider cannot read', async () => {
    await createRepositories(site.sp).actions.add(newAction(21));
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
