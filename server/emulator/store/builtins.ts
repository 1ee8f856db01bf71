import { randomUUID } from 'node:crypto';
import { fieldToXml } from './fieldxml';
import type { FieldRecord, FieldType, ViewRecord } from './types';

/**
 * SharePoint's fixed ids of its built-in columns (SPBuiltInFieldId): the same in every list of every
 * site, so clients may address `fields('fa564e0f-…')` for Title anywhere.
 */
export const BUILT_IN_FIELD_IDS: Readonly<Record<string, string>> = {
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  ContentType: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
  LinkTitle: '82642ec8-ef9b-478f-acf9-31f7d45fbc31',
  LinkTitleNoMenu: 'bc91a437-52e7-49e1-8c4e-4698904b2b6d',
  Edit: '503f1caa-358e-4918-9094-4a2cdc4bc034',
  DocIcon: '081c6e4c-5c14-4f20-b23e-1a71ceb6a67c',
  SelectTitle: 'b1f7969b-ea65-42e1-8b54-b588292635f2',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
  FileDirRef: '56605df6-8fa1-47e4-a04c-5b384d59609f',
  File_x0020_Size: '8fca95c0-9b7d-456f-8dae-b41ee2728b85',
  LinkFilename: '5cc6dc79-3710-4374-b433-61cb4a686c12'
};

/**
 * Gives the built-in columns of lists saved before the ids were fixed their SharePoint ids (a data
 * folder from an older emulator keeps working). Returns whether anything changed.
 */
export function fixBuiltInFieldIds(fields: FieldRecord[], listId: string): boolean {
  let changed = false;
  for (const f of fields) {
    const id = f.fromBaseType ? BUILT_IN_FIELD_IDS[f.internalName] : undefined;
    if (id && f.id !== id) {
      f.id = id;
      f.schemaXml = fieldToXml(f, listId);
      changed = true;
    }
  }
  return changed;
}

/** Built-in columns of a new list or library (a subset of SharePoint's, enough for REST clients). */
export function builtInFields(baseTemplate: number, listId: string): FieldRecord[] {
  const f = (internalName: string, title: string, type: FieldType, extra: Partial<FieldRecord> = {}): FieldRecord => {
    const rec: FieldRecord = {
      id: BUILT_IN_FIELD_IDS[internalName] ?? randomUUID(), internalName, staticName: internalName, title, type, description: '', group: '_Hidden',
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
