import type { Lang } from '../i18n/catalog';
import { helsinkiDay } from '../time/helsinki';
import { containBidi } from '../untrusted/text';
import type { ChoiceDef, FieldDef, ListDef } from './types';
import type { Entity, Fields, ItemMeta, Person } from './entities';
import { allFields } from './lists';

/**
 * Item <-> domain mapping, generated from the schema. A SharePoint item (REST JSON, any OData flavour)
 * becomes an `Entity`; domain values become the body of an add/update.
 */

/** Lower case, no diacritics, single spaces: how headers, labels and codes are compared. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

export function fieldByKey(def: ListDef, key: string): FieldDef {
  const found = allFields(def).find((f) => f.key === key);
  if (!found) throw new Error(`List ${def.key} has no field ${key}`);
  return found;
}

export function choiceSpValue(choice: ChoiceDef): string {
  return choice.spValue ?? choice.labels.fi;
}

export function choiceByCode(field: FieldDef, code: string): ChoiceDef | undefined {
  return field.choices?.find((c) => c.code === code);
}

/** A choice's label in a language; an unknown (fill-in) value is shown as it is. */
export function choiceLabel(field: FieldDef, code: string, lang: Lang): string {
  return choiceByCode(field, code)?.labels[lang] ?? code;
}

/** Finds a choice by code, stored value, any language's label or alias, ignoring case and diacritics. */
export function matchChoice(field: FieldDef, text: string): ChoiceDef | undefined {
  const wanted = normaliseText(text);
  if (!wanted) return undefined;
  return field.choices?.find((c) =>
    [c.code, choiceSpValue(c), c.labels.fi, c.labels.sv, c.labels.en, ...(c.aliases ?? [])].some((v) => normaliseText(v) === wanted)
  );
}

/** The column names to `$select` and the lookups/users to `$expand` for a list. */
export function selectClause(def: ListDef): { readonly select: string[]; readonly expand: string[] } {
  const select = ['Id', 'Created', 'Modified', 'OData__UIVersionString', 'Author/EMail', 'Editor/EMail'];
  const expand = ['Author', 'Editor'];
  // The steering group's fields live in their own list (and may not exist on a new site's items).
  const moved = def.decisions?.fields ?? [];
  for (const f of allFields(def).filter((x) => moved.indexOf(x.key) < 0)) {
    if (f.kind === 'user') {
      select.push(`${f.internalName}Id`, `${f.internalName}/EMail`, `${f.internalName}/Title`);
      expand.push(f.internalName);
    } else if (f.kind === 'lookup') {
      select.push(`${f.internalName}Id`);
    } else {
      select.push(f.internalName);
    }
  }
  return { select, expand };
}

/** Raw REST item, whichever OData flavour (verbose, minimal or no metadata) the server used. */
export type RawItem = Readonly<Record<string, unknown>>;

/** The etag of a raw item in any OData flavour. */
export function etagOf(item: RawItem): string {
  const meta = item.__metadata as { etag?: string } | undefined;
  const tag = item['odata.etag'] ?? item['@odata.etag'] ?? meta?.etag;
  return typeof tag === 'string' ? tag : '*';
}

/** Multi-value fields come as an array, or as `{ results: [...] }` in the verbose flavour. */
function arrayOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return [];
}

function choiceCodeFromSp(field: FieldDef, stored: string): string {
  const exact = field.choices?.find((c) => choiceSpValue(c) === stored);
  // A value outside the choices (a fill-in, or anything a REST client stored) is text from a person.
  return (exact ?? matchChoice(field, stored))?.code ?? containBidi(stored);
}

function personFrom(raw: unknown, id: unknown): Person | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as { EMail?: string; Title?: string; Id?: number };
  if (!r.EMail) return null;
  return { email: r.EMail, displayName: r.Title === undefined ? undefined : containBidi(r.Title), id: typeof id === 'number' ? id : r.Id };
}

function readField(field: FieldDef, item: RawItem): unknown {
  switch (field.kind) {
    case 'user':
      return personFrom(item[field.internalName], item[`${field.internalName}Id`]);
    case 'lookup': {
      const id = item[`${field.internalName}Id`];
      return typeof id === 'number' ? id : null;
    }
    case 'boolean':
      return item[field.internalName] === true;
    case 'multichoice':
      return arrayOf(item[field.internalName]).map((v) => choiceCodeFromSp(field, String(v)));
    case 'choice': {
      const v = item[field.internalName];
      return typeof v === 'string' && v !== '' ? choiceCodeFromSp(field, v) : null;
    }
    case 'date': {
      const v = item[field.internalName];
      return typeof v === 'string' && v ? helsinkiDay(v) : null;
    }
    case 'datetime': {
      const v = item[field.internalName];
      return typeof v === 'string' && v ? new Date(v).toISOString() : null;
    }
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
    case 'year': {
      const v = item[field.internalName];
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v))) return Number(v);
      return null;
    }
    default: {
      // Text written by people: an override left open in it must not turn the text around it.
      const v = item[field.internalName];
      if (typeof v !== 'string' || v === '') return null;
      return field.verbatim ? v : containBidi(v);
    }
  }
}

/** A REST item as a domain entity. */
export function itemToEntity<L extends ListDef>(def: L, item: RawItem): Entity<L> {
  const author = item.Author as { EMail?: string } | undefined;
  const editor = item.Editor as { EMail?: string } | undefined;
  const meta: ItemMeta = {
    id: Number(item.Id ?? item.ID),
    etag: etagOf(item),
    version: typeof item.OData__UIVersionString === 'string' ? item.OData__UIVersionString : undefined,
    created: typeof item.Created === 'string' ? item.Created : undefined,
    modified: typeof item.Modified === 'string' ? item.Modified : undefined,
    authorEmail: author?.EMail,
    editorEmail: editor?.EMail
  };
  const fields: Record<string, unknown> = {};
  for (const f of allFields(def)) fields[f.key] = readField(f, item);
  return { ...fields, ...meta } as Entity<L>;
}

/** Resolves a person to a site user id (the data layer ensures users first). */
export type UserIdResolver = (email: string) => number | undefined;

function writeField(field: FieldDef, value: unknown, userId: UserIdResolver): [string, unknown] {
  switch (field.kind) {
    case 'user': {
      const person = value as Person | null;
      if (!person) return [`${field.internalName}Id`, null];
      const id = person.id ?? userId(person.email);
      if (id === undefined) throw new Error(`No site user id for ${person.email}`);
      return [`${field.internalName}Id`, id];
    }
    case 'lookup':
      return [`${field.internalName}Id`, value ?? null];
    case 'choice': {
      if (value === null || value === undefined || value === '') return [field.internalName, null];
      const choice = choiceByCode(field, String(value));
      return [field.internalName, choice ? choiceSpValue(choice) : String(value)];
    }
    case 'multichoice':
      return [field.internalName, ((value as string[] | null) ?? []).map((code) => {
        const choice = choiceByCode(field, code);
        return choice ? choiceSpValue(choice) : code;
      })];
    case 'date':
      // Noon UTC is the same calendar day in every European time zone, whatever the site's zone.
      return [field.internalName, value ? `${String(value)}T12:00:00Z` : null];
    case 'boolean':
      return [field.internalName, value === true];
    default:
      return [field.internalName, value === undefined || value === '' ? null : value];
  }
}

/**
 * The body of an add or update: only the given fields, in SharePoint's names and stored values.
 * Unknown keys are ignored, so a whole entity (with id/etag) can be passed.
 */
export function entityToItem<L extends ListDef>(def: L, values: Partial<Fields<L>>, userId: UserIdResolver = () => undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const given = values as Record<string, unknown>;
  for (const f of allFields(def)) {
    if (!Object.prototype.hasOwnProperty.call(given, f.key)) continue;
    const [name, v] = writeField(f, given[f.key], userId);
    body[name] = v;
  }
  return body;
}

/** The people an entity refers to, so that the data layer can ensure them as site users first. */
export function peopleIn<L extends ListDef>(def: L, values: Partial<Fields<L>>): Person[] {
  const given = values as Record<string, unknown>;
  return allFields(def)
    .filter((f) => f.kind === 'user' && given[f.key])
    .map((f) => given[f.key] as Person);
}
