import type { Lang } from '../i18n/catalog';
import { EXCEL_ITEM_COLUMNS, ROADMAP_ACTIONS, allFields } from '../schema/lists';
import { normaliseText } from '../schema/mapping';
import type { FieldDef } from '../schema/types';
import type { RoadmapActionFields } from '../schema/entities';

/**
 * The roadmap workbook's columns, derived from the schema: the fields that have an `excelOrder`, in that
 * order, then the hidden item columns (id, version). Headers come from the schema's labels and aliases.
 */

export type ActionFieldKey = keyof RoadmapActionFields & string;
export type ItemColumnKey = keyof typeof EXCEL_ITEM_COLUMNS;

export type WorkbookColumn =
  | { readonly kind: 'field'; readonly key: ActionFieldKey; readonly field: FieldDef }
  | { readonly kind: 'item'; readonly key: ItemColumnKey };

/** The fields that are columns of the roadmap workbook, in the order of domain.md. */
export const EXCEL_FIELDS: readonly FieldDef[] = allFields(ROADMAP_ACTIONS)
  .filter((f) => f.excelOrder !== undefined)
  .sort((a, b) => (a.excelOrder ?? 0) - (b.excelOrder ?? 0));

export const WORKBOOK_COLUMNS: readonly WorkbookColumn[] = [
  ...EXCEL_FIELDS.map((field): WorkbookColumn => ({ kind: 'field', key: field.key as ActionFieldKey, field })),
  { kind: 'item', key: 'id' },
  { kind: 'item', key: 'etag' }
];

export function columnHeader(column: WorkbookColumn, lang: Lang): string {
  return column.kind === 'field' ? column.field.labels[lang] : EXCEL_ITEM_COLUMNS[column.key].labels[lang];
}

export function columnWidth(column: WorkbookColumn): number {
  return column.kind === 'field' ? (column.field.excelWidth ?? 14) : EXCEL_ITEM_COLUMNS[column.key].excelWidth;
}

/**
 * How two headers are compared: case, diacritics, spacing and punctuation are ignored, so
 * `Edistyminen (%)`, `edistyminen %` and `EDISTYMINEN%` are the same header, as are `Paattyy` and `Päättyy`.
 * A trailing `*` (a "required" mark) is ignored too.
 */
export function headerKey(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}%€]+/gu, ' ')
    .replace(/([%€])/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

function spellings(column: WorkbookColumn): readonly string[] {
  if (column.kind === 'item') {
    const def = EXCEL_ITEM_COLUMNS[column.key];
    return [def.labels.fi, def.labels.sv, def.labels.en, ...def.aliases];
  }
  const f = column.field;
  return [f.labels.fi, f.labels.sv, f.labels.en, ...(f.aliases ?? [])];
}

/** Every accepted spelling (normalised) → its column. Built once; the schema guarantees no collisions. */
const BY_HEADER: ReadonlyMap<string, WorkbookColumn> = (() => {
  const map = new Map<string, WorkbookColumn>();
  for (const column of WORKBOOK_COLUMNS) {
    for (const spelling of spellings(column)) {
      const key = headerKey(spelling);
      if (!map.has(key)) map.set(key, column);
    }
  }
  return map;
})();

/** A header without a trailing unit: `Kertakustannus (EUR)` and `Kertakustannus €` both become `kertakustannus`. */
function withoutUnit(key: string): string {
  return key.replace(/(\s(€|eur|euro|euroa|euros|%|v|vuosi|yr|year|ar))+$/u, '').trim();
}

const BY_HEADER_WITHOUT_UNIT: ReadonlyMap<string, WorkbookColumn> = (() => {
  const map = new Map<string, WorkbookColumn>();
  for (const column of WORKBOOK_COLUMNS) {
    for (const spelling of spellings(column)) {
      const key = withoutUnit(headerKey(spelling));
      if (key && !map.has(key)) map.set(key, column);
    }
  }
  return map;
})();

/** The column a header names, in any language or alias; undefined for an unknown header. */
export function columnForHeader(text: string): WorkbookColumn | undefined {
  const key = headerKey(text);
  if (!key) return undefined;
  return BY_HEADER.get(key) ?? BY_HEADER_WITHOUT_UNIT.get(withoutUnit(key));
}

/** A column by its key (`title`, `oneTimeCost`, `id`, ...). */
export function columnByKey(key: string): WorkbookColumn | undefined {
  return WORKBOOK_COLUMNS.find((c) => c.key === key);
}

/** Checks the schema's headers: no spelling may name two columns (a test guards this). */
export function headerCollisions(): string[] {
  const seen = new Map<string, string>();
  const collisions: string[] = [];
  for (const column of WORKBOOK_COLUMNS) {
    for (const spelling of new Set(spellings(column).map(headerKey))) {
      const other = seen.get(spelling);
      if (other !== undefined && other !== column.key) collisions.push(`${spelling}: ${other} / ${column.key}`);
      seen.set(spelling, column.key);
    }
  }
  return collisions;
}
