import type { Entity, Fields } from './entities';
import { allFields, listByKey } from './lists';
import type { DecisionsDef, FieldDef, ListDef } from './types';

/**
 * The steering group's fields of a list (`ListDef.decisions`): which of its domain fields live in a list
 * of their own, and how an entity is composed from its item and its decision item. Pure; the data layer
 * (PnPjs and Graph) reads both lists and calls `composeDecisions`.
 *
 * The entity's etag carries both versions, `<item etag>;<decision etag>` (the second part is empty while
 * there is no decision item), so that a save of either part is checked against what the person saw.
 */

export const ETAG_SEPARATOR = ';';

/** The fields stored on the list's own items (its steering group's fields left out). */
export function storedFields(def: ListDef): FieldDef[] {
  const moved = def.decisions?.fields ?? [];
  return allFields(def).filter((f) => moved.indexOf(f.key) < 0);
}

/** Whether a field of the list lives in its decisions list. */
export function isDecisionField(def: ListDef, key: string): boolean {
  return (def.decisions?.fields ?? []).indexOf(key) >= 0;
}

/** The list holding a list's decisions. */
export function decisionsListOf(def: ListDef): ListDef | undefined {
  return def.decisions ? listByKey(def.decisions.list as Parameters<typeof listByKey>[0]) : undefined;
}

/** Domain values split into those saved on the item and those saved on its decision item. */
export function splitDecisionValues<L extends ListDef>(def: L, values: Partial<Fields<L>>): { own: Partial<Fields<L>>; decided: Record<string, unknown> } {
  const own: Record<string, unknown> = {};
  const decided: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    if (isDecisionField(def, key)) decided[key] = value;
    else own[key] = value;
  }
  return { own: own as Partial<Fields<L>>, decided };
}

function emptyValue(field: FieldDef): unknown {
  if (field.kind === 'multichoice') return [];
  if (field.kind === 'boolean') return false;
  return null;
}

/** The values of the steering group's fields while nothing is recorded. */
export function decisionDefaults(def: ListDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const d: DecisionsDef | undefined = def.decisions;
  if (!d) return out;
  for (const f of allFields(def)) if (d.fields.indexOf(f.key) >= 0) out[f.key] = d.defaults?.[f.key] ?? emptyValue(f);
  return out;
}

/** Whether values differ from the defaults (a decision item is worth writing). */
export function hasDecisionValues(def: ListDef, decided: Readonly<Record<string, unknown>>): boolean {
  const defaults = decisionDefaults(def);
  return Object.entries(decided).some(([k, v]) => JSON.stringify(v ?? null) !== JSON.stringify(defaults[k] ?? null));
}

export function combineEtags(own: string, decision: string | null): string {
  return `${own}${ETAG_SEPARATOR}${decision ?? ''}`;
}

/** `<item>;<decision>` → both; an etag without the separator (or `*`) applies to the item, any decision. */
export function splitEtag(etag: string): { own: string; decision: string | null | undefined } {
  const i = etag.lastIndexOf(ETAG_SEPARATOR);
  if (i < 0) return { own: etag, decision: undefined };
  const decision = etag.slice(i + 1);
  return { own: etag.slice(0, i), decision: decision === '' ? null : decision };
}

/** The decision item of each item, by the lookup that points back (the lowest id if there were two). */
export function decisionsByItem(def: ListDef, decisions: readonly Entity<ListDef>[]): Map<number, Entity<ListDef>> {
  const by = def.decisions?.by;
  const map = new Map<number, Entity<ListDef>>();
  if (!by) return map;
  for (const d of decisions) {
    const target = (d as unknown as Record<string, unknown>)[by];
    if (typeof target !== 'number') continue;
    const seen = map.get(target);
    if (!seen || d.id < seen.id) map.set(target, d);
  }
  return map;
}

/** One entity with its decision item's values (or the defaults) and both versions in its etag. */
export function composeOne<L extends ListDef>(def: L, item: Entity<L>, decision: Entity<ListDef> | undefined): Entity<L> {
  if (!def.decisions) return item;
  const values: Record<string, unknown> = { ...(item as unknown as Record<string, unknown>), ...decisionDefaults(def) };
  if (decision) for (const key of def.decisions.fields) values[key] = (decision as unknown as Record<string, unknown>)[key] ?? values[key];
  values.etag = combineEtags(item.etag, decision ? decision.etag : null);
  return values as unknown as Entity<L>;
}

/** Every entity composed with its decision item. */
export function composeDecisions<L extends ListDef>(def: L, items: readonly Entity<L>[], decisions: readonly Entity<ListDef>[]): Entity<L>[] {
  if (!def.decisions) return [...items];
  const byItem = decisionsByItem(def, decisions);
  return items.map((item) => composeOne(def, item, byItem.get(item.id)));
}
