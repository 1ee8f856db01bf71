import type { Lang } from '../i18n/catalog';
import { formatDay, formatDateTime, formatEuro } from '../i18n/format';
import {
  allFields, choiceLabel, fieldByKey, itemToEntity, type FieldDef, type Fields, type ListDef, type Person, type RawItem
} from '../schema';

/**
 * An item's history from SharePoint's own versioning (the lists keep major versions), not from a log
 * of our own: `items(id)/versions` gives every version's field values; consecutive versions are
 * compared here to say who changed what, and when.
 */

export interface VersionEditor {
  readonly email: string | null;
  readonly displayName: string | null;
}

/** One stored version, its values already in domain form. */
export interface VersionSnapshot<L extends ListDef> {
  /** SharePoint's label, e.g. `3.0`. */
  readonly version: string;
  readonly editor: VersionEditor;
  /** When this version was saved (ISO instant). */
  readonly modified: string;
  readonly values: Fields<L>;
}

export interface FieldChange {
  /** The field's domain key (its label comes from the schema). */
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface HistoryEntry {
  readonly version: string;
  readonly editor: VersionEditor;
  readonly modified: string;
  /** True for the first version: `changes` then lists the values it was created with. */
  readonly created: boolean;
  readonly changes: FieldChange[];
  /** `decision`: a version of the item's decision item (its steering group's fields, see ListDef.decisions). */
  readonly kind?: 'item' | 'decision';
}

type Json = Readonly<Record<string, unknown>>;

function asObject(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

/** A user value of a version (`{LookupId, LookupValue, Email}`) in the shape items use (`{Id, Title, EMail}`). */
function userOfVersion(value: unknown): Json | null {
  const v = asObject(value);
  if (!v) return null;
  const email = v.Email ?? v.EMail;
  if (typeof email !== 'string' || !email) return null;
  return { EMail: email, Title: v.LookupValue ?? v.Title, Id: v.LookupId ?? v.Id };
}

/**
 * A raw version as SharePoint returns it from `items(id)/versions` (users and lookups as
 * `{LookupId, LookupValue[, Email]}`, multi-choices as arrays) turned into the item shape
 * `itemToEntity` reads. Item-shaped values (`XxxId`, `{EMail}`) are accepted as well.
 */
export function versionAsItem(def: ListDef, raw: RawItem): RawItem {
  const item: Record<string, unknown> = { ...raw };
  for (const f of allFields(def)) {
    const value = raw[f.internalName];
    if (f.kind === 'user') {
      const user = userOfVersion(value);
      item[f.internalName] = user;
      if (user && typeof raw[`${f.internalName}Id`] !== 'number') item[`${f.internalName}Id`] = user.Id;
    } else if (f.kind === 'lookup' && typeof raw[`${f.internalName}Id`] !== 'number') {
      const lookup = asObject(value);
      const id = lookup ? lookup.LookupId : typeof value === 'number' ? value : null;
      item[`${f.internalName}Id`] = typeof id === 'number' && id > 0 ? id : null;
    }
  }
  return item;
}

function editorOf(raw: RawItem): VersionEditor {
  const e = asObject(raw.Editor);
  const email = e ? e.Email ?? e.EMail : undefined;
  const name = e ? e.LookupValue ?? e.Title : undefined;
  return { email: typeof email === 'string' && email ? email : null, displayName: typeof name === 'string' && name ? name : null };
}

/** A raw version as a snapshot in domain form. */
export function versionSnapshot<L extends ListDef>(def: L, raw: RawItem): VersionSnapshot<L> {
  const entity = itemToEntity(def, versionAsItem(def, raw));
  const values: Record<string, unknown> = {};
  for (const f of allFields(def)) values[f.key] = (entity as unknown as Record<string, unknown>)[f.key];
  const label = raw.VersionLabel ?? raw.OData__UIVersionString;
  const modified = raw.Modified ?? raw.Created;
  return {
    version: typeof label === 'string' ? label : String(label ?? ''),
    editor: editorOf(raw),
    modified: typeof modified === 'string' ? new Date(modified).toISOString() : '',
    values: values as Fields<L>
  };
}

/** `3.0` → [3, 0], for ordering versions numerically (10.0 comes after 9.0). */
function versionOrder(label: string): [number, number] {
  const [major, minor] = label.split('.').map((n) => Number(n) || 0);
  return [major ?? 0, minor ?? 0];
}

function compareVersions(a: string, b: string): number {
  const [am, an] = versionOrder(a);
  const [bm, bn] = versionOrder(b);
  return am - bm || an - bn;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Equal as the domain sees it: people by e-mail, multi-choices as sets, empty as empty. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const sa = [...a].map(String).sort();
    const sb = [...b].map(String).sort();
    return sa.length === sb.length && sa.every((v, i) => v === sb[i]);
  }
  const pa = asObject(a) as Partial<Person> | null;
  const pb = asObject(b) as Partial<Person> | null;
  if (pa && pb) return (pa.email ?? '').toLowerCase() === (pb.email ?? '').toLowerCase();
  return a === b;
}

/**
 * The history, newest first: for each version, who saved it, when, and which fields changed from what
 * to what. `ignore` leaves out fields that change on their own (e.g. a value the system maintains).
 */
export function diffVersions<L extends ListDef>(
  def: L, snapshots: readonly VersionSnapshot<L>[], ignore: readonly string[] = []
): HistoryEntry[] {
  // The steering group's fields are read from their decisions list's own versions (`mergeHistories`).
  const moved = def.decisions?.fields ?? [];
  const fields = allFields(def).filter((f) => ignore.indexOf(f.key) < 0 && moved.indexOf(f.key) < 0);
  const ordered = [...snapshots].sort((a, b) => compareVersions(a.version, b.version));
  const entries: HistoryEntry[] = [];
  ordered.forEach((snap, i) => {
    const before = i > 0 ? (ordered[i - 1].values as Record<string, unknown>) : null;
    const after = snap.values as Record<string, unknown>;
    const changes: FieldChange[] = [];
    for (const f of fields) {
      // A new item's `false` is the default, not something anyone set.
      const from = before ? before[f.key] : f.kind === 'boolean' ? false : null;
      const to = after[f.key];
      if (!sameValue(from, to)) changes.push({ field: f.key, from: isEmpty(from) ? null : from, to: isEmpty(to) ? null : to });
    }
    entries.push({ version: snap.version, editor: snap.editor, modified: snap.modified, created: i === 0, changes });
  });
  return entries.reverse();
}

/** A field value as people read it in a history list. */
export function describeValue(def: ListDef, key: string, value: unknown, lang: Lang, yesNo: { yes: string; no: string }): string {
  if (isEmpty(value)) return '–';
  const f: FieldDef = fieldByKey(def, key);
  switch (f.kind) {
    case 'choice':
      return choiceLabel(f, String(value), lang);
    case 'multichoice':
      return (value as unknown[]).map((v) => choiceLabel(f, String(v), lang)).join(', ');
    case 'user': {
      const p = value as Person;
      return p.displayName || p.email;
    }
    case 'boolean':
      return value === true ? yesNo.yes : yesNo.no;
    case 'currency':
      return formatEuro(Number(value), lang);
    case 'percent':
      return `${String(value)} %`;
    case 'date':
      return formatDay(String(value), lang);
    case 'datetime':
      return formatDateTime(String(value), lang);
    case 'lookup':
      return `#${String(value)}`;
    default:
      return String(value);
  }
}

/**
 * An item's history with its decision item's (`decisions`, diffed with the decisions list's definition, the
 * lookup back to the item left out): one list, newest first. The decisions list uses the item's field keys.
 */
export function mergeHistories(own: readonly HistoryEntry[], decisions: readonly HistoryEntry[]): HistoryEntry[] {
  const marked = decisions.map((e): HistoryEntry => ({ ...e, kind: 'decision', created: false }));
  return [...own.map((e): HistoryEntry => ({ ...e, kind: 'item' })), ...marked].sort((a, b) => b.modified.localeCompare(a.modified));
}
