import { randomUUID } from 'node:crypto';
import { fieldValidation } from './errors';
import type { FieldRecord, FieldType } from './types';

/** SP.AddFieldOptions.AddFieldInternalNameHint: use the XML's Name as the internal name. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

const KNOWN_TYPES: Readonly<Record<string, FieldType>> = {
  integer: 'Integer', text: 'Text', note: 'Note', datetime: 'DateTime', counter: 'Counter', choice: 'Choice',
  lookup: 'Lookup', lookupmulti: 'Lookup', boolean: 'Boolean', number: 'Number', currency: 'Currency', url: 'URL',
  computed: 'Computed', guid: 'Guid', multichoice: 'MultiChoice', calculated: 'Calculated', file: 'File',
  attachments: 'Attachments', user: 'User', usermulti: 'User'
};

export function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function encodeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** SharePoint's internal name for a display name: unsafe characters as `_xHHHH_`, at most 32 characters. */
export function internalNameFromDisplayName(displayName: string): string {
  let out = '';
  for (const ch of displayName) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
    if (out.length >= 32) break;
  }
  return out.slice(0, 32) || 'Field';
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) attrs[m[1].toLowerCase()] = decodeXml(m[3] ?? m[4] ?? '');
  return attrs;
}

const truthy = (v: string | undefined): boolean => v !== undefined && /^(true|1)$/i.test(v.trim());
const num = (v: string | undefined): number | undefined => (v === undefined || v.trim() === '' || isNaN(Number(v)) ? undefined : Number(v));

export interface ParsedFieldXml {
  readonly field: Omit<FieldRecord, 'internalName' | 'staticName'>;
  /** The Name / StaticName attributes as written. */
  readonly name?: string;
  readonly staticName?: string;
  readonly displayName: string;
  /** The List attribute of a lookup as written (a GUID, `{GUID}` or a list URL). */
  readonly listRef?: string;
}

/** Parses the `<Field .../>` XML of `createfieldasxml` (the attributes provisioning code uses). */
export function parseFieldXml(xml: string): ParsedFieldXml {
  const open = /<Field\b([^>]*?)(\/?)>/i.exec(xml);
  if (!open) throw fieldValidation('The SchemaXml is not a <Field> element.');
  const a = attributes(open[1]);
  const typeName = (a.type ?? '').toLowerCase();
  const type = KNOWN_TYPES[typeName];
  if (!type) throw fieldValidation(`Field type ${a.type ?? '(none)'} is not installed properly. Go to the list settings page to delete this field.`);
  const displayName = a.displayname ?? a.name ?? a.staticname;
  if (!displayName) throw fieldValidation('The field has no DisplayName or Name.');
  const body = open[2] === '/' ? '' : xml.slice(open.index + open[0].length);
  const choices = [...body.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decodeXml(m[1]));
  const defaultMatch = /<Default>([\s\S]*?)<\/Default>/i.exec(body);
  const multi = truthy(a.mult) || typeName === 'usermulti' || typeName === 'lookupmulti';
  const field: Omit<FieldRecord, 'internalName' | 'staticName'> = {
    id: (a.id ?? randomUUID()).replace(/[{}]/g, '').toLowerCase(),
    title: displayName,
    type,
    description: a.description ?? '',
    group: a.group ?? '',
    required: truthy(a.required),
    indexed: truthy(a.indexed),
    enforceUniqueValues: truthy(a.enforceuniquevalues),
    hidden: truthy(a.hidden),
    readOnly: truthy(a.readonly),
    fromBaseType: false,
    system: false,
    defaultValue: defaultMatch ? decodeXml(defaultMatch[1]) : null,
    schemaXml: xml,
    ...(type === 'Text' ? { maxLength: num(a.maxlength) ?? 255 } : {}),
    ...(num(a.min) !== undefined ? { min: num(a.min) } : {}),
    ...(num(a.max) !== undefined ? { max: num(a.max) } : {}),
    ...(num(a.decimals) !== undefined ? { decimals: num(a.decimals) } : {}),
    ...(truthy(a.percentage) ? { percentage: true } : {}),
    ...(type === 'Choice' || type === 'MultiChoice' ? { choices, fillInChoice: truthy(a.fillinchoice) } : {}),
    ...(type === 'User' || type === 'Lookup' ? { multi } : {}),
    ...(type === 'User' ? { userSelectionMode: a.userselectionmode?.toLowerCase() === 'peopleandgroups' || a.userselectionmode === '1' ? 1 : 0 } : {}),
    ...(type === 'Lookup' ? { lookupField: a.showfield ?? 'Title' } : {}),
    ...(type === 'DateTime' ? { displayFormat: a.format === 'DateOnly' ? 'DateOnly' : 'DateTime' } : {})
  };
  return { field, name: a.name, staticName: a.staticname, displayName, listRef: a.list };
}

/** Field XML for a field record (what `SchemaXml` returns after changes). */
export function fieldToXml(f: FieldRecord, listId: string): string {
  const attrs: [string, string | undefined][] = [
    ['Type', f.type === 'User' && f.multi ? 'UserMulti' : f.type === 'Lookup' && f.multi ? 'LookupMulti' : f.type],
    ['DisplayName', f.title], ['Required', f.required ? 'TRUE' : 'FALSE'], ['EnforceUniqueValues', f.enforceUniqueValues ? 'TRUE' : 'FALSE'],
    ['Indexed', f.indexed ? 'TRUE' : 'FALSE'], ['ID', `{${f.id}}`], ['SourceID', `{${listId}}`], ['StaticName', f.staticName],
    ['Name', f.internalName], ['Hidden', f.hidden ? 'TRUE' : undefined], ['MaxLength', f.maxLength?.toString()],
    ['Min', f.min?.toString()], ['Max', f.max?.toString()], ['Decimals', f.decimals?.toString()],
    ['Percentage', f.percentage ? 'TRUE' : undefined], ['FillInChoice', f.type === 'Choice' || f.type === 'MultiChoice' ? (f.fillInChoice ? 'TRUE' : 'FALSE') : undefined],
    ['Mult', f.multi ? 'TRUE' : undefined], ['List', f.lookupList ? `{${f.lookupList}}` : undefined], ['ShowField', f.type === 'Lookup' ? f.lookupField : undefined],
    ['UserSelectionMode', f.type === 'User' ? (f.userSelectionMode === 1 ? 'PeopleAndGroups' : 'PeopleOnly') : undefined],
    ['Format', f.type === 'DateTime' ? f.displayFormat : undefined]
  ];
  const head = attrs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${encodeXml(v!)}"`).join(' ');
  const choices = f.choices ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${encodeXml(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  const def = f.defaultValue !== null && f.defaultValue !== '' ? `<Default>${encodeXml(f.defaultValue)}</Default>` : '';
  return `<Field ${head}>${choices}${def}</Field>`;
}
