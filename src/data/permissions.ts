import type { SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { SPQueryable, spPost } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { GROUPS, IDEAS, LIST_SECURITY, ROADMAP_ACTIONS, STATUS_UPDATES, type RoleKey } from '../core/schema';
import { AccessDeniedError } from './contracts';
import { httpStatusOf, toDataError } from './errors';
import { createdItemId, type FormUpdateValue } from './formValues';
import { BATCH_SIZE, PeopleDirectory } from './people';
import { ROLE_TYPE_KIND } from './provision/schema-definition';
import { webPathOf } from './sp';
import './pnp';

/**
 * The rights that follow the data, on two kinds of securable objects per action: the action's own item
 * in RoadmapActions (its owner edits it) and the action's folder in StatusUpdates (its owner adds reports
 * there). Each holds exactly its current owner in the owner role; former owners lose it. Reads and writes
 * go in `$batch`es of up to 100, so aligning a thousand actions is a few dozen requests.
 */

interface RoleAssignmentInfo {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings: readonly { readonly Id: number }[];
}

interface MemberAssignment extends RoleAssignmentInfo {
  readonly Member: { readonly PrincipalType: number };
}

/** SP.Utilities.PrincipalType.User: item-level rights we grant go to people, never to groups. */
const USER_PRINCIPAL = 1;

/** The site's role definition id of each of our role keys (ids differ per site; the kinds do not). */
async function readRoleIds(sp: SPFI): Promise<(role: RoleKey) => number> {
  const defs = await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>();
  return (role) => {
    const id = defs.filter((d) => d.RoleTypeKind === ROLE_TYPE_KIND[role])[0]?.Id;
    if (id === undefined) throw new Error(`the site has no role definition for ${role}`);
    return id;
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// ------------------------------------------------------------------------------------ report folders

/** The folder of an action's reports: `Lists/StatusUpdates/<action id>`. */
export function reportFolderName(actionId: number): string {
  return String(actionId);
}

export function reportFolderUrl(sp: SPFI, actionId: number): string {
  return `${webPathOf(sp)}/${STATUS_UPDATES.url}/${reportFolderName(actionId)}`;
}

/** The report folders that exist: folder name → the folder's item id. */
async function readReportFolders(sp: SPFI): Promise<Map<string, number>> {
  const list = sp.web.getList(`${webPathOf(sp)}/${STATUS_UPDATES.url}`);
  const folders = await SPQueryable(list, 'RootFolder/Folders').select('Name', 'ListItemAllFields/Id').expand('ListItemAllFields')<
    { Name: string; ListItemAllFields?: { Id?: number } | null }[]>();
  const map = new Map<string, number>();
  for (const f of folders) if (typeof f.ListItemAllFields?.Id === 'number') map.set(f.Name, f.ListItemAllFields.Id);
  return map;
}

/**
 * Makes the report folders of these actions that do not exist yet (batched); returns every action's
 * folder item id. A new folder inherits the list's rights until its owner's right is added.
 */
export async function ensureReportFolders(sp: SPFI, actionIds: readonly number[]): Promise<{ folders: Map<number, number>; created: number }> {
  const existing = await readReportFolders(sp);
  const folders = new Map<number, number>();
  const missing: number[] = [];
  for (const id of Array.from(new Set(actionIds))) {
    const found = existing.get(reportFolderName(id));
    if (found === undefined) missing.push(id);
    else folders.set(id, found);
  }
  const root = `${webPathOf(sp)}/${STATUS_UPDATES.url}`;
  for (const chunk of chunks(missing, BATCH_SIZE)) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    const pending = chunk.map((actionId) => spPost<FormUpdateValue[]>(SPQueryable(batched.web.getList(root), 'AddValidateUpdateItemUsingPath()'), body({
      listItemCreateInfo: { FolderPath: { DecodedUrl: root }, UnderlyingObjectType: 1, LeafName: { DecodedUrl: reportFolderName(actionId) } },
      formValues: [],
      bNewDocumentUpdate: false
    })).then((answer) => {
      folders.set(actionId, createdItemId(answer));
    }));
    await execute();
    await Promise.all(pending);
  }
  return { folders, created: missing.length };
}

// ----------------------------------------------------------------------------- aligning one scope each

/** One securable item and the people who should hold the owner role on it. */
interface ScopeTarget {
  readonly action: number;
  readonly item: (sp: SPFI) => IItem;
  /** Site user ids; empty = nobody (former owners lose the role; an inheriting item is left alone). */
  readonly people: readonly number[];
}

interface ScopePlan {
  readonly target: ScopeTarget;
  readonly breakInheritance: boolean;
  readonly remove: readonly number[];
  readonly add: readonly number[];
}

/** Reads each target's inheritance and role assignments, two GETs per target in shared batches. */
async function planScopes(sp: SPFI, targets: readonly ScopeTarget[], roleId: number, failed: Map<number, Error>): Promise<ScopePlan[]> {
  const plans: ScopePlan[] = [];
  for (const chunk of chunks(targets, BATCH_SIZE / 2)) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    const reads = chunk.map((target) => {
      const item = target.item(batched);
      return Promise.all([
        item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>(),
        item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<MemberAssignment[]>()
      ]).then(([{ HasUniqueRoleAssignments: unique }, assignments]) => {
        const holds = (a: MemberAssignment): boolean => a.RoleDefinitionBindings.some((b) => b.Id === roleId);
        if (!unique && target.people.length === 0) return;
        const remove = unique
          ? assignments.filter((a) => a.Member.PrincipalType === USER_PRINCIPAL && holds(a) && target.people.indexOf(a.PrincipalId) < 0).map((a) => a.PrincipalId)
          : [];
        const add = target.people.filter((p) => !assignments.some((a) => a.PrincipalId === p && holds(a)));
        plans.push({ target, breakInheritance: !unique, remove, add });
      }, (error: unknown) => {
        failed.set(target.action, toDataError(error, `read the rights on action ${target.action}`));
      });
    });
    await execute();
    await Promise.all(reads);
  }
  return plans;
}

/** Applies plans: inheritance broken first (a copy of the parent's roles), then removals and grants. */
async function applyScopes(sp: SPFI, plans: readonly ScopePlan[], roleId: number, failed: Map<number, Error>): Promise<void> {
  const fail = (plan: ScopePlan): ((error: unknown) => void) => (error: unknown): void => {
    failed.set(plan.target.action, toDataError(error, `align the owner's right on action ${plan.target.action}`));
  };
  const breaking = plans.filter((p) => p.breakInheritance);
  for (const chunk of chunks(breaking, BATCH_SIZE)) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    // A copy of the parent's assignments, so the groups keep their rights on the item.
    const pending = chunk.map((plan) => plan.target.item(batched).breakRoleInheritance(true, false).catch(fail(plan)));
    await execute();
    await Promise.all(pending);
  }
  const writes = plans.filter((p) => !failed.has(p.target.action) && p.remove.length + p.add.length > 0);
  for (const chunk of chunks(writes, BATCH_SIZE / 4)) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    const pending = chunk.flatMap((plan) => {
      const ra = plan.target.item(batched).roleAssignments;
      return [...plan.remove.map((p) => ra.remove(p, roleId)), ...plan.add.map((p) => ra.add(p, roleId))].map((w) => w.catch(fail(plan)));
    });
    await execute();
    await Promise.all(pending);
  }
}

// --------------------------------------------------------------------------------------- owner rights

export interface OwnerRightsSync {
  /** Actions whose owner got a right (on the action, its report folder or both). */
  readonly granted: number;
  readonly unchanged: number;
  /** Rights removed from people who no longer own the action (each person once per action). */
  readonly revoked: number;
  /** Report folders made for actions that had none. */
  readonly foldersCreated: number;
  readonly failed: readonly { readonly code: string; readonly message: string; readonly denied?: boolean }[];
}

export interface OwnedAction {
  readonly id: number;
  readonly code: string | null;
  readonly owner: { readonly email: string } | null;
}

/**
 * Makes the rights follow the actions' `owner` field: each owner holds the owner role on their action
 * (edit) and on its report folder (add reports), and people who held them but no longer own the action
 * lose them. Every action gets its report folder. The web parts can do this only for a user who may manage
 * permissions (a site owner; SharePoint's Edit level has none), so `tiekartta rights`, `tiekartta
 * provision` and the scheduled reminder job run it. Idempotent: a second run changes nothing.
 */
export async function syncOwnerRights(sp: SPFI, actions: readonly OwnedAction[], people: PeopleDirectory = new PeopleDirectory(sp)): Promise<OwnerRightsSync> {
  const roleOf = await readRoleIds(sp);
  const itemRole = roleOf(LIST_SECURITY.actions.ownerItemRole ?? 'contribute');
  const folderRole = roleOf(LIST_SECURITY.statusUpdates.ownerFolderRole ?? 'contribute');
  const failed = new Map<number, Error>();
  const unresolved = await people.ensure(actions.filter((a) => a.owner).map((a) => ({ email: (a.owner as { email: string }).email })));
  const ownerOf = new Map<number, number[]>();
  for (const a of actions) {
    const problem = a.owner ? unresolved.get(a.owner.email.toLowerCase()) : undefined;
    if (problem) failed.set(a.id, problem);
    const id = a.owner ? people.idOf(a.owner.email) : undefined;
    ownerOf.set(a.id, id === undefined ? [] : [id]);
  }
  const { folders, created } = await ensureReportFolders(sp, actions.map((a) => a.id));
  const webPath = webPathOf(sp);
  const actionList = (s: SPFI): IList => s.web.getList(`${webPath}/${ROADMAP_ACTIONS.url}`);
  const reportList = (s: SPFI): IList => s.web.getList(`${webPath}/${STATUS_UPDATES.url}`);
  const usable = actions.filter((a) => !failed.has(a.id));
  const itemTargets: ScopeTarget[] = usable.map((a) => ({ action: a.id, item: (s) => actionList(s).items.getById(a.id), people: ownerOf.get(a.id) ?? [] }));
  const folderTargets: ScopeTarget[] = usable.filter((a) => folders.has(a.id))
    .map((a) => ({ action: a.id, item: (s) => reportList(s).items.getById(folders.get(a.id) as number), people: ownerOf.get(a.id) ?? [] }));
  const itemPlans = await planScopes(sp, itemTargets, itemRole, failed);
  const folderPlans = await planScopes(sp, folderTargets, folderRole, failed);
  await applyScopes(sp, itemPlans, itemRole, failed);
  await applyScopes(sp, folderPlans, folderRole, failed);

  let granted = 0;
  let unchanged = 0;
  let revoked = 0;
  const plansOf = (id: number): ScopePlan[] => [...itemPlans, ...folderPlans].filter((p) => p.target.action === id);
  for (const a of usable) {
    if (failed.has(a.id)) continue;
    const plans = plansOf(a.id);
    revoked += new Set(plans.flatMap((p) => p.remove)).size;
    if ((ownerOf.get(a.id) ?? []).length === 0) continue;
    if (plans.some((p) => p.add.length > 0)) granted++;
    else unchanged++;
  }
  const codeOf = new Map(actions.map((a) => [a.id, a.code ?? String(a.id)]));
  return {
    granted, unchanged, revoked, foldersCreated: created,
    failed: Array.from(failed.entries()).map(([id, error]) => ({ code: codeOf.get(id) ?? String(id), message: error.message, denied: error instanceof AccessDeniedError }))
  };
}

export interface OwnerGrantResult {
  readonly actionId: number;
  readonly outcome: 'created' | 'unchanged';
  /** Set when the previous owner's rights were removed. */
  readonly revokedFrom?: string;
}

/**
 * Gives an action's owner the rights of security.ts on that action and on its report folder, right when
 * the owner is set, and removes them from the previous owner (and anyone else who held them). Needs
 * Manage Permissions: a 403 is an `AccessDeniedError` (the caller then says the rights are pending).
 */
export async function grantOwnerEdit(
  sp: SPFI,
  actionId: number,
  ownerEmail: string,
  options: { readonly previousOwnerEmail?: string; readonly people?: PeopleDirectory } = {}
): Promise<OwnerGrantResult> {
  const people = options.people ?? new PeopleDirectory(sp);
  let result: OwnerRightsSync;
  try {
    result = await syncOwnerRights(sp, [{ id: actionId, code: null, owner: { email: ownerEmail } }], people);
  } catch (error) {
    throw toDataError(error, `grant ${ownerEmail} the owner's rights on action ${actionId}`);
  }
  const failure = result.failed[0];
  if (failure) {
    throw failure.denied ? new AccessDeniedError(`grant ${ownerEmail} the owner's rights on action ${actionId}`) : new Error(failure.message);
  }
  const previous = options.previousOwnerEmail;
  const revokedFrom = result.revoked > 0 && previous && previous.toLowerCase() !== ownerEmail.toLowerCase() ? previous : undefined;
  return { actionId, outcome: result.granted > 0 ? 'created' : 'unchanged', revokedFrom };
}

/** What became of a new owner's rights on the action they were given. */
export type OwnerHandOver = 'granted' | 'unchanged' | 'needs-admin';

/**
 * Gives an action's new owner the rights to edit it and report on it, right after the owner field was
 * saved, when the user may manage permissions there (a site owner). A steering member may not (Edit has no
 * Manage Permissions): that is `needs-admin`, and the scheduled job or `tiekartta rights` aligns it later.
 * The save itself stands.
 */
export async function handOverAction(
  sp: SPFI, actionId: number, ownerEmail: string, previousOwnerEmail?: string, people?: PeopleDirectory
): Promise<OwnerHandOver> {
  try {
    const result = await grantOwnerEdit(sp, actionId, ownerEmail, { previousOwnerEmail, people });
    return result.outcome === 'created' || result.revokedFrom ? 'granted' : 'unchanged';
  } catch (error) {
    if (error instanceof AccessDeniedError || httpStatusOf(error) === 403) return 'needs-admin';
    throw error;
  }
}

// ----------------------------------------------------------------------------------------- idea locks

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
