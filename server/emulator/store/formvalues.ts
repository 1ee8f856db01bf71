import { TZDate } from '@date-fns/tz';
import { SpError } from './errors';
import type { FieldRecord, ListRecord } from './types';
import { odataName } from './values';

/**
 * The form-value side of `AddValidateUpdateItemUsingPath` and `ValidateUpdateListItem`, the calls behind
 * SharePoint's list forms (the new and edit forms post them). Every value is a string written as a person
 * would type it in the form: numbers as text, yes/no as `1`/`0`, choices by value, multi-choices as
 * `a;#b`, lookups by id, people as JSON `[{"Key":"i:0#.f|membership|x@y"}]`, and dates in the site's
 * regional format (`27.10.2025 9.00` on this Finnish site) unless `datesInUTC` asks for ISO 8601.
 * A value that does not parse is answered per field (`HasException`), never as an HTTP error.
 */

export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string | null;
}

export interface FormOptions {
  readonly datesInUTC: boolean;
  /** The site user id of a claims login or e-mail (adds the user like SharePoint's people picker). */
  readonly ensureUser: (login: string) => number;
}

/** What one form value became: the REST property and value to store, or why it was refused. */
export type ParsedFormValue =
  | { readonly ok: true; readonly property: string; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

const SITE_TIME_ZONE = 'Europe/Helsinki';

/** `27.10.2025`, `27.10.2025 9.00` or `27.10.2025 09:00` in the site's time zone (fi-FI). */
function siteLocalDate(text: string): Date | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2})[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const local = new TZDate(year, month - 1, day, hour, minute, 0, SITE_TIME_ZONE);
  return local.getDate() === day ? new Date(local.getTime()) : undefined;
}

function parseDate(text: string, options: FormOptions): Date | undefined {
  if (options.datesInUTC) {
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text.trim())) return undefined;
    const t = Date.parse(text);
    return isNaN(t) ? undefined : new Date(t);
  }
  return siteLocalDate(text);
}

function parseUsers(text: string, options: FormOptions): number[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const ids: number[] = [];
  for (const entry of parsed) {
    const key = (entry as { Key?: unknown } | null)?.Key;
    if (typeof key !== 'string' || key === '') return undefined;
    ids.push(options.ensureUser(key));
  }
  return ids;
}

/** One form value against its field. Empty text clears the field. */
export function parseFormValue(field: FieldRecord, text: string | null, options: FormOptions): ParsedFormValue {
  const name = odataName(field.internalName);
  const raw = text ?? '';
  const empty = raw.trim() === '';
  const invalid = (message: string): ParsedFormValue => ({ ok: false, message });
  switch (field.type) {
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (empty) return { ok: true, property: name, value: null };
      const n = Number(raw.trim().replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) return invalid('Only numbers can go here.');
      // The form path validates as SharePoint's forms do (SPFieldNumber.GetValidatedString): the field's
      // minimum and maximum hold here, unlike a REST add or MERGE (server/emulator/FIDELITY.md).
      if (field.min !== undefined && n < field.min) return invalid(`The value of this field must be greater than or equal to ${field.min}.`);
      if (field.max !== undefined && n > field.max) return invalid(`The value of this field must be less than or equal to ${field.max}.`);
      return { ok: true, property: name, value: n };
    }
    case 'Boolean':
      if (/^(1|true|yes)$/i.test(raw.trim())) return { ok: true, property: name, value: true };
      if (empty || /^(0|false|no)$/i.test(raw.trim())) return { ok: true, property: name, value: false };
      return invalid('Enter a valid value (Yes or No).');
    case 'DateTime': {
      if (empty) return { ok: true, property: name, value: null };
      const d = parseDate(raw, options);
      return d ? { ok: true, property: name, value: d.toISOString() } : invalid('Enter a date and time like this: 23.2.2012 14.25');
    }
    case 'MultiChoice':
      return { ok: true, property: name, value: empty ? null : raw.split(';#').filter((v) => v !== '') };
    case 'Lookup': {
      if (empty) return { ok: true, property: `${name}Id`, value: null };
      const ids = raw.split(';#').filter((v, i) => v !== '' && (!field.multi ? i === 0 : /^\d+$/.test(v)));
      if (!ids.every((v) => /^\d+$/.test(v))) return invalid('The value is not a valid lookup value.');
      return { ok: true, property: `${name}Id`, value: field.multi ? ids.map(Number) : Number(ids[0]) };
    }
    case 'User': {
      if (empty) return { ok: true, property: `${name}Id`, value: null };
      let ids: number[] | undefined;
      try {
        ids = parseUsers(raw, options);
      } catch (error) {
        return invalid(error instanceof SpError ? error.message : 'The user could not be found.');
      }
      if (!ids || (!field.multi && ids.length > 1)) return invalid('The user could not be found.');
      return { ok: true, property: `${name}Id`, value: field.multi ? ids : ids[0] ?? null };
    }
    case 'Text':
      // A form keeps a single line of text to its MaxLength (SPFieldText.GetValidatedString).
      if (field.maxLength !== undefined && raw.length > field.maxLength) return invalid(`The value of this field can have no more than ${field.maxLength} characters.`);
      return { ok: true, property: name, value: empty ? null : raw };
    case 'Note':
    case 'Choice':
    case 'URL':
      return { ok: true, property: name, value: empty ? null : raw };
    default:
      return invalid(`The field '${field.internalName}' cannot be set through a form.`);
  }
}

/** The list field a form value names (by internal name, as forms post them). */
export function formField(list: ListRecord, fieldName: string): FieldRecord | undefined {
  return list.fields.find((f) => f.internalName === fieldName) ?? list.fields.find((f) => f.internalName.toLowerCase() === fieldName.toLowerCase());
}
