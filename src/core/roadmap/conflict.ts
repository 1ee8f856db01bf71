import type { Entity, Fields, ListDef } from '../schema';
import { allFields } from '../schema/lists';
import { sameFieldValue } from './values';

/**
 * A save that lost the race (HTTP 412) shows, field by field, what the person tried to save next to
 * what is stored now. They choose per field; nothing is merged behind their back and nothing is lost:
 * a field keeps the stored value only when they choose it (see `resolveConflict`).
 */
export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictRow {
  readonly key: string;
  /** The value the person tried to save. */
  readonly mine: unknown;
  /** The value someone else saved in the meantime (what is stored now). */
  readonly theirs: unknown;
  /** False when both happened to save the same value: nothing to decide. */
  readonly differs: boolean;
}

/** One row per field the person changed, in the schema's field order. */
export function conflictRows<L extends ListDef>(def: L, mine: Partial<Fields<L>>, theirs: Entity<L>): ConflictRow[] {
  const given = mine as Record<string, unknown>;
  const stored = theirs as unknown as Record<string, unknown>;
  return allFields(def)
    .filter((f) => Object.prototype.hasOwnProperty.call(given, f.key))
    .map((f) => ({ key: f.key, mine: given[f.key], theirs: stored[f.key], differs: !sameFieldValue(given[f.key], stored[f.key]) }));
}

/** Default choice: keep what the person typed (they can switch any field to the stored value). */
export function defaultChoices(rows: readonly ConflictRow[]): Record<string, ConflictChoice> {
  const choices: Record<string, ConflictChoice> = {};
  for (const r of rows) choices[r.key] = r.differs ? 'mine' : 'theirs';
  return choices;
}

/**
 * The changes to save on top of the stored item (with its new etag): the fields where the person
 * chose their own value and it differs from what is stored. Empty means "keep theirs", nothing to save.
 */
export function resolveConflict<L extends ListDef>(rows: readonly ConflictRow[], choices: Readonly<Record<string, ConflictChoice>>): Partial<Fields<L>> {
  const changes: Record<string, unknown> = {};
  for (const r of rows) if (r.differs && choices[r.key] !== 'theirs') changes[r.key] = r.mine;
  return changes as Partial<Fields<L>>;
}
