import type { SPFI } from '@pnp/sp';
import type { SampleData } from '../../server/sample';
import { GROUPS, type Entity, type Fields, type ListDef } from '../../src/core/schema';
import { createListRepository } from '../../src/data/repository';
import { claimsLogin, PeopleDirectory } from '../../src/data/people';
import { webPathOf } from '../../src/data/sp';
import { SCHEMA_V2 } from '../fixtures/schema-v1';

/**
 * A site as the schema 2 release left it, holding the sample: provisioned with schema 2, filled through
 * plain repositories of schema 2's lists (the steering group's fields on the actions and ideas themselves,
 * every report in StatusUpdates' root folder, written by its author with the owners group's list-wide
 * Contribute), owners' item-level rights on their actions. What `tiekartta provision` has to upgrade.
 */
export function v2List(key: string): ListDef {
  const def = SCHEMA_V2.lists.find((l) => l.key === key);
  if (!def) throw new Error(`schema 2 has no list ${key}`);
  return def;
}

async function addAll(sp: SPFI, key: string, items: readonly Record<string, unknown>[]): Promise<Entity<ListDef>[]> {
  const result = await createListRepository(sp, v2List(key)).addMany(items as unknown as Fields<ListDef>[]);
  if (result.failed.length > 0) throw new Error(`schema 2 seed of ${key}: ${result.failed[0].error.message}`);
  return result.saved;
}

export async function seedSchema2Site(sp: SPFI, data: SampleData, actAs: (email: string) => SPFI): Promise<void> {
  const metrics = await addAll(sp, 'metrics', data.metrics);
  const metricId = new Map(metrics.map((m) => [(m as unknown as { code: string }).code, m.id]));
  await addAll(sp, 'metricValues', data.metricValues.map(({ metricCode, ...v }) => ({ ...v, metric: metricId.get(metricCode) })));
  await addAll(sp, 'meetings', data.meetings);
  const actions = await addAll(sp, 'actions', data.actions.map((a) => ({ ...a, carriedFrom: null })));
  const actionId = new Map(actions.map((a) => [(a as unknown as { code: string }).code, a.id]));

  for (const { person, group } of data.members) {
    const name = GROUPS.filter((g) => g.key === group)[0].name;
    await sp.web.siteGroups.getByName(name).users.add(claimsLogin(person.email));
  }
  // Schema 2's owner rights: Contribute on the action item, nothing else.
  const people = new PeopleDirectory(sp);
  const contribute = (await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>()).filter((d) => d.RoleTypeKind === 3)[0].Id;
  const list = sp.web.getList(`${webPathOf(sp)}/${v2List('actions').url}`);
  for (const a of actions) {
    const owner = (a as unknown as { owner: { email: string } | null }).owner;
    if (!owner) continue;
    const item = list.items.getById(a.id);
    await item.breakRoleInheritance(true, false);
    await item.roleAssignments.add(await people.ensureOne(owner), contribute);
  }

  const byAuthor = new Map<string, Record<string, unknown>[]>();
  for (const { actionCode, authorEmail, ...report } of data.statusUpdates) {
    const author = (authorEmail ?? '').toLowerCase();
    byAuthor.set(author, [...(byAuthor.get(author) ?? []), { ...report, action: actionId.get(actionCode) }]);
  }
  for (const [author, reports] of Array.from(byAuthor.entries())) await addAll(actAs(author), 'statusUpdates', reports);

  await addAll(sp, 'ideas', data.ideas.map(({ actionCode, ...idea }) => ({ ...idea, action: actionCode ? actionId.get(actionCode) ?? null : null })));
}
