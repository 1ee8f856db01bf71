import { createHash } from 'node:crypto';
import { GROUPS, LISTS, type ListDef } from '../../../src/core/schema';
import type { EmulatorRequest, EmulatorResponse, ExtraRoute } from '../http/server';
import type { EmulatorStore } from '../store/store';
import type { ItemRecord, ListRecord } from '../store/types';
import { createGraphHandler, type GraphFaults } from './routes';
import {
  EMULATOR_SENDER, EMULATOR_STEERING_GROUP_ID, type DirectoryGroup, type DirectoryUser, type GraphBackingStore, type RawSpItem,
  type SiteUser, type StoreList, type UpdateOutcome
} from './store';

/**
 * The Graph part on the shared emulator: `createGraphRoute()` is an `ExtraRoute` for `startEmulator`
 * (`extraRoutes` or `emulator.addRoute`), serving `/graph/v1.0/...` from the same `EmulatorStore` as the
 * SharePoint REST API. The directory (Graph users) is the site's users plus the sender mailbox; the
 * steering group's team is the SharePoint steering group. The Graph part's own state (outbox, group
 * events) lives in a hidden list, so it is persisted and journalled with everything else.
 */

export interface GraphDirectoryOptions {
  /** Preferred language per e-mail (`fi`, `sv`, `en` or a culture such as `sv-FI`). */
  readonly languages?: ReadonlyMap<string, string> | ((email: string) => string | undefined);
  /** E-mails that have left the organisation (still site users, gone from the directory: Graph 404). */
  readonly deleted?: readonly string[];
  /** E-mails for whom the Teams app is installed (activity notifications are delivered); default everyone. */
  readonly teamsAppInstalled?: (email: string) => boolean;
  /** The sender mailbox (default `digitiekartta@porvoo.fi`). */
  readonly sender?: string;
}

export interface GraphRouteOptions {
  readonly directory?: GraphDirectoryOptions;
  /** Per-part faults inside `$batch` (the emulator applies whole-request faults itself). */
  readonly faults?: () => GraphFaults;
  readonly random?: () => number;
}

const STATE_LIST_URL = 'Lists/_GraphEmulatorState';
const STATE_FIELD = 'DtGraphState';

/** A stable GUID-shaped directory id for an e-mail. */
function directoryId(email: string): string {
  const h = createHash('sha1').update(email.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function culture(lang: string | undefined): string | null {
  if (!lang) return null;
  return lang.length === 2 ? `${lang}-FI` : lang;
}

export class SharedGraphStore implements GraphBackingStore {
  public readonly sitePath: string;
  public readonly siteId = 'emulator.sharepoint.local,5c4e6b0e-7d1f-4a8e-9a6b-1f0c1d2e3f40,0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  private readonly slots = new Map<string, { value: unknown; saved: string }>();

  public constructor(
    private readonly store: EmulatorStore,
    private readonly directory: GraphDirectoryOptions = {}
  ) {
    this.sitePath = new URL(store.siteUrl).pathname.replace(/\/+$/, '');
  }

  private defOf(list: ListRecord): ListDef | undefined {
    return LISTS.find((d) => d.url.toLowerCase() === list.url.toLowerCase());
  }

  public lists(): readonly StoreList[] {
    const out: StoreList[] = [];
    for (const l of this.store.lists()) {
      const def = l.hidden ? undefined : this.defOf(l);
      if (def) out.push({ id: l.id, def, title: l.title });
    }
    return out;
  }

  private list(listId: string): ListRecord {
    const list = this.store.listById(listId);
    if (!list) throw Object.assign(new Error(`List ${listId} does not exist`), { status: 404 });
    return list;
  }

  private raw(list: ListRecord, item: ItemRecord): RawSpItem {
    const raw: Record<string, unknown> = { ...item.values };
    for (const f of list.fields) if (f.type === 'User' || f.type === 'Lookup') raw[`${f.internalName}Id`] = item.values[f.internalName] ?? null;
    return { ...raw, Id: item.id, UniqueId: item.guid, Version: item.etagVersion, Created: item.created, Modified: item.modified, AuthorId: item.authorId, EditorId: item.editorId };
  }

  public items(listId: string): readonly RawSpItem[] {
    const list = this.list(listId);
    return [...this.store.items(list)].map((i) => this.raw(list, i));
  }

  public addItem(listId: string, fields: Record<string, unknown>, author?: number): RawSpItem {
    const list = this.list(listId);
    return this.raw(list, this.store.addItem(list, fields, author ?? this.store.siteAdmin.id));
  }

  public updateItem(listId: string, id: number, fields: Record<string, unknown>, ifMatchVersion?: number): UpdateOutcome {
    const list = this.list(listId);
    if (!this.store.item(list, id)) return { error: 'not-found' };
    try {
      const item = this.store.updateItem(list, id, fields, this.store.siteAdmin.id, ifMatchVersion === undefined ? undefined : `"${ifMatchVersion}"`);
      return { item: this.raw(list, item) };
    } catch (e) {
      if ((e as { status?: number }).status === 412) return { error: 'conflict' };
      throw e;
    }
  }

  public siteUsers(): readonly SiteUser[] {
    return this.store.users().filter((u) => u.principalType === 1).map((u) => ({ id: u.id, email: u.email || null, title: u.title }));
  }

  private languageOf(email: string): string | null {
    const l = this.directory.languages;
    const value = typeof l === 'function' ? l(email) : l?.get(email.toLowerCase());
    return culture(value);
  }

  public directoryUsers(): readonly DirectoryUser[] {
    const deleted = new Set((this.directory.deleted ?? []).map((e) => e.toLowerCase()));
    const people = new Map<string, string>();
    for (const u of this.siteUsers()) if (u.email) people.set(u.email.toLowerCase(), u.title);
    const sender = (this.directory.sender ?? EMULATOR_SENDER).toLowerCase();
    if (!people.has(sender)) people.set(sender, 'Digitiekartta');
    const out: DirectoryUser[] = [];
    for (const [email, title] of people) {
      if (deleted.has(email)) continue;
      out.push({
        id: directoryId(email), userPrincipalName: email, mail: email, displayName: title, preferredLanguage: this.languageOf(email),
        teamsAppInstalled: this.directory.teamsAppInstalled ? this.directory.teamsAppInstalled(email) : true
      });
    }
    return out;
  }

  public groups(): readonly DirectoryGroup[] {
    const name = GROUPS.find((g) => g.key === 'steering')?.name ?? '';
    const group = this.store.groupByName(name);
    const members = (group?.memberIds ?? []).map((id) => this.store.userById(id)?.email).filter((e): e is string => !!e).map(directoryId);
    return [{ id: EMULATOR_STEERING_GROUP_ID, displayName: name, mailNickname: 'digijohtoryhma', members }];
  }

  private stateList(): ListRecord {
    const existing = this.store.listByUrl(STATE_LIST_URL);
    if (existing) return existing;
    const list = this.store.createList({ title: '_GraphEmulatorState', url: STATE_LIST_URL, hidden: true });
    this.store.addField(list, { title: STATE_FIELD, internalName: STATE_FIELD, type: 'Note' });
    return list;
  }

  private stateItem(name: string): ItemRecord | undefined {
    const list = this.store.listByUrl(STATE_LIST_URL);
    if (!list) return undefined;
    for (const item of this.store.items(list)) if (item.values.Title === name) return item;
    return undefined;
  }

  public extra<T>(name: string, init: () => T): T {
    let slot = this.slots.get(name);
    if (!slot) {
      const stored = this.stateItem(name)?.values[STATE_FIELD];
      const value = typeof stored === 'string' ? (JSON.parse(stored) as T) : init();
      slot = { value, saved: typeof stored === 'string' ? stored : '' };
      this.slots.set(name, slot);
    }
    return slot.value as T;
  }

  /** Writes changed slots to the hidden list (once per request, see `createGraphRoute`). */
  public changed(): void {
    this.dirty = true;
  }

  private dirty = false;

  public flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    for (const [name, slot] of this.slots) {
      const json = JSON.stringify(slot.value);
      if (json === slot.saved) continue;
      const list = this.stateList();
      const item = this.stateItem(name);
      if (item) this.store.updateItem(list, item.id, { [STATE_FIELD]: json }, this.store.siteAdmin.id);
      else this.store.addItem(list, { Title: name, [STATE_FIELD]: json }, this.store.siteAdmin.id);
      slot.saved = json;
    }
  }
}

/** The Graph API as an extra route of the shared emulator. */
export function createGraphRoute(options: GraphRouteOptions = {}): ExtraRoute & { graphStore(store: EmulatorStore): SharedGraphStore } {
  const adapters = new WeakMap<EmulatorStore, { adapter: SharedGraphStore; handler: ReturnType<typeof createGraphHandler> }>();
  const forStore = (store: EmulatorStore) => {
    let found = adapters.get(store);
    if (!found) {
      const adapter = new SharedGraphStore(store, options.directory);
      found = { adapter, handler: createGraphHandler({ store: adapter, faults: options.faults, random: options.random, now: () => new Date(store.now()) }) };
      adapters.set(store, found);
    }
    return found;
  };
  return {
    prefix: '/graph',
    kind: 'graph',
    graphStore: (store) => forStore(store).adapter,
    handle(req: EmulatorRequest, store: EmulatorStore): EmulatorResponse {
      const { adapter, handler } = forStore(store);
      const result = handler.handleGraphRequest(req.method, `${req.url.pathname}${req.url.search}`, req.headers, req.body.toString('utf8'));
      adapter.flush();
      if (!result) return { status: 404, body: { error: { code: 'notFound', message: `No Graph resource ${req.url.pathname}` } } };
      const headers = { ...(result.headers ?? {}) };
      if (typeof result.body === 'string') return { status: result.status, headers, body: result.body };
      return result.body === undefined
        ? { status: result.status, headers }
        : { status: result.status, headers: { 'Content-Type': 'application/json; odata.metadata=minimal; charset=utf-8', ...headers }, body: JSON.stringify(result.body) };
    }
  };
}
