import type { RoadmapAction } from '../schema';
import { isOwnedBy } from './filter';

/** What the signed-in user may do, from SharePoint's effective permissions. */
export interface UserRights {
  readonly email: string;
  readonly displayName: string;
  readonly isSteeringMember: boolean;
  /** May edit any action (list-level edit right). */
  readonly canEditAllActions: boolean;
  /** May add status reports. */
  readonly canReport: boolean;
  readonly canProposeIdeas: boolean;
}

/**
 * What the UI offers for one action, derived from the user's real rights (read from SharePoint) and
 * the action's owner. It mirrors the permissions provisioned in security.ts: steering members edit
 * everything; an owner has contribute rights on the actions they own and may add status reports;
 * everyone else reads. The UI shows no button that SharePoint would refuse.
 */
export interface ActionPermissions {
  readonly canEdit: boolean;
  readonly canReport: boolean;
}

const NONE: ActionPermissions = { canEdit: false, canReport: false };

export function actionPermissions(rights: UserRights | null | undefined, action: Pick<RoadmapAction, 'owner'>): ActionPermissions {
  if (!rights) return NONE;
  const canEdit = canEditAction(rights, action);
  // The owner reports in the action's folder whatever group they are in; SharePoint decides (and the
  // panel says when the right is still on its way).
  return { canEdit, canReport: canEdit && (rights.canReport || isOwnedBy(action, rights.email)) };
}

/** Steering members edit every action; an owner edits the actions they own (item-level permission). */
export function canEditAction(rights: Pick<UserRights, 'email' | 'canEditAllActions'> | null | undefined, action: Pick<RoadmapAction, 'owner'>): boolean {
  return !!rights && (rights.canEditAllActions || isOwnedBy(action, rights.email));
}

/**
 * Importing a workbook is offered to those who may change at least one action: the steering group, and
 * owners (who may change only their own actions: see src/core/excel/rights.ts). Readers only export.
 */
export function canImportWorkbook(rights: Pick<UserRights, 'email' | 'canEditAllActions'> | null | undefined, actions: readonly Pick<RoadmapAction, 'owner'>[]): boolean {
  return !!rights && (rights.canEditAllActions || actions.some((a) => canEditAction(rights, a)));
}

/** Only those who may edit the whole list create actions (new ones start as proposals). */
export function canCreateActions(rights: UserRights | null | undefined): boolean {
  return !!rights && rights.canEditAllActions;
}
