import { PermissionKind } from '@pnp/sp/security';
import { GROUPS, ROADMAP_ACTIONS, type GroupKey } from '../../../src/core/schema';
import { provision } from '../../../src/data/provision';
import { createRepositories } from '../../../src/data/repository';
import { grants, type PermissionMask } from '../../../src/data/rights';
import { newAction, person } from '../data/builders';
import { cli } from '../reminders/world';
import { sharedTarget, TARGET_TIMEOUT } from './target';

/**
 * Rights as SharePoint evaluates them (getUserEffectivePermissions for each person, so that a tenant run
 * needs only one signed-in account): the groups provisioning makes, and `tiekartta rights` giving an
 * owner the edit right on exactly the actions they own (both targets).
 */

jest.setTimeout(TARGET_TIMEOUT);

const site = sharedTarget();
const listPath = () => `${new URL(site.siteUrl).pathname}/${ROADMAP_ACTIONS.url}`;

async function addToGroup(group: GroupKey, email: string): Promise<void> {
  const name = GROUPS.filter((g) => g.key === group)[0].name;
  await site.sp.web.siteGroups.getByName(name).users.add(site.loginOf(email));
}

/** Whether SharePoint lets `email` edit item `id` of the roadmap list. */
async function mayEdit(email: string, id: number): Promise<boolean> {
  const query = `@l='${encodeURIComponent(listPath())}'&@u='${encodeURIComponent(site.loginOf(email))}'`;
  const r = await site.fetch(`_api/web/getList(@l)/items(${id})/getUserEffectivePermissions(@u)?${query}`, { headers: { Accept: 'application/json;odata=nometadata' } });
  if (!r.ok) throw new Error(`getUserEffectivePermissions: HTTP ${r.status} ${await r.text()}`);
  return grants((await r.json()) as PermissionMask, PermissionKind.EditListItems);
}

beforeAll(async () => {
  await provision(site.sp);
  await addToGroup('steering', site.people.steering);
  await addToGroup('owners', site.people.owner);
  await addToGroup('readers', site.people.reader);
}, TARGET_TIMEOUT);

describe('who may edit an action', () => {
  it('is decided by SharePoint: after tiekartta rights the owner edits their own action, the steering group all, a reader none', async () => {
    const repos = createRepositories(site.sp);
    const own = await repos.actions.add(newAction(1, { owner: person(site.people.owner) }));
    const other = await repos.actions.add(newAction(2));

    const run = await cli(['rights', ...site.siteArgs, '--json'], site.cliEnv);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: [] });
    expect(JSON.parse(run.out[0]).owners).toMatchObject({ failed: [] });

    expect(await mayEdit(site.people.owner, own.id)).toBe(true);
    expect(await mayEdit(site.people.owner, other.id)).toBe(false);
    expect(await mayEdit(site.people.steering, other.id)).toBe(true);
    expect(await mayEdit(site.people.reader, own.id)).toBe(false);

    const again = await cli(['rights', ...site.siteArgs, '--json'], site.cliEnv);
    expect(JSON.parse(again.out[0]).owners).toMatchObject({ granted: 0, revoked: 0, failed: [] });
  });
});
