import { LISTS, choiceSpValue, type FieldDef, type ListDef } from '../../../src/core/schema';
import type { EmulatorStore } from '../store/store';
import type { FieldType, ListRecord } from '../store/types';

/**
 * Creates the schema's lists directly in an emulator store (tests and benchmarks of the Graph part; the
 * product provisions through PnPjs with `tiekartta provision`). Idempotent: existing lists are kept.
 */

const TYPE: Readonly<Record<FieldDef['kind'], FieldType>> = {
  text: 'Text', note: 'Note', integer: 'Integer', number: 'Number', currency: 'Currency', percent: 'Number', year: 'Integer',
  boolean: 'Boolean', choice: 'Choice', multichoice: 'MultiChoice', date: 'DateTime', datetime: 'DateTime', period: 'Text',
  user: 'User', lookup: 'Lookup'
};

export function provisionSchemaLists(store: EmulatorStore): Map<string, ListRecord> {
  const byKey = new Map<string, ListRecord>();
  const create = (def: ListDef) => {
    const existing = store.listByUrl(def.url);
    if (existing) return existing;
    return store.createList({ title: def.titles.fi, url: def.url, enableVersioning: def.versioning });
  };
  for (const def of LISTS as readonly ListDef[]) byKey.set(def.key, create(def));
  for (const def of LISTS as readonly ListDef[]) {
    const list = byKey.get(def.key);
    if (!list) continue;
    for (const f of def.fields as readonly FieldDef[]) {
      if (list.fields.some((x) => x.internalName === f.internalName)) continue;
      store.addField(list, {
        title: f.labels.fi, internalName: f.internalName, type: TYPE[f.kind], indexed: f.indexed === true, required: f.required === true,
        ...(f.choices ? { choices: f.choices.map(choiceSpValue), fillInChoice: f.fillIn === true } : {}),
        ...(f.kind === 'lookup' && f.lookupList ? { lookupList: byKey.get(f.lookupList)?.id, lookupField: 'Title' } : {}),
        ...(f.kind === 'date' ? { displayFormat: 'DateOnly' } : f.kind === 'datetime' ? { displayFormat: 'DateTime' } : {})
      });
    }
  }
  return byKey;
}
