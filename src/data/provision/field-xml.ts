import { choiceSpValue, fieldByKey, SCHEMA_VERSION_FIELD, type FieldDef, type FieldKind, type ListDef, type ViewDef } from '../../core/schema';

/**
 * Pure translation of schema definitions into what SharePoint's REST API takes: field schema XML for
 * `createFieldAsXml`, CAML view queries and view field names. Tested without I/O.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The SharePoint field type (`TypeAsString`) each kind is stored as. */
export const SP_FIELD_TYPE: Readonly<Record<FieldKind, string>> = {
  text: 'Text',
  note: 'Note',
  integer: 'Number',
  number: 'Number',
  currency: 'Currency',
  percent: 'Number',
  year: 'Number',
  boolean: 'Boolean',
  choice: 'Choice',
  multichoice: 'MultiChoice',
  date: 'DateTime',
  datetime: 'DateTime',
  // A quarter such as 2025-Q1 is not a date: canonical text.
  period: 'Text',
  user: 'User',
  lookup: 'Lookup'
};

/** Finnish currency formatting (euro) for Currency fields. */
const LCID_FINNISH = 1035;

function attributes(attrs: Readonly<Record<string, string | number | boolean | undefined>>): string {
  return Object.keys(attrs)
    .filter((k) => attrs[k] !== undefined)
    .map((k) => {
      const v = attrs[k];
      return `${k}="${escapeXml(typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v))}"`;
    })
    .join(' ');
}

/**
 * The `SchemaXml` for one field. `Name`/`StaticName` fix the internal name; `DisplayName` is the Finnish
 * label (staff see Finnish column names; the UI shows its own fi/sv/en labels from the schema).
 * `lookupListId` is the GUID of the list a lookup points to.
 */
export function fieldSchemaXml(field: FieldDef, lookupListId?: string): string {
  const common: Record<string, string | number | boolean | undefined> = {
    Type: SP_FIELD_TYPE[field.kind],
    Name: field.internalName,
    StaticName: field.internalName,
    DisplayName: field.labels.fi,
    Description: field.description?.fi,
    Required: field.required === true,
    // A unique column must be indexed; SharePoint refuses EnforceUniqueValues otherwise.
    Indexed: field.indexed === true || field.unique === true ? true : undefined,
    EnforceUniqueValues: field.unique === true ? true : undefined
  };
  let extra: Record<string, string | number | boolean | undefined> = {};
  let inner = '';
  switch (field.kind) {
    case 'text':
      extra = { MaxLength: field.maxLength ?? 255 };
      break;
    case 'period':
      extra = { MaxLength: 16 };
      break;
    case 'note':
      extra = { NumLines: 6, RichText: false, AppendOnly: false };
      break;
    case 'integer':
    case 'year':
      extra = { Decimals: 0, Min: field.min, Max: field.max };
      break;
    case 'percent':
      // Stored as 0–100 (not SharePoint's Percentage="TRUE", which stores 0–1).
      extra = { Decimals: 0, Min: field.min ?? 0, Max: field.max ?? 100 };
      break;
    case 'number':
      extra = { Min: field.min, Max: field.max };
      break;
    case 'currency':
      extra = { LCID: LCID_FINNISH, Decimals: 2, Min: field.min, Max: field.max };
      break;
    case 'boolean':
      inner = '<Default>0</Default>';
      break;
    case 'choice':
    case 'multichoice':
      extra = { Format: field.kind === 'choice' ? 'Dropdown' : undefined, FillInChoice: field.fillIn === true };
      inner = `<CHOICES>${(field.choices ?? []).map((c) => `<CHOICE>${escapeXml(choiceSpValue(c))}</CHOICE>`).join('')}</CHOICES>`;
      break;
    case 'date':
      extra = { Format: 'DateOnly' };
      break;
    case 'datetime':
      extra = { Format: 'DateTime' };
      break;
    case 'user':
      extra = { UserSelectionMode: 'PeopleOnly', UserSelectionScope: 0, List: 'UserInfo', ShowField: 'ImnName', Mult: false };
      break;
    case 'lookup':
      if (!lookupListId) throw new Error(`Lookup ${field.internalName} needs the id of list ${String(field.lookupList)}`);
      extra = { List: `{${lookupListId.replace(/[{}]/g, '')}}`, ShowField: 'Title', Mult: false };
      break;
  }
  const attrs = attributes({ ...common, ...extra });
  return inner ? `<Field ${attrs}>${inner}</Field>` : `<Field ${attrs} />`;
}

/** The hidden field whose default value records the schema version (see `SCHEMA_VERSION_FIELD`). */
export function schemaVersionFieldXml(version: number): string {
  return `<Field ${attributes({
    Type: 'Number', Name: SCHEMA_VERSION_FIELD, StaticName: SCHEMA_VERSION_FIELD, DisplayName: SCHEMA_VERSION_FIELD,
    Hidden: true, Required: false, Decimals: 0
  })}><Default>${version}</Default></Field>`;
}

/** A view column: the Title column is shown as `LinkTitle` (the title linked to the item). */
export function viewFieldName(def: ListDef, key: string): string {
  const field = fieldByKey(def, key);
  return field.internalName === 'Title' ? 'LinkTitle' : field.internalName;
}

/** The CAML of a view: `<Where>` (indexed fields only, see the schema) and `<OrderBy>`. */
export function viewQuery(def: ListDef, view: ViewDef): string {
  const where = view.where ? `<Where>${view.where}</Where>` : '';
  const order = view.orderBy
    ? `<OrderBy><FieldRef Name="${escapeXml(fieldByKey(def, view.orderBy.field).internalName)}" Ascending="${view.orderBy.ascending ? 'TRUE' : 'FALSE'}" /></OrderBy>`
    : '';
  return `${where}${order}`;
}

/** CAML compared without the whitespace and quoting differences SharePoint may introduce when it stores it. */
export function normaliseCaml(caml: string | undefined | null): string {
  return (caml ?? '').replace(/\s+/g, '').replace(/'/g, '"').toLowerCase();
}
