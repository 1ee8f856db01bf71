import type { SPFI } from '@pnp/sp';
import { GROUPS, IDEAS, LIST_SECURITY, ROADMAP_ACTIONS } from '../core/schema';
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
    const defs = await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>();
    const roleId = defs.filter((d) => d.RoleTypeKind === ROLE_TYPE_KIND[role])[0]?.Id;
    if (roleId === undefined) throw new Error(`the site has no role definition for ${role}`);
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
 * after owners change (`tiekartta owners`), by hand or on a schedule. Idempotent.
 */
export async function syncOwnerRights(
  sp: SPFI,
  actions: readonly { readonly id: number; readonly code: string | null; readonly owner: { readonly email: string } | null }[],
  people: PeopleDirectory = new PeopleDirectory(sp)
): Promise<OwnerRightsSync> {
  const role = LIST_SECURITY.actions.ownerItemRole ?? 'contribute';
  const defs = await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>();
  const roleId = defs.filter((d) => d.RoleTypeKind === ROLE_TYPE_KIND[role])[0]?.Id;
  let granted = 0;
  let unchanged = 0;
  let revoked = 0;
  const failed: { code: string; message: string }[] = [];
  const list = sp.web.getList(`${webPathOf(sp)}/${ROADMAP_ACTIONS.url}`);
  for (const action of actions) {
    const code = action.code ?? String(action.id);
    try {
      let ownerId: number | undefined;
      if (action.owner) {
        const result = await grantOwnerEdit(sp, action.id, action.owner.email, { people });
        if (result.outcome === 'created') granted++;
        else unchanged++;
        ownerId = await people.ensureOne({ email: action.owner.email });
      }
      const item = list.items.getById(action.id);
      const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (!HasUniqueRoleAssignments || roleId === undefined) continue;
      const assignments = await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<MemberAssignment[]>();
      for (const a of assignments) {
        const stale = a.Member.PrincipalType === USER_PRINCIPAL && a.PrincipalId !== ownerId && a.RoleDefinitionBindings.some((b) => b.Id === roleId);
        if (!stale) continue;
        await item.roleAssignments.remove(a.PrincipalId, roleId);
        revoked++;
      }
    } catch (error) {
      failed.push({ code, message: error instanceof Error ? error.message : String(error) });
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
  const [defs, groups] = await Promise.all([
    sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>(),
    sp.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>()
  ]);
  const roleOf = (role: 'read' | 'contribute'): number | undefined => defs.filter((d) => d.RoleTypeKind === ROLE_TYPE_KIND[role])[0]?.Id;
  const readId = roleOf('read');
  const contributeId = roleOf('contribute');
  if (readId === undefined || contributeId === undefined) throw new Error('the site has no read or contribute role definition');
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
      failed.push({ idea: idea.id, message: error instanceof Error ? error.message : String(error) });
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
