import { randomUUID } from 'node:crypto';
import { compileFilter, filterFields, parseFilter, type Column, type FilterNode } from '../odata/filter';
import { project, type Source } from '../odata/project';
import type { Segment } from '../odata/segments';
import { Coll, Complex, type OutValue } from '../http/shape';
import { accessDenied, fieldNotFound, fileNotFound, invalidQuery, itemNotFound, SpError, throttled } from '../store/errors';
import { formField, parseFormValue, type FormValue } from '../store/formvalues';
import { has } from '../store/permissions';
import { EmulatorStore, LIST_VIEW_THRESHOLD, type ItemScope } from '../store/store';
import type { FieldRecord, ItemRecord, ItemVersionRecord, ListRecord, StoredValue } from '../store/types';
import { listItemEntityType, odataName } from '../store/values';
import { num, str, type Reply, type RestContext } from './context';
import { basePermissions, compareValues, entityReply, guidOf, json, noContent, parseOrderBy, type Node } from './node';
import { fileSource, listSource, roleAssignmentSource } from './sources';
import { folderEntity } from './folders';
import { securableChildren } from './security';

/** Items returned when `$top` is absent, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 5000;

const listUri = (l: ListRecord): string => `Web/Lists(${guidOf(l.id)})`;
const itemUri = (l: ListRecord, id: number): string => `${listUri(l)}/Items(${id})`;
const itemSet = (l: ListRecord): string => `SP.ListData.${l.entityTypeName}${l.baseTemplate === 101 ? 'Items' : 'ListItems'}`;

function contentTypeId(list: ListRecord, item?: ItemRecord): string {
  if (item?.fsObjType === 1) return '0x012000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6';
  return list.baseTemplate === 101 ? '0x0101008A8D1E2F3B4C5D6E7F8091A2B3C4D5E6' : '0x0100A1B2C3D4E5F60718293A4B5C6D7E8F90';
}

/** An item's file name: a folder's or a document's name, `{id}_.000` for a list item. */
function leafOf(item: ItemRecord): string {
  return (item.values.FileLeafRef as string | undefined) ?? `${item.id}_.000`;
}

/** The server-relative URL of the folder holding an item. */
function dirRefOf(ctx: RestContext, list: ListRecord, item: ItemRecord): string {
  return ctx.store.serverRelative(item.dir ? `${list.url}/${item.dir}` : list.url);
}

/** A user or group as an expanded user field (SP.Data.UserInfoItem). */
function userInfoSource(ctx: RestContext, id: number): Source | null {
  const u = ctx.store.userById(id);
  const g = u ? undefined : ctx.store.groupById(id);
  if (!u && !g) return null;
  return {
    type: 'SP.Data.UserInfoItem', uri: `Web/SiteUserInfoList/Items(${id})`,
    defaults: () => ({
      Id: id, ID: id, Title: u?.title ?? g!.title, Name: u?.loginName ?? g!.title, EMail: u?.email ?? '', UserName: u?.email ?? null,
      FirstName: u ? u.title.split(' ')[0] ?? null : null, LastName: u ? u.title.split(' ').slice(1).join(' ') || null : null,
      JobTitle: null, Department: null, SipAddress: u?.email ?? null, MobilePhone: null, WorkPhone: null, Office: null,
      IsSiteAdmin: u?.isSiteAdmin ?? false, Deleted: false, Picture: null
    })
  };
}

function lookupSource(ctx: RestContext, field: FieldRecord, id: number): Source | null {
  const target = field.lookupList ? ctx.store.listById(field.lookupList) : undefined;
  const item = target ? ctx.store.item(target, id) : undefined;
  if (!target || !item) return null;
  const show = field.lookupField ?? 'Title';
  const all = (): Record<string, OutValue> => itemProps(ctx, target, item);
  return {
    type: listItemEntityType(target), uri: itemUri(target, id),
    defaults: () => {
      const p = all();
      const key = Object.keys(p).find((k) => k === odataName(show)) ?? 'Title';
      return { Id: id, [key]: p[key] ?? null };
    },
    extra: Object.fromEntries(Object.keys(all()).map((k) => [k, () => all()[k]]))
  };
}

function multiOut(type: string, v: StoredValue | undefined): OutValue {
  return new Coll(type, Array.isArray(v) ? (v as (string | number)[]) : []);
}

/** An item's properties as SharePoint returns them without `$select`, in SharePoint's order. */
export function itemProps(ctx: RestContext, list: ListRecord, item: ItemRecord): Record<string, OutValue> {
  const library = list.baseTemplate === 101;
  const p: Record<string, OutValue> = {
    FileSystemObjectType: item.fsObjType ?? 0, Id: item.id, ServerRedirectedEmbedUri: null, ServerRedirectedEmbedUrl: '',
    ContentTypeId: contentTypeId(list, item)
  };
  if (!library) p.Title = (item.values.Title as string | null | undefined) ?? null;
  p.ComplianceAssetId = null;
  if (library) p.Title = (item.values.Title as string | null | undefined) ?? null;
  for (const f of list.fields) {
    if (f.system || f.internalName === 'Title' || f.fromBaseType) continue;
    customValue(p, f, item.values[f.internalName]);
  }
  p.ID = item.id;
  p.Modified = item.modified;
  p.Created = item.created;
  p.AuthorId = item.authorId;
  p.EditorId = item.editorId;
  p.OData__UIVersionString = `${item.version}.0`;
  if (!library) p.Attachments = false;
  p.GUID = item.guid;
  return p;
}

function customValue(p: Record<string, OutValue>, f: FieldRecord, v: StoredValue | undefined): void {
  const name = odataName(f.internalName);
  switch (f.type) {
    case 'User':
      if (f.multi) {
        p[`${name}Id`] = multiOut('Edm.Int32', v);
        p[`${name}StringId`] = new Coll('Edm.String', Array.isArray(v) ? (v as number[]).map(String) : []);
      } else {
        p[`${name}Id`] = typeof v === 'number' ? v : null;
        p[`${name}StringId`] = typeof v === 'number' ? String(v) : null;
      }
      return;
    case 'Lookup':
      p[`${name}Id`] = f.multi ? multiOut('Edm.Int32', v) : typeof v === 'number' ? v : null;
      return;
    case 'MultiChoice':
      p[name] = Array.isArray(v) && v.length ? new Coll('Edm.String', v as string[]) : null;
      return;
    default:
      p[name] = v === undefined ? null : (v as OutValue);
  }
}

export function itemSource(ctx: RestContext, list: ListRecord, item: ItemRecord): Source {
  const { store } = ctx;
  const scope: ItemScope = { list, item };
  const navs: Record<string, () => Source | readonly Source[] | null> = {
    Author: () => userInfoSource(ctx, item.authorId),
    Editor: () => userInfoSource(ctx, item.editorId),
    ParentList: () => listSource(ctx, list),
    RoleAssignments: () => store.effectiveRoles(scope).map((ra) => roleAssignmentSource(ctx, scope, ra))
  };
  for (const f of list.fields) {
    if (f.system) continue;
    if (f.type === 'User' || f.type === 'Lookup') {
      const name = odataName(f.internalName);
      const expandOne = (id: number): Source | null => (f.type === 'User' ? userInfoSource(ctx, id) : lookupSource(ctx, f, id));
      navs[name] = () => {
        const v = item.values[f.internalName];
        if (f.multi) return (Array.isArray(v) ? (v as number[]) : []).map(expandOne).filter((s): s is Source => s !== null);
        return typeof v === 'number' ? expandOne(v) : null;
      };
    }
  }
  const fileRef = `${dirRefOf(ctx, list, item)}/${leafOf(item)}`;
  const extra: Record<string, () => OutValue> = {
    EffectiveBasePermissions: () => basePermissions(store.effectivePermissions(ctx.actorId, scope)),
    HasUniqueRoleAssignments: () => item.roles !== null,
    FileLeafRef: () => leafOf(item),
    FileRef: () => fileRef,
    // The absolute URL at the host the request came to, each path segment percent-encoded (`#` → %23).
    EncodedAbsUrl: () => `${ctx.req.url.origin}${fileRef.split('/').map(encodeURIComponent).join('/')}`,
    FileDirRef: () => dirRefOf(ctx, list, item),
    FSObjType: () => item.fsObjType ?? 0,
    OData__ModerationStatus: () => 0
  };
  if (item.fsObjType === 1) {
    navs.Folder = () => folderEntity(ctx, { list, path: EmulatorStore.folderPath(item), folder: item });
  }
  if (list.baseTemplate === 101) {
    navs.File = () => {
      const f = store.fileOfItem(list, item.id);
      return f ? fileSource(ctx, f) : null;
    };
  }
  return {
    type: listItemEntityType(list), uri: itemUri(list, item.id), etag: EmulatorStore.itemEtag(item), set: itemSet(list),
    showDeferred: true, defaults: () => itemProps(ctx, list, item), extra, navs
  };
}

interface ItemColumn {
  readonly col: Column<ItemRecord>;
  readonly indexed: boolean;
  /** Usable to narrow a query below the threshold (not for substringof). */
  readonly isId: boolean;
}

function fieldKind(f: FieldRecord): Column<ItemRecord>['kind'] {
  switch (f.type) {
    case 'DateTime': return 'datetime';
    case 'Number': case 'Currency': case 'Integer': case 'Counter': return 'number';
    case 'Boolean': return 'boolean';
    default: return 'string';
  }
}

/** Resolves `$filter`/`$orderby` paths of a list's items: columns, `XId`, `X/Id`, `X/EMail`, `X/Title`... */
export function itemColumnResolver(ctx: RestContext, list: ListRecord): (path: string) => ItemColumn {
  const { store } = ctx;
  const cache = new Map<string, ItemColumn>();
  const byName = (name: string): FieldRecord | undefined => {
    const internal = name.startsWith('OData_') ? name.slice(6) : name;
    return list.fields.find((f) => f.internalName === internal) ?? list.fields.find((f) => f.internalName.toLowerCase() === internal.toLowerCase());
  };
  const resolve = (path: string): ItemColumn => {
    const [head, sub] = path.split('/');
    const lower = head.toLowerCase();
    if (!sub) {
      if (lower === 'id') return { col: { kind: 'number', get: (i) => i.id }, indexed: true, isId: true };
      if (lower === 'created') return { col: { kind: 'datetime', get: (i) => i.created }, indexed: false, isId: false };
      if (lower === 'modified') return { col: { kind: 'datetime', get: (i) => i.modified }, indexed: false, isId: false };
      if (lower === 'authorid') return { col: { kind: 'number', get: (i) => i.authorId }, indexed: false, isId: false };
      if (lower === 'editorid') return { col: { kind: 'number', get: (i) => i.editorId }, indexed: false, isId: false };
      if (lower === 'odata__uiversionstring') return { col: { kind: 'string', get: (i) => `${i.version}.0` }, indexed: false, isId: false };
      if (lower === 'guid') return { col: { kind: 'string', get: (i) => i.guid }, indexed: false, isId: false };
      if (lower === 'fileleafref') return { col: { kind: 'string', get: (i) => i.values.FileLeafRef ?? (i.fsObjType === 1 ? null : `${i.id}_.000`) }, indexed: false, isId: false };
      if (lower === 'fsobjtype') return { col: { kind: 'number', get: (i) => i.fsObjType ?? 0 }, indexed: false, isId: false };
      if (lower === 'filedirref') return { col: { kind: 'string', get: (i) => dirRefOf(ctx, list, i) }, indexed: false, isId: false };
      if (lower === 'fileref') return { col: { kind: 'string', get: (i) => `${dirRefOf(ctx, list, i)}/${leafOf(i)}` }, indexed: false, isId: false };
      const f = byName(head);
      if (f && !f.system && f.type !== 'User' && f.type !== 'Lookup') {
        const key = f.internalName;
        return { col: { kind: fieldKind(f), get: (i) => i.values[key] ?? null }, indexed: f.indexed, isId: false };
      }
      const idm = /^(.*?)(String)?Id$/i.exec(head);
      if (idm) {
        const lf = byName(idm[1]);
        if (lf && (lf.type === 'User' || lf.type === 'Lookup')) {
          const key = lf.internalName;
          return { col: { kind: 'number', get: (i) => i.values[key] ?? null }, indexed: lf.indexed, isId: false };
        }
      }
      throw fieldNotFound(head);
    }
    // Projected fields of users and lookups.
    const subLower = sub.toLowerCase();
    if (lower === 'author' || lower === 'editor') {
      const get = (i: ItemRecord): number => (lower === 'author' ? i.authorId : i.editorId);
      return { col: userProjection(get, subLower), indexed: subLower === 'id' ? false : false, isId: false };
    }
    const f = byName(head);
    if (!f || (f.type !== 'User' && f.type !== 'Lookup')) throw fieldNotFound(path);
    const key = f.internalName;
    if (subLower === 'id') return { col: { kind: 'number', get: (i) => i.values[key] ?? null }, indexed: f.indexed, isId: false };
    if (f.type === 'User') {
      const col = userProjection((i) => i.values[key] as number | number[] | null, subLower);
      return { col, indexed: false, isId: false };
    }
    const target = f.lookupList ? store.listById(f.lookupList) : undefined;
    if (!target) throw fieldNotFound(path);
    const targetCol = itemColumnResolver(ctx, target)(sub);
    const get = (i: ItemRecord): unknown => {
      const v = i.values[key];
      const ids = Array.isArray(v) ? (v as number[]) : typeof v === 'number' ? [v] : [];
      const vals = ids.map((id) => {
        const t = store.item(target, id);
        return t ? targetCol.col.get(t) : null;
      });
      return Array.isArray(v) ? vals : vals[0] ?? null;
    };
    return { col: { kind: targetCol.col.kind, get }, indexed: false, isId: false };
  };
  function userProjection(ids: (i: ItemRecord) => number | number[] | null | StoredValue, sub: string): Column<ItemRecord> {
    const one = (id: number): unknown => {
      if (sub === 'id') return id;
      const u = store.userById(id);
      const g = u ? undefined : store.groupById(id);
      if (sub === 'email') return u?.email ?? null;
      if (sub === 'title') return u?.title ?? g?.title ?? null;
      if (sub === 'name') return u?.loginName ?? g?.title ?? null;
      if (sub === 'username') return u?.email ?? null;
      throw fieldNotFound(sub);
    };
    return {
      kind: sub === 'id' ? 'number' : 'string',
      get: (i) => {
        const v = ids(i);
        if (Array.isArray(v)) return (v as number[]).map(one);
        return typeof v === 'number' ? one(v) : null;
      }
    };
  }
  return (path) => {
    let c = cache.get(path);
    if (!c) {
      c = resolve(path);
      cache.set(path, c);
    }
    return c;
  };
}

function flattenAnd(node: FilterNode): FilterNode[] {
  return node.k === 'and' ? [...flattenAnd(node.l), ...flattenAnd(node.r)] : [node];
}

function usesContains(node: FilterNode): boolean {
  const walk = (n: FilterNode): boolean => {
    switch (n.k) {
      case 'and': case 'or': return walk(n.l) || walk(n.r);
      case 'not': return walk(n.e);
      case 'test': return n.e.k === 'fn' && n.e.name === 'substringof';
      case 'cmp': return (n.l.k === 'fn' && n.l.name === 'substringof') || (n.r.k === 'fn' && n.r.name === 'substringof');
    }
  };
  return walk(node);
}

/**
 * SharePoint's list view threshold: on a list of more than 5 000 items a query must be narrowed by an
 * indexed column to at most 5 000 items, and may only sort by indexed columns; otherwise HTTP 500
 * SPQueryThrottledException. Reading everything page by page in ID order always works.
 */
function checkThreshold(store: EmulatorStore, list: ListRecord, filter: FilterNode | undefined, orderIndexed: boolean[], resolve: (p: string) => ItemColumn): void {
  if (store.itemCount(list) <= LIST_VIEW_THRESHOLD) return;
  if (orderIndexed.some((x) => !x)) throw throttled();
  if (!filter) return;
  for (const conjunct of flattenAnd(filter)) {
    const fields = filterFields(conjunct);
    if (!fields.length || usesContains(conjunct) || !fields.every((f) => resolve(f).indexed)) continue;
    if (fields.every((f) => resolve(f).isId)) return;
    const pred = compileFilter(conjunct, (p) => resolve(p).col);
    let count = 0;
    for (const item of store.items(list)) if (pred(item) && ++count > LIST_VIEW_THRESHOLD) break;
    if (count <= LIST_VIEW_THRESHOLD) return;
  }
  throw throttled();
}

function tokenValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(';');
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

function parseTokenValue(kind: Column<ItemRecord>['kind'], raw: string | null): unknown {
  if (raw === null || raw === '') return null;
  if (kind === 'number') return Number(raw);
  if (kind === 'boolean') return raw === '1' || raw.toLowerCase() === 'true';
  return raw;
}

function sortValue(kind: Column<ItemRecord>['kind'], v: unknown): unknown {
  if (Array.isArray(v)) return v.join(';');
  if (kind === 'datetime' && typeof v === 'string') return Date.parse(v);
  return v;
}

/** GET items: `$filter`, `$orderby`, `$top`, `$skiptoken` paging with next links, `$select`, `$expand`. */
export function queryItems(ctx: RestContext, list: ListRecord): Reply {
  const { store } = ctx;
  store.demand(ctx.actorId, 'ViewListItems', { list });
  const resolve = itemColumnResolver(ctx, list);
  const filterText = ctx.query('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const order = parseOrderBy(ctx.query('$orderby')).map((o) => ({ ...o, column: resolve(o.path) }));
  checkThreshold(store, list, filter, order.map((o) => o.column.indexed), resolve);

  const topText = ctx.query('$top');
  const top = topText === null ? DEFAULT_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(Number(topText))));
  if (topText !== null && !Number.isFinite(Number(topText))) throw invalidQuery(`Invalid $top '${topText}'.`);

  // Sort keys: the requested columns, then ID (SharePoint's tie-break and paging key).
  const spec = order.some((o) => o.column.isId) ? order : [...order, { path: 'ID', desc: false, column: resolve('ID') }];
  const pred = filter ? compileFilter(filter, (p) => resolve(p).col) : undefined;

  // Security trimming: items with unique permissions the caller cannot view, and ReadSecurity=2.
  const listPerms = store.effectivePermissions(ctx.actorId, { list });
  const ownOnly = list.readSecurity === 2 && !has(listPerms, 'ManageLists');
  // Items inherit from their folder: whether the caller sees a folder's contents is worked out once per folder.
  const byFolder = new Map<string, boolean>();
  const visible = (item: ItemRecord): boolean => {
    if (ownOnly && item.authorId !== ctx.actorId) return false;
    if (item.roles !== null) return store.can(ctx.actorId, 'ViewListItems', { list, item });
    const dir = item.dir ?? '';
    if (dir === '') return true;
    let seen = byFolder.get(dir);
    if (seen === undefined) {
      seen = has(store.folderPermissions(ctx.actorId, list, dir), 'ViewListItems');
      byFolder.set(dir, seen);
    }
    return seen;
  };

  type Row = { item: ItemRecord; keys: unknown[] };
  const rows: Row[] = [];
  for (const item of store.items(list)) {
    if (pred && !pred(item)) continue;
    if (!visible(item)) continue;
    rows.push({ item, keys: spec.map((s) => sortValue(s.column.col.kind, s.column.col.get(item))) });
  }
  const cmpKeys = (a: unknown[], b: unknown[]): number => {
    for (let i = 0; i < spec.length; i++) {
      const r = compareValues(a[i], b[i]);
      if (r !== 0) return spec[i].desc ? -r : r;
    }
    return 0;
  };
  const sortedById = spec.length === 1 && spec[0].column.isId && !spec[0].desc;
  if (!sortedById) rows.sort((x, y) => cmpKeys(x.keys, y.keys));

  // $skiptoken=Paged=TRUE[&PagedPrev=TRUE]&p_<Col>=value&p_ID=n
  let start = 0;
  let end: number | undefined;
  const skiptoken = ctx.query('$skiptoken');
  if (skiptoken) {
    const tp = new URLSearchParams(skiptoken);
    const tokenKeys = spec.map((s) => {
      const name = s.column.isId ? 'ID' : s.path.replace(/\//g, '_');
      const raw = tp.get(`p_${name}`);
      return sortValue(s.column.col.kind, parseTokenValue(s.column.col.kind, raw));
    });
    if (/^true$/i.test(tp.get('PagedPrev') ?? '')) {
      let idx = rows.findIndex((r) => cmpKeys(r.keys, tokenKeys) >= 0);
      if (idx < 0) idx = rows.length;
      end = idx;
      start = Math.max(0, idx - top);
    } else {
      let idx = rows.findIndex((r) => cmpKeys(r.keys, tokenKeys) > 0);
      if (idx < 0) idx = rows.length;
      start = idx;
    }
  }
  const stop = end ?? Math.min(rows.length, start + top);
  const page = rows.slice(start, stop);
  const more = end === undefined && stop < rows.length && page.length > 0;
  let nextLink: string | undefined;
  if (more) {
    const last = page[page.length - 1];
    const token = new URLSearchParams({ Paged: 'TRUE' });
    spec.forEach((s) => {
      if (!s.column.isId) token.append(`p_${s.path.replace(/\//g, '_')}`, tokenValue(s.column.col.get(last.item)));
    });
    token.append('p_ID', String(last.item.id));
    const params = new URLSearchParams();
    params.set('$skiptoken', token.toString());
    for (const [k, v] of ctx.req.url.searchParams) {
      const lk = k.toLowerCase();
      if (lk !== '$skiptoken' && lk !== '$top') params.append(k, v);
    }
    params.set('$top', String(top));
    nextLink = `${ctx.req.url.origin}${ctx.req.url.pathname}?${params.toString()}`;
  }
  const select = ctx.select;
  const expand = ctx.expand;
  const entities = page.map((r) => project(itemSource(ctx, list, r.item), select, expand));
  return json(200, ctx.shaper.collection(entities, itemSet(list), nextLink));
}

/** `…/items`: GET (query), POST (add), `items(n)` / `getById(n)`. */
export function itemsNode(ctx: RestContext, list: ListRecord): Node {
  return {
    get: () => queryItems(ctx, list),
    post: () => {
      ctx.store.demand(ctx.actorId, 'AddListItems', { list });
      const item = ctx.store.addItem(list, ctx.json(), ctx.actorId);
      return entityReply(ctx, itemSource(ctx, list, item), 201);
    },
    child: (seg) => {
      if (seg.name === 'getbyid' && seg.args.length) return itemNode(ctx, list, Number(seg.args[0]));
      if (seg.name === 'getitembystringid' && seg.args.length) return itemNode(ctx, list, Number(seg.args[0]));
      return undefined;
    }
  };
}

function findItem(ctx: RestContext, list: ListRecord, id: number): ItemRecord {
  if (!Number.isInteger(id)) throw itemNotFound();
  const item = ctx.store.item(list, id);
  if (!item) throw itemNotFound();
  return item;
}

export function itemNode(ctx: RestContext, list: ListRecord, id: number): Node {
  const { store } = ctx;
  const item = (): ItemRecord => findItem(ctx, list, id);
  const scope = (): ItemScope => ({ list, item: item() });
  // A library item whose file another user has checked out cannot be changed or deleted (423).
  const guardCheckOut = (): void => {
    if (list.baseTemplate === 101) store.assertNotCheckedOutByOther(store.fileOfItem(list, id), ctx.actorId);
  };
  return {
    get: () => {
      const s = scope();
      store.demand(ctx.actorId, 'ViewListItems', s);
      return entityReply(ctx, itemSource(ctx, list, s.item!));
    },
    merge: () => {
      const s = scope();
      store.demand(ctx.actorId, 'EditListItems', s);
      guardCheckOut();
      const updated = store.updateItem(list, id, ctx.json(), ctx.actorId, ctx.ifMatch);
      return noContent({ ETag: EmulatorStore.itemEtag(updated) });
    },
    put: () => {
      const s = scope();
      store.demand(ctx.actorId, 'EditListItems', s);
      guardCheckOut();
      const updated = store.updateItem(list, id, ctx.json(), ctx.actorId, ctx.ifMatch);
      return noContent({ ETag: EmulatorStore.itemEtag(updated) });
    },
    delete: () => {
      const s = scope();
      store.demand(ctx.actorId, 'DeleteListItems', s);
      guardCheckOut();
      store.deleteItem(list, id, ctx.ifMatch);
      return { status: 200 };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'recycle':
          return {
            post: () => {
              const s = scope();
              store.demand(ctx.actorId, 'DeleteListItems', s);
              store.deleteItem(list, id, ctx.ifMatch);
              return json(200, ctx.shaper.property('Recycle', randomUUID(), 'Edm.Guid'));
            }
          };
        case 'versions':
          return versionsNode(ctx, list, item, seg);
        case 'validateupdatelistitem':
          return { post: () => validateUpdateListItem(ctx, list, item()) };
        case 'effectivebasepermissions':
          return { get: () => json(200, ctx.shaper.property('EffectiveBasePermissions', basePermissions(store.effectivePermissions(ctx.actorId, scope())), 'SP.BasePermissions')) };
        default: {
          const sec = securableChildren(ctx, scope(), seg);
          if (sec) return sec;
          const src = itemSource(ctx, list, item());
          const key = Object.keys(src.navs ?? {}).find((k) => k.toLowerCase() === seg.name);
          if (key) {
            return {
              get: () => {
                store.demand(ctx.actorId, 'ViewListItems', scope());
                const target = src.navs![key]();
                if (target === null) return json(200, ctx.shaper.flavour === 'verbose' ? { d: null } : { 'odata.null': true });
                if (Array.isArray(target)) return json(200, ctx.shaper.collection((target as readonly Source[]).map((t) => project(t, ctx.select, ctx.expand)), 'SP.Data.UserInfoItems'));
                return entityReply(ctx, target as Source);
              }
            };
          }
          return undefined;
        }
      }
    }
  };
}

function versionSource(ctx: RestContext, list: ListRecord, item: ItemRecord, v: ItemVersionRecord, current: boolean): Source {
  const versionId = v.version * 512;
  const userValue = (id: number): OutValue => {
    const u = ctx.store.userById(id);
    const g = u ? undefined : ctx.store.groupById(id);
    return new Complex('SP.FieldUserValue', { Email: u?.email ?? '', LookupId: id, LookupValue: u?.title ?? g?.title ?? '' });
  };
  return {
    type: 'SP.ListItemVersion', uri: `${itemUri(list, item.id)}/Versions(${versionId})`, set: 'SP.ApiData.ListItemVersions',
    defaults: () => {
      const p: Record<string, OutValue> = {
        Created: v.modified, IsCurrentVersion: current, VersionId: versionId, VersionLabel: `${v.version}.0`,
        Title: (v.values.Title as string | null | undefined) ?? null
      };
      for (const f of list.fields) {
        if (f.system || f.internalName === 'Title' || f.fromBaseType) continue;
        const val = v.values[f.internalName];
        const name = odataName(f.internalName);
        if (f.type === 'User') {
          p[name] = f.multi ? new Coll('SP.FieldUserValue', (Array.isArray(val) ? (val as number[]) : []).map(userValue)) : typeof val === 'number' ? userValue(val) : null;
        } else if (f.type === 'Lookup') {
          const target = f.lookupList ? ctx.store.listById(f.lookupList) : undefined;
          const lv = (id: number): OutValue => {
            const t = target ? ctx.store.item(target, id) : undefined;
            return new Complex('SP.FieldLookupValue', { LookupId: id, LookupValue: t ? String(t.values[f.lookupField ?? 'Title'] ?? '') : '' });
          };
          p[name] = f.multi ? new Coll('SP.FieldLookupValue', (Array.isArray(val) ? (val as number[]) : []).map(lv)) : typeof val === 'number' ? lv(val) : null;
        } else if (f.type === 'MultiChoice') {
          p[name] = Array.isArray(val) ? new Coll('Edm.String', val as string[]) : null;
        } else {
          p[name] = val === undefined ? null : (val as OutValue);
        }
      }
      Object.assign(p, {
        ID: item.id, Modified: v.modified, Created_x0020_Date: item.created, Author: userValue(item.authorId), Editor: userValue(v.editorId),
        OData__UIVersionString: `${v.version}.0`, OData__UIVersion: versionId
      });
      return p;
    },
    navs: {
      CreatedBy: () => {
        const u = ctx.store.userById(v.editorId);
        if (!u) return null;
        return { type: 'SP.User', uri: `Web/GetUserById(${u.id})`, defaults: () => ({ Id: u.id, Title: u.title, Email: u.email, LoginName: u.loginName }) };
      }
    }
  };
}

function currentVersion(item: ItemRecord): ItemVersionRecord {
  return { version: item.version, modified: item.modified, editorId: item.editorId, values: item.values };
}

/** `items(n)/versions`: the item's history, newest first (the action history of a roadmap action). */
function versionsNode(ctx: RestContext, list: ListRecord, item: () => ItemRecord, seg: Segment): Node {
  const all = (): Source[] => {
    const it = item();
    ctx.store.demand(ctx.actorId, 'ViewVersions', { list, item: it });
    return [versionSource(ctx, list, it, currentVersion(it), true), ...it.history.slice().reverse().map((v) => versionSource(ctx, list, it, v, false))];
  };
  const one = (versionId: number): Node => ({
    get: () => {
      const found = all().find((s) => s.uri.endsWith(`/Versions(${versionId})`));
      if (!found) throw itemNotFound();
      return entityReply(ctx, found);
    }
  });
  if (seg.call && seg.args.length) return one(Number(seg.args[0]));
  return {
    get: () => {
      const sources = all();
      let rows = sources;
      const top = num(ctx.query('$top'));
      if (top !== undefined) rows = rows.slice(0, top);
      return json(200, ctx.shaper.collection(rows.map((s) => project(s, ctx.select, ctx.expand)), 'SP.ApiData.ListItemVersions'));
    },
    child: (s) => (s.name === 'getbyid' && s.args.length ? one(Number(s.args[0])) : undefined)
  };
}


// --------------------------------------------------------------------------------------------------
// List forms: AddValidateUpdateItemUsingPath (new form) and ValidateUpdateListItem (edit form)
// --------------------------------------------------------------------------------------------------

interface FormResult {
  readonly FieldName: string;
  readonly FieldValue: string | null;
  readonly HasException: boolean;
  readonly ErrorMessage: string | null;
}

function formReply(ctx: RestContext, method: string, results: readonly FormResult[], itemId: number): Reply {
  const values = results.map((r) => new Complex('SP.ListItemFormUpdateValue', {
    ErrorCode: r.HasException ? -2146232832 : 0, ErrorMessage: r.ErrorMessage, FieldName: r.FieldName, FieldValue: r.FieldValue,
    HasException: r.HasException, ItemId: itemId
  }));
  return json(200, ctx.shaper.property(method, new Coll('SP.ListItemFormUpdateValue', values), 'Collection(SP.ListItemFormUpdateValue)'));
}

function formValuesOf(body: Record<string, unknown>): FormValue[] {
  const raw = body.formValues;
  const list = Array.isArray(raw) ? raw : Array.isArray((raw as { results?: unknown[] } | undefined)?.results) ? (raw as { results: unknown[] }).results : [];
  return list.map((v) => {
    const fv = v as { FieldName?: unknown; FieldValue?: unknown };
    return { FieldName: String(fv.FieldName ?? ''), FieldValue: fv.FieldValue === null || fv.FieldValue === undefined ? null : String(fv.FieldValue) };
  });
}

/**
 * Parses the form values against the list; on any field error nothing is written and the answer says
 * which field and why (HTTP 200, `HasException`), as SharePoint's forms expect.
 */
function parseForm(ctx: RestContext, list: ListRecord, values: readonly FormValue[], requireAll: boolean): { body?: Record<string, unknown>; results: FormResult[] } {
  const datesInUTC = ctx.json().datesInUTC === true;
  const options = { datesInUTC, ensureUser: (login: string) => ctx.store.ensureUser(login).id };
  const results: FormResult[] = [];
  const body: Record<string, unknown> = {};
  for (const v of values) {
    const field = formField(list, v.FieldName);
    if (!field || field.system || (field.readOnly && field.internalName !== 'FileLeafRef')) {
      results.push({ ...v, HasException: true, ErrorMessage: `Column '${v.FieldName}' does not exist. It may have been deleted by another user.` });
      continue;
    }
    const parsed = parseFormValue(field, v.FieldValue, options);
    if (parsed.ok) body[parsed.property] = parsed.value;
    results.push({ ...v, HasException: !parsed.ok, ErrorMessage: parsed.ok ? null : parsed.message });
  }
  if (requireAll) {
    for (const f of list.fields) {
      if (!f.required || f.system || f.readOnly) continue;
      const given = values.find((v) => v.FieldName.toLowerCase() === f.internalName.toLowerCase());
      if (!given || (given.FieldValue ?? '').trim() === '') {
        const i = results.findIndex((r) => r.FieldName.toLowerCase() === f.internalName.toLowerCase());
        const entry = { FieldName: f.internalName, FieldValue: given?.FieldValue ?? null, HasException: true, ErrorMessage: "You can't leave this blank." };
        if (i >= 0) results[i] = entry;
        else results.push(entry);
      }
    }
  }
  return results.some((r) => r.HasException) ? { results } : { body, results };
}

/** A store refusal (duplicate value, range) as the field error a form shows. */
function refusedForm(results: FormResult[], error: SpError): FormResult[] {
  const named = results.findIndex((r) => error.message.includes(`(${r.FieldName})`) || error.message.includes(`'${r.FieldName}'`));
  const at = named >= 0 ? named : 0;
  return results.map((r, i) => (i === at ? { ...r, HasException: true, ErrorMessage: error.message } : r));
}

/**
 * `list/AddValidateUpdateItemUsingPath`: adds an item (or, with UnderlyingObjectType 1, a folder named
 * LeafName) in the folder FolderPath, where the caller needs AddListItems. Dates are ISO 8601 with
 * `datesInUTC: true`, otherwise in the site's format.
 */
export function addValidateUpdateItem(ctx: RestContext, list: ListRecord): Reply {
  const { store } = ctx;
  const b = ctx.json();
  const info = (b.listItemCreateInfo ?? {}) as { FolderPath?: { DecodedUrl?: unknown }; UnderlyingObjectType?: unknown; LeafName?: { DecodedUrl?: unknown } };
  const folderUrl = str(info.FolderPath?.DecodedUrl) ?? '';
  let dir = '';
  if (folderUrl.trim() !== '') {
    const found = store.locateFolder(folderUrl);
    if (!found || found.list.id !== list.id) throw fileNotFound();
    dir = found.path;
    if (dir !== '' && !store.folderAt(list, dir)) throw fileNotFound();
  }
  if (!has(store.folderPermissions(ctx.actorId, list, dir), 'AddListItems')) throw accessDenied();
  const values = formValuesOf(b);
  if (num(info.UnderlyingObjectType) === 1) {
    const name = str(info.LeafName?.DecodedUrl) ?? values.find((v) => /^(Title|FileLeafRef)$/i.test(v.FieldName))?.FieldValue ?? '';
    const folder = store.addFolder(list, dir, name, ctx.actorId);
    return formReply(ctx, 'AddValidateUpdateItemUsingPath', [...values.map((v) => ({ ...v, HasException: false, ErrorMessage: null })),
      { FieldName: 'Id', FieldValue: String(folder.id), HasException: false, ErrorMessage: null }], folder.id);
  }
  const parsed = parseForm(ctx, list, values, true);
  if (!parsed.body) return formReply(ctx, 'AddValidateUpdateItemUsingPath', parsed.results, 0);
  let item: ItemRecord;
  try {
    item = store.addItem(list, parsed.body, ctx.actorId, dir);
  } catch (error) {
    if (error instanceof SpError && error.status === 400) return formReply(ctx, 'AddValidateUpdateItemUsingPath', refusedForm(parsed.results, error), 0);
    throw error;
  }
  return formReply(ctx, 'AddValidateUpdateItemUsingPath', [...parsed.results, { FieldName: 'Id', FieldValue: String(item.id), HasException: false, ErrorMessage: null }], item.id);
}

/** `items(n)/ValidateUpdateListItem`: the edit form's save, with EditListItems on the item. */
function validateUpdateListItem(ctx: RestContext, list: ListRecord, item: ItemRecord): Reply {
  ctx.store.demand(ctx.actorId, 'EditListItems', { list, item });
  const parsed = parseForm(ctx, list, formValuesOf(ctx.json()), false);
  if (!parsed.body) return formReply(ctx, 'ValidateUpdateListItem', parsed.results, item.id);
  try {
    ctx.store.updateItem(list, item.id, parsed.body, ctx.actorId);
  } catch (error) {
    if (error instanceof SpError && error.status === 400) return formReply(ctx, 'ValidateUpdateListItem', refusedForm(parsed.results, error), item.id);
    throw error;
  }
  return formReply(ctx, 'ValidateUpdateListItem', parsed.results, item.id);
}
