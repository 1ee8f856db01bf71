import {
  allFields, choiceByCode, choiceSpValue, entityToItem, fieldByKey, itemToEntity, storedFields, type Entity, type Fields, type ListDef, type RawItem
} from '../../core/schema';

/**
 * SharePoint list items as Graph's sites/lists API shows them, mapped to and from domain entities with
 * the schema (internal names stay there). Graph differs from SharePoint REST in two ways that matter:
 * person and lookup columns come as `{Name}LookupId` (a string) with no e-mail — people are resolved
 * through the site's User Information List — and multi-choice values need an `@odata.type` annotation.
 */

/** A Graph `listItem` with `$expand=fields`. */
export interface GraphListItem {
  readonly id: string;
  readonly '@odata.etag'?: string;
  readonly eTag?: string;
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string;
  readonly createdBy?: { readonly user?: { readonly email?: string; readonly displayName?: string } };
  readonly lastModifiedBy?: { readonly user?: { readonly email?: string; readonly displayName?: string } };
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** A row of the User Information List: the site user ids that person columns point to. */
export interface SiteUser {
  readonly id: number;
  readonly email: string | null;
  readonly displayName?: string;
}

function lookupId(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value))) return Number(value);
  return null;
}

/** The etag to send as IF-Match when updating this item. */
export function graphEtag(item: GraphListItem): string {
  return item['@odata.etag'] ?? item.eTag ?? (item.fields?.['@odata.etag'] as string | undefined) ?? '*';
}

export function graphItemToEntity<L extends ListDef>(def: L, item: GraphListItem, users: ReadonlyMap<number, SiteUser> = new Map()): Entity<L> {
  const f = item.fields ?? {};
  const raw: Record<string, unknown> = {
    Id: Number(item.id ?? f.id),
    'odata.etag': graphEtag(item),
    Created: (f.Created as string | undefined) ?? item.createdDateTime,
    Modified: (f.Modified as string | undefined) ?? item.lastModifiedDateTime,
    Author: { EMail: item.createdBy?.user?.email },
    Editor: { EMail: item.lastModifiedBy?.user?.email }
  };
  for (const field of allFields(def)) {
    const name = field.internalName;
    if (field.kind === 'user') {
      const id = lookupId(f[`${name}LookupId`]);
      raw[`${name}Id`] = id;
      const user = id === null ? undefined : users.get(id);
      // A person whose address is unknown still counts as a person (the reminder reports it as skipped).
      raw[name] = id === null ? undefined : { Id: id, EMail: user?.email ?? '', Title: user?.displayName ?? (f[name] as string | undefined) };
    } else if (field.kind === 'lookup') {
      raw[`${name}Id`] = lookupId(f[`${name}LookupId`]);
    } else {
      raw[name] = f[name];
    }
  }
  const entity = itemToEntity(def, raw as RawItem);
  return fixEmptyPeople(def, entity, raw);
}

/** `itemToEntity` drops a person without e-mail; keep them with an empty address so they are reported, not lost. */
function fixEmptyPeople<L extends ListDef>(def: L, entity: Entity<L>, raw: Record<string, unknown>): Entity<L> {
  let fixed: Record<string, unknown> | undefined;
  for (const field of allFields(def)) {
    if (field.kind !== 'user') continue;
    const person = raw[field.internalName] as { Id: number; EMail: string; Title?: string } | undefined;
    if (person && !person.EMail && (entity as Record<string, unknown>)[field.key] === null) {
      fixed ??= { ...entity };
      fixed[field.key] = { email: '', displayName: person.Title, id: person.Id };
    }
  }
  return (fixed ?? entity) as Entity<L>;
}

/** The `fields` body of a create or update, in Graph's names. */
export function entityToGraphFields<L extends ListDef>(def: L, values: Partial<Fields<L>>): Record<string, unknown> {
  const rest = entityToItem(def, values);
  const out: Record<string, unknown> = {};
  for (const field of allFields(def)) {
    const name = field.internalName;
    if (field.kind === 'user' || field.kind === 'lookup') {
      if (!(`${name}Id` in rest)) continue;
      const id = rest[`${name}Id`];
      out[`${name}LookupId`] = id === null || id === undefined ? null : String(id);
    } else if (name in rest) {
      out[name] = rest[name];
      if (field.kind === 'multichoice') out[`${name}@odata.type`] = 'Collection(Edm.String)';
    }
  }
  return out;
}

/** The `$select` inside `$expand=fields(...)` for a list: every schema field in Graph's names. */
export function graphFieldSelect(def: ListDef): string[] {
  // The steering group's fields live in their decisions list (see `GraphLists.readItems`).
  return storedFields(def).map((f) => (f.kind === 'user' || f.kind === 'lookup' ? `${f.internalName}LookupId` : f.internalName));
}

export type FilterOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** One condition on a field, by domain key; `indexed` says whether the list can filter it without a warning. */
export interface GraphFilter {
  readonly expression: string;
  readonly indexed: boolean;
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

export function fieldCondition(def: ListDef, key: string, op: FilterOp, value: string | number | boolean): GraphFilter {
  const field = fieldByKey(def, key);
  const name = field.kind === 'user' || field.kind === 'lookup' ? `${field.internalName}LookupId` : field.internalName;
  // Choices are filtered by the value SharePoint stores, not by the domain code.
  const choice = field.kind === 'choice' && typeof value === 'string' ? choiceByCode(field, value) : undefined;
  if (choice) value = choiceSpValue(choice);
  return { expression: `fields/${name} ${op} ${literal(value)}`, indexed: field.indexed === true };
}

export function anyOf(conditions: readonly GraphFilter[]): GraphFilter | undefined {
  if (conditions.length === 0) return undefined;
  if (conditions.length === 1) return conditions[0];
  return { expression: `(${conditions.map((c) => c.expression).join(' or ')})`, indexed: conditions.every((c) => c.indexed) };
}

export function allOf(conditions: readonly GraphFilter[]): GraphFilter | undefined {
  if (conditions.length === 0) return undefined;
  if (conditions.length === 1) return conditions[0];
  return { expression: conditions.map((c) => c.expression).join(' and '), indexed: conditions.every((c) => c.indexed) };
}
