import type * as ExcelJS from 'exceljs';
import type { CellInput } from '../core/excel/cells';
import type { GridRow, SheetGrid, WorkbookGrid } from '../core/excel/grid';
import { DEFAULT_MAX_ROWS } from '../core/excel/read';
export { MAX_WORKBOOK_FILE_BYTES } from '../core/excel/read';
import { loadExcelJs } from './exceljs';
import { fileKind, inspectZip, parsedXmlBytes } from './inspect';
import { isWorkbookPart, repack, unpackParts } from './unpack';

/**
 * Reads an .xlsx into the plain grid the core works on. Whatever the bytes are, the result is a grid or
 * a reason: a file that is not an .xlsx, an old .xls, a damaged or truncated one, or one too large to
 * read in bounded memory.
 */

export type WorkbookFileProblem = 'notXlsx' | 'oldXls' | 'corrupt' | 'fileTooLarge' | 'unpacksTooLarge' | 'tooManyRows';

export type GridResult =
  | { readonly ok: true; readonly grid: WorkbookGrid }
  | { readonly ok: false; readonly problem: WorkbookFileProblem; readonly params?: Readonly<Record<string, string | number>> };

export interface ReadLimits {
  /**
   * Bytes of sheet XML that may be inflated and parsed (default 48 MB: over 20 000 full roadmap rows).
   * Counted twice: as the file declares it (an honest big file is refused before anything is inflated)
   * and as inflating actually produces it (a lying file is stopped there).
   */
  readonly maxXmlBytes?: number;
  readonly maxRows?: number;
}

const MB = 1024 * 1024;
export const DEFAULT_MAX_XML_BYTES = 48 * MB;

/** Sheet parts that the import does not need: skipping them saves memory and time. */
const IGNORED_NODES = [
  'dataValidations', 'conditionalFormatting', 'hyperlinks', 'mergeCells', 'drawing', 'picture', 'tableParts', 'extLst',
  'pageSetup', 'headerFooter', 'printOptions', 'pageMargins', 'rowBreaks', 'autoFilter', 'sheetProtection', 'cols'
];

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function utcDay(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | ExcelJS.CellRichTextValue | undefined | null;

function scalarToInput(value: Scalar, numFmt: string | undefined): CellInput | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'number', value, percent: isPercentFormat(numFmt) || undefined };
  if (typeof value === 'string') return value === '' ? undefined : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const day = utcDay(value);
    return day ? { kind: 'date', day } : { kind: 'error', text: '#VALUE!' };
  }
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((r) => r.text).join('') };
  return undefined;
}

/** One ExcelJS cell as plain data; a formula becomes its cached result. */
export function cellToInput(cell: ExcelJS.Cell): CellInput | undefined {
  const value = cell.value as ExcelJS.CellValue;
  if (value === null || value === undefined) return undefined;
  if (cell.type === 1 /* Merge */) return undefined; // the value belongs to the merged range's first cell
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      if (f.result === undefined || f.result === null) {
        return { kind: 'formula', formula: ('formula' in f && f.formula) || (f as ExcelJS.CellSharedFormulaValue).sharedFormula || '' };
      }
      return scalarToInput(f.result, cell.numFmt);
    }
    if ('hyperlink' in value) {
      const h = value as ExcelJS.CellHyperlinkValue;
      const t = h.text as unknown as string | ExcelJS.CellRichTextValue; // ExcelJS may give rich text here
      return scalarToInput(typeof t === 'string' || !t ? (t || h.hyperlink) : t, cell.numFmt);
    }
  }
  return scalarToInput(value as Scalar, cell.numFmt);
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (CellInput | undefined)[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const input = cellToInput(cell);
      if (input) {
        cells[col - 1] = input;
        any = true;
      }
    });
    if (any) rows.push({ number, cells });
  });
  return { name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden', rows };
}

type Failure = Extract<GridResult, { ok: false }>;

/**
 * The file's workbook parts, inflated under the ceiling and repacked: what ExcelJS may read. The parts
 * themselves are dropped on return, so that only one copy stays while ExcelJS parses.
 */
function countedWorkbook(bytes: Uint8Array, maxXml: number): Uint8Array | Failure {
  const kind = fileKind(bytes);
  if (kind === 'xls') return { ok: false, problem: 'oldXls' };
  if (kind !== 'xlsx') return { ok: false, problem: 'notXlsx' };
  const zip = inspectZip(bytes);
  if (!zip.ok) return { ok: false, problem: 'corrupt' };
  if (!zip.entries.some((e) => e.name === 'xl/workbook.xml')) return { ok: false, problem: 'notXlsx' };
  // What the file declares: an honest big file is refused before anything is inflated.
  const declared = parsedXmlBytes(zip.entries.filter((e) => isWorkbookPart(e.name.replace(/^\/+/, ''))));
  if (declared > maxXml) return { ok: false, problem: 'fileTooLarge', params: { size: Math.ceil(declared / MB), max: Math.floor(maxXml / MB) } };
  // What inflating produces: a file that lies about its sizes is stopped at the ceiling.
  const unpacked = unpackParts(bytes, maxXml);
  if (!unpacked.ok) {
    return unpacked.problem === 'tooLarge' ? { ok: false, problem: 'unpacksTooLarge', params: { max: Math.floor(maxXml / MB) } } : { ok: false, problem: 'corrupt' };
  }
  if (!unpacked.parts['xl/workbook.xml']) return { ok: false, problem: 'notXlsx' };
  return repack(unpacked.parts);
}

/** Reads a workbook's sheets into plain rows and cells. */
export async function readWorkbookGrid(data: ArrayBuffer | Uint8Array, limits: ReadLimits = {}): Promise<GridResult> {
  const counted = countedWorkbook(toBytes(data), limits.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES);
  if (!(counted instanceof Uint8Array)) return counted;
  const maxRows = (limits.maxRows ?? DEFAULT_MAX_ROWS) + 100; // title rows above the header are allowed
  const ExcelJs = await loadExcelJs();
  const workbook = new ExcelJs.Workbook();
  try {
    // ExcelJS reads only the counted parts, never the original entries. Its typings want its Buffer; a
    // Uint8Array is what it actually handles in Node and the browser.
    await workbook.xlsx.load(counted as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES, maxRows } as unknown as Partial<ExcelJS.XlsxReadOptions>);
  } catch (error) {
    if (error instanceof Error && /^Max row count/.test(error.message)) return { ok: false, problem: 'tooManyRows', params: { max: maxRows - 100 } };
    return { ok: false, problem: 'corrupt' };
  }
  return { ok: true, grid: { sheets: workbook.worksheets.map(sheetToGrid) } };
}
