/**
 * The emulator's data: plain, JSON-serialisable records. The REST layer (server/emulator/rest) and the
 * Graph layer (server/emulator/graph) both read and write them through `EmulatorStore`.
 */

/** SharePoint's field types (FieldTypeKind numbers are SharePoint's). */
export type FieldType =
  | 'Integer' | 'Text' | 'Note' | 'DateTime' | 'Counter' | 'Choice' | 'Lookup' | 'Boolean' | 'Number'
  | 'Currency' | 'URL' | 'Computed' | 'Guid' | 'MultiChoice' | 'Calculated' | 'File' | 'Attachments' | 'User'
  | 'ContentTypeId' | 'ModStat';

export const FIELD_TYPE_KIND: Readonly<Record<FieldType, number>> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9,
  Currency: 10, URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Calculated: 17, File: 18, Attachments: 19,
  User: 20, ContentTypeId: 25, ModStat: 23
};

export interface FieldRecord {
  id: string;
  internalName: string;
  staticName: string;
  title: string;
  type: FieldType;
  description: string;
  group: string;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Built-in column of the list template (ID, Created, Author...). */
  fromBaseType: boolean;
  /** Values live in the item record under this field's internal name; system fields are computed. */
  system: boolean;
  defaultValue: string | null;
  maxLength?: number;
  min?: number;
  max?: number;
  decimals?: number;
  percentage?: boolean;
  choices?: string[];
  fillInChoice?: boolean;
  /** Multi-valued user or lookup field (`Mult="TRUE"`). */
  multi?: boolean;
  /** Lookup target list id (GUID, no braces) and the field shown. */
  lookupList?: string;
  lookupField?: string;
  /** User fields: 0 = people only, 1 = people and groups. */
  userSelectionMode?: number;
  /** DateTime fields: `DateOnly` or `DateTime`. */
  displayFormat?: string;
  /** The Field XML the field was created from (or an equivalent one). */
  schemaXml: string;
}

export interface ViewRecord {
  id: string;
  title: string;
  defaultView: boolean;
  personalView: boolean;
  hidden: boolean;
  rowLimit: number;
  paged: boolean;
  viewQuery: string;
  viewFields: string[];
  /** File name part of the view URL (`AllItems.aspx`). */
  fileName: string;
}

export interface RoleAssignment {
  principalId: number;
  roleDefIds: number[];
}

/** A value stored for a field; users and lookups hold ids. */
export type StoredValue = string | number | boolean | null | string[] | number[];

export interface ItemVersionRecord {
  /** Major version number (1 = "1.0"). */
  version: number;
  modified: string;
  editorId: number;
  values: Record<string, StoredValue>;
}

export interface ItemRecord {
  id: number;
  guid: string;
  values: Record<string, StoredValue>;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  /** Major version (OData__UIVersionString = `${version}.0`). */
  version: number;
  /** Increments on every update: the `"n"` of the etag (SharePoint's owshiddenversion). */
  etagVersion: number;
  /** Earlier versions, oldest first (only when the list has versioning on). */
  history: ItemVersionRecord[];
  /** null = inherits from its folder (or the list when it sits in the root folder). */
  roles: RoleAssignment[] | null;
  /**
   * The list-relative path of the folder that holds the item (`17`, `17/drafts`); absent or '' = the
   * list's root folder.
   */
  dir?: string;
  /** 1 = the item is a folder (SP.FileSystemObjectType.Folder); absent = an item or a file. */
  fsObjType?: 1;
}

export interface ListRecord {
  id: string;
  title: string;
  description: string;
  /** 100 generic list, 101 document library. */
  baseTemplate: number;
  /** Site-relative URL (`Lists/RoadmapActions`, `Shared Documents`); fixed at creation. */
  url: string;
  /** The name used in entity type names (`RoadmapActions` → SP.Data.RoadmapActionsListItem). */
  entityTypeName: string;
  created: string;
  lastItemModified: string;
  lastItemDeleted: string;
  enableVersioning: boolean;
  majorVersionLimit: number;
  enableMinorVersions: boolean;
  writeSecurity: number;
  readSecurity: number;
  hidden: boolean;
  noCrawl: boolean;
  enableAttachments: boolean;
  /** "Make New Folder command available" (absent in data saved before it existed: libraries yes, lists no). */
  enableFolderCreation?: boolean;
  contentTypesEnabled: boolean;
  fields: FieldRecord[];
  views: ViewRecord[];
  nextItemId: number;
  /** null = inherits from the web. */
  roles: RoleAssignment[] | null;
  /** Bumps when list properties change: the `"n"` of the list's etag (absent in data saved before it existed = 1). */
  etagVersion?: number;
  /**
   * Translations of the title and description by UI culture (`sv-se`, lower case), as SharePoint's
   * multilingual user resources keep them; the site's default culture is `title`/`description` itself.
   */
  titleResources?: Record<string, string>;
  descriptionResources?: Record<string, string>;
}

export interface UserRecord {
  id: number;
  loginName: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
  /** 1 = user, 4 = security group claim (e.g. "Everyone except external users"). */
  principalType: number;
}

export interface GroupRecord {
  id: number;
  title: string;
  description: string;
  ownerTitle: string;
  memberIds: number[];
  onlyAllowMembersViewMembership: boolean;
}

export interface BasePermissions {
  /** Bits 33–64, as SharePoint's High word. */
  high: number;
  /** Bits 1–32, as SharePoint's Low word. */
  low: number;
}

export interface RoleDefinitionRecord {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  basePermissions: BasePermissions;
}

export interface FileVersionRecord {
  /** Major version (1 = "1.0"). */
  version: number;
  /** Base64 content. */
  content: string;
  size: number;
  created: string;
  createdById: number;
  checkInComment: string;
}

export interface FileRecord {
  uniqueId: string;
  /** Server-relative URL, e.g. `/sites/digiohjelma/Shared Documents/tiekartta.xlsx`. */
  serverRelativeUrl: string;
  name: string;
  listId: string;
  itemId: number;
  timeCreated: string;
  timeLastModified: string;
  authorId: number;
  modifiedById: number;
  /** Current major version (UIVersionLabel `${version}.0`). */
  version: number;
  /** Bumps on every content or property save: the `n` in the etag `"{guid},n"`. */
  etagVersion: number;
  /** Base64 content of the current version. */
  content: string;
  size: number;
  checkInComment: string;
  /** Earlier versions, oldest first. */
  history: FileVersionRecord[];
  /** Who has the file checked out (SharePoint's CheckedOutByUser); absent when it is checked in. */
  checkedOutById?: number;
  /** What the user who checked the file out saved since: only that user sees it until check-in. */
  draft?: { content: string; size: number };
}

export interface SiteRecord {
  id: string;
  webId: string;
  title: string;
  description: string;
  /** Server-relative URL, `/sites/digiohjelma`. */
  serverRelativeUrl: string;
  language: number;
  created: string;
  /** null never happens for the root web; kept for symmetry with lists and items. */
  roles: RoleAssignment[];
  nextPrincipalId: number;
  associatedOwnerGroupId: number;
  associatedMemberGroupId: number;
  associatedVisitorGroupId: number;
}

/** Everything the emulator knows, as one JSON document (the snapshot format of persistence). */
export interface StoreSnapshot {
  readonly format: 'digitiekartta-emulator/1';
  site: SiteRecord;
  lists: ListRecord[];
  items: Record<string, ItemRecord[]>;
  users: UserRecord[];
  groups: GroupRecord[];
  roleDefinitions: RoleDefinitionRecord[];
  files: FileRecord[];
}

/**
 * One acknowledged change, as the persistence journal stores it: the new state of the record it
 * touched (not the operation), so that replaying is trivial and idempotent.
 */
export type Mutation =
  | { readonly t: 'site'; readonly site: SiteRecord }
  | { readonly t: 'list'; readonly list: ListRecord }
  | { readonly t: 'listDeleted'; readonly listId: string }
  | { readonly t: 'item'; readonly listId: string; readonly item: ItemRecord; readonly nextItemId: number }
  | { readonly t: 'itemDeleted'; readonly listId: string; readonly itemId: number }
  | { readonly t: 'user'; readonly user: UserRecord }
  | { readonly t: 'userDeleted'; readonly userId: number }
  | { readonly t: 'group'; readonly group: GroupRecord }
  | { readonly t: 'groupDeleted'; readonly groupId: number }
  | { readonly t: 'roleDefinition'; readonly roleDefinition: RoleDefinitionRecord }
  | { readonly t: 'file'; readonly file: FileRecord }
  | { readonly t: 'fileDeleted'; readonly serverRelativeUrl: string }
  | { readonly t: 'reset'; readonly snapshot: StoreSnapshot };
