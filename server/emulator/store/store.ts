import { randomUUID } from 'node:crypto';
import { builtInFields, defaultView, fixBuiltInFieldIds } from './builtins';
import {
  accessDenied, duplicateValues, etagMismatch, fieldValidation, fileNotFound, itemNotFound, SpError
} from './errors';
import { ADD_FIELD_INTERNAL_NAME_HINT, fieldToXml, internalNameFromDisplayName, parseFieldXml } from './fieldxml';
import {
  defaultRoleDefinitions, EMPTY, FULL_MASK, has, type PermissionName, ROLE_EDIT, ROLE_FULL_CONTROL, ROLE_READ,
  union, without, WRITE_RIGHTS
} from './permissions';
import type {
  BasePermissions, FieldRecord, FileRecord, GroupRecord, ItemRecord, ListRecord, Mutation, RoleAssignment,
  RoleDefinitionRecord, SiteRecord, StoredValue, StoreSnapshot, UserRecord, ViewRecord
} from './types';
import { coerceBody, defaultValueOf, listItemEntityType, spDateTime } from './values';

export const SITE_PATH = '/sites/digiohjelma';
/** The identity of requests without an Authorization header. */
export const SITE_ADMIN_EMAIL = 'admin@porvoo.fi';
export const EVERYONE_LOGIN = 'c:0-.f|rolemanager|spo-grid-all-users/6a1f2a4b-0c33-4a0e-9c6e-0e5f2d6c7a10';
export const CLAIM_PREFIX = 'i:0#.f|membership|';
/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;

/** What an item or file must match for a conditional write (`IF-Match`); undefined or `*` = any. */
export type IfMatch = string | undefined;

export interface ItemScope {
  readonly list: ListRecord;
  readonly item?: ItemRecord;
}

export interface NewList {
  readonly title: string;
  readonly baseTemplate?: number;
  readonly description?: string;
  /** Site-relative URL; default `Lists/<Title without spaces>` (libraries: `<Title>`). */
  readonly url?: string;
  readonly enableVersioning?: boolean;
  readonly hidden?: boolean;
  /** Further list properties set at creation (the rest of a REST create body). */
  readonly properties?: ListPatch;
}

export type ListPatch = Partial<Pick<ListRecord, 'title' | 'description' | 'enableVersioning' | 'majorVersionLimit' |
  'writeSecurity' | 'readSecurity' | 'hidden' | 'noCrawl' | 'enableAttachments' | 'contentTypesEnabled' | 'enableMinorVersions' | 'enableFolderCreation' |
  'titleResources' | 'descriptionResources'>>;

export type FieldPatch = Partial<Pick<FieldRecord, 'title' | 'description' | 'indexed' | 'enforceUniqueValues' | 'choices' |
  'required' | 'defaultValue' | 'hidden' | 'maxLength' | 'min' | 'max' | 'fillInChoice' | 'group'>>;

export type ViewPatch = Partial<Pick<ViewRecord, 'title' | 'viewQuery' | 'rowLimit' | 'defaultView' | 'hidden' | 'paged'>>;

function clone<T>(value: T): T {
  return structuredClone(value);
}

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Strips a claims prefix: `i:0#.f|membership|a@b.fi` → `a@b.fi`. */
export function emailFromLogin(login: string): string {
  const bar = login.lastIndexOf('|');
  return normalEmail(bar >= 0 ? login.slice(bar + 1) : login);
}

function titleFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local.split(/[._-]+/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join(' ') || email;
}

/**
 * The emulator's state and the rules SharePoint applies to it: lists, fields, views, items with
 * versions and etags, users, groups, role assignments and files. Synchronous and in memory; every
 * change is announced as a `Mutation` (the new state of one record) for persistence.
 */
export class EmulatorStore {
  private site!: SiteRecord;
  private readonly listsById = new Map<string, ListRecord>();
  private readonly itemsByList = new Map<string, Map<number, ItemRecord>>();
  private readonly usersById = new Map<number, UserRecord>();
  private readonly groupsById = new Map<number, GroupRecord>();
  private readonly roleDefsById = new Map<number, RoleDefinitionRecord>();
  private readonly filesByUrl = new Map<string, FileRecord>();
  private readonly listeners: ((m: Mutation) => void)[] = [];
  /** Unique-value index per list and field (built lazily): value key → item id. */
  private readonly uniqueIdx = new Map<string, Map<string, Map<string, number>>>();
  /** Folder items per list (built lazily): lower-case list-relative path → folder item id. */
  private readonly folderIdx = new Map<string, Map<string, number>>();
  /** Bumped on every change; lets callers cache derived data. */
  public generation = 0;

  constructor(private origin: string = 'http://localhost', private readonly clock: () => Date = () => new Date()) {
    this.load(EmulatorStore.emptySnapshot(clock()));
  }

  // ------------------------------------------------------------------------------------------------
  // State, snapshots and change notification
  // ------------------------------------------------------------------------------------------------

  /** The state of a freshly created site: the three associated groups, the site admin, the Documents library. */
  static emptySnapshot(now: Date): StoreSnapshot {
    const created = spDateTime(now);
    const site: SiteRecord = {
      id: 'c0a6f3d2-7b1e-4d55-9a57-3f3e1c2b9d01', webId: '5b0e7a4c-2f9d-4e63-8a1b-6d2c4e8f0a12', title: 'Digiohjelma',
      description: 'Porvoon kaupungin digiohjelma 2024–2026', serverRelativeUrl: SITE_PATH, language: 1035, created,
      roles: [], nextPrincipalId: 10, associatedOwnerGroupId: 3, associatedMemberGroupId: 4, associatedVisitorGroupId: 5
    };
    const users: UserRecord[] = [
      { id: 6, loginName: `${CLAIM_PREFIX}${SITE_ADMIN_EMAIL}`, title: 'Site Admin', email: SITE_ADMIN_EMAIL, isSiteAdmin: true, principalType: 1 },
      { id: 7, loginName: EVERYONE_LOGIN, title: 'Everyone except external users', email: '', isSiteAdmin: false, principalType: 4 }
    ];
    const groups: GroupRecord[] = [
      { id: 3, title: 'Digiohjelma Owners', description: '', ownerTitle: 'Digiohjelma Owners', memberIds: [6], onlyAllowMembersViewMembership: false },
      { id: 4, title: 'Digiohjelma Members', description: '', ownerTitle: 'Digiohjelma Owners', memberIds: [], onlyAllowMembersViewMembership: false },
      { id: 5, title: 'Digiohjelma Visitors', description: '', ownerTitle: 'Digiohjelma Owners', memberIds: [], onlyAllowMembersViewMembership: false }
    ];
    site.roles = [
      { principalId: 3, roleDefIds: [ROLE_FULL_CONTROL] },
      { principalId: 4, roleDefIds: [ROLE_EDIT] },
      { principalId: 5, roleDefIds: [ROLE_READ] },
      // A city intranet site: every employee may read it unless a list says otherwise.
      { principalId: 7, roleDefIds: [ROLE_READ] }
    ];
    const libraryId = '9d3b8f1e-5a2c-4b7d-8e6f-1c2a3b4d5e61';
    const library: ListRecord = {
      id: libraryId, title: 'Documents', description: '', baseTemplate: 101, url: 'Shared Documents', entityTypeName: 'Shared_x0020_Documents',
      created, lastItemModified: created, lastItemDeleted: created, enableVersioning: true, majorVersionLimit: 500,
      enableMinorVersions: false, writeSecurity: 1, readSecurity: 1, hidden: false, noCrawl: false, enableAttachments: false,
      contentTypesEnabled: false, fields: builtInFields(101, libraryId), views: [defaultView(101)], nextItemId: 1, roles: null
    };
    return {
      format: 'digitiekartta-emulator/1', site, lists: [library], items: { [libraryId]: [] }, users, groups,
      roleDefinitions: defaultRoleDefinitions(), files: []
    };
  }

  /** Replaces the whole state (used by persistence on start-up). Does not announce a mutation. */
  load(snapshot: StoreSnapshot): void {
    this.site = clone(snapshot.site);
    this.listsById.clear();
    this.itemsByList.clear();
    for (const list of snapshot.lists) {
      const copy = clone(list);
      fixBuiltInFieldIds(copy.fields, copy.id);
      this.listsById.set(list.id, copy);
      const items = new Map<number, ItemRecord>();
      for (const item of (snapshot.items[list.id] ?? []).slice().sort((a, b) => a.id - b.id)) items.set(item.id, clone(item));
      this.itemsByList.set(list.id, items);
    }
    this.usersById.clear();
    for (const u of snapshot.users) this.usersById.set(u.id, clone(u));
    this.groupsById.clear();
    for (const g of snapshot.groups) this.groupsById.set(g.id, clone(g));
    this.roleDefsById.clear();
    for (const r of snapshot.roleDefinitions) this.roleDefsById.set(r.id, clone(r));
    this.filesByUrl.clear();
    for (const f of snapshot.files) this.filesByUrl.set(f.serverRelativeUrl.toLowerCase(), clone(f));
    this.uniqueIdx.clear();
    this.folderIdx.clear();
    this.uniqueScopes.clear();
    this.generation++;
  }

  /** The whole state as one JSON-serialisable document (live references: serialise it at once). */
  snapshot(): StoreSnapshot {
    const items: Record<string, ItemRecord[]> = {};
    for (const [listId, map] of this.itemsByList) items[listId] = [...map.values()];
    return {
      format: 'digitiekartta-emulator/1', site: this.site, lists: [...this.listsById.values()], items,
      users: [...this.usersById.values()], groups: [...this.groupsById.values()],
      roleDefinitions: [...this.roleDefsById.values()], files: [...this.filesByUrl.values()]
    };
  }

  /** Applies a journalled mutation (persistence replay). */
  apply(m: Mutation): void {
    switch (m.t) {
      case 'site': this.site = clone(m.site); break;
      case 'list': {
        const list = clone(m.list);
        fixBuiltInFieldIds(list.fields, list.id);
        this.listsById.set(list.id, list);
        if (!this.itemsByList.has(m.list.id)) this.itemsByList.set(m.list.id, new Map());
        break;
      }
      case 'listDeleted': this.listsById.delete(m.listId); this.itemsByList.delete(m.listId); break;
      case 'item': {
        const list = this.listsById.get(m.listId);
        if (!list) break;
        list.nextItemId = Math.max(list.nextItemId, m.nextItemId);
        this.itemMap(list).set(m.item.id, clone(m.item));
        break;
      }
      case 'itemDeleted': this.itemsByList.get(m.listId)?.delete(m.itemId); break;
      case 'user': this.usersById.set(m.user.id, clone(m.user)); break;
      case 'userDeleted': this.usersById.delete(m.userId); break;
      case 'group': this.groupsById.set(m.group.id, clone(m.group)); break;
      case 'groupDeleted': this.groupsById.delete(m.groupId); break;
      case 'roleDefinition': this.roleDefsById.set(m.roleDefinition.id, clone(m.roleDefinition)); break;
      case 'file': this.filesByUrl.set(m.file.serverRelativeUrl.toLowerCase(), clone(m.file)); break;
      case 'fileDeleted': this.filesByUrl.delete(m.serverRelativeUrl.toLowerCase()); break;
      case 'reset': this.load(m.snapshot); break;
    }
    this.uniqueIdx.clear();
    this.folderIdx.clear();
    this.uniqueScopes.clear();
    this.generation++;
  }

  /** Subscribes to changes; returns an unsubscribe function. */
  onMutation(listener: (m: Mutation) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  private emit(m: Mutation): void {
    this.generation++;
    // Anything but a break of one item's inheritance may change the count of unique scopes: count again.
    if (m.t !== 'item' || this.countingBreak !== m.item) this.uniqueScopes.clear();
    for (const l of this.listeners) l(m);
  }

  /** Wipes everything back to an empty site. */
  reset(): void {
    const snap = EmulatorStore.emptySnapshot(this.clock());
    this.load(snap);
    this.emit({ t: 'reset', snapshot: snap });
  }

  now(): string {
    return spDateTime(this.clock());
  }

  // ------------------------------------------------------------------------------------------------
  // Site
  // ------------------------------------------------------------------------------------------------

  get web(): Readonly<SiteRecord> {
    return this.site;
  }

  get siteUrl(): string {
    return `${this.origin}${this.site.serverRelativeUrl}`;
  }

  get originUrl(): string {
    return this.origin;
  }

  /** The site's absolute URL as seen from an origin (`http://localhost:1234`): SharePoint answers with the host it was called at. */
  siteUrlAt(origin: string): string {
    return `${origin.replace(/\/+$/, '')}${this.site.serverRelativeUrl}`;
  }

  /** Sets the scheme, host and port the site is served at (known once the server listens). */
  setOrigin(origin: string): void {
    this.origin = origin.replace(/\/+$/, '');
  }

  updateWeb(patch: Partial<Pick<SiteRecord, 'title' | 'description'>>): void {
    Object.assign(this.site, patch);
    this.emit({ t: 'site', site: this.site });
  }

  // ------------------------------------------------------------------------------------------------
  // Lists, fields, views
  // ------------------------------------------------------------------------------------------------

  lists(): ListRecord[] {
    return [...this.listsById.values()];
  }

  listById(id: string): ListRecord | undefined {
    return this.listsById.get(id.replace(/[{}]/g, '').toLowerCase());
  }

  listByTitle(title: string): ListRecord | undefined {
    const t = title.toLowerCase();
    return this.lists().find((l) => l.title.toLowerCase() === t);
  }

  /** By site-relative (`Lists/X`), server-relative (`/sites/digiohjelma/Lists/X`) or absolute URL. */
  listByUrl(url: string): ListRecord | undefined {
    const rel = this.siteRelative(url).replace(/\/(Forms\/)?[^/]*\.aspx$/i, '').replace(/\/+$/, '').toLowerCase();
    return this.lists().find((l) => l.url.toLowerCase() === rel);
  }

  /** `https://host/sites/digiohjelma/Lists/X` or `/sites/digiohjelma/Lists/X` → `Lists/X`. */
  siteRelative(url: string): string {
    let u = url.trim();
    if (/^https?:\/\//i.test(u)) u = new URL(u).pathname;
    u = u.replace(/\\/g, '/');
    const sitePath = this.site.serverRelativeUrl.toLowerCase();
    if (u.toLowerCase().startsWith(`${sitePath}/`) || u.toLowerCase() === sitePath) u = u.slice(sitePath.length);
    return u.replace(/^\/+/, '');
  }

  createList(input: NewList): ListRecord {
    const baseTemplate = input.baseTemplate ?? 100;
    checkListTitle(input.title);
    if (this.listByTitle(input.title)) {
      throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
        `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const compact = input.title.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
    let url = input.url ?? (baseTemplate === 101 ? compact : `Lists/${compact}`);
    let n = 1;
    while (this.listByUrl(url)) url = `${input.url ?? (baseTemplate === 101 ? compact : `Lists/${compact}`)}${n++}`;
    const leaf = url.split('/').pop() ?? compact;
    const id = randomUUID();
    const now = this.now();
    const list: ListRecord = {
      id, title: input.title, description: input.description ?? '', baseTemplate, url,
      entityTypeName: leaf.replace(/[^A-Za-z0-9]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`),
      created: now, lastItemModified: now, lastItemDeleted: now,
      enableVersioning: input.enableVersioning ?? baseTemplate === 101, majorVersionLimit: baseTemplate === 101 ? 500 : 50,
      enableMinorVersions: false, writeSecurity: 1, readSecurity: 1, hidden: input.hidden ?? false, noCrawl: false,
      enableAttachments: baseTemplate !== 101, contentTypesEnabled: false, fields: builtInFields(baseTemplate, id),
      views: [defaultView(baseTemplate)], nextItemId: 1, roles: null, etagVersion: 1
    };
    for (const [k, v] of Object.entries(input.properties ?? {})) if (v !== undefined) (list as unknown as Record<string, unknown>)[k] = v;
    this.listsById.set(id, list);
    this.itemsByList.set(id, new Map());
    this.emit({ t: 'list', list });
    return list;
  }

  /** The `"n"` etag of a list. */
  static listEtag(list: ListRecord): string {
    return `"${list.etagVersion ?? 1}"`;
  }

  updateList(list: ListRecord, patch: ListPatch, ifMatch?: IfMatch): void {
    checkEtag(ifMatch, EmulatorStore.listEtag(list));
    if (patch.title !== undefined && patch.title !== list.title) {
      checkListTitle(patch.title);
      const other = this.listByTitle(patch.title);
      if (other && other.id !== list.id) {
        throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
          'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
      }
    }
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) (list as unknown as Record<string, unknown>)[k] = v;
    list.etagVersion = (list.etagVersion ?? 1) + 1;
    this.trimAllVersions(list);
    this.emit({ t: 'list', list });
  }

  deleteList(list: ListRecord, ifMatch?: IfMatch): void {
    checkEtag(ifMatch, EmulatorStore.listEtag(list));
    this.listsById.delete(list.id);
    this.itemsByList.delete(list.id);
    this.uniqueIdx.delete(list.id);
    this.folderIdx.delete(list.id);
    for (const [url, f] of this.filesByUrl) if (f.listId === list.id) this.filesByUrl.delete(url);
    this.emit({ t: 'listDeleted', listId: list.id });
  }

  fieldByName(list: ListRecord, internalNameOrTitle: string): FieldRecord | undefined {
    return list.fields.find((f) => f.internalName === internalNameOrTitle)
      ?? list.fields.find((f) => f.title === internalNameOrTitle)
      ?? list.fields.find((f) => f.internalName.toLowerCase() === internalNameOrTitle.toLowerCase());
  }

  /** `createfieldasxml`: adds a field from its Field XML. `options` are SP.AddFieldOptions flags. */
  addFieldAsXml(list: ListRecord, schemaXml: string, options = 0): FieldRecord {
    const parsed = parseFieldXml(schemaXml);
    // Like SharePoint: without AddFieldInternalNameHint the internal name comes from the display name.
    const wanted = options & ADD_FIELD_INTERNAL_NAME_HINT
      ? parsed.name ?? parsed.staticName ?? internalNameFromDisplayName(parsed.displayName)
      : internalNameFromDisplayName(parsed.displayName);
    let internalName = wanted;
    for (let i = 0; list.fields.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase()); i++) internalName = `${wanted}${i}`;
    let lookupList: string | undefined;
    if (parsed.field.type === 'Lookup') {
      const ref = parsed.listRef ?? '';
      const target = /^\{?[0-9a-f-]{36}\}?$/i.test(ref) ? this.listById(ref) : ref === 'Self' ? list : this.listByUrl(ref);
      if (!target) throw fieldValidation(`The lookup list '${ref}' does not exist.`);
      lookupList = target.id;
    }
    const field: FieldRecord = {
      ...parsed.field, internalName, staticName: parsed.staticName && options & ADD_FIELD_INTERNAL_NAME_HINT ? internalName : internalName,
      ...(lookupList ? { lookupList } : {})
    };
    if (field.enforceUniqueValues && !field.indexed) field.indexed = true;
    if (list.fields.some((f) => f.id === field.id)) field.id = randomUUID();
    field.schemaXml = fieldToXml(field, list.id);
    list.fields.push(field);
    this.emit({ t: 'list', list });
    return field;
  }

  /** Adds a field from properties (`fields.add`, `AddField`). */
  addField(list: ListRecord, props: { title: string; type: FieldRecord['type']; internalName?: string } & FieldPatch & Partial<FieldRecord>): FieldRecord {
    const base = internalNameFromDisplayName(props.internalName ?? props.title);
    let internalName = base;
    for (let i = 0; list.fields.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase()); i++) internalName = `${base}${i}`;
    const field: FieldRecord = {
      id: randomUUID(), description: '', group: '', required: false, indexed: false, enforceUniqueValues: false, hidden: false,
      readOnly: false, fromBaseType: false, system: false, defaultValue: null, schemaXml: '',
      ...(props.type === 'Text' ? { maxLength: 255 } : {}),
      ...(props.type === 'Choice' || props.type === 'MultiChoice' ? { choices: [], fillInChoice: false } : {}),
      ...props, internalName, staticName: internalName
    };
    field.schemaXml = fieldToXml(field, list.id);
    list.fields.push(field);
    this.emit({ t: 'list', list });
    return field;
  }

  updateField(list: ListRecord, field: FieldRecord, patch: FieldPatch): void {
    if (patch.enforceUniqueValues && !(patch.indexed ?? field.indexed)) {
      throw new SpError(400, '-2130575163, Microsoft.SharePoint.SPException',
        'The field must be indexed to enforce unique values. Index the field first.');
    }
    if (patch.enforceUniqueValues && !field.enforceUniqueValues) {
      const seen = new Set<string>();
      for (const item of this.itemMap(list).values()) {
        const key = uniqueKey(item.values[field.internalName]);
        if (key === null) continue;
        if (seen.has(key)) throw new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
          'This field contains duplicate values. Remove all duplicate values and try the operation again.');
        seen.add(key);
      }
    }
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) (field as unknown as Record<string, unknown>)[k] = v;
    field.schemaXml = fieldToXml(field, list.id);
    this.uniqueIdx.delete(list.id);
    this.emit({ t: 'list', list });
  }

  deleteField(list: ListRecord, field: FieldRecord): void {
    if (field.fromBaseType) throw new SpError(400, '-2147024809, System.ArgumentException', 'You cannot delete a built-in field.');
    list.fields = list.fields.filter((f) => f !== field);
    for (const v of list.views) v.viewFields = v.viewFields.filter((n) => n !== field.internalName);
    this.emit({ t: 'list', list });
  }

  addView(list: ListRecord, props: { title: string } & ViewPatch & { personalView?: boolean; viewFields?: string[] }): ViewRecord {
    const view: ViewRecord = {
      id: randomUUID(), title: props.title, defaultView: false, personalView: props.personalView ?? false, hidden: false,
      rowLimit: props.rowLimit ?? 30, paged: props.paged ?? true, viewQuery: props.viewQuery ?? '',
      viewFields: props.viewFields ?? (list.baseTemplate === 101 ? ['DocIcon', 'LinkFilename'] : ['LinkTitle']),
      fileName: `${props.title.replace(/[^A-Za-z0-9]/g, '')}.aspx`
    };
    list.views.push(view);
    if (props.defaultView) this.setDefaultView(list, view);
    this.emit({ t: 'list', list });
    return view;
  }

  updateView(list: ListRecord, view: ViewRecord, patch: ViewPatch): void {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined && k !== 'defaultView') (view as unknown as Record<string, unknown>)[k] = v;
    if (patch.defaultView === true) this.setDefaultView(list, view);
    this.emit({ t: 'list', list });
  }

  private setDefaultView(list: ListRecord, view: ViewRecord): void {
    for (const v of list.views) v.defaultView = v === view;
  }

  setViewFields(list: ListRecord, view: ViewRecord, fields: string[]): void {
    view.viewFields = fields;
    this.emit({ t: 'list', list });
  }

  deleteView(list: ListRecord, view: ViewRecord): void {
    list.views = list.views.filter((v) => v !== view);
    this.emit({ t: 'list', list });
  }

  // ------------------------------------------------------------------------------------------------
  // Items
  // ------------------------------------------------------------------------------------------------

  private itemMap(list: ListRecord): Map<number, ItemRecord> {
    let m = this.itemsByList.get(list.id);
    if (!m) {
      m = new Map();
      this.itemsByList.set(list.id, m);
    }
    return m;
  }

  /** Items in ascending ID order. */
  items(list: ListRecord): IterableIterator<ItemRecord> {
    return this.itemMap(list).values();
  }

  itemCount(list: ListRecord): number {
    return this.itemMap(list).size;
  }

  item(list: ListRecord, id: number): ItemRecord | undefined {
    return this.itemMap(list).get(id);
  }

  /** The `"n"` etag of an item. */
  static itemEtag(item: ItemRecord): string {
    return `"${item.etagVersion}"`;
  }

  /**
   * Adds an item from a REST body (`Title`, `DtStatus`, `DtOwnerId`...), validating it against the
   * list's fields. `actorId` becomes Author and Editor. `dir` is the list-relative folder it goes into
   * (the folder must exist); absent = the root folder.
   */
  addItem(list: ListRecord, body: Record<string, unknown>, actorId: number, dir = ''): ItemRecord {
    const values = coerceBody(list, body, listItemEntityType(list), { userExists: (id) => this.principalExists(id) });
    for (const f of list.fields) {
      if (f.system || f.readOnly) continue;
      if (!(f.internalName in values)) {
        const d = defaultValueOf(f);
        if (d !== null) values[f.internalName] = d;
      }
    }
    // Required columns are not checked: SharePoint leaves that to its forms on REST writes.
    this.checkUnique(list, values, undefined);
    return this.insertItem(list, values, actorId, this.existingDir(list, dir));
  }

  private insertItem(list: ListRecord, values: Record<string, StoredValue>, actorId: number, dir: string, folder = false): ItemRecord {
    const now = this.now();
    const item: ItemRecord = {
      id: list.nextItemId, guid: randomUUID(), values, created: now, modified: now, authorId: actorId, editorId: actorId,
      version: 1, etagVersion: 1, history: [], roles: null, ...(dir ? { dir } : {}), ...(folder ? { fsObjType: 1 as const } : {})
    };
    list.nextItemId++;
    list.lastItemModified = now;
    this.itemMap(list).set(item.id, item);
    if (folder) this.folderIdx.delete(list.id);
    else this.indexUnique(list, item.id, undefined, values);
    this.emit({ t: 'item', listId: list.id, item, nextItemId: list.nextItemId });
    return item;
  }

  /** Updates an item (MERGE semantics: only the given properties). Throws 412 on an etag mismatch. */
  updateItem(list: ListRecord, id: number, body: Record<string, unknown>, actorId: number, ifMatch?: IfMatch): ItemRecord {
    const item = this.item(list, id);
    if (!item) throw itemNotFound();
    checkEtag(ifMatch, EmulatorStore.itemEtag(item));
    if (item.fsObjType === 1 && typeof body.FileLeafRef === 'string') {
      const { FileLeafRef: name, ...rest } = body;
      this.renameFolder(list, item, name as string);
      body = rest;
    }
    const changes = coerceBody(list, body, listItemEntityType(list), { userExists: (uid) => this.principalExists(uid) });
    const next = { ...item.values, ...changes };
    this.checkUnique(list, changes, item.id);
    this.writeItem(list, item, next, actorId);
    return item;
  }

  /** Stores new values as a new version (when versioning is on) and bumps the etag. */
  private writeItem(list: ListRecord, item: ItemRecord, values: Record<string, StoredValue>, actorId: number): void {
    if (list.enableVersioning) {
      item.history.push({ version: item.version, modified: item.modified, editorId: item.editorId, values: item.values });
      item.version++;
      this.trimVersions(list, item);
    }
    this.indexUnique(list, item.id, item.values, values);
    item.values = values;
    item.modified = this.now();
    item.editorId = actorId;
    item.etagVersion++;
    list.lastItemModified = item.modified;
    this.emit({ t: 'item', listId: list.id, item, nextItemId: list.nextItemId });
  }

  private trimVersions(list: ListRecord, item: ItemRecord): void {
    const keep = Math.max(0, list.majorVersionLimit - 1);
    if (list.majorVersionLimit > 0 && item.history.length > keep) item.history.splice(0, item.history.length - keep);
  }

  private trimAllVersions(list: ListRecord): void {
    if (list.majorVersionLimit <= 0) return;
    for (const item of this.itemMap(list).values()) {
      if (item.history.length > list.majorVersionLimit - 1) {
        this.trimVersions(list, item);
        this.emit({ t: 'item', listId: list.id, item, nextItemId: list.nextItemId });
      }
    }
  }

  deleteItem(list: ListRecord, id: number, ifMatch?: IfMatch): void {
    const item = this.item(list, id);
    if (!item) throw itemNotFound();
    checkEtag(ifMatch, EmulatorStore.itemEtag(item));
    if (item.fsObjType === 1) {
      // A folder goes with everything in it, as in SharePoint.
      const path = EmulatorStore.folderPath(item).toLowerCase();
      for (const child of [...this.itemMap(list).values()]) {
        if (child.id !== id && isUnder((child.dir ?? '').toLowerCase(), path)) this.removeItem(list, child);
      }
      this.folderIdx.delete(list.id);
    }
    this.removeItem(list, item);
  }

  private removeItem(list: ListRecord, item: ItemRecord): void {
    const id = item.id;
    this.indexUnique(list, id, item.values, undefined);
    this.itemMap(list).delete(id);
    list.lastItemDeleted = this.now();
    for (const [url, f] of this.filesByUrl) if (f.listId === list.id && f.itemId === id) {
      this.filesByUrl.delete(url);
      this.emit({ t: 'fileDeleted', serverRelativeUrl: f.serverRelativeUrl });
    }
    this.emit({ t: 'itemDeleted', listId: list.id, itemId: id });
  }

  private uniqueMap(list: ListRecord, field: FieldRecord): Map<string, number> {
    let perList = this.uniqueIdx.get(list.id);
    if (!perList) {
      perList = new Map();
      this.uniqueIdx.set(list.id, perList);
    }
    let m = perList.get(field.internalName);
    if (!m) {
      m = new Map();
      for (const item of this.itemMap(list).values()) {
        const key = uniqueKey(item.values[field.internalName]);
        if (key !== null && !m.has(key)) m.set(key, item.id);
      }
      perList.set(field.internalName, m);
    }
    return m;
  }

  /** Keeps built unique indexes in step with an item's old and new values. */
  private indexUnique(list: ListRecord, id: number, before: Record<string, StoredValue> | undefined, after: Record<string, StoredValue> | undefined): void {
    const perList = this.uniqueIdx.get(list.id);
    if (!perList) return;
    for (const [name, m] of perList) {
      const oldKey = before ? uniqueKey(before[name]) : null;
      const newKey = after ? uniqueKey(after[name]) : null;
      if (oldKey === newKey) continue;
      if (oldKey !== null && m.get(oldKey) === id) m.delete(oldKey);
      if (newKey !== null && !m.has(newKey)) m.set(newKey, id);
    }
  }

  private checkUnique(list: ListRecord, values: Record<string, StoredValue>, selfId: number | undefined): void {
    for (const f of list.fields) {
      if (!f.enforceUniqueValues || !(f.internalName in values)) continue;
      const key = uniqueKey(values[f.internalName]);
      if (key === null) continue;
      const owner = this.uniqueMap(list, f).get(key);
      if (owner !== undefined && owner !== selfId) throw duplicateValues();
    }
  }


  // ------------------------------------------------------------------------------------------------
  // Folders (list and library folders are items with FSObjType 1; an item's `dir` is its folder)
  // ------------------------------------------------------------------------------------------------

  /** The list-relative path of a folder item (`17`, `17/drafts`). */
  static folderPath(folder: ItemRecord): string {
    const name = String(folder.values.FileLeafRef ?? '');
    return folder.dir ? `${folder.dir}/${name}` : name;
  }

  private folderMap(list: ListRecord): Map<string, number> {
    let m = this.folderIdx.get(list.id);
    if (!m) {
      m = new Map();
      for (const item of this.itemMap(list).values()) if (item.fsObjType === 1) m.set(EmulatorStore.folderPath(item).toLowerCase(), item.id);
      this.folderIdx.set(list.id, m);
    }
    return m;
  }

  /** The folder item at a list-relative path; undefined for the root folder or a missing folder. */
  folderAt(list: ListRecord, path: string): ItemRecord | undefined {
    const key = trimPath(path).toLowerCase();
    if (key === '') return undefined;
    const id = this.folderMap(list).get(key);
    return id === undefined ? undefined : this.item(list, id);
  }

  /** The folder items directly in a folder (`''` = the root folder). */
  subfolders(list: ListRecord, path: string): ItemRecord[] {
    const key = trimPath(path).toLowerCase();
    return [...this.folderMap(list).values()].map((id) => this.item(list, id)).filter((f): f is ItemRecord => !!f && (f.dir ?? '').toLowerCase() === key);
  }

  /** How many items and folders sit directly in a folder. */
  folderChildCount(list: ListRecord, path: string): number {
    const key = trimPath(path).toLowerCase();
    let n = 0;
    for (const item of this.itemMap(list).values()) if ((item.dir ?? '').toLowerCase() === key) n++;
    return n;
  }

  /** A list-relative folder path in its stored spelling; 404 when the folder does not exist. */
  private existingDir(list: ListRecord, dir: string): string {
    const path = trimPath(dir);
    if (path === '') return '';
    const folder = this.folderAt(list, path);
    if (!folder) throw fileNotFound();
    return EmulatorStore.folderPath(folder);
  }

  /**
   * The list and list-relative folder path of a folder URL (server-relative, site-relative or absolute):
   * `/sites/digiohjelma/Lists/StatusUpdates/17` → StatusUpdates, `17`. The path may not exist (yet).
   */
  locateFolder(url: string): { list: ListRecord; path: string } | undefined {
    const rel = this.siteRelative(url).replace(/\/+$/, '');
    const lower = rel.toLowerCase();
    const list = this.lists()
      .filter((l) => lower === l.url.toLowerCase() || lower.startsWith(`${l.url.toLowerCase()}/`))
      .sort((a, b) => b.url.length - a.url.length)[0];
    return list ? { list, path: trimPath(rel.slice(list.url.length)) } : undefined;
  }

  /**
   * Creates a folder in a list or library (`dir` '' = the root folder). With `overwrite`, an existing folder
   * of that name is returned as it is; otherwise its name is refused as in SharePoint.
   */
  addFolder(list: ListRecord, dir: string, name: string, actorId: number, overwrite = false): ItemRecord {
    const parent = this.existingDir(list, dir);
    checkLeafName(name);
    const existing = this.folderAt(list, parent ? `${parent}/${name}` : name);
    if (existing) {
      if (overwrite) return existing;
      throw new SpError(500, '-2130575257, Microsoft.SharePoint.SPException',
        `A file or folder with the name ${this.serverRelative(`${list.url}/${parent ? `${parent}/` : ''}${name}`)} already exists.`);
    }
    return this.insertItem(list, { Title: name, FileLeafRef: name }, actorId, parent, true);
  }

  /** Renames a folder (its FileLeafRef); what is in it moves along. */
  private renameFolder(list: ListRecord, folder: ItemRecord, name: string): void {
    checkLeafName(name);
    const from = EmulatorStore.folderPath(folder);
    const to = folder.dir ? `${folder.dir}/${name}` : name;
    if (from === to) return;
    if (this.folderAt(list, to)) {
      throw new SpError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${this.serverRelative(`${list.url}/${to}`)} already exists.`);
    }
    const fromKey = from.toLowerCase();
    for (const child of this.itemMap(list).values()) {
      const d = child.dir ?? '';
      if (!isUnder(d.toLowerCase(), fromKey)) continue;
      child.dir = `${to}${d.slice(from.length)}`;
      this.emit({ t: 'item', listId: list.id, item: child, nextItemId: list.nextItemId });
    }
    folder.values = { ...folder.values, FileLeafRef: name, Title: name };
    this.folderIdx.delete(list.id);
  }

  // ------------------------------------------------------------------------------------------------
  // Users and groups
  // ------------------------------------------------------------------------------------------------

  users(): UserRecord[] {
    return [...this.usersById.values()];
  }

  userById(id: number): UserRecord | undefined {
    return this.usersById.get(id);
  }

  userByEmail(email: string): UserRecord | undefined {
    const e = normalEmail(email);
    return this.users().find((u) => u.email.toLowerCase() === e);
  }

  userByLogin(login: string): UserRecord | undefined {
    const l = login.toLowerCase();
    return this.users().find((u) => u.loginName.toLowerCase() === l) ?? (login.includes('@') ? this.userByEmail(emailFromLogin(login)) : undefined);
  }

  get siteAdmin(): UserRecord {
    return this.userByEmail(SITE_ADMIN_EMAIL) ?? this.ensureUser(SITE_ADMIN_EMAIL, 'Site Admin');
  }

  /** Returns the site user for an e-mail or login name, creating it (any e-mail is a valid tenant user here). */
  ensureUser(emailOrLogin: string, title?: string): UserRecord {
    const existing = this.userByLogin(emailOrLogin);
    if (existing) {
      if (title && existing.title !== title && existing.title === titleFromEmail(existing.email)) {
        existing.title = title;
        this.emit({ t: 'user', user: existing });
      }
      return existing;
    }
    const email = emailFromLogin(emailOrLogin);
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The specified user ' + emailOrLogin + ' could not be found.');
    }
    const user: UserRecord = {
      id: this.nextPrincipalId(), loginName: `${CLAIM_PREFIX}${email}`, title: title ?? titleFromEmail(email), email,
      isSiteAdmin: false, principalType: 1
    };
    this.usersById.set(user.id, user);
    this.emit({ t: 'user', user });
    return user;
  }

  updateUser(user: UserRecord, patch: Partial<Pick<UserRecord, 'title' | 'email' | 'isSiteAdmin'>>): void {
    // A MERGE changes only the properties it carries (a Title alone keeps the e-mail).
    if (patch.title !== undefined) user.title = patch.title;
    if (patch.email !== undefined) user.email = patch.email;
    if (patch.isSiteAdmin !== undefined) user.isSiteAdmin = patch.isSiteAdmin;
    this.emit({ t: 'user', user });
  }

  deleteUser(id: number): void {
    if (!this.usersById.delete(id)) return;
    this.emit({ t: 'userDeleted', userId: id });
    for (const g of this.groupsById.values()) {
      if (g.memberIds.includes(id)) {
        g.memberIds = g.memberIds.filter((m) => m !== id);
        this.emit({ t: 'group', group: g });
      }
    }
  }

  private nextPrincipalId(): number {
    const id = this.site.nextPrincipalId;
    this.site.nextPrincipalId++;
    this.emit({ t: 'site', site: this.site });
    return id;
  }

  private principalExists(id: number): boolean {
    return this.usersById.has(id) || this.groupsById.has(id);
  }

  groups(): GroupRecord[] {
    return [...this.groupsById.values()];
  }

  groupById(id: number): GroupRecord | undefined {
    return this.groupsById.get(id);
  }

  groupByName(name: string): GroupRecord | undefined {
    const n = name.toLowerCase();
    return this.groups().find((g) => g.title.toLowerCase() === n);
  }

  addGroup(props: { title: string; description?: string; ownerTitle?: string; onlyAllowMembersViewMembership?: boolean }): GroupRecord {
    if (this.groupByName(props.title)) {
      throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException',
        `The specified name is already in use. Please try again with a new name.`);
    }
    const group: GroupRecord = {
      id: this.nextPrincipalId(), title: props.title, description: props.description ?? '', ownerTitle: props.ownerTitle ?? 'Digiohjelma Owners',
      memberIds: [], onlyAllowMembersViewMembership: props.onlyAllowMembersViewMembership ?? false
    };
    this.groupsById.set(group.id, group);
    this.emit({ t: 'group', group });
    return group;
  }

  updateGroup(group: GroupRecord, patch: Partial<Pick<GroupRecord, 'title' | 'description' | 'onlyAllowMembersViewMembership'>>): void {
    Object.assign(group, patch);
    this.emit({ t: 'group', group });
  }

  deleteGroup(id: number): void {
    if (!this.groupsById.delete(id)) return;
    this.emit({ t: 'groupDeleted', groupId: id });
  }

  addGroupMember(group: GroupRecord, user: UserRecord): void {
    if (group.memberIds.includes(user.id)) return;
    group.memberIds.push(user.id);
    this.emit({ t: 'group', group });
  }

  removeGroupMember(group: GroupRecord, userId: number): void {
    group.memberIds = group.memberIds.filter((m) => m !== userId);
    this.emit({ t: 'group', group });
  }

  groupsOf(userId: number): GroupRecord[] {
    return this.groups().filter((g) => g.memberIds.includes(userId));
  }

  // ------------------------------------------------------------------------------------------------
  // Permissions
  // ------------------------------------------------------------------------------------------------

  roleDefinitions(): RoleDefinitionRecord[] {
    return [...this.roleDefsById.values()].sort((a, b) => a.order - b.order);
  }

  roleDefinitionById(id: number): RoleDefinitionRecord | undefined {
    return this.roleDefsById.get(id);
  }

  /** The role assignments in force for a scope: its own, or those of the nearest unique ancestor. */
  effectiveRoles(scope?: ItemScope): RoleAssignment[] {
    if (!scope) return this.site.roles;
    if (scope.item) return scope.item.roles ?? this.folderRoles(scope.list, scope.item.dir ?? '');
    return scope.list.roles ?? this.site.roles;
  }

  /**
   * What an item in folder `dir` inherits: the nearest folder on the way up with unique permissions,
   * else the list's, else the web's (SharePoint's scope chain item → folder → … → list → web).
   */
  folderRoles(list: ListRecord, dir: string): RoleAssignment[] {
    let path = trimPath(dir);
    while (path !== '') {
      const folder = this.folderAt(list, path);
      if (folder?.roles) return folder.roles;
      const slash = path.lastIndexOf('/');
      path = slash < 0 ? '' : path.slice(0, slash);
    }
    return list.roles ?? this.site.roles;
  }

  /** The role assignments object of a scope: the web, a list or an item (unique or inherited). */
  hasUniqueRoles(scope?: ItemScope): boolean {
    if (!scope) return true;
    return scope.item ? scope.item.roles !== null : scope.list.roles !== null;
  }

  /**
   * What a user may do on the web, a list, a folder or an item, as SharePoint computes it: the union of
   * the roles of the user, of the groups the user belongs to and of "Everyone", from the nearest scope
   * with unique permissions. Site admins have everything. WriteSecurity=2 takes edit rights away on items
   * (folders included) the user did not create (unless the user can manage the list).
   */
  effectivePermissions(userId: number, scope?: ItemScope): BasePermissions {
    const user = this.usersById.get(userId);
    if (!user) return EMPTY;
    if (user.isSiteAdmin) return FULL_MASK;
    let perms = this.permissionsFrom(userId, this.effectiveRoles(scope));
    if (scope?.item && scope.list.writeSecurity === 2 && scope.item.authorId !== userId && !has(perms, 'ManageLists')) {
      perms = without(perms, WRITE_RIGHTS);
    }
    return perms;
  }

  /** What the user may do in a folder (`''` = the root folder): the rights a new item there would start with. */
  folderPermissions(userId: number, list: ListRecord, dir: string): BasePermissions {
    const folder = this.folderAt(list, dir);
    if (!folder) return this.effectivePermissions(userId, { list });
    const user = this.usersById.get(userId);
    if (!user) return EMPTY;
    return user.isSiteAdmin ? FULL_MASK : this.permissionsFrom(userId, this.effectiveRoles({ list, item: folder }));
  }

  private permissionsFrom(userId: number, roles: readonly RoleAssignment[]): BasePermissions {
    const principals = new Set<number>([userId]);
    for (const g of this.groupsOf(userId)) principals.add(g.id);
    for (const u of this.usersById.values()) if (u.principalType === 4 && u.loginName === EVERYONE_LOGIN) principals.add(u.id);
    let perms = EMPTY;
    for (const ra of roles) {
      if (!principals.has(ra.principalId)) continue;
      for (const rd of ra.roleDefIds) {
        const def = this.roleDefsById.get(rd);
        if (def) perms = union(perms, def.basePermissions);
      }
    }
    return perms;
  }

  can(userId: number, kind: PermissionName, scope?: ItemScope): boolean {
    return has(this.effectivePermissions(userId, scope), kind);
  }

  /** Throws SharePoint's 403 when the user lacks the right. */
  demand(userId: number, kind: PermissionName, scope?: ItemScope): void {
    if (!this.can(userId, kind, scope)) throw accessDenied();
  }

  /**
   * `breakroleinheritance(copyroleassignments, clearsubscopes)` on the web (no-op), a list, a folder or an
   * item. `clearsubscopes` makes every object below (items and folders of the list, or of the folder) with
   * unique permissions inherit again.
   */
  breakRoleInheritance(scope: ItemScope | undefined, copyRoleAssignments: boolean, clearSubscopes: boolean): void {
    if (!scope) return;
    const own = copyRoleAssignments ? clone(this.effectiveRoles(scope)) : [];
    if (scope.item) {
      if (scope.item.roles === null) {
        this.checkScopeLimit(scope.list);
        scope.item.roles = own;
        this.countingBreak = scope.item;
        this.emit({ t: 'item', listId: scope.list.id, item: scope.item, nextItemId: scope.list.nextItemId });
        this.countingBreak = undefined;
      }
      if (clearSubscopes && scope.item.fsObjType === 1) this.clearScopesUnder(scope.list, EmulatorStore.folderPath(scope.item));
      return;
    }
    if (scope.list.roles === null) {
      scope.list.roles = own;
      this.emit({ t: 'list', list: scope.list });
    }
    if (clearSubscopes) this.clearScopesUnder(scope.list, '');
  }

  /** SharePoint Online's limit of items (and folders) with unique permissions in one list or library. */
  static readonly MAX_UNIQUE_SCOPES_PER_LIST = 50_000;

  /** Items with unique permissions per list, counted once and kept up to date by the breaks here. */
  private readonly uniqueScopes = new Map<string, number>();
  private countingBreak: ItemRecord | undefined;

  private checkScopeLimit(list: ListRecord): void {
    let unique = this.uniqueScopes.get(list.id);
    if (unique === undefined) {
      unique = 0;
      for (const item of this.itemMap(list).values()) if (item.roles !== null) unique++;
    }
    if (unique >= EmulatorStore.MAX_UNIQUE_SCOPES_PER_LIST) {
      throw new SpError(500, '-2147024809, Microsoft.SharePoint.SPException',
        'You cannot break inheritance for this item because there are too many items with unique permissions in this list.');
    }
    // The break that follows adds one.
    this.uniqueScopes.set(list.id, unique + 1);
  }

  /** Items and folders inside folder `path` ('' = the whole list) inherit again. */
  private clearScopesUnder(list: ListRecord, path: string): void {
    const key = path.toLowerCase();
    for (const item of this.itemMap(list).values()) {
      if (item.roles === null || (key !== '' && !isUnder((item.dir ?? '').toLowerCase(), key))) continue;
      item.roles = null;
      this.emit({ t: 'item', listId: list.id, item, nextItemId: list.nextItemId });
    }
  }

  resetRoleInheritance(scope: ItemScope | undefined): void {
    if (!scope) return;
    if (scope.item) {
      scope.item.roles = null;
      this.emit({ t: 'item', listId: scope.list.id, item: scope.item, nextItemId: scope.list.nextItemId });
    } else {
      scope.list.roles = null;
      this.emit({ t: 'list', list: scope.list });
    }
  }

  private ownRoles(scope: ItemScope | undefined): RoleAssignment[] {
    if (!scope) return this.site.roles;
    const roles = scope.item ? scope.item.roles : scope.list.roles;
    if (roles === null) {
      throw new SpError(400, '-2147024891, System.InvalidOperationException',
        'This operation is not allowed on an object that inherits permissions.');
    }
    return roles;
  }

  private emitScope(scope: ItemScope | undefined): void {
    if (!scope) this.emit({ t: 'site', site: this.site });
    else if (scope.item) this.emit({ t: 'item', listId: scope.list.id, item: scope.item, nextItemId: scope.list.nextItemId });
    else this.emit({ t: 'list', list: scope.list });
  }

  addRoleAssignment(scope: ItemScope | undefined, principalId: number, roleDefId: number): void {
    if (!this.principalExists(principalId)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The principal does not exist.');
    if (!this.roleDefsById.has(roleDefId)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition does not exist.');
    const roles = this.ownRoles(scope);
    const ra = roles.find((r) => r.principalId === principalId);
    if (ra) {
      if (!ra.roleDefIds.includes(roleDefId)) ra.roleDefIds.push(roleDefId);
    } else {
      roles.push({ principalId, roleDefIds: [roleDefId] });
    }
    this.emitScope(scope);
  }

  removeRoleAssignment(scope: ItemScope | undefined, principalId: number, roleDefId?: number): void {
    const roles = this.ownRoles(scope);
    const i = roles.findIndex((r) => r.principalId === principalId);
    if (i < 0) return;
    if (roleDefId === undefined) roles.splice(i, 1);
    else {
      roles[i].roleDefIds = roles[i].roleDefIds.filter((r) => r !== roleDefId);
      if (!roles[i].roleDefIds.length) roles.splice(i, 1);
    }
    this.emitScope(scope);
  }

  // ------------------------------------------------------------------------------------------------
  // Files (document libraries)
  // ------------------------------------------------------------------------------------------------

  /** Server-relative URL of a site-relative path (`Shared Documents/a.xlsx`). */
  serverRelative(siteRelative: string): string {
    return `${this.site.serverRelativeUrl}/${siteRelative.replace(/^\/+/, '')}`;
  }

  file(url: string): FileRecord | undefined {
    return this.filesByUrl.get(this.serverRelative(this.siteRelative(url)).toLowerCase());
  }

  files(list?: ListRecord): FileRecord[] {
    return [...this.filesByUrl.values()].filter((f) => !list || f.listId === list.id);
  }

  /** The library and folder of a folder URL (the library root or a sub-folder path in it). */
  libraryOfFolder(folderUrl: string): { library: ListRecord; folder: string } | undefined {
    const rel = this.siteRelative(folderUrl).replace(/\/+$/, '');
    const library = this.lists()
      .filter((l) => l.baseTemplate === 101 && (rel.toLowerCase() === l.url.toLowerCase() || rel.toLowerCase().startsWith(`${l.url.toLowerCase()}/`)))
      .sort((a, b) => b.url.length - a.url.length)[0];
    return library ? { library, folder: this.serverRelative(rel.replace(/^\/+/, '')) } : undefined;
  }

  static fileEtag(file: FileRecord): string {
    return `"{${file.uniqueId.toUpperCase()}},${file.etagVersion}"`;
  }

  /**
   * Saves a file's content: creates it, or (with overwrite) adds a new version of it. `ifMatch`
   * guards against overwriting a version someone saved after the one that was read (412).
   */
  saveFile(folderUrl: string, name: string, content: Buffer, actorId: number, opts: { overwrite: boolean; ifMatch?: IfMatch; checkInComment?: string }): FileRecord {
    const loc = this.libraryOfFolder(folderUrl);
    if (!loc) throw fileNotFound();
    const url = `${loc.folder}/${name}`;
    const problem = invalidFileName(name, url);
    if (problem) throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', `The file name '${name}' is not valid: ${problem}.`);
    const existing = this.filesByUrl.get(url.toLowerCase());
    const now = this.now();
    if (existing) {
      if (!opts.overwrite) {
        throw new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${this.siteRelative(url)} already exists. It was last modified by ${this.userById(existing.modifiedById)?.loginName ?? ''} on ${existing.timeLastModified}.`);
      }
      checkEtag(opts.ifMatch, EmulatorStore.fileEtag(existing));
      if (this.saveDraft(existing, content, actorId)) return existing;
      return this.writeFileContent(loc.library, existing, content, actorId, opts.checkInComment ?? '');
    }
    if (opts.ifMatch && opts.ifMatch !== '*') throw etagMismatch(opts.ifMatch, '');
    const library = loc.library;
    // A file in a folder inherits that folder's permissions (when the folder exists as a folder item).
    const dir = this.locateFolder(loc.folder)?.path ?? '';
    const item: ItemRecord = {
      id: library.nextItemId, guid: randomUUID(), values: { FileLeafRef: name, Title: null }, created: now, modified: now,
      authorId: actorId, editorId: actorId, version: 1, etagVersion: 1, history: [], roles: null, ...(dir ? { dir } : {})
    };
    library.nextItemId++;
    library.lastItemModified = now;
    this.itemMap(library).set(item.id, item);
    this.emit({ t: 'item', listId: library.id, item, nextItemId: library.nextItemId });
    const file: FileRecord = {
      uniqueId: randomUUID(), serverRelativeUrl: url, name, listId: library.id, itemId: item.id, timeCreated: now, timeLastModified: now,
      authorId: actorId, modifiedById: actorId, version: 1, etagVersion: 1, content: content.toString('base64'), size: content.length,
      checkInComment: opts.checkInComment ?? '', history: []
    };
    this.filesByUrl.set(url.toLowerCase(), file);
    this.emit({ t: 'file', file });
    return file;
  }

  /** Overwrites the content of an existing file (`/$value` PUT) as a new version. */
  putFileContent(file: FileRecord, content: Buffer, actorId: number, ifMatch?: IfMatch): FileRecord {
    checkEtag(ifMatch, EmulatorStore.fileEtag(file));
    const library = this.listById(file.listId);
    if (!library) throw fileNotFound();
    if (this.saveDraft(file, content, actorId)) return file;
    return this.writeFileContent(library, file, content, actorId, '');
  }

  // ------------------------------------------------------------------------------------------------
  // Check-out and check-in
  // ------------------------------------------------------------------------------------------------

  /** SharePoint's 423 for a write to a file someone else has checked out. */
  private checkedOutError(file: FileRecord): SpError {
    const login = this.userById(file.checkedOutById ?? -1)?.loginName ?? '';
    return new SpError(423, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException',
      `The file "${this.origin}${file.serverRelativeUrl}" is checked out for editing by ${login}.`);
  }

  /** Refuses a change to a file (its content, its item, deleting it) while another user has it checked out. */
  assertNotCheckedOutByOther(file: FileRecord | undefined, actorId: number): void {
    if (file?.checkedOutById !== undefined && file.checkedOutById !== actorId) throw this.checkedOutError(file);
  }

  /** While the actor has the file checked out, a save goes to the draft only the actor sees; true if it did. */
  private saveDraft(file: FileRecord, content: Buffer, actorId: number): boolean {
    this.assertNotCheckedOutByOther(file, actorId);
    if (file.checkedOutById !== actorId) return false;
    file.draft = { content: content.toString('base64'), size: content.length };
    this.emit({ t: 'file', file });
    return true;
  }

  /** The content a user reads: the draft for the user who has the file checked out, otherwise the checked-in version. */
  fileContentFor(file: FileRecord, actorId: number): Buffer {
    const draft = file.checkedOutById === actorId ? file.draft : undefined;
    return Buffer.from(draft?.content ?? file.content, 'base64');
  }

  checkOut(file: FileRecord, actorId: number): void {
    if (file.checkedOutById !== undefined) throw this.checkedOutError(file);
    file.checkedOutById = actorId;
    this.emit({ t: 'file', file });
  }

  private notCheckedOut(): SpError {
    return new SpError(423, '-2147024738, Microsoft.SharePoint.SPFileCheckOutException', 'The file is not checked out.');
  }

  /**
   * `checkin(comment, checkintype)`: 0 minor and 1 major both make a new major version of the draft
   * (minor versions are not modelled); 2 overwrites the current version. Without a draft nothing new is saved.
   */
  checkIn(file: FileRecord, actorId: number, comment: string, checkInType: number): void {
    if (file.checkedOutById === undefined) throw this.notCheckedOut();
    this.assertNotCheckedOutByOther(file, actorId);
    const draft = file.draft;
    delete file.checkedOutById;
    delete file.draft;
    const library = this.listById(file.listId);
    if (!draft || !library) {
      file.checkInComment = comment;
      this.emit({ t: 'file', file });
      return;
    }
    const content = Buffer.from(draft.content, 'base64');
    if (checkInType === 2) {
      file.content = draft.content;
      file.size = draft.size;
      file.checkInComment = comment;
      file.timeLastModified = this.now();
      file.modifiedById = actorId;
      file.etagVersion++;
      this.emit({ t: 'file', file });
      return;
    }
    this.writeFileContent(library, file, content, actorId, comment);
  }

  /** `undocheckout`: drops the draft. */
  undoCheckOut(file: FileRecord, actorId: number): void {
    if (file.checkedOutById === undefined) throw this.notCheckedOut();
    this.assertNotCheckedOutByOther(file, actorId);
    delete file.checkedOutById;
    delete file.draft;
    this.emit({ t: 'file', file });
  }

  private writeFileContent(library: ListRecord, file: FileRecord, content: Buffer, actorId: number, comment: string): FileRecord {
    const now = this.now();
    if (library.enableVersioning) {
      file.history.push({ version: file.version, content: file.content, size: file.size, created: file.timeLastModified, createdById: file.modifiedById, checkInComment: file.checkInComment });
      file.version++;
      const keep = Math.max(0, library.majorVersionLimit - 1);
      if (library.majorVersionLimit > 0 && file.history.length > keep) file.history.splice(0, file.history.length - keep);
    }
    file.content = content.toString('base64');
    file.size = content.length;
    file.timeLastModified = now;
    file.modifiedById = actorId;
    file.etagVersion++;
    file.checkInComment = comment;
    const item = this.item(library, file.itemId);
    if (item) {
      if (library.enableVersioning) {
        item.history.push({ version: item.version, modified: item.modified, editorId: item.editorId, values: item.values });
        item.version = file.version;
        this.trimVersions(library, item);
      }
      item.values = { ...item.values };
      item.modified = now;
      item.editorId = actorId;
      item.etagVersion++;
      library.lastItemModified = now;
      this.emit({ t: 'item', listId: library.id, item, nextItemId: library.nextItemId });
    }
    this.emit({ t: 'file', file });
    return file;
  }

  deleteFile(file: FileRecord, ifMatch?: IfMatch): void {
    checkEtag(ifMatch, EmulatorStore.fileEtag(file));
    this.filesByUrl.delete(file.serverRelativeUrl.toLowerCase());
    this.emit({ t: 'fileDeleted', serverRelativeUrl: file.serverRelativeUrl });
    const library = this.listById(file.listId);
    if (library && this.item(library, file.itemId)) {
      this.itemMap(library).delete(file.itemId);
      this.emit({ t: 'itemDeleted', listId: library.id, itemId: file.itemId });
    }
  }

  fileOfItem(list: ListRecord, itemId: number): FileRecord | undefined {
    for (const f of this.filesByUrl.values()) if (f.listId === list.id && f.itemId === itemId) return f;
    return undefined;
  }
}

/** SharePoint's longest list title. */
export const MAX_LIST_TITLE_LENGTH = 255;

function checkListTitle(title: string): void {
  if (title.length > MAX_LIST_TITLE_LENGTH) {
    throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPException',
      `The list title is ${title.length} characters long; a list title can have at most ${MAX_LIST_TITLE_LENGTH} characters.`);
  }
}

/** SharePoint Online's longest decoded server-relative path of a file or folder. */
export const MAX_PATH_LENGTH = 400;
const RESERVED_FILE_NAMES = /^(\.lock|CON|PRN|AUX|NUL|COM\d|LPT\d|desktop\.ini)$/i;

/**
 * Why SharePoint Online refuses a file name, or undefined when it takes it ("Restrictions and
 * limitations in OneDrive and SharePoint"). `#` and `%` are allowed (the ResourcePath APIs).
 */
export function invalidFileName(name: string, serverRelativeUrl: string): string | undefined {
  if (name.trim() === '') return 'it is empty';
  if (/["*:<>?/\\|]/.test(name)) return 'it contains one of " * : < > ? / \\ |';
  if (name !== name.trim()) return 'it starts or ends with a space';
  if (RESERVED_FILE_NAMES.test(name) || name.startsWith('~$') || name.toLowerCase().includes('_vti_')) return 'the name is reserved';
  if (serverRelativeUrl.length > MAX_PATH_LENGTH) return `the path is longer than ${MAX_PATH_LENGTH} characters`;
  return undefined;
}

/** Compares an `IF-Match` value with the current etag; `*` and absent match anything. */
export function checkEtag(ifMatch: IfMatch, current: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '*' || ifMatch.trim() === '') return;
  const wanted = ifMatch.trim().replace(/^W\//, '');
  if (wanted !== current) throw etagMismatch(wanted, current);
}

function uniqueKey(v: StoredValue | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? JSON.stringify(v) : null;
  return typeof v === 'string' ? v.toLowerCase() : String(v);
}

/** `a/b/` → `a/b`, `/a` → `a`. */
function trimPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
}

/** Whether folder path `dir` is `folder` or inside it (both lower case). */
function isUnder(dir: string, folder: string): boolean {
  return dir === folder || dir.startsWith(`${folder}/`);
}

/** SharePoint's rules for a file or folder name. */
function checkLeafName(name: string): void {
  if (name.trim() === '' || /["*:<>?/\\|]/.test(name) || name.endsWith('.') || name !== name.trim()) {
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', `The file or folder name '${name}' contains characters that are not permitted.`);
  }
}
