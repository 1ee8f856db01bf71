import { SPQueryable, type SPFI } from '@pnp/sp';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import { GROUPS, IDEAS, ROADMAP_ACTIONS, STATUS_UPDATES, type ListDef } from '../core/schema';
import type { UserRights } from './contracts';
import { toDataError } from './errors';
import { webPathOf } from './sp';
import './pnp';

/**
 * What the signed-in user may do, read from SharePoint (effective permissions and group membership) so
 * that the UI follows the user's real rights instead of guessing from roles. One `$batch` request.
 */

/** SP.BasePermissions; JSON Light serialises the 64-bit halves as strings. */
export interface PermissionMask {
  readonly Low: number | string;
  readonly High: number | string;
}

/** Whether a permission mask grants one permission kind (PermissionKind n is bit n-1 of the 64-bit mask). */
export function grants(mask: PermissionMask | undefined, kind: PermissionKind): boolean {
  if (!mask) return false;
  const bit = kind - 1;
  // SharePoint serialises the mask as two 32-bit halves, as strings in JSON Light; some servers send signed ints.
  const raw = Number(bit < 32 ? mask.Low : mask.High);
  const half = raw < 0 ? raw + 2 ** 32 : raw;
  return Math.floor(half / 2 ** (bit % 32)) % 2 === 1;
}

const STEERING_GROUP = GROUPS.filter((g) => g.key === 'steering')[0];
const OWNERS_GROUP = GROUPS.filter((g) => g.key === 'owners')[0];

interface CurrentUser {
  readonly Id: number;
  readonly Email: string;
  readonly Title: string;
  readonly IsSiteAdmin?: boolean;
}

export interface UserRightsDetail extends UserRights {
  /** The site user id (for "my actions": a server-side filter on the indexed owner field). */
  readonly userId: number;
  readonly isSiteAdmin: boolean;
}

export async function readUserRights(sp: SPFI): Promise<UserRightsDetail> {
  const webPath = webPathOf(sp);
  const [batched, execute] = sp.batched();
  const user = batched.web.currentUser.select('Id', 'Email', 'Title', 'IsSiteAdmin')<CurrentUser>();
  const groups = batched.web.currentUser.groups.select('Title')<{ Title: string }[]>();
  // A list the user cannot see at all answers 403/404: that is "no rights", not an error.
  const permissionsOn = (def: ListDef): Promise<IBasePermissions | undefined> =>
    batched.web.getList(`${webPath}/${def.url}`).effectiveBasePermissions<IBasePermissions>().catch(() => undefined);
  const actions = permissionsOn(ROADMAP_ACTIONS);
  const reports = permissionsOn(STATUS_UPDATES);
  const ideas = permissionsOn(IDEAS);
  const settledGroups = groups.catch(() => [] as { Title: string }[]);
  try {
    await execute();
    const me = await user;
    const actionRights = await actions;
    const memberOf = await settledGroups;
    return {
      userId: me.Id,
      email: me.Email,
      displayName: me.Title,
      isSiteAdmin: me.IsSiteAdmin === true,
      isSteeringMember: memberOf.some((g) => g.Title === STEERING_GROUP.name),
      canEditAllActions: grants(actionRights, PermissionKind.EditListItems),
      // Owners add reports in their actions' folders only (`reportingRight` tells per action).
      canReport: grants(await reports, PermissionKind.AddListItems) || memberOf.some((g) => g.Title === OWNERS_GROUP.name),
      canProposeIdeas: grants(await ideas, PermissionKind.AddListItems)
    };
  } catch (error) {
    throw toDataError(error, 'read the current user');
  }
}

/** Whether the user may edit one item (e.g. an owner on the action they own: item-level permission). */
export async function canEditItem(sp: SPFI, def: ListDef, id: number): Promise<boolean> {
  try {
    const mask = await sp.web.getList(`${webPathOf(sp)}/${def.url}`).items.getById(id).effectiveBasePermissions<IBasePermissions>();
    return grants(mask, PermissionKind.EditListItems);
  } catch (error) {
    const mapped = toDataError(error, `read permissions of item ${id}`);
    if (mapped.name === 'AccessDeniedError' || mapped.name === 'NotFoundError') return false;
    throw mapped;
  }
}

/** Whether the user may add a report on this action now, or waits for the owner's right to reach its folder. */
export type ReportingRight = 'open' | 'pending';

/**
 * The user's right to add reports in the action's folder of StatusUpdates (one request). A folder that
 * does not exist yet is open only to those who may add anywhere in the list (the steering group makes it).
 */
export async function reportingRight(sp: SPFI, actionId: number): Promise<ReportingRight> {
  const folder = `${webPathOf(sp)}/${STATUS_UPDATES.url}/${actionId}`;
  try {
    const mask = await SPQueryable(sp.web, `getFolderByServerRelativePath(decodedurl='${folder.replace(/'/g, "''")}')/ListItemAllFields/EffectiveBasePermissions`)<IBasePermissions>();
    return grants(mask, PermissionKind.AddListItems) ? 'open' : 'pending';
  } catch (error) {
    const mapped = toDataError(error, `read the reporting right on action ${actionId}`);
    if (mapped.name === 'AccessDeniedError') return 'pending';
    if (mapped.name !== 'NotFoundError') throw mapped;
  }
  const listMask = await sp.web.getList(`${webPathOf(sp)}/${STATUS_UPDATES.url}`).effectiveBasePermissions<IBasePermissions>();
  return grants(listMask, PermissionKind.AddListItems) ? 'open' : 'pending';
}
