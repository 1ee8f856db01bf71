import {
  DOCUMENTS_SECURITY, GROUPS, LIST_SECURITY, LISTS, SCHEMA_VERSION,
  type GroupDef, type LibrarySecurity, type ListDef, type ListSecurity, type RoleKey
} from '../../core/schema';

/**
 * What provisioning provisions: a schema version with its lists, groups and permissions. The product
 * provisions `CURRENT_SCHEMA`; tests provision older definitions (tests/fixtures) to prove upgrades.
 */
export interface SchemaDefinition {
  readonly version: number;
  readonly lists: readonly ListDef[];
  readonly groups: readonly GroupDef[];
  /** Per list key; a list without an entry keeps the site's permissions. */
  readonly security: Readonly<Record<string, ListSecurity | undefined>>;
  /** Roles added on the site's document library (the roadmap workbook); absent: left as the site has it. */
  readonly documents?: LibrarySecurity;
}

export const CURRENT_SCHEMA: SchemaDefinition = {
  version: SCHEMA_VERSION,
  lists: LISTS,
  groups: GROUPS,
  security: LIST_SECURITY,
  documents: DOCUMENTS_SECURITY
};

/** SharePoint's built-in role definitions (RoleTypeKind) behind our role names. */
export const ROLE_TYPE_KIND: Readonly<Record<RoleKey | 'fullControl', number>> = {
  read: 2, // Reader
  contribute: 3, // Contributor
  edit: 6, // Editor
  fullControl: 5 // Administrator
};
