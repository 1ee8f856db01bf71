import { format, type Lang } from '../i18n/catalog';
import { EXCEL } from '../i18n/excel';
import { ROADMAP_ACTIONS } from '../schema/lists';
import { normaliseText } from '../schema/mapping';
import type { FieldDef } from '../schema/types';
import { readBaseSnapshot, type BaseSnapshot } from './base';
import { cellText, isBlank, readCell, type CellInput, type CellProblem } from './cells';
import {
  columnByKey, columnForHeader, EXCEL_FIELDS, headerKey, type ActionFieldKey, type ItemColumnKey, type WorkbookColumn
} from './columns';
import { BASE_SHEET_NAME, type GridRow, type SheetGrid, type WorkbookGrid } from './grid';
import { validateActionFields } from './validate';

/**
 * Reads the roadmap table out of a workbook: finds the header row (also below title rows, on whichever
 * sheet holds it), binds columns by their headers in any language, and turns each row into domain values
 * plus the problems found, each with the Excel row number, the header as in the file, the value and a
 * localised message.
 */

/** A user's header mapping: `{ "My header": "fieldKey" | "Finnish header" | null (ignore the column) }`. */
export type HeaderMapping = Readonly<Record<string, string | null>>;

export interface ColumnBinding {
  /** 0-based column index (0 = A). */
  readonly index: number;
  /** The header as written in the file. */
  readonly header: string;
  readonly key: ActionFieldKey | ItemColumnKey;
}

export interface RowIssue {
  /** The Excel row number. */
  readonly row: number;
  /** The column's header as in the file (or the schema's label when the file lacks the column). */
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

export interface WorkbookWarning {
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly message: string;
  /** Text of the cell that was not imported (e.g. words after an amount): it stays only in the file. */
  readonly leftOut?: string;
}

export interface ImportRow {
  readonly row: number;
  /** The hidden item id, when the workbook was exported by Digitiekartta. */
  readonly id?: number;
  /** The hidden version (etag) the row was exported from. */
  readonly etag?: string;
  /** Domain values of the columns the file has (absent columns leave fields untouched). */
  readonly values: Readonly<Partial<Record<ActionFieldKey, unknown>>>;
  /** False when a cell or a field rule failed; such a row is never written. */
  readonly valid: boolean;
}

export interface WorkbookRows {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: readonly ColumnBinding[];
  readonly rows: readonly ImportRow[];
  readonly errors: readonly RowIssue[];
  readonly warnings: readonly WorkbookWarning[];
  /** What the export wrote, when the workbook carries it. */
  readonly base?: BaseSnapshot;
}

export type WorkbookFailureCode = 'noHeader' | 'mappingInvalid' | 'tooManyRows';

export interface WorkbookFailure {
  readonly code: WorkbookFailureCode;
  readonly message: string;
}

export type ReadResult = { readonly ok: true; readonly value: WorkbookRows } | { readonly ok: false; readonly error: WorkbookFailure };

export interface ReadOptions {
  readonly lang: Lang;
  readonly mapping?: HeaderMapping;
  /** Data rows accepted (default 20 000): a roadmap has hundreds of actions, thousands at most. */
  readonly maxRows?: number;
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 30;
export const DEFAULT_MAX_ROWS = 20000;

const MB = 1024 * 1024;
/**
 * The largest workbook file read at all (a local file, a library file, a file chosen in the browser):
 * checked before it is read or downloaded. Pictures make honest files big; the sheet data has its own limit.
 */
export const MAX_WORKBOOK_FILE_BYTES = 200 * MB;

/** The localised refusal of a file larger than `maxBytes`, or undefined when its size is fine. */
export function fileSizeProblem(file: string, bytes: number, lang: Lang, maxBytes = MAX_WORKBOOK_FILE_BYTES): string | undefined {
  if (bytes <= maxBytes) return undefined;
  return format(EXCEL[lang].fileSizeTooLarge, { file, size: Math.ceil(bytes / MB), max: Math.floor(maxBytes / MB) });
}
/** Unknown columns named one by one; beyond this, one warning counts the rest. */
const MAX_LISTED_UNKNOWN = 20;

const TOTAL_TITLES = new Set(['yhteensa', 'summa', 'totalt', 'total', 'totals', 'sum', 'summa yhteensa', 'kaikki yhteensa']);

type MappingResult = { readonly ok: true; readonly map: ReadonlyMap<string, WorkbookColumn | null> } | { readonly ok: false; readonly target: string };

function resolveMapping(mapping: HeaderMapping | undefined): MappingResult {
  const map = new Map<string, WorkbookColumn | null>();
  for (const [header, target] of Object.entries(mapping ?? {})) {
    if (target === null || target.trim() === '') {
      map.set(headerKey(header), null);
      continue;
    }
    const column = columnByKey(target.trim()) ?? columnForHeader(target);
    if (!column) return { ok: false, target };
    map.set(headerKey(header), column);
  }
  return { ok: true, map };
}

interface HeaderCandidate {
  readonly sheet: SheetGrid;
  readonly rowIndex: number;
  readonly bindings: ColumnBinding[];
  readonly unknown: { index: number; header: string }[];
  readonly duplicates: { index: number; header: string }[];
}

function bindHeaderRow(sheet: SheetGrid, rowIndex: number, mapping: ReadonlyMap<string, WorkbookColumn | null>): HeaderCandidate {
  const row = sheet.rows[rowIndex];
  const bindings: ColumnBinding[] = [];
  const unknown: { index: number; header: string }[] = [];
  const duplicates: { index: number; header: string }[] = [];
  const bound = new Set<string>();
  row.cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const header = cellText(cell).trim();
    const key = headerKey(header);
    const column = mapping.has(key) ? mapping.get(key) : columnForHeader(header);
    if (column === null) return; // mapped to "ignore"
    if (!column) {
      unknown.push({ index, header });
    } else if (bound.has(column.key)) {
      duplicates.push({ index, header });
    } else {
      bound.add(column.key);
      bindings.push({ index, header, key: column.key });
    }
  });
  return { sheet, rowIndex, bindings, unknown, duplicates };
}

function findHeader(grid: WorkbookGrid, mapping: ReadonlyMap<string, WorkbookColumn | null>): HeaderCandidate | undefined {
  const sheets = grid.sheets.filter((s) => s.name !== BASE_SHEET_NAME);
  // Visible sheets first: a hidden sheet holds the export's drop-down lists, not the roadmap.
  const ordered = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
  let best: HeaderCandidate | undefined;
  for (const sheet of ordered) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      const candidate = bindHeaderRow(sheet, i, mapping);
      const hasTitle = candidate.bindings.some((b) => b.key === 'title');
      if (!hasTitle || candidate.bindings.length < 2) continue;
      if (!best || candidate.bindings.length > best.bindings.length) best = candidate;
    }
    if (best && !sheet.hidden) break;
  }
  return best;
}

function allowedValues(field: FieldDef, lang: Lang): string {
  const choices = field.choices ?? [];
  // Where SharePoint stores the code itself (A, B, K1; S/M/L) the code is what people type.
  return choices.map((c) => (c.spValue !== undefined ? c.code : c.labels[lang])).join(', ');
}

/** `headerOf`: a column's header as the file writes it (the schema's label when the file lacks it). */
function cellMessage(problem: CellProblem, field: FieldDef, detail: string | undefined, lang: Lang, headerOf: (f: FieldDef) => string): string {
  const t = EXCEL[lang];
  switch (problem) {
    case 'unknownChoice':
      return format(t.unknownChoice, { allowed: allowedValues(field, lang) });
    case 'unknownChoices':
      return format(t.unknownChoices, { values: detail ?? '', allowed: allowedValues(field, lang) });
    case 'errorValue':
      return format(t.errorValue, { value: detail ?? '' });
    case 'twoAmounts':
      return format(t.twoAmounts, { amounts: detail ?? '' });
    case 'perYearNotAnnual': {
      const annual = EXCEL_FIELDS.find((f) => f.perYear);
      return format(t.perYearNotAnnual, { marker: detail ?? '', column: headerOf(field), annual: annual ? headerOf(annual) : '' });
    }
    default:
      return t[problem];
  }
}

function parseItemId(cell: CellInput | undefined): number | undefined | 'invalid' {
  if (isBlank(cell)) return undefined;
  const n = Number(cellText(cell).trim());
  return Number.isInteger(n) && n > 0 ? n : 'invalid';
}

function isTotalRow(values: Partial<Record<ActionFieldKey, unknown>>): boolean {
  const title = values.title;
  return typeof title === 'string' && TOTAL_TITLES.has(normaliseText(title).replace(/[:.]$/, '')) && !values.code;
}

/** Reads the roadmap rows of a workbook. Pure: the same grid gives the same result. */
export function readRoadmapRows(grid: WorkbookGrid, options: ReadOptions): ReadResult {
  const { lang } = options;
  const t = EXCEL[lang];
  const mapping = resolveMapping(options.mapping);
  if (!mapping.ok) return { ok: false, error: { code: 'mappingInvalid', message: format(t.mappingInvalid, { target: mapping.target }) } };
  const header = findHeader(grid, mapping.map);
  if (!header) {
    return { ok: false, error: { code: 'noHeader', message: format(t.noHeader, { title: ROADMAP_ACTIONS.titleField.labels[lang] }) } };
  }
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const dataRows: readonly GridRow[] = header.sheet.rows.slice(header.rowIndex + 1);
  if (dataRows.length > maxRows) {
    return { ok: false, error: { code: 'tooManyRows', message: format(t.tooManyRows, { max: maxRows }) } };
  }

  const warnings: WorkbookWarning[] = [
    ...header.unknown.slice(0, MAX_LISTED_UNKNOWN).map((u) => ({ column: u.header, message: t.unknownColumn })),
    ...(header.unknown.length > MAX_LISTED_UNKNOWN ? [{ message: format(t.moreUnknownColumns, { count: header.unknown.length - MAX_LISTED_UNKNOWN }) }] : []),
    ...header.duplicates.map((d) => ({ column: d.header, message: t.duplicateColumn }))
  ];
  const errors: RowIssue[] = [];
  const rows: ImportRow[] = [];
  const headerOf = (f: FieldDef): string => header.bindings.find((b) => b.key === f.key)?.header ?? f.labels[lang];
  const fieldBindings = header.bindings.filter((b) => b.key !== 'id' && b.key !== 'etag');
  const idBinding = header.bindings.find((b) => b.key === 'id');
  const etagBinding = header.bindings.find((b) => b.key === 'etag');

  for (const gridRow of dataRows) {
    // A row whose visible cells are all blank is skipped, even if its hidden id remains.
    if (fieldBindings.every((b) => isBlank(gridRow.cells[b.index]))) continue;
    const values: Partial<Record<ActionFieldKey, unknown>> = {};
    const rowErrors: RowIssue[] = [];
    for (const binding of fieldBindings) {
      const column = columnByKey(binding.key);
      if (!column || column.kind !== 'field') continue;
      const cell = gridRow.cells[binding.index];
      const result = readCell(column.field, cell);
      if (result.ok) {
        values[column.key] = result.value;
        // Words after an amount are not imported: they are reported with the row, never dropped silently.
        if (result.leftOut) {
          warnings.push({
            row: gridRow.number, column: binding.header, value: cellText(cell), leftOut: result.leftOut.text,
            message: format(t.amountTextLeftOut, { amount: result.leftOut.amount, text: result.leftOut.text })
          });
        }
      } else {
        rowErrors.push({ row: gridRow.number, column: binding.header, value: cellText(cell), message: cellMessage(result.problem, column.field, result.detail, lang, headerOf) });
      }
    }
    if (isTotalRow(values)) {
      warnings.push({ row: gridRow.number, message: t.totalRowSkipped });
      continue;
    }
    let id: number | undefined;
    if (idBinding) {
      const parsed = parseItemId(gridRow.cells[idBinding.index]);
      if (parsed === 'invalid') {
        rowErrors.push({ row: gridRow.number, column: idBinding.header, value: cellText(gridRow.cells[idBinding.index]), message: t.badItemId });
      } else {
        id = parsed;
      }
    }
    const etagText = etagBinding ? cellText(gridRow.cells[etagBinding.index]).trim() : '';
    // Field rules on the values the file gives (blank required cells included); a cell that could not be
    // read is reported once, by the cell rule above.
    const unreadable = new Set(rowErrors.map((e) => e.column));
    const checked = fieldBindings.filter((b) => !unreadable.has(b.header)).map((b) => b.key);
    for (const problem of validateActionFields(values, checked, lang)) {
      const binding = fieldBindings.find((b) => b.key === problem.key);
      if (!binding) continue;
      const issue = { row: gridRow.number, column: binding.header, value: cellText(gridRow.cells[binding.index]), message: problem.message };
      if (problem.severity === 'error') rowErrors.push(issue);
      else warnings.push(issue);
    }
    errors.push(...rowErrors);
    rows.push({ row: gridRow.number, id, etag: id !== undefined && etagText ? etagText : undefined, values, valid: rowErrors.length === 0 });
  }

  const baseSheet = grid.sheets.find((s) => s.name === BASE_SHEET_NAME);
  return {
    ok: true,
    value: {
      sheet: header.sheet.name,
      headerRow: header.sheet.rows[header.rowIndex].number,
      columns: header.bindings,
      rows,
      errors,
      warnings,
      base: readBaseSnapshot(baseSheet)
    }
  };
}
