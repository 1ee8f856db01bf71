import type { BasePermissions, RoleDefinitionRecord } from './types';

/**
 * SharePoint's permission bits (SP.PermissionKind is the 1-based bit index: ViewListItems = 1 → 0x1,
 * ManageLists = 12 → 0x800). Low holds bits 1–32, High bits 33–64.
 */
export const PermissionKind = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6,
  ViewVersions: 7, DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12,
  ViewFormPages: 13, AnonymousSearchAccessList: 14, Open: 17, ViewPages: 18, AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22, CreateSSCSite: 23, ManageSubwebs: 24,
  CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28, AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30, ManageWeb: 31, AnonymousSearchAccessWebLists: 32, UseClientIntegration: 37,
  UseRemoteAPIs: 38, ManageAlerts: 39, CreateAlerts: 40, EditMyUserInfo: 41, EnumeratePermissions: 63
} as const;
export type PermissionName = keyof typeof PermissionKind;

export function mask(...kinds: PermissionName[]): BasePermissions {
  let high = 0;
  let low = 0;
  for (const k of kinds) {
    const bit = PermissionKind[k] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { high, low };
}

export function union(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

export function without(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { high: (a.high & ~b.high) >>> 0, low: (a.low & ~b.low) >>> 0 };
}

export function has(p: BasePermissions, kind: PermissionName): boolean {
  const bit = PermissionKind[kind] - 1;
  return bit < 32 ? (p.low & (1 << bit)) !== 0 : (p.high & (1 << (bit - 32))) !== 0;
}

export const EMPTY: BasePermissions = { high: 0, low: 0 };
export const FULL_MASK: BasePermissions = { high: 2147483647, low: 4294967295 };

const READ_KINDS: PermissionName[] = ['ViewListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages',
  'CreateSSCSite', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts'];
const CONTRIBUTE_KINDS: PermissionName[] = [...READ_KINDS, 'AddListItems', 'EditListItems', 'DeleteListItems', 'DeleteVersions',
  'ManagePersonalViews', 'BrowseDirectories', 'AddDelPrivateWebParts', 'UpdatePersonalWebParts', 'EditMyUserInfo'];
const EDIT_KINDS: PermissionName[] = [...CONTRIBUTE_KINDS, 'ManageLists'];

/** The role definitions of a SharePoint Online team/communication site, with SharePoint's ids and masks. */
export function defaultRoleDefinitions(): RoleDefinitionRecord[] {
  return [
    { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, basePermissions: { ...FULL_MASK } },
    { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, hidden: false,
      basePermissions: { high: 432, low: 1012866047 } },
    { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, hidden: false,
      basePermissions: mask(...EDIT_KINDS) },
    { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, hidden: false,
      basePermissions: mask(...CONTRIBUTE_KINDS) },
    { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false,
      basePermissions: mask(...READ_KINDS) },
    { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, hidden: true,
      basePermissions: mask('ViewFormPages', 'Open', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs') }
  ];
}

export const ROLE_FULL_CONTROL = 1073741829;
export const ROLE_EDIT = 1073741830;
export const ROLE_CONTRIBUTE = 1073741827;
export const ROLE_READ = 1073741826;

/** The item rights that WriteSecurity=2 takes away on items the user did not create. */
export const WRITE_RIGHTS = mask('EditListItems', 'DeleteListItems', 'DeleteVersions');
