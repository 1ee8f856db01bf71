import type { SPFI } from '@pnp/sp';
import { GROUPS, IDEAS, LIST_SECURITY, ROADMAP_ACTIONS, type RoleKey } from '../core/schema';
import { AccessDeniedError } from './contracts';
import { toDataError } from './errors';
import { PeopleDirectory } from './people';
import { ROLE_TYPE_KIND } from './provision/schema-definition';
import { webPathOf } from './sp';
import './pnp';

export interface OwnerGrantResult {
  readonly actionId: number;
  readonly outcome: 'created' | 'unchanged';
  /** Set when the previous owner's item-level right was removed. */
  readonly revokedFrom?: string;
}

interface RoleAssignmentInfo {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings: readonly { readonly Id: number }[];
}

/** The site's role definition id of each of our role keys (ids differ per site; the kinds do not). */
async function readRoleIds(sp: SPFI): Promise<(role: RoleKey) => number> {
  const defs = await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>();
  return (role) => {
    const id = defs.filter((d) => d.RoleTypeKind === ROLE_TYPE_KIND[role])[0]?.Id;
    if (id === undefined) throw new Error(`the site has no role definition for ${role}`);
    return id;
  };
}

/**
 * Gives an action's owner the item-level right of security.ts (`contribute`) on that action, so that the
 * owner edits it while the list stays read-only to them. Called when an owner is set (UI, import, seed).
 * The item stops inheriting with a copy of the list's assignments, so the groups keep their rights.
 * Idempotent; when `previousOwnerEmail` is given, that person's item-level right is removed.
 */
export async function grantOwnerEdit(
  sp: SPFI,
  actionId: number,
  ownerEmail: string,
  options: { readonly previousOwnerEmail?: string; readonly people?: PeopleDirectory } = {}
): Promise<OwnerGrantResult> {
  const role = LIST_SECURITY.actions.ownerItemRole ?? 'contribute';
  const people = options.people ?? new PeopleDirectory(sp);
  const item = sp.web.getList(`${webPathOf(sp)}/${ROADMAP_ACTIONS.url}`).items.getById(actionId);
  try {
    const roleId = (await readRoleIds(sp))(role);
    const ownerId = await people.ensureOne({ email: ownerEmail });
    const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!HasUniqueRoleAssignments) await item.breakRoleInheritance(true, false);
    const assignments = await item.roleAssignments.expand('RoleDefinitionBindings')<RoleAssignmentInfo[]>();
    const holds = (principal: number): boolean =>
      assignments.some((a) => a.PrincipalId === principal && a.RoleDefinitionBindings.some((b) => b.Id === roleId));
    let revokedFrom: string | undefined;
    const previous = options.previousOwnerEmail;
    if (previous && previous.toLowerCase() !== ownerEmail.toLowerCase()) {
      const previousId = await people.ensureOne({ email: previous });
      if (holds(previousId)) {
        await item.roleAssignments.remove(previousId, roleId);
        revokedFrom = previous;
      }
    }
    if (holds(ownerId)) return { actionId, outcome: 'unchanged', revokedFrom };
    await item.roleAssignments.add(ownerId, roleId);
    return { actionId, outcome: 'created', revokedFrom };
  } catch (error) {
    throw toDataError(error, `grant ${ownerEmail} edit rights on action ${actionId}`);
  }
}

export interface OwnerRightsSync {
  readonly granted: number;
  readonly unchanged: number;
  /** Item-level rights removed from people who no longer own the action. */
  readonly revoked: number;
  readonly failed: readonly { readonly code: string; readonly message: string }[];
}

interface MemberAssignment extends RoleAssignmentInfo {
  readonly Member: { readonly PrincipalType: number };
}

/** SP.Utilities.PrincipalType.User: item-level rights we grant go to people, never to groups. */
const USER_PRINCIPAL = 1;

/**
 * Makes the actions' item-level rights match their `owner` field: each owner holds the owner role on
 * their action, and people who held it but no longer own the action lose it. The web parts cannot do
 * this for a steering member (SharePoint's Edit level lacks Manage Permissions), so a site admin runs it
 * after owners change (`tiekartta rights`), by hand or on a schedule. Idempotent; an action that keeps
 * the list's rights and has no owner is left alone.
 */
export async function syncOwnerRights(
  sp: SPFI,
  actions: readonly { readonly id: number; readonly code: string | null; readonly owner: { readonly email: string } | null }[],
  people: PeopleDirectory = new PeopleDirectory(sp)
): Promise<OwnerRightsSync> {
  const roleId = (await readRoleIds(sp))(LIST_SECURITY.actions.ownerItemRole ?? 'contribute');
  let granted = 0;
  let unchanged = 0;
  let revoked = 0;
  const failed: { code: string; message: string }[] = [];
  const list = sp.web.getList(`${webPathOf(sp)}/${ROADMAP_ACTIONS.url}`);
  for (const action of actions) {
    const item = list.items.getById(action.id);
    try {
      const ownerId = action.owner ? await people.ensureOne({ email: action.owner.email }) : undefined;
      const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (!HasUniqueRoleAssignments) {
        if (ownerId === undefined) continue;
        // A copy of the list's assignments, so the groups keep their rights on the item.
        await item.breakRoleInheritance(true, false);
      }
      const assignments = await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<MemberAssignment[]>();
      const holds = (a: MemberAssignment): boolean => a.RoleDefinitionBindings.some((b) => b.Id === roleId);
      for (const a of assignments) {
        if (a.Member.PrincipalType !== USER_PRINCIPAL || a.PrincipalId === ownerId || !holds(a)) continue;
        await item.roleAssignments.remove(a.PrincipalId, roleId);
        revoked++;
      }
      if (ownerId === undefined) continue;
      if (assignments.some((a) => a.PrincipalId === ownerId && holds(a))) unchanged++;
      else {
        await item.roleAssignments.add(ownerId, roleId);
        granted++;
      }
    } catch (error) {
      failed.push({ code: action.code ?? String(action.id), message: toDataError(error, `align the owner's right on action ${action.code ?? action.id}`).message });
    }
  }
  return { granted, unchanged, revoked, failed };
}

export interface IdeaLockSync {
  readonly locked: number;
  readonly unlocked: number;
  readonly unchanged: number;
  readonly failed: readonly { readonly idea: number; readonly message: string }[];
}

/**
 * An idea is its proposer's to edit only while it is new (the rule in src/core/cycle). The right comes
 * from the groups' `contribute` on the Ideas list with "edit own items only", so SharePoint would let a
 * proposer change a triaged idea outside the form: a triaged idea stops inheriting and those groups only
 * read it; a reopened one (back to new) inherits the list's rights again. Idempotent.
 */
export async function syncIdeaLocks(
  sp: SPFI,
  ideas: readonly { readonly id: number; readonly state: string }[]
): Promise<IdeaLockSync> {
  const [roleIdOf, groups] = await Promise.all([readRoleIds(sp), sp.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>()]);
  const readId = roleIdOf('read');
  const contributeId = roleIdOf('contribute');
  const contributors = GROUPS
    .filter((g) => LIST_SECURITY.ideas.roles[g.key] === 'contribute')
    .map((g) => groups.filter((x) => x.Title === g.name)[0]?.Id)
    .filter((id): id is number => id !== undefined);
  const list = sp.web.getList(`${webPathOf(sp)}/${IDEAS.url}`);
  let locked = 0;
  let unlocked = 0;
  let unchanged = 0;
  const failed: { idea: number; message: string }[] = [];
  for (const idea of ideas) {
    const item = list.items.getById(idea.id);
    try {
      const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (idea.state === 'new') {
        if (HasUniqueRoleAssignments) {
          await item.resetRoleInheritance();
          unlocked++;
        } else unchanged++;
        continue;
      }
      if (!HasUniqueRoleAssignments) await item.breakRoleInheritance(true, false);
      const assignments = await item.roleAssignments.expand('RoleDefinitionBindings')<RoleAssignmentInfo[]>();
      let changed = !HasUniqueRoleAssignments;
      for (const group of contributors) {
        const bindings = assignments.filter((a) => a.PrincipalId === group)[0]?.RoleDefinitionBindings ?? [];
        if (bindings.some((b) => b.Id === contributeId)) {
          await item.roleAssignments.remove(group, contributeId);
          changed = true;
        }
        if (!bindings.some((b) => b.Id === readId)) {
          await item.roleAssignments.add(group, readId);
          changed = true;
        }
      }
      if (changed) locked++;
      else unchanged++;
    } catch (error) {
      failed.push({ idea: idea.id, message: toDataError(error, `lock idea ${idea.id}`).message });
    }
  }
  return { locked, unlocked, unchanged, failed };
}

/** What became of a new owner's right to edit the action they were given. */
export type OwnerHandOver = 'granted' | 'unchanged' | 'needs-admin';

/**
 * Gives an action's new owner the right to edit it, right after the owner field was saved, when the user
 * may manage permissions there (a site owner). A steering member may not (Edit has no Manage
 * Permissions): that is `needs-admin`, and `tiekartta rights` grants it later. The save itself stands.
 */
export async function handOverAction(
  sp: SPFI, actionId: number, ownerEmail: string, previousOwnerEmail?: string, people?: PeopleDirectory
): Promise<OwnerHandOver> {
  try {
    const result = await grantOwnerEdit(sp, actionId, ownerEmail, { previousOwnerEmail, people });
    return result.outcome === 'created' || result.revokedFrom ? 'granted' : 'unchanged';
  } catch (error) {
    if (error instanceof AccessDeniedError) return 'needs-admin';
    throw error;
  }
}
