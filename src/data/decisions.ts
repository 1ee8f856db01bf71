import type { SPFI } from '@pnp/sp';
import {
  composeDecisions, composeOne, decisionsByItem, hasDecisionValues, isDecisionField, splitDecisionValues, splitEtag,
  type Entity, type Fields, type ListDef
} from '../core/schema';
import { ConflictError, type BulkResult, type IListRepository, type ListQuery } from './contracts';
import { httpStatusOf, isThresholdError, toDataError } from './errors';
import { planInMemory, planQuery, sortEntities, matchesAll, type QueryPlan } from './query';
import type { ListRepository } from './repository';

/** A real version to check (not `*`, which overwrites whatever is there). */
function isVersion(etag: string): boolean {
  return etag !== '' && etag !== '*';
}

type Page<T> = Promise<{ readonly entities: T[]; readonly full: boolean; readonly lastId: number }>;
import './pnp';

/**
 * A list whose steering group's fields live in a list of their own (`ListDef.decisions`: an action's code
 * and approval in ActionDecisions, an idea's triage in IdeaTriage), as one repository of whole entities.
 * Reads take both lists' pages in the same `$batch` (reading 6 000 actions stays two requests); writes go
 * to each list what belongs there, so SharePoint's rights on the decisions list decide who may change them.
 * The entity's etag carries both versions (see src/core/schema/decisions.ts).
 */
export class DecisionComposedRepository<L extends ListDef> implements IListRepository<L> {
  private readonly by: string;

  public constructor(
    private readonly sp: SPFI,
    public readonly def: L,
    private readonly own: ListRepository<L>,
    private readonly decisions: ListRepository<ListDef>
  ) {
    if (!def.decisions) throw new Error(`${def.key} keeps no fields in a decisions list`);
    this.by = def.decisions.by;
  }

  // ------------------------------------------------------------------------------------------------ reads

  public async list(query: ListQuery = {}): Promise<Entity<L>[]> {
    const where = query.where ?? [];
    const ownWhere = where.filter((c) => !isDecisionField(this.def, c.key));
    const decidedWhere = where.filter((c) => isDecisionField(this.def, c.key));
    let items: Entity<L>[];
    let decisions: Entity<ListDef>[];
    try {
      [items, decisions] = await this.readBoth(planQuery(this.def, { where: ownWhere, pageSize: query.pageSize }));
    } catch (error) {
      // Even an indexed filter is refused past 5 000 matches: read everything by id and filter here.
      if (!isThresholdError(error)) throw toDataError(error, `read ${this.def.url}`);
      try {
        [items, decisions] = await this.readBoth(planInMemory(this.def, { where: ownWhere, pageSize: query.pageSize }));
      } catch (fallbackError) {
        throw toDataError(fallbackError, `read ${this.def.url}`);
      }
    }
    const composed = composeDecisions(this.def, items, decisions).filter((e) => matchesAll(this.def, e, decidedWhere));
    return query.orderBy ? sortEntities(this.def, composed, { key: query.orderBy.key, ascending: query.orderBy.ascending !== false }) : composed;
  }

  /** Both lists page by page, each round's pages in one `$batch`. */
  private async readBoth(plan: QueryPlan): Promise<[Entity<L>[], Entity<ListDef>[]]> {
    const items: Entity<L>[] = [];
    const decisions: Entity<ListDef>[] = [];
    const decisionPlan = planQuery(this.decisions.def, { pageSize: plan.pageSize });
    let ownAfter = 0;
    let decisionsAfter = 0;
    let ownDone = false;
    let decisionsDone = false;
    while (!ownDone || !decisionsDone) {
      const [batched, execute] = this.sp.batched();
      const ownPage: Page<Entity<L>> | undefined = ownDone ? undefined : this.own.pageOn(batched, plan, ownAfter);
      const decisionPage: Page<Entity<ListDef>> | undefined = decisionsDone ? undefined : this.decisions.pageOn(batched, decisionPlan, decisionsAfter);
      await execute();
      // Both awaited together, so a refusal of either is the one error (none left unhandled).
      const [mine, decided]: [Awaited<Page<Entity<L>>> | undefined, Awaited<Page<Entity<ListDef>>> | undefined] = await Promise.all([ownPage, decisionPage]);
      if (mine) {
        items.push(...mine.entities);
        ownAfter = mine.lastId;
        ownDone = !mine.full;
      }
      if (decided) {
        decisions.push(...decided.entities);
        decisionsAfter = decided.lastId;
        decisionsDone = !decided.full;
      }
    }
    return [plan.sort ? sortEntities(this.def, items, plan.sort) : items, decisions];
  }

  public async get(id: number): Promise<Entity<L>> {
    try {
      const [batched, execute] = this.sp.batched();
      const item = this.own.getOn(batched, id);
      // Someone with a right on this item alone (an owner in none of the site's groups) may not read the
      // decisions list: they get the item without its steering group's fields rather than nothing.
      const decision = this.decisions.byLookupOn(batched, this.by, id).catch((error: unknown) => {
        if (httpStatusOf(error) === 403) return [] as Entity<ListDef>[];
        throw error;
      });
      await execute();
      const [entity, decided] = await Promise.all([item, decision]);
      return composeOne(this.def, entity, decisionsByItem(this.def, decided).get(id));
    } catch (error) {
      throw toDataError(error, `read item ${id} of ${this.def.url}`);
    }
  }

  private async decisionOf(id: number): Promise<Entity<ListDef> | undefined> {
    return decisionsByItem(this.def, await this.decisions.byLookupOn(this.sp, this.by, id)).get(id);
  }

  // ----------------------------------------------------------------------------------------------- writes

  public async add(fields: Fields<L>): Promise<Entity<L>> {
    const { own, decided } = splitDecisionValues(this.def, fields as unknown as Partial<Fields<L>>);
    const saved = await this.own.add(own as unknown as Fields<L>);
    if (!hasDecisionValues(this.def, decided)) return composeOne(this.def, saved, undefined);
    try {
      const decision = await this.decisions.add({ ...decided, [this.by]: saved.id } as Fields<ListDef>);
      return composeOne(this.def, saved, decision);
    } catch (error) {
      // Without its decision the item would be incomplete (no code): take it back.
      await this.own.delete(saved.id, saved.etag).catch(() => undefined);
      throw error;
    }
  }

  public async update(id: number, etag: string, changes: Partial<Fields<L>>): Promise<Entity<L>> {
    const { own, decided } = splitDecisionValues(this.def, changes);
    const versions = splitEtag(etag);
    try {
      if (Object.keys(own).length > 0) await this.own.update(id, versions.own, own);
      else if (Object.keys(decided).length > 0 && isVersion(versions.own)) {
        // A decision on an item that changed since it was read is a conflict too, as it was on one item.
        const current = await this.own.get(id);
        if (current.etag !== versions.own) throw new ConflictError<L>(this.def.key, id, changes, await this.get(id));
      }
      if (Object.keys(decided).length > 0) await this.writeDecision(id, versions.decision, decided);
    } catch (error) {
      if (error instanceof ConflictError || httpStatusOf(error) === 412) throw new ConflictError<L>(this.def.key, id, changes, await this.get(id));
      throw error;
    }
    return this.get(id);
  }

  /** Updates the item's decision with the version the person saw, or adds it when there was none. */
  private async writeDecision(id: number, version: string | null | undefined, decided: Record<string, unknown>): Promise<void> {
    if (version === null) {
      try {
        await this.decisions.add({ ...decided, [this.by]: id } as Fields<ListDef>);
      } catch (error) {
        // Someone recorded a decision in between: the unique lookup refuses a second one.
        if (httpStatusOf(error) === 400 && /duplicate/i.test(error instanceof Error ? error.message : '')) throw new ConflictError<L>(this.def.key, id, decided as Partial<Fields<L>>, await this.get(id));
        throw error;
      }
      return;
    }
    const current = await this.decisionOf(id);
    if (!current) await this.decisions.add({ ...decided, [this.by]: id } as Fields<ListDef>);
    else await this.decisions.update(current.id, version ?? '*', decided as Partial<Fields<ListDef>>);
  }

  public async delete(id: number, etag: string): Promise<void> {
    const versions = splitEtag(etag);
    const decision = await this.decisionOf(id);
    await this.own.delete(id, versions.own);
    if (decision) await this.decisions.delete(decision.id, '*');
  }

  // ------------------------------------------------------------------------------------------------- bulk

  public async addMany(items: readonly Fields<L>[]): Promise<BulkResult<L>> {
    const parts = items.map((item) => splitDecisionValues(this.def, item as unknown as Partial<Fields<L>>));
    const ownResult = await this.own.addMany(parts.map((p) => p.own as unknown as Fields<L>));
    const failedIndex = new Set(ownResult.failed.map((f) => f.index));
    const savedIndexes = items.map((_, i) => i).filter((i) => !failedIndex.has(i));
    const saved = new Map(savedIndexes.map((index, n) => [index, ownResult.saved[n]]));
    const withDecision = savedIndexes.filter((i) => hasDecisionValues(this.def, parts[i].decided));
    const decisionResult = await this.decisions.addMany(withDecision.map((i) => ({ ...parts[i].decided, [this.by]: saved.get(i)?.id } as Fields<ListDef>)));
    const failed = [...ownResult.failed];
    const decisionFailed = new Set<number>();
    for (const f of decisionResult.failed) {
      const index = withDecision[f.index];
      decisionFailed.add(index);
      failed.push({ index, error: f.error });
    }
    // An item whose decision could not be written is taken back (it would have no code).
    const orphans = [...decisionFailed].map((i) => saved.get(i)).filter((e): e is Entity<L> => !!e);
    await Promise.all(orphans.map((e) => this.own.delete(e.id, e.etag).catch(() => undefined)));
    const decisionsSaved = decisionResult.saved;
    const composed = savedIndexes.filter((i) => !decisionFailed.has(i)).map((i) => {
      const entity = saved.get(i) as Entity<L>;
      return composeOne(this.def, entity, decisionsByItem(this.def, decisionsSaved).get(entity.id));
    });
    return { saved: composed, conflicts: [], failed: failed.sort((a, b) => a.index - b.index) };
  }

  public async updateMany(changes: readonly { readonly id: number; readonly etag: string; readonly changes: Partial<Fields<L>> }[]): Promise<BulkResult<L>> {
    const parts = changes.map((c) => ({ ...c, ...splitDecisionValues(this.def, c.changes), versions: splitEtag(c.etag) }));
    const failed: { index: number; error: Error }[] = [];
    const conflicted = new Set<number>();
    const ownIndexes = parts.map((p, i) => (Object.keys(p.own).length > 0 ? i : -1)).filter((i) => i >= 0);
    const ownResult = await this.own.updateMany(ownIndexes.map((i) => ({ id: parts[i].id, etag: parts[i].versions.own, changes: parts[i].own })));
    for (const f of ownResult.failed) failed.push({ index: ownIndexes[f.index], error: f.error });
    for (const c of ownResult.conflicts) {
      const index = ownIndexes.find((i) => parts[i].id === c.id);
      if (index !== undefined) conflicted.add(index);
    }
    const settled = new Set([...failed.map((f) => f.index), ...conflicted]);

    let decidedIndexes = parts.map((p, i) => (Object.keys(p.decided).length > 0 && !settled.has(i) ? i : -1)).filter((i) => i >= 0);
    if (decidedIndexes.length > 0) {
      const [ownNow, decisionsNow] = await Promise.all([this.own.list(), this.decisions.list()]);
      // Decisions on items that changed since they were read are conflicts, as a change of the item would be.
      const ownVersion = new Map(ownNow.map((e) => [e.id, e.etag]));
      for (const i of decidedIndexes) {
        const seen = parts[i].versions.own;
        if (Object.keys(parts[i].own).length === 0 && isVersion(seen) && ownVersion.get(parts[i].id) !== seen) conflicted.add(i);
      }
      decidedIndexes = decidedIndexes.filter((i) => !conflicted.has(i));
      const existing = decisionsByItem(this.def, decisionsNow);
      const updates = decidedIndexes.filter((i) => existing.has(parts[i].id));
      const adds = decidedIndexes.filter((i) => !existing.has(parts[i].id));
      const updated = await this.decisions.updateMany(updates.map((i) => ({
        id: (existing.get(parts[i].id) as Entity<ListDef>).id, etag: parts[i].versions.decision ?? '*', changes: parts[i].decided as Partial<Fields<ListDef>>
      })));
      for (const f of updated.failed) failed.push({ index: updates[f.index], error: f.error });
      for (const c of updated.conflicts) {
        const index = updates.find((i) => existing.get(parts[i].id)?.id === c.id);
        if (index !== undefined) conflicted.add(index);
      }
      const added = await this.decisions.addMany(adds.map((i) => ({ ...parts[i].decided, [this.by]: parts[i].id } as Fields<ListDef>)));
      for (const f of added.failed) failed.push({ index: adds[f.index], error: f.error });
    }

    // What is stored now, whole: the saved ones and, for conflicts, "theirs".
    const now = new Map((await this.list()).map((e) => [e.id, e]));
    const failedIndexes = new Set(failed.map((f) => f.index));
    const saved: { index: number; entity: Entity<L> }[] = [];
    const conflicts: { index: number; conflict: ConflictError<L> }[] = [];
    parts.forEach((p, index) => {
      if (failedIndexes.has(index)) return;
      const entity = now.get(p.id);
      if (!entity) {
        failed.push({ index, error: new Error(`item ${p.id} of ${this.def.url} is gone`) });
        return;
      }
      if (conflicted.has(index)) conflicts.push({ index, conflict: new ConflictError<L>(this.def.key, p.id, p.changes, entity) });
      else saved.push({ index, entity });
    });
    return {
      saved: saved.sort((a, b) => a.index - b.index).map((s) => s.entity),
      conflicts: conflicts.sort((a, b) => a.index - b.index).map((c) => c.conflict),
      failed: failed.sort((a, b) => a.index - b.index)
    };
  }
}
