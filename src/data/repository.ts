import { body, JSONHeaderParse } from '@pnp/queryable';
import { SPQueryable, spPost, type SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import {
  allFields, decisionsListOf, entityToItem, etagOf, itemToEntity, peopleIn, selectClause,
  IDEAS, METRIC_VALUES, PROGRAMME_METRICS, REMINDER_LOG, ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS,
  type Entity, type Fields, type ListDef, type Person, type RawItem
} from '../core/schema';
import { ConflictError, type BulkResult, type IListRepository, type ListQuery } from './contracts';
import { httpStatusOf, isThresholdError, toDataError } from './errors';
import { createdItemId, entityToFormValues, type FormUpdateValue } from './formValues';
import { BATCH_SIZE, PeopleDirectory } from './people';
import { DecisionComposedRepository } from './decisions';
import { matchesAll, planInMemory, planQuery, sortEntities, type QueryPlan } from './query';
import { sharePointReportAuthority, type ReportAuthoritySource } from './reportAuthority';
import { webPathOf } from './sp';
import './pnp';

/** What a write returns through JSONHeaderParse: the item JSON (if any) and the response headers. */
interface WriteResponse {
  readonly data: RawItem;
  readonly headers: Headers;
}

type Change<L extends ListDef> = { readonly id: number; readonly etag: string; readonly changes: Partial<Fields<L>> };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `Fields<L>` is a `Partial<Fields<L>>`; TypeScript cannot see it through the generic key remapping. */
function partial<L extends ListDef>(fields: Fields<L>): Partial<Fields<L>> {
  return fields as unknown as Partial<Fields<L>>;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * One SharePoint list as a repository of domain entities, built from the list's schema definition.
 * The list is addressed by its URL (`web.getList`), never by its (localised) title.
 */
export class ListRepository<L extends ListDef> implements IListRepository<L> {
  private readonly serverRelativeUrl: string;
  private readonly selection: { readonly select: string[]; readonly expand: string[] };

  public constructor(
    private readonly sp: SPFI,
    public readonly def: L,
    private readonly people: PeopleDirectory = new PeopleDirectory(sp)
  ) {
    this.serverRelativeUrl = `${webPathOf(sp)}/${def.url}`;
    const selection = selectClause(def);
    // A list with folders returns them among its items: the type tells them apart.
    this.selection = def.folderPer ? { ...selection, select: [...selection.select, 'FileSystemObjectType'] } : selection;
  }

  private listOn(sp: SPFI): IList {
    return sp.web.getList(this.serverRelativeUrl);
  }

  // ------------------------------------------------------------------------------------------------ reads

  public async list(query: ListQuery = {}): Promise<Entity<L>[]> {
    const plan = planQuery(this.def, query);
    try {
      return await this.read(plan);
    } catch (error) {
      // Even an indexed filter is refused when it matches more than 5 000 items: read all, filter here.
      if (plan.filter !== undefined && isThresholdError(error)) {
        try {
          return await this.read(planInMemory(this.def, query));
        } catch (fallbackError) {
          throw toDataError(fallbackError, `read ${this.def.url}`);
        }
      }
      throw toDataError(error, `read ${this.def.url}`);
    }
  }

  private async read(plan: QueryPlan): Promise<Entity<L>[]> {
    let items = this.listOn(this.sp).items.select(...this.selection.select).expand(...this.selection.expand).top(plan.pageSize);
    if (plan.filter !== undefined) items = items.filter(plan.filter);
    const found: Entity<L>[] = [];
    // PnPjs v4 pages with async iteration, following odata.nextLink (`$skiptoken` by id: never throttled).
    for await (const page of items) {
      for (const raw of page as RawItem[]) {
        if (raw.FileSystemObjectType === 1) continue;
        const entity = itemToEntity(this.def, raw);
        if (matchesAll(this.def, entity, plan.inMemory)) found.push(entity);
      }
    }
    return plan.sort ? sortEntities(this.def, found, plan.sort) : found;
  }

  public async get(id: number): Promise<Entity<L>> {
    try {
      return await this.getOn(this.sp, id);
    } catch (error) {
      throw toDataError(error, `read item ${id} of ${this.def.url}`);
    }
  }

  /** One page of items with ids above `afterId`, in id order, on `sp` (a batch, to read beside another list). */
  public async pageOn(sp: SPFI, plan: QueryPlan, afterId: number): Promise<{ readonly entities: Entity<L>[]; readonly full: boolean; readonly lastId: number }> {
    let items = this.listOn(sp).items.select(...this.selection.select).expand(...this.selection.expand).top(plan.pageSize);
    if (plan.filter !== undefined) items = items.filter(plan.filter);
    if (afterId > 0) items = items.skip(afterId);
    const raws = (await items()) as RawItem[];
    const entities: Entity<L>[] = [];
    let lastId = afterId;
    for (const raw of raws) {
      lastId = Math.max(lastId, Number(raw.Id ?? raw.ID));
      if (raw.FileSystemObjectType === 1) continue;
      const entity = itemToEntity(this.def, raw);
      if (matchesAll(this.def, entity, plan.inMemory)) entities.push(entity);
    }
    return { entities, full: raws.length >= plan.pageSize, lastId };
  }

  /** The items whose lookup `key` points at `target` (an indexed lookup: one request, never throttled). */
  public async byLookupOn(sp: SPFI, key: string, target: number): Promise<Entity<L>[]> {
    const plan = planQuery(this.def, { where: [{ key, op: 'eq', value: target }] });
    return (await this.pageOn(sp, plan, 0)).entities;
  }

  public async getOn(sp: SPFI, id: number): Promise<Entity<L>> {
    const raw = (await this.listOn(sp).items.getById(id).select(...this.selection.select).expand(...this.selection.expand)()) as RawItem;
    return itemToEntity(this.def, raw);
  }

  // ----------------------------------------------------------------------------------------------- writes

  private body(values: Partial<Fields<L>>): Record<string, unknown> {
    return entityToItem(this.def, values, (email) => this.people.idOf(email));
  }

  /**
   * The entity after an add, from SharePoint's answer: the POST returns the item's own columns but not
   * the expanded people, which we know from the input.
   */
  private fromAdd(response: WriteResponse, fields: Partial<Fields<L>>): Entity<L> {
    const raw: Record<string, unknown> = { ...response.data };
    if (etagOf(raw) === '*') {
      const header = response.headers.get('ETag');
      if (header) raw['odata.etag'] = header;
    }
    const entity = itemToEntity(this.def, raw) as unknown as Record<string, unknown>;
    const given = fields as Record<string, unknown>;
    for (const f of allFields(this.def)) {
      if (f.kind !== 'user' || !Object.prototype.hasOwnProperty.call(given, f.key)) continue;
      const person = given[f.key] as Person | null;
      entity[f.key] = person ? { ...person, id: person.id ?? this.people.idOf(person.email) } : null;
    }
    return entity as unknown as Entity<L>;
  }

  public async add(item: Fields<L>): Promise<Entity<L>> {
    const fields = partial(item);
    await this.ensurePeopleOrThrow(fields);
    if (this.def.folderPer) return this.addInFolder(fields);
    try {
      const response = (await this.listOn(this.sp).items.using(JSONHeaderParse()).add(this.body(fields))) as WriteResponse;
      return this.fromAdd(response, fields);
    } catch (error) {
      throw toDataError(error, `add item to ${this.def.url}`);
    }
  }

  // -------------------------------------------------------------------------------------------- folders

  /** The server-relative folder an item of a `folderPer` list goes into (`…/Lists/StatusUpdates/17`). */
  private folderOf(fields: Partial<Fields<L>>): { url: string; name: string } {
    const key = this.def.folderPer as string;
    const owner = (fields as Record<string, unknown>)[key];
    if (typeof owner !== 'number') throw new Error(`${this.def.url}: an item needs its ${key} (its folder)`);
    return { url: `${this.serverRelativeUrl}/${owner}`, name: String(owner) };
  }

  /** `AddValidateUpdateItemUsingPath` into the item's folder (the only REST call that adds into a folder). */
  private postInFolder(sp: SPFI, fields: Partial<Fields<L>>): Promise<FormUpdateValue[]> {
    return spPost<FormUpdateValue[]>(SPQueryable(this.listOn(sp), 'AddValidateUpdateItemUsingPath()'), body({
      listItemCreateInfo: { FolderPath: { DecodedUrl: this.folderOf(fields).url }, UnderlyingObjectType: 0 },
      formValues: entityToFormValues(this.def, fields),
      bNewDocumentUpdate: false,
      datesInUTC: true
    }));
  }

  /**
   * Creates missing folders where the caller may (the steering group, site admins). SharePoint refuses
   * everyone else: an owner's folder is made and opened to them by `tiekartta rights` or at hand-over.
   */
  private async ensureFolders(names: readonly string[]): Promise<void> {
    const [batched, execute] = this.sp.batched({ maxRequests: BATCH_SIZE });
    const pending = names.map((name) => spPost(SPQueryable(this.listOn(batched), 'AddValidateUpdateItemUsingPath()'), body({
      listItemCreateInfo: { FolderPath: { DecodedUrl: this.serverRelativeUrl }, UnderlyingObjectType: 1, LeafName: { DecodedUrl: name } },
      formValues: [],
      bNewDocumentUpdate: false
    })).catch((error: unknown) => {
      // Another writer made it in between: fine. Anything else is the caller's answer.
      if (httpStatusOf(error) !== 500) throw error;
    }));
    await execute();
    await Promise.all(pending);
  }

  private async addInFolder(fields: Partial<Fields<L>>): Promise<Entity<L>> {
    const operation = `add item to ${this.def.url}`;
    let id: number;
    try {
      id = createdItemId(await this.postInFolder(this.sp, fields));
    } catch (error) {
      if (httpStatusOf(error) !== 404) throw toDataError(error, operation);
      try {
        await this.ensureFolders([this.folderOf(fields).name]);
        id = createdItemId(await this.postInFolder(this.sp, fields));
      } catch (retryError) {
        throw toDataError(retryError, operation);
      }
    }
    return this.get(id);
  }

  public async update(id: number, etag: string, changes: Partial<Fields<L>>): Promise<Entity<L>> {
    await this.ensurePeopleOrThrow(changes);
    try {
      await this.listOn(this.sp).items.getById(id).update(this.body(changes), etag);
    } catch (error) {
      throw await this.writeError(error, id, changes, `update item ${id} of ${this.def.url}`);
    }
    return this.get(id);
  }

  public async delete(id: number, etag: string): Promise<void> {
    try {
      await this.listOn(this.sp).items.getById(id).delete(etag);
    } catch (error) {
      throw await this.writeError(error, id, {}, `delete item ${id} of ${this.def.url}`);
    }
  }

  /** 412: read what is stored now so the conflict carries both versions; otherwise the typed error. */
  private async writeError(error: unknown, id: number, mine: Partial<Fields<L>>, operation: string): Promise<Error> {
    if (httpStatusOf(error) !== 412) return toDataError(error, operation);
    try {
      return new ConflictError<L>(this.def.key, id, mine, await this.get(id));
    } catch (readError) {
      return asError(readError);
    }
  }

  private async ensurePeopleOrThrow(values: Partial<Fields<L>>): Promise<void> {
    const failures = await this.people.ensure(peopleIn(this.def, values));
    const first = failures.values().next();
    if (!first.done) throw first.value;
  }

  // ------------------------------------------------------------------------------------------------- bulk

  /**
   * Adds in batches of 100 (one HTTP request each, after one batch that resolves all people). Each item's
   * outcome is reported; a batch that fails as a whole (connection lost) marks its items failed, since
   * whether SharePoint saved them is then unknown.
   */
  public async addMany(items: readonly Fields<L>[]): Promise<BulkResult<L>> {
    const failed: { index: number; error: Error }[] = [];
    const saved: { index: number; entity: Entity<L> }[] = [];
    const personFailures = await this.people.ensure(items.reduce<Person[]>((all, item) => all.concat(peopleIn(this.def, partial(item))), []));
    const indexed = items.map((item, index) => ({ fields: partial(item), index }));
    if (this.def.folderPer) {
      const ready = indexed.filter(({ fields, index }) => {
        const unresolved = peopleIn(this.def, fields).map((p) => personFailures.get(p.email.toLowerCase())).find((e) => e !== undefined);
        if (unresolved) failed.push({ index, error: unresolved });
        return !unresolved;
      });
      for (const chunk of chunks(ready, BATCH_SIZE)) await this.addChunkInFolders(chunk, saved, failed);
      return { saved: saved.sort((a, b) => a.index - b.index).map((s) => s.entity), conflicts: [], failed: failed.sort((a, b) => a.index - b.index) };
    }
    for (const chunk of chunks(indexed, BATCH_SIZE)) {
      const [batched, execute] = this.sp.batched({ maxRequests: BATCH_SIZE });
      const settled: Set<number> = new Set();
      const pending: Promise<void>[] = [];
      for (const { fields, index } of chunk) {
        const unresolved = peopleIn(this.def, fields).map((p) => personFailures.get(p.email.toLowerCase())).find((e) => e !== undefined);
        if (unresolved) {
          failed.push({ index, error: unresolved });
          continue;
        }
        pending.push(
          (this.listOn(batched).items.using(JSONHeaderParse()).add(this.body(fields)) as Promise<WriteResponse>).then(
            (response) => {
              settled.add(index);
              saved.push({ index, entity: this.fromAdd(response, fields) });
            },
            (error: unknown) => {
              settled.add(index);
              failed.push({ index, error: toDataError(error, `add item to ${this.def.url}`) });
            }
          )
        );
      }
      if (pending.length === 0) continue;
      try {
        await execute();
        await Promise.all(pending);
      } catch (error) {
        // The batch request itself failed: its parts never settle, so report them here.
        for (const { index } of chunk) {
          if (!settled.has(index) && !failed.some((f) => f.index === index)) failed.push({ index, error: asError(error) });
        }
      }
    }
    return {
      saved: saved.sort((a, b) => a.index - b.index).map((s) => s.entity),
      conflicts: [],
      failed: failed.sort((a, b) => a.index - b.index)
    };
  }

  /**
   * One batch of adds into folders, then one batch reading the new items back. Items whose folder is
   * missing are tried once more after the folders are made (where the caller may make them).
   */
  private async addChunkInFolders(
    chunk: readonly { readonly fields: Partial<Fields<L>>; readonly index: number }[],
    saved: { index: number; entity: Entity<L> }[],
    failed: { index: number; error: Error }[]
  ): Promise<void> {
    const created: { index: number; id: number }[] = [];
    let todo = chunk;
    for (let attempt = 0; attempt < 2 && todo.length > 0; attempt++) {
      const missingFolder: { fields: Partial<Fields<L>>; index: number }[] = [];
      const [batched, execute] = this.sp.batched({ maxRequests: BATCH_SIZE });
      const pending = todo.map(({ fields, index }) => this.postInFolder(batched, fields).then(
        (answer) => {
          try {
            created.push({ index, id: createdItemId(answer) });
          } catch (error) {
            failed.push({ index, error: asError(error) });
          }
        },
        (error: unknown) => {
          if (httpStatusOf(error) === 404 && attempt === 0) missingFolder.push({ fields, index });
          else failed.push({ index, error: toDataError(error, `add item to ${this.def.url}`) });
        }
      ));
      try {
        await execute();
        await Promise.all(pending);
      } catch (error) {
        const settled = new Set([...created.map((c) => c.index), ...failed.map((f) => f.index), ...missingFolder.map((m) => m.index)]);
        for (const { index } of todo) if (!settled.has(index)) failed.push({ index, error: asError(error) });
        return;
      }
      todo = missingFolder;
      if (todo.length > 0) {
        try {
          await this.ensureFolders(Array.from(new Set(todo.map((t) => this.folderOf(t.fields).name))));
        } catch (error) {
          for (const { index } of todo) failed.push({ index, error: toDataError(error, `add item to ${this.def.url}`) });
          return;
        }
      }
    }
    if (created.length === 0) return;
    const [reader, read] = this.sp.batched({ maxRequests: BATCH_SIZE });
    const reads = created.map(({ index, id }) => this.getOn(reader, id).then(
      (entity) => {
        saved.push({ index, entity });
      },
      (error: unknown) => {
        failed.push({ index, error: toDataError(error, `read item ${id} of ${this.def.url}`) });
      }
    ));
    await read();
    await Promise.all(reads);
  }

  /**
   * Updates in batches of 100, each with its own IF-Match etag, then reads the touched items back in one
   * batch per chunk: saved items come back with their new etag, conflicting ones as `ConflictError`s
   * carrying both versions. Nothing is retried or merged automatically.
   */
  public async updateMany(changes: readonly Change<L>[]): Promise<BulkResult<L>> {
    const failed: { index: number; error: Error }[] = [];
    const saved: { index: number; entity: Entity<L> }[] = [];
    const conflicts: { index: number; conflict: ConflictError<L> }[] = [];
    const personFailures = await this.people.ensure(changes.reduce<Person[]>((all, c) => all.concat(peopleIn(this.def, c.changes)), []));
    const indexed = changes.map((change, index) => ({ change, index }));
    for (const chunk of chunks(indexed, BATCH_SIZE)) {
      // 1. the updates
      const outcome: Map<number, 'saved' | 'conflict'> = new Map();
      const [batched, execute] = this.sp.batched({ maxRequests: BATCH_SIZE });
      const pending: Promise<void>[] = [];
      for (const { change, index } of chunk) {
        const unresolved = peopleIn(this.def, change.changes).map((p) => personFailures.get(p.email.toLowerCase())).find((e) => e !== undefined);
        if (unresolved) {
          failed.push({ index, error: unresolved });
          continue;
        }
        pending.push(
          (this.listOn(batched).items.getById(change.id).update(this.body(change.changes), change.etag) as Promise<unknown>).then(
            () => {
              outcome.set(index, 'saved');
            },
            (error: unknown) => {
              if (httpStatusOf(error) === 412) outcome.set(index, 'conflict');
              else failed.push({ index, error: toDataError(error, `update item ${change.id} of ${this.def.url}`) });
            }
          )
        );
      }
      if (pending.length === 0) continue;
      try {
        await execute();
        await Promise.all(pending);
      } catch (error) {
        for (const { index } of chunk) {
          if (!outcome.has(index) && !failed.some((f) => f.index === index)) failed.push({ index, error: asError(error) });
        }
        continue;
      }
      // 2. read back what was saved or conflicted
      const [reader, read] = this.sp.batched({ maxRequests: BATCH_SIZE });
      const reads: Promise<void>[] = [];
      for (const { change, index } of chunk) {
        const state = outcome.get(index);
        if (state === undefined) continue;
        reads.push(
          this.getOn(reader, change.id).then(
            (entity) => {
              if (state === 'saved') saved.push({ index, entity });
              else conflicts.push({ index, conflict: new ConflictError<L>(this.def.key, change.id, change.changes, entity) });
            },
            (error: unknown) => {
              failed.push({ index, error: toDataError(error, `read item ${change.id} of ${this.def.url}`) });
            }
          )
        );
      }
      try {
        await read();
        await Promise.all(reads);
      } catch (error) {
        for (const { index } of chunk) {
          const state = outcome.get(index);
          const reported = saved.some((s) => s.index === index) || conflicts.some((c) => c.index === index) || failed.some((f) => f.index === index);
          if (state !== undefined && !reported) failed.push({ index, error: asError(error) });
        }
      }
    }
    return {
      saved: saved.sort((a, b) => a.index - b.index).map((s) => s.entity),
      conflicts: conflicts.sort((a, b) => a.index - b.index).map((c) => c.conflict),
      failed: failed.sort((a, b) => a.index - b.index)
    };
  }
}

/** Every list of the schema as a typed repository, sharing one people cache. */
export interface Repositories {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
  readonly statusUpdates: IListRepository<typeof STATUS_UPDATES>;
  readonly meetings: IListRepository<typeof STEERING_MEETINGS>;
  readonly metrics: IListRepository<typeof PROGRAMME_METRICS>;
  readonly metricValues: IListRepository<typeof METRIC_VALUES>;
  readonly ideas: IListRepository<typeof IDEAS>;
  readonly reminderLog: IListRepository<typeof REMINDER_LOG>;
  /** The run's cache of people resolved to site user ids. */
  readonly people: PeopleDirectory;
  /** Who was entitled to which status report (src/core/reports). */
  readonly reportAuthority: ReportAuthoritySource;
}

/**
 * The repository of a list: a plain one, or, for a list whose steering group's fields live in a decisions
 * list (actions, ideas), one that composes each entity from both lists.
 */
export function createListRepository<L extends ListDef>(sp: SPFI, def: L, people?: PeopleDirectory): IListRepository<L> {
  const own = new ListRepository(sp, def, people);
  const decisions = decisionsListOf(def);
  return decisions ? new DecisionComposedRepository(sp, def, own, new ListRepository(sp, decisions, people)) : own;
}

export const actionsRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof ROADMAP_ACTIONS> => createListRepository(sp, ROADMAP_ACTIONS, people);
export const statusUpdatesRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof STATUS_UPDATES> => createListRepository(sp, STATUS_UPDATES, people);
export const meetingsRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof STEERING_MEETINGS> => createListRepository(sp, STEERING_MEETINGS, people);
export const metricsRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof PROGRAMME_METRICS> => createListRepository(sp, PROGRAMME_METRICS, people);
export const metricValuesRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof METRIC_VALUES> => createListRepository(sp, METRIC_VALUES, people);
export const ideasRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof IDEAS> => createListRepository(sp, IDEAS, people);
export const reminderLogRepository = (sp: SPFI, people?: PeopleDirectory): IListRepository<typeof REMINDER_LOG> => createListRepository(sp, REMINDER_LOG, people);

export function createRepositories(sp: SPFI): Repositories {
  const people = new PeopleDirectory(sp);
  return {
    actions: actionsRepository(sp, people),
    statusUpdates: statusUpdatesRepository(sp, people),
    meetings: meetingsRepository(sp, people),
    metrics: metricsRepository(sp, people),
    metricValues: metricValuesRepository(sp, people),
    ideas: ideasRepository(sp, people),
    reminderLog: reminderLogRepository(sp, people),
    people,
    reportAuthority: sharePointReportAuthority(sp)
  };
}
