import { fieldValidation, invalidQuery, propertyNotFound, SpError } from './errors';
import type { FieldRecord, ListRecord, StoredValue } from './types';

/** OData property name of a column: internal names starting with `_` get SharePoint's `OData_` prefix. */
export function odataName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

export function listItemEntityType(list: ListRecord): string {
  return list.baseTemplate === 101 ? `SP.Data.${list.entityTypeName}Item` : `SP.Data.${list.entityTypeName}ListItem`;
}

/** How SharePoint writes a date-time: ISO 8601 in UTC, whole seconds, `Z`. */
export function spDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Unwraps verbose multi-values (`{ results: [...] }`, `{ __metadata, results }`) and JSON Light arrays. */
function multi(value: unknown): unknown[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results)) return (value as { results: unknown[] }).results;
  if (typeof value === 'string') return value.split(';#').filter((v) => v !== '');
  return [value];
}

/** The most characters a single line of text (and Title) holds. */
export const TEXT_FIELD_LIMIT = 255;
/** SharePoint's date range: 1.1.1900 to 31.12.8900. */
const EARLIEST_DATE = Date.UTC(1900, 0, 1);
const LATEST_DATE = Date.UTC(8900, 11, 31, 23, 59, 59);

function typeError(field: FieldRecord, expected: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `Cannot convert a primitive value to the expected type '${expected}'. See the inner exception for more details. (${field.internalName})`);
}

function toNumber(field: FieldRecord, value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw typeError(field, field.type === 'Integer' ? 'Edm.Int32' : 'Edm.Double');
  if (field.type === 'Integer' && !Number.isInteger(n)) throw typeError(field, 'Edm.Int32');
  // Minimum and maximum are not checked: SharePoint enforces them only with the list's
  // EnforceDataValidation on (off by default, and not settable over REST) and in its own forms.
  return n;
}

function toId(field: FieldRecord, value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) throw typeError(field, 'Edm.Int32');
  return n;
}

export interface ValueContext {
  readonly userExists: (id: number) => boolean;
}

/** Coerces one REST value to what the store keeps for the field, validating it like SharePoint. */
export function coerceValue(field: FieldRecord, value: unknown, ctx: ValueContext): StoredValue {
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'URL':
    case 'Guid': {
      if (value === null || value === undefined) return null;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw typeError(field, 'Edm.String');
      const s = String(value);
      // A single line of text holds at most 255 characters, whatever its MaxLength (which only
      // SharePoint's forms enforce).
      if (field.type === 'Text' && s.length > TEXT_FIELD_LIMIT) {
        throw fieldValidation(`Invalid text value. The value of the field '${field.title}' is longer than ${TEXT_FIELD_LIMIT} characters.`);
      }
      return s === '' ? null : s;
    }
    case 'Integer':
    case 'Number':
    case 'Currency':
      return toNumber(field, value);
    case 'Boolean':
      if (value === null || value === undefined) return null;
      if (typeof value === 'boolean') return value;
      if (value === 1 || value === '1' || value === 'true' || value === 'True' || value === 'TRUE') return true;
      if (value === 0 || value === '0' || value === 'false' || value === 'False' || value === 'FALSE' || value === '') return false;
      throw typeError(field, 'Edm.Boolean');
    case 'DateTime': {
      if (value === null || value === undefined || value === '') return null;
      if (typeof value !== 'string') throw typeError(field, 'Edm.DateTime');
      const t = Date.parse(value);
      if (isNaN(t)) throw typeError(field, 'Edm.DateTime');
      if (t < EARLIEST_DATE || t > LATEST_DATE) {
        throw fieldValidation(`Invalid date/time value. A date/time field contains invalid data (${value}); SharePoint stores dates from 1900 to 8900.`);
      }
      return spDateTime(new Date(t));
    }
    // A value outside the field's choices is stored as sent (SharePoint checks membership only in its
    // forms, or with EnforceDataValidation): every reader must treat a choice as untrusted text.
    case 'Choice': {
      if (value === null || value === undefined || value === '') return null;
      if (typeof value !== 'string') throw typeError(field, 'Edm.String');
      return value;
    }
    case 'MultiChoice': {
      const values = multi(value);
      if (values === null) return null;
      const strings = values.map((v) => {
        if (typeof v !== 'string') throw typeError(field, 'Collection(Edm.String)');
        return v;
      });
      return strings.length ? strings : null;
    }
    case 'User':
    case 'Lookup': {
      if (field.multi) {
        const values = multi(value);
        if (values === null) return null;
        const ids = values.map((v) => toId(field, v));
        if (field.type === 'User') for (const id of ids) assertUser(field, id, ctx);
        return ids.length ? ids : null;
      }
      if (value === null || value === undefined || value === '' || value === -1) return null;
      const id = toId(field, value);
      if (field.type === 'User') assertUser(field, id, ctx);
      return id;
    }
    default:
      throw invalidQuery(`The field '${field.internalName}' is read-only.`);
  }
}

function assertUser(field: FieldRecord, id: number, ctx: ValueContext): void {
  if (!ctx.userExists(id)) throw fieldValidation(`The user or group with id ${id} for field '${field.title}' does not exist.`);
}

/**
 * Maps a REST body (property names as SharePoint's OData: `Title`, `DtStatus`, `DtOwnerId`) to the
 * stored values by internal name. Unknown properties are refused like SharePoint does.
 */
export function coerceBody(list: ListRecord, body: Record<string, unknown>, entityType: string, ctx: ValueContext): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  const meta = body.__metadata as { type?: unknown } | undefined;
  if (meta && typeof meta === 'object' && typeof meta.type === 'string' && meta.type !== entityType) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `A type named '${meta.type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
  }
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    const field = fieldForProperty(list, key);
    if (!field) throw propertyNotFound(key, entityType);
    if (field.system || (field.readOnly && field.internalName !== 'FileLeafRef')) {
      throw new SpError(400, '-2147024809, System.ArgumentException', `The field '${field.internalName}' is read-only.`);
    }
    out[field.internalName] = coerceValue(field, value, ctx);
  }
  return out;
}

/** The writable field a REST property name refers to (`DtOwnerId` → DtOwner, `OData__Foo` → _Foo). */
export function fieldForProperty(list: ListRecord, key: string): FieldRecord | undefined {
  const internal = key.startsWith('OData_') ? key.slice(6) : key;
  const direct = list.fields.find((f) => f.internalName === internal);
  if (direct && direct.type !== 'User' && direct.type !== 'Lookup') return direct;
  if (direct && direct.system) return direct;
  const idMatch = /^(.*?)(String)?Id$/.exec(internal);
  if (idMatch) {
    const f = list.fields.find((x) => x.internalName === idMatch[1] && (x.type === 'User' || x.type === 'Lookup'));
    if (f) return f;
  }
  return undefined;
}

/** A field's default value (from `<Default>`) as a stored value. */
export function defaultValueOf(field: FieldRecord): StoredValue {
  const d = field.defaultValue;
  if (d === null || d === '') return null;
  switch (field.type) {
    case 'Boolean': return d === '1' || /^true$/i.test(d);
    case 'Number': case 'Currency': case 'Integer': return isNaN(Number(d)) ? null : Number(d);
    case 'MultiChoice': return d.split(';#').filter((x) => x !== '');
    case 'DateTime': return /^\[today\]$/i.test(d) ? spDateTime(new Date()) : isNaN(Date.parse(d)) ? null : spDateTime(new Date(d));
    case 'User': case 'Lookup': return null;
    default: return d;
  }
}
