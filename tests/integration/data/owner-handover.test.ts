import { AccessDeniedError } from '../../../src/data/contracts';
import { handOverAction } from '../../../src/data/permissions';
import { createRepositories } from '../../../src/data/repository';
import { startCycleSite, type CycleSite } from '../cycle/site';
import { newAction, person } from './builders';

/** A new owner's right to edit their action, given right after the owner is saved (or left to the admin). */

const STEERING = 'helena.koskinen@porvoo.fi';
const FORMER = 'laura.niemi@porvoo.fi';
const NEW_OWNER = 'matti.heinonen@porvoo.fi';

let site: CycleSite;
beforeAll(async () => {
  site = await startCycleSite({ steering: [STEERING], owners: [FORMER, NEW_OWNER] });
}, 60_000);
afterAll(async () => {
  await site?.stop();
});

let next = 0;
async function actionOwnedBy(email: string): Promise<number> {
  const repos = createRepositories(site.admin);
  const action = await repos.actions.add(newAction(++next, { owner: person(email) }));
  expect(await handOverAction(site.admin, action.id, email)).toBe('granted');
  return action.id;
}

async function canEdit(email: string, id: number): Promise<boolean> {
  const actions = createRepositories(site.as(email)).actions;
  const current = await actions.get(id);
  try {
    await actions.update(id, current.etag, { progress: 55 });
    return true;
  } catch (error) {
    if (error instanceof AccessDeniedError) return false;
    throw error;
  }
}

describe('handing an action over to a new owner', () => {
  it('leaves it to the site admin when a steering member changed the owner (Edit has no Manage Permissions)', async () => {
    const id = await actionOwnedBy(FORMER);
    const steering = createRepositories(site.as(STEERING)).actions;
    const action = await steering.get(id);
    await steering.update(id, action.etag, { owner: person(NEW_OWNER) });
    expect(await handOverAction(site.as(STEERING), id, NEW_OWNER, FORMER)).toBe('needs-admin');
    expect(await canEdit(NEW_OWNER, id)).toBe(false);
  });

  it('moves the right at once when the user may manage permissions, and says nothing changed a second time', async () => {
    const id = await actionOwnedBy(FORMER);
    expect(await handOverAction(site.admin, id, NEW_OWNER, FORMER)).toBe('granted');
    expect(await canEdit(NEW_OWNER, id)).toBe(true);
    expect(await canEdit(FORMER, id)).toBe(false);
    expect(await handOverAction(site.admin, id, NEW_OWNER, FORMER)).toBe('unchanged');
  });
});
