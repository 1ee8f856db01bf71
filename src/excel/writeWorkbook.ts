import type * as ExcelJS from 'exceljs';
import type { ExportCell, RoadmapWorkbookModel } from '../core/excel/export';
import { xmlSafeText } from '../core/untrusted/text';
import { loadExcelJs, type ExcelJs } from './exceljs';

/**
 * Draws the export model with ExcelJS: the roadmap sheet (frozen header, auto-filter, widths, formats,
 * drop-downs, hidden id/version columns), the instructions, the hidden choice lists and the very hidden
 * base sheet. Everything that decides what goes where is in `core/excel/export.ts`.
 */

/** Rows below the data that still get the drop-downs, for actions people add in Excel. */
const EXTRA_VALIDATED_ROWS = 1000;

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function cellValue(cell: ExportCell): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text':
      // A plain string is always written as a string cell, never a formula, whatever it starts with;
      // characters XML 1.0 cannot carry are dropped, or the workbook would not open.
      return xmlSafeText(cell.text);
    case 'number':
      return cell.value;
    case 'date': {
      const [y, m, d] = cell.day.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
  }
}

export interface WriteOptions {
  /** The workbook's creation time (document properties). */
  readonly now: Date;
}

/**
 * The .xlsx bytes of an export model. In Node, ExcelJS's streaming writer: each row is written out and
 * let go as soon as it is complete, so memory does not grow with the whole workbook's cell objects
 * (exporting 2 000 actions peaked at 422 MB RSS with the in-memory writer). The browser build of ExcelJS
 * has no streaming writer; there the same drawing goes to an in-memory workbook.
 */
export async function writeRoadmapWorkbook(model: RoadmapWorkbookModel, options: WriteOptions): Promise<Uint8Array> {
  const ExcelJs = await loadExcelJs();
  const Streaming = (ExcelJs as Partial<ExcelJs>).stream?.xlsx?.WorkbookWriter;
  if (Streaming) {
    // Styles must be asked for (number formats, hidden columns' widths). Strings are written inline: a
    // shared-strings table would hold every distinct text (the base sheet's too) until the end, 20 MB more
    // at 2 000 actions, for a file only slightly smaller.
    const wb = new Streaming({ useStyles: true, useSharedStrings: false, zip: { zlib: { level: 3 } } } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
    drawWorkbook(wb, model, options);
    await wb.commit();
    // Without a stream or file name the writer keeps the ZIP in its own buffer, `workbook.stream` (ExcelJS's
    // README, "Streaming XLSX Writer"; not in its typings): the .xlsx is a few hundred KB, the cells are gone.
    return new Uint8Array((wb as unknown as { stream: { read(): Uint8Array } }).stream.read());
  }
  const wb = new ExcelJs.Workbook();
  drawWorkbook(wb, model, options);
  // A lighter deflate level: the file grows a little, writing 2 000 actions gets much faster.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } } } as unknown as ExcelJS.XlsxWriteOptions);
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * Draws the model into a workbook, the in-memory one or the streaming one: rows are filled in order and
 * committed when complete (a no-op in memory), columns are set before the first row.
 */
function drawWorkbook(wb: ExcelJS.Workbook, model: RoadmapWorkbookModel, options: WriteOptions): void {
  wb.creator = 'Digitiekartta';
  wb.created = options.now;
  wb.modified = options.now;
  wb.calcProperties = { fullCalcOnLoad: false };

  const formats = model.numberFormats;
  const ws = wb.addWorksheet(model.sheets.roadmap, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
    properties: { defaultRowHeight: 15 }
  });
  const columnStyles = model.columns.map((c) => {
    const style: Partial<ExcelJS.Style> = {};
    if (c.text) style.numFmt = '@'; // typed entries stay text: `=…` is never turned into a formula
    if (c.date) style.numFmt = formats.date;
    if (c.numberFormat) style.numFmt = formats[c.numberFormat];
    if (c.wrap) style.alignment = { wrapText: true, vertical: 'top' };
    else style.alignment = { vertical: 'top' };
    return style;
  });
  ws.columns = model.columns.map((c, i) => ({ key: c.key, width: c.width, hidden: c.hidden, style: columnStyles[i] }));
  const header = ws.getRow(1);
  header.values = model.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;
  header.eachCell((cell) => {
    cell.numFmt = 'General';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } };
  });
  header.commit();

  // Only cells with a value are created: empty ones take the column's format when someone types there.
  model.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 2);
    cells.forEach((cell, c) => {
      if (cell && !(cell.kind === 'text' && cell.text === '')) {
        const target = row.getCell(c + 1);
        target.value = cellValue(cell);
        // One style object per column: ExcelJS then resolves each column's style once, not per cell.
        target.style = columnStyles[c];
      }
    });
    row.commit();
  });

  const lastColumn = columnLetter(model.columns.length);
  ws.autoFilter = `A1:${lastColumn}${Math.max(1, model.rows.length + 1)}`;

  // Drop-downs fed by the hidden choices sheet; number ranges; all as warnings (the import validates).
  const lastValidated = model.rows.length + 1 + EXTRA_VALIDATED_ROWS;
  // ExcelJS 4 has range validations (`worksheet.dataValidations.add('F2:F999', …)`, written as one
  // <dataValidation sqref>) but its typings only declare the per-cell form.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  model.columns.forEach((c, i) => {
    const v = c.validation;
    if (!v) return;
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${lastValidated}`;
    if (v.kind === 'list') {
      const list = model.choiceLists[v.listIndex];
      const listLetter = columnLetter(v.listIndex + 1);
      validations.add(range, {
        type: 'list', allowBlank: true,
        formulae: [`${quoteSheet(model.sheets.choices)}!$${listLetter}$2:$${listLetter}$${list.values.length + 1}`],
        showErrorMessage: v.strict, errorStyle: 'warning', errorTitle: v.errorTitle, error: v.error
      });
    } else {
      validations.add(range, {
        type: v.kind, operator: 'between', allowBlank: true, formulae: [v.min, v.max],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: v.errorTitle, error: v.error
      });
    }
  });

  // Instructions.
  const help = wb.addWorksheet(model.sheets.instructions);
  help.columns = [{ width: 30 }, { width: 70 }, { width: 14 }, { width: 70 }];
  for (const line of model.instructions) {
    const r = help.addRow(line.map(xmlSafeText));
    r.alignment = { wrapText: true, vertical: 'top' };
  }
  help.getRow(1).font = { bold: true, size: 14 };
  const tableHeader = model.instructions.findIndex((l) => l.length === 4);
  if (tableHeader >= 0) {
    help.getRow(tableHeader).font = { bold: true, size: 12 };
    help.getRow(tableHeader + 1).font = { bold: true };
  }

  // The drop-down lists.
  const choices = wb.addWorksheet(model.sheets.choices, { state: 'hidden' });
  model.choiceLists.forEach((list, i) => {
    const col = choices.getColumn(i + 1);
    col.width = 30;
    col.values = [list.header, ...list.values];
  });

  // What the export wrote, for a three-way import (very hidden: not offered by "Unhide").
  const base = wb.addWorksheet(model.sheets.base, { state: 'veryHidden' });
  for (const row of model.base) base.addRow(row.map((v) => (typeof v === 'string' ? xmlSafeText(v) : v))).commit();

  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
}
