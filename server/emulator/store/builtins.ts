import { randomUUID } from 'node:crypto';
import { fieldToXml } from './fieldxml';
import type { FieldRecord, FieldType, ViewRecord } from './types';

/** Built-in columns of a new list or library (a subset of SharePoint's, enough for REST clients). */
export function builtInFields(baseTemplate: number, listId: string): FieldRecord[] {
  const f = (internalName: string, title: string, type: FieldType, extra: Partial<FieldRecord> = {}): FieldRecord => {
    const rec: FieldRecord = {
      id: randomUUID(), internalName, staticName: internalName, title, type, description: '', group: '_Hidden',
      required: false, indexed: false, enforceUniqueValues: false, hidden: false, readOnly: true, fromBaseType: true,
      system: true, defaultValue: null, schemaXml: '', ...extra
    };
    rec.schemaXml = fieldToXml(rec, listId);
    return rec;
  };
  const common = [
    f('ContentTypeId', 'Content Type ID', 'ContentTypeId', { hidden: true }),
    f('ID', 'ID', 'Counter', { indexed: true }),
    f('ContentType', 'Content Type', 'Computed'),
    f('Modified', 'Modified', 'DateTime', { displayFormat: 'DateTime' }),
    f('Created', 'Created', 'DateTime', { displayFormat: 'DateTime' }),
    f('Author', 'Created By', 'User', { multi: false, userSelectionMode: 0, lookupField: 'Title' }),
    f('Editor', 'Modified By', 'User', { multi: false, userSelectionMode: 0, lookupField: 'Title' }),
    f('_UIVersionString', 'Version', 'Text', { maxLength: 255 }),
    f('Attachments', 'Attachments', 'Attachments'),
    f('GUID', 'GUID', 'Guid', { hidden: true })
  ];
  if (baseTemplate === 101) {
    return [
      f('FileLeafRef', 'Name', 'File', { readOnly: false, required: true }),
      f('Title', 'Title', 'Text', { readOnly: false, system: false, group: 'Core Document Columns', maxLength: 255 }),
      f('FileRef', 'URL Path', 'Lookup', { hidden: true }),
      f('FileDirRef', 'Path', 'Lookup', { hidden: true }),
      f('File_x0020_Size', 'File Size', 'Lookup', { hidden: true }),
      f('DocIcon', 'Type', 'Computed'),
      f('LinkFilename', 'Name', 'Computed'),
      ...common.filter((x) => x.internalName !== 'Attachments')
    ];
  }
  return [
    f('Title', 'Title', 'Text', { readOnly: false, system: false, required: true, group: 'Custom Columns', maxLength: 255 }),
    f('LinkTitle', 'Title', 'Computed'),
    f('LinkTitleNoMenu', 'Title', 'Computed'),
    f('Edit', 'Edit', 'Computed'),
    f('DocIcon', 'Type', 'Computed', { hidden: true }),
    f('SelectTitle', 'Select', 'Computed', { hidden: true }),
    ...common
  ];
}

export function defaultView(baseTemplate: number): ViewRecord {
  const library = baseTemplate === 101;
  return {
    id: randomUUID(),
    title: library ? 'All Documents' : 'All Items',
    defaultView: true,
    personalView: false,
    hidden: false,
    rowLimit: 30,
    paged: true,
    viewQuery: library ? '<OrderBy><FieldRef Name="FileLeafRef" /></OrderBy>' : '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    viewFields: library ? ['DocIcon', 'LinkFilename', 'Modified', 'Editor'] : ['LinkTitle'],
    fileName: library ? `Forms/AllItems.aspx` : 'AllItems.aspx'
  };
}
