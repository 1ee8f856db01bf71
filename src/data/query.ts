import { choiceByCode, choiceSpValue, fieldByKey, type Entity, type FieldDef, type ListDef, type Person } from '../core/schema';
import type { FieldCondition, ListQuery } from './contracts';

/**
 * Query planning: which conditions SharePoint evaluates and which we evaluate after reading.
 *
 * SharePoint refuses (HTTP 500 `SPQueryThrottledException`) a query on a list above the 5 000-item list
 * view threshold when it would have to scan: a `$filter` or `$orderby` on a column without an index.
 * The schema says which fields are indexed, so per query:
 * - a condition goes to the server only if its field is indexed and the comparison can use the index
 *   (`eq`, ranges; not `ne`, not null tests, not multi-choice, not a person given by e-mail);
 * - every other condition is checked in memory on the pages read;
 * - ordering is always done in memory: every matching page is read anyway, and `$orderby` on an
 *   unindexed column is itself a threshold trigger.
 * Even an indexed filter is refused when it matches more than 5 000 items; the repository then falls
 * back to `planInMemory` (read all pages by id, which is always allowed, and filter here).
 */
export interface QueryPlan {
  /** OData `$filter` on indexed fields, or undefined to read everything. */
  readonly filter?: string;
  /** Conditions checked on the entities read. */
  readonly inMemory: readonly FieldCondition[];
  readonly sort?: { readonly key: string; readonly ascending: boolean };
  readonly pageSize: number;
}

/** SharePoint's maximum page size, and the largest page that never trips the threshold by itself. */
export const MAX_PAGE_SIZE = 5000;

const RANGE_OPS = new Set<FieldCondition['op']>(['eq', 'lt', 'le', 'gt', 'ge']);

/** Whether SharePoint can evaluate this condition through the field's index. */
export function isServerSide(field: FieldDef, condition: FieldCondition): boolean {
  if (!field.indexed || condition.value === null || !RANGE_OPS.has(condition.op)) return false;
  switch (field.kind) {
    case 'text':
    case 'period':
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
    case 'year':
    case 'datetime':
      return true;
    case 'choice':
    case 'boolean':
      return condition.op === 'eq';
    case 'lookup':
    case 'user':
      // By id only: a person given by e-mail would need an expanded projection, which is not indexed.
      return condition.op === 'eq' && typeof condition.value === 'number';
    default:
      return false;
  }
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The OData comparison for one server-side condition, in SharePoint's names and stored values. */
export function odataComparison(field: FieldDef, condition: FieldCondition): string {
  const value = condition.value;
  switch (field.kind) {
    case 'lookup':
    case 'user':
      return `${field.internalName}Id ${condition.op} ${Number(value)}`;
    case 'boolean':
      return `${field.internalName} ${condition.op} ${value === true ? 1 : 0}`;
    case 'choice': {
      const choice = choiceByCode(field, String(value));
      return `${field.internalName} ${condition.op} ${quote(choice ? choiceSpValue(choice) : String(value))}`;
    }
    case 'datetime':
      return `${field.internalName} ${condition.op} datetime${quote(new Date(String(value)).toISOString())}`;
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
    case 'year':
      return `${field.internalName} ${condition.op} ${Number(value)}`;
    default:
      return `${field.internalName} ${condition.op} ${quote(String(value))}`;
  }
}

export function planQuery(def: ListDef, query: ListQuery = {}): QueryPlan {
  const server: string[] = [];
  const inMemory: FieldCondition[] = [];
  for (const condition of query.where ?? []) {
    const field = fieldByKey(def, condition.key);
    if (isServerSide(field, condition)) server.push(odataComparison(field, condition));
    else inMemory.push(condition);
  }
  return {
    filter: server.length > 0 ? server.join(' and ') : undefined,
    inMemory,
    sort: query.orderBy ? { key: query.orderBy.key, ascending: query.orderBy.ascending !== false } : undefined,
    pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, query.pageSize ?? MAX_PAGE_SIZE))
  };
}

/** Everything in memory: the fallback when SharePoint refuses even the indexed filter. */
export function planInMemory(def: ListDef, query: ListQuery = {}): QueryPlan {
  for (const condition of query.where ?? []) fieldByKey(def, condition.key);
  return { ...planQuery(def, { ...query, where: [] }), inMemory: query.where ?? [] };
}

type Comparable = string | number | boolean;

function comparableOf(field: FieldDef, value: unknown): Comparable | null {
  if (value === null || value === undefined) return null;
  if (field.kind === 'user') {
    const person = value as Person;
    return person.email.toLowerCase();
  }
  if (field.kind === 'datetime') return Date.parse(String(value));
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function compare(a: Comparable, b: Comparable): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'fi');
  return a < b ? -1 : a > b ? 1 : 0;
}

function holds(field: FieldDef, stored: unknown, condition: FieldCondition): boolean {
  const wanted = condition.value;
  if (field.kind === 'multichoice') {
    const codes = (stored as string[] | null) ?? [];
    const has = wanted === null ? codes.length === 0 : codes.indexOf(String(wanted)) >= 0;
    if (condition.op === 'eq') return has;
    if (condition.op === 'ne') return !has;
    return false;
  }
  if (field.kind === 'user' && typeof wanted === 'number') {
    const id = (stored as Person | null)?.id;
    return condition.op === 'eq' ? id === wanted : condition.op === 'ne' ? id !== wanted : false;
  }
  const left = comparableOf(field, stored);
  const right = wanted === null ? null : comparableOf(field, field.kind === 'user' ? { email: String(wanted) } : wanted);
  if (left === null || right === null) {
    if (condition.op === 'eq') return left === right;
    if (condition.op === 'ne') return left !== right;
    return false;
  }
  const order = compare(left, right);
  switch (condition.op) {
    case 'eq': return order === 0;
    case 'ne': return order !== 0;
    case 'lt': return order < 0;
    case 'le': return order <= 0;
    case 'gt': return order > 0;
    default: return order >= 0;
  }
}

/** Whether an entity satisfies every in-memory condition. */
export function matchesAll<L extends ListDef>(def: L, entity: Entity<L>, conditions: readonly FieldCondition[]): boolean {
  const values = entity as unknown as Record<string, unknown>;
  return conditions.every((c) => holds(fieldByKey(def, c.key), values[c.key], c));
}

/** Sorts entities by one field; empty values last; ties by id so the order is stable. */
export function sortEntities<L extends ListDef>(def: L, entities: Entity<L>[], sort: { readonly key: string; readonly ascending: boolean }): Entity<L>[] {
  const field = fieldByKey(def, sort.key);
  const sign = sort.ascending ? 1 : -1;
  return entities.slice().sort((a, b) => {
    const x = comparableOf(field, (a as unknown as Record<string, unknown>)[sort.key]);
    const y = comparableOf(field, (b as unknown as Record<string, unknown>)[sort.key]);
    if (x === null && y === null) return a.id - b.id;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * compare(x, y) || a.id - b.id;
  });
}
