import type { Entity, Fields, ListDef } from '../core/schema';

/**
 * The data layer's contract. Components, the Excel round trip, the reminder job and the CLI depend on
 * these interfaces; the implementation is PnPjs (`createRepositories`) against SharePoint or the local
 * emulator: the same code, another URL.
 */

/** A condition on one field, by domain key (internal names stay in the schema). */
export interface FieldCondition {
  readonly key: string;
  readonly op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
  readonly value: string | number | boolean | null;
}

export interface ListQuery {
  /** All conditions must hold. Filter on indexed fields only on big lists (list view threshold). */
  readonly where?: readonly FieldCondition[];
  readonly orderBy?: { readonly key: string; readonly ascending?: boolean };
  /** Page size for reading (default 5 000, SharePoint's maximum). */
  readonly pageSize?: number;
}

/**
 * Thrown when an update's etag no longer matches (HTTP 412): someone saved in between.
 * Carries both versions so the UI can show them side by side; nothing is merged automatically.
 */
export class ConflictError<L extends ListDef = ListDef> extends Error {
  public readonly name = 'ConflictError';
  public constructor(
    public readonly listKey: string,
    public readonly id: number,
    /** The changes the caller tried to save. */
    public readonly mine: Partial<Fields<L>>,
    /** The item as it is now stored. */
    public readonly theirs: Entity<L>
  ) {
    super(`Item ${id} in ${listKey} was changed by someone else`);
  }
}

/** The caller lacks the right to do this (HTTP 403). */
export class AccessDeniedError extends Error {
  public readonly name = 'AccessDeniedError';
  public constructor(public readonly operation: string) {
    super(`Access denied: ${operation}`);
  }
}

/** The item no longer exists (HTTP 404), e.g. deleted by someone else. */
export class NotFoundError extends Error {
  public readonly name = 'NotFoundError';
  /** `url`: the request SharePoint answered 404, so that a message can name it. */
  public constructor(public readonly what: string, public readonly url?: string) {
    super(`Not found: ${what}`);
  }
}

export interface BulkResult<L extends ListDef> {
  readonly saved: Entity<L>[];
  readonly conflicts: ConflictError<L>[];
  readonly failed: { readonly index: number; readonly error: Error }[];
}

export interface IListRepository<L extends ListDef> {
  readonly def: L;
  /** Every matching item, read page by page (stays correct past 5 000 items). */
  list(query?: ListQuery): Promise<Entity<L>[]>;
  get(id: number): Promise<Entity<L>>;
  add(fields: Fields<L>): Promise<Entity<L>>;
  /** Updates with IF-Match: the etag the caller read. A mismatch throws `ConflictError`. */
  update(id: number, etag: string, changes: Partial<Fields<L>>): Promise<Entity<L>>;
  delete(id: number, etag: string): Promise<void>;
  /** Adds in batches (one HTTP request per batch). */
  addMany(items: readonly Fields<L>[]): Promise<BulkResult<L>>;
  /** Updates in batches; each with its own etag. Conflicts are reported, not thrown. */
  updateMany(changes: readonly { readonly id: number; readonly etag: string; readonly changes: Partial<Fields<L>> }[]): Promise<BulkResult<L>>;
}

// What the signed-in user may do: a contract of the core's permission rules, read from SharePoint here.
export type { UserRights } from '../core/roadmap/permissions';
