import { randomUUID } from 'node:crypto';
import { LISTS, type ListDef } from '../../../src/core/schema';

/**
 * What the Graph part of the emulator needs from the emulator's store. The SharePoint part owns the
 * store (same lists, same users); `MemoryGraphStore` implements this interface on its own for the Graph
 * part's tests until the shared store is wired in (see /work/coord/emulator-requests.md).
 *
 * Items are kept the way SharePoint REST shows them: internal names, person and lookup columns as
 * `{Name}Id` numbers.
 */

export type RawSpItem = Record<string, unknown> & {
  readonly Id: number;
  /** Stable per item (the GUID in Graph's `"{guid},{version}"` etag). */
  readonly UniqueId: string;
  /** Bumped on each update. */
  readonly Version: number;
  readonly Created: string;
  readonly Modified: string;
};

export interface StoreList {
  readonly id: string;
  readonly def: ListDef;
  readonly title: string;
}

export interface SiteUser {
  readonly id: number;
  readonly email: string | null;
  readonly title: string;
}

export interface DirectoryUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly mail: string | null;
  readonly displayName: string;
  /** e.g. `sv-FI`. */
  readonly preferredLanguage?: string | null;
  /** Whether the Teams app is installed for the user (activity notifications are delivered). */
  readonly teamsAppInstalled?: boolean;
  readonly deleted?: boolean;
}

export interface DirectoryGroup {
  readonly id: string;
  readonly displayName: string;
  readonly mailNickname: string;
  /** Directory user ids. */
  readonly members: readonly string[];
}

export type UpdateOutcome = { readonly item: RawSpItem } | { readonly error: 'not-found' | 'conflict' };

export interface GraphBackingStore {
  /** Server-relative URL of the programme site, `/sites/digiohjelma`. */
  readonly sitePath: string;
  readonly siteId: string;
  lists(): readonly StoreList[];
  items(listId: string): readonly RawSpItem[];
  addItem(listId: string, fields: Record<string, unknown>, author?: number): RawSpItem;
  /** `ifMatch` is the version to expect (undefined or `*` = any). */
  updateItem(listId: string, id: number, fields: Record<string, unknown>, ifMatchVersion?: number): UpdateOutcome;
  siteUsers(): readonly SiteUser[];
  directoryUsers(): readonly DirectoryUser[];
  groups(): readonly DirectoryGroup[];
  /** A persisted JSON slot for the Graph part's own state (outbox, calendar events). */
  extra<T>(name: string, init: () => T): T;
  /** Persist after a change (no-op in memory). */
  changed(): void;
}

/** The steering group's team in the emulator's directory. */
export const EMULATOR_STEERING_GROUP_ID = '6d1f0e9a-51c2-4b7e-9b1a-d1d1e7a0a001';
export const EMULATOR_SENDER = 'digitiekartta@porvoo.fi';

/** An in-memory store for the Graph part's own tests and benchmarks. */
export class MemoryGraphStore implements GraphBackingStore {
  public readonly sitePath = '/sites/digiohjelma';
  public readonly siteId = 'emulator.sharepoint.local,5c4e6b0e-7d1f-4a8e-9a6b-1f0c1d2e3f40,0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  private readonly storeLists: StoreList[];
  private readonly data = new Map<string, RawSpItem[]>();
  private readonly nextId = new Map<string, number>();
  private readonly users: SiteUser[] = [];
  private readonly directory: DirectoryUser[] = [];
  private readonly directoryGroups: DirectoryGroup[] = [];
  private readonly slots = new Map<string, unknown>();
  /** Clock for Created/Modified; tests set it to their simulated time. */
  public now: () => Date = () => new Date();

  public constructor() {
    this.storeLists = LISTS.map((def, i) => ({ id: `0b0c0d0e-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, def, title: def.titles.fi }));
    for (const l of this.storeLists) {
      this.data.set(l.id, []);
      this.nextId.set(l.id, 1);
    }
    this.addDirectoryUser({ displayName: 'Digitiekartta', mail: EMULATOR_SENDER });
    this.directoryGroups.push({ id: EMULATOR_STEERING_GROUP_ID, displayName: 'Digijohtoryhmä – Digiledningsgruppen', mailNickname: 'digijohtoryhma', members: [] });
  }

  public lists(): readonly StoreList[] {
    return this.storeLists;
  }

  public listIdOf(def: ListDef): string {
    const l = this.storeLists.find((x) => x.def.key === def.key);
    if (!l) throw new Error(`no list ${def.key}`);
    return l.id;
  }

  public items(listId: string): readonly RawSpItem[] {
    return this.data.get(listId) ?? [];
  }

  public addItem(listId: string, fields: Record<string, unknown>, author?: number): RawSpItem {
    const items = this.data.get(listId);
    if (!items) throw new Error(`no list ${listId}`);
    const id = this.nextId.get(listId) ?? 1;
    this.nextId.set(listId, id + 1);
    const stamp = this.now().toISOString();
    const item: RawSpItem = { ...fields, Id: id, UniqueId: randomUUID(), Version: 1, Created: stamp, Modified: stamp, AuthorId: author ?? null, EditorId: author ?? null };
    items.push(item);
    return item;
  }

  public updateItem(listId: string, id: number, fields: Record<string, unknown>, ifMatchVersion?: number): UpdateOutcome {
    const items = this.data.get(listId) ?? [];
    const index = items.findIndex((i) => i.Id === id);
    if (index < 0) return { error: 'not-found' };
    const current = items[index];
    if (ifMatchVersion !== undefined && ifMatchVersion !== current.Version) return { error: 'conflict' };
    const item: RawSpItem = { ...current, ...fields, Id: current.Id, UniqueId: current.UniqueId, Version: current.Version + 1, Created: current.Created, Modified: this.now().toISOString() };
    items[index] = item;
    return { item };
  }

  public siteUsers(): readonly SiteUser[] {
    return this.users;
  }

  public directoryUsers(): readonly DirectoryUser[] {
    return this.directory;
  }

  public groups(): readonly DirectoryGroup[] {
    return this.directoryGroups;
  }

  public extra<T>(name: string, init: () => T): T {
    if (!this.slots.has(name)) this.slots.set(name, init());
    return this.slots.get(name) as T;
  }

  public changed(): void {
    // In memory: nothing to persist.
  }

  /** Adds a person to the directory (and as a site user unless `siteUser: false`); returns the site user id. */
  public addDirectoryUser(p: { displayName: string; mail: string | null; preferredLanguage?: string | null; teamsAppInstalled?: boolean; upn?: string; siteUser?: boolean }): number {
    const upn = p.upn ?? p.mail ?? `${p.displayName.toLowerCase().replace(/\W+/g, '.')}@porvoo.fi`;
    this.directory.push({ id: randomUUID(), userPrincipalName: upn, mail: p.mail, displayName: p.displayName, preferredLanguage: p.preferredLanguage ?? null, teamsAppInstalled: p.teamsAppInstalled });
    if (p.siteUser === false) return -1;
    return this.addSiteUser(p.mail, p.displayName);
  }

  public addSiteUser(email: string | null, title: string): number {
    const id = this.users.length + 7; // SharePoint's first user ids belong to system accounts
    this.users.push({ id, email, title });
    return id;
  }

  /** Removes a person from the directory (the site user stays, as in SharePoint). */
  public deleteDirectoryUser(mail: string): void {
    const i = this.directory.findIndex((u) => u.mail?.toLowerCase() === mail.toLowerCase());
    if (i >= 0) this.directory.splice(i, 1);
  }

  public addGroupMember(groupId: string, mail: string): void {
    const user = this.directory.find((u) => u.mail?.toLowerCase() === mail.toLowerCase());
    const g = this.directoryGroups.findIndex((x) => x.id === groupId);
    if (!user || g < 0) throw new Error(`no user ${mail} or group ${groupId}`);
    this.directoryGroups[g] = { ...this.directoryGroups[g], members: [...this.directoryGroups[g].members, user.id] };
  }
}
