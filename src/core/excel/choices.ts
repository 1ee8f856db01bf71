import { choiceSpValue, normaliseText } from '../schema/mapping';
import type { ChoiceDef, FieldDef } from '../schema/types';

/**
 * `matchChoice` of the schema with the normalised spellings computed once per field: an import or export
 * of thousands of rows compares every choice cell, and normalising every label each time dominated.
 * Same result as `matchChoice` (the first choice, in schema order, with a matching spelling), and labels are
 * also recognised without a trailing explanation in brackets.
 */
const cache = new WeakMap<FieldDef, ReadonlyMap<string, ChoiceDef>>();

function spellingsOf(field: FieldDef): ReadonlyMap<string, ChoiceDef> {
  let map = cache.get(field);
  if (!map) {
    const m = new Map<string, ChoiceDef>();
    for (const c of field.choices ?? []) {
      for (const v of [c.code, choiceSpValue(c), c.labels.fi, c.labels.sv, c.labels.en, ...(c.aliases ?? [])]) {
        const key = normaliseText(v);
        if (!m.has(key)) m.set(key, c);
      }
      // Labels are also read without their explanation in brackets: `Digital grund` for
      // `Digital grund (inklusive digital säkerhet)`, in every language.
      for (const v of [c.labels.fi, c.labels.sv, c.labels.en]) {
        const short = normaliseText(v.replace(/\s*\([^)]*\)\s*$/, ''));
        if (short && !m.has(short)) m.set(short, c);
      }
    }
    cache.set(field, m);
    map = m;
  }
  return map;
}

export function findChoice(field: FieldDef, text: string): ChoiceDef | undefined {
  const byCode = field.choices?.find((c) => c.code === text);
  if (byCode) return byCode;
  const wanted = normaliseText(text);
  return wanted ? spellingsOf(field).get(wanted) : undefined;
}
