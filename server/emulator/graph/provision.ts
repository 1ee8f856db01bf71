import {
  LISTS, choiceSpValue, decisionsListOf, entityToItem, hasDecisionValues, splitDecisionValues, storedFields, type FieldDef, type Fields, type ListDef
} from '../../../src/core/schema';
import type { EmulatorStore } from '../store/store';
import type { FieldType, ItemRecord, ListRecord } from '../store/types';

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
    // Title is required on a new list; the schema says whether ours is (as `tiekartta provision` sets it).
    const title = list.fields.find((x) => x.internalName === 'Title');
    if (title && title.required !== (def.titleField.required === true)) store.updateField(list, title, { required: def.titleField.required === true });
    for (const f of storedFields(def).filter((x: FieldDef) => x.internalName !== 'Title')) {
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

/**
 * Adds an item as the product stores it (tests and benchmarks): for an action or an idea, its steering
 * group's fields (code, approval, triage) go to its decisions list, the rest to the item.
 */
export function addStoredItem<L extends ListDef>(store: EmulatorStore, lists: ReadonlyMap<string, ListRecord>, def: L, values: Partial<Fields<L>>, actorId?: number): ItemRecord {
  const list = lists.get(def.key);
  if (!list) throw new Error(`${def.url} is not provisioned`);
  const { own, decided } = splitDecisionValues(def, values);
  const actor = actorId ?? store.siteAdmin.id;
  const item = store.addItem(list, entityToItem(def, own), actor);
  const target = decisionsListOf(def);
  const decisions = target ? lists.get(target.key) : undefined;
  if (target && decisions && def.decisions && hasDecisionValues(def, decided)) {
    store.addItem(decisions, entityToItem(target, { ...decided, [def.decisions.by]: item.id } as Partial<Fields<ListDef>>), actor);
  }
  return item;
}
