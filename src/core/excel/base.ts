import type { RoadmapAction } from '../schema/entities';
import { cellText } from './cells';
import { EXCEL_FIELDS } from './columns';
import type { SheetGrid } from './grid';
import { baseValue, parseBaseValue } from './values';

/**
 * The "base" of a three-way comparison: what each exported row held when it was written. An export puts
 * it on a very hidden sheet; an import compares the file (mine), SharePoint (theirs) and the base to tell
 * a change made in the file from one made in SharePoint since the export.
 */

const MARKER = 'digitiekartta:base';
const FORMAT_VERSION = 2;
/** A cell holds at most 32 767 characters; a row's values are split over cells below that. */
const CELL_CHARS = 32000;

/** Which actions an export covered, so that an import knows which absent rows mean "deleted". */
export interface ExportScope {
  /** The roadmap years exported; null = every year. */
  readonly years: readonly number[] | null;
}

export interface BaseEntry {
  readonly etag: string;
  /** Field key → exported value; a key is absent when its cell was damaged (treated as unknown). */
  readonly values: Readonly<Record<string, unknown>>;
}

export interface BaseSnapshot {
  readonly scope: ExportScope;
  readonly exportedAt?: string;
  readonly entries: ReadonlyMap<number, BaseEntry>;
}

export type BaseCell = string | number | null;

/**
 * The base sheet's rows: a marker row, a key row, then one row per exported action: its id, its etag and
 * the JSON of its workbook fields (in as many cells as it needs). One cell per action instead of one per
 * field keeps the export fast.
 */
export function baseSheetRows(actions: readonly RoadmapAction[], scope: ExportScope, now: Date): BaseCell[][] {
  const rows: BaseCell[][] = [
    [MARKER, FORMAT_VERSION, JSON.stringify(scope), now.toISOString()],
    ['id', 'etag', 'values']
  ];
  const record = actions as unknown as readonly Readonly<Record<string, unknown>>[];
  actions.forEach((action, i) => {
    const values: Record<string, unknown> = {};
    for (const f of EXCEL_FIELDS) {
      const v = baseValue(f, record[i][f.key]);
      if (v !== undefined) values[f.key] = v;
    }
    const json = JSON.stringify(values);
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += CELL_CHARS) chunks.push(json.slice(at, at + CELL_CHARS));
    rows.push([action.id, action.etag, ...chunks]);
  });
  return rows;
}

function parseScope(text: string): ExportScope {
  try {
    const v = JSON.parse(text) as { years?: unknown };
    if (Array.isArray(v.years) && v.years.every((y) => typeof y === 'number')) return { years: v.years as number[] };
  } catch {
    // A damaged scope means "every year": the import then reports more as missing, never fewer.
  }
  return { years: null };
}

/** Reads the base sheet; undefined when it is absent or not ours (then every stale row is a conflict). */
export function readBaseSnapshot(sheet: SheetGrid | undefined): BaseSnapshot | undefined {
  if (!sheet || sheet.rows.length < 2) return undefined;
  const [marker, keysRow, ...dataRows] = sheet.rows;
  if (cellText(marker.cells[0]) !== MARKER || Number(cellText(marker.cells[1])) !== FORMAT_VERSION) return undefined;
  if (cellText(keysRow.cells[0]) !== 'id' || cellText(keysRow.cells[1]) !== 'etag') return undefined;
  const entries = new Map<number, BaseEntry>();
  for (const row of dataRows) {
    const id = Number(cellText(row.cells[0]));
    const etag = cellText(row.cells[1]);
    if (!Number.isInteger(id) || id <= 0 || !etag) continue;
    let stored: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(row.cells.slice(2).map((c) => cellText(c)).join(''));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
    } catch {
      // A damaged row: every field's base is unknown, so its differences become conflicts, never guesses.
      entries.set(id, { etag, values: {} });
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const field of EXCEL_FIELDS) {
      const v = parseBaseValue(field, stored[field.key]);
      if (v !== undefined) values[field.key] = v;
    }
    entries.set(id, { etag, values });
  }
  return { scope: parseScope(cellText(marker.cells[2])), exportedAt: cellText(marker.cells[3]) || undefined, entries };
}
