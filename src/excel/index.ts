/**
 * The Excel round trip (ExcelJS, loaded on demand). Import this module lazily from the web part:
 * `const excel = await import(/* webpackChunkName: 'excel' *\/ '../excel')`.
 */
export { loadExcelJs, type ExcelJs } from './exceljs';
export { readWorkbookGrid, cellToInput, MAX_WORKBOOK_FILE_BYTES, type GridResult, type ReadLimits, type WorkbookFileProblem } from './readWorkbook';
export { writeRoadmapWorkbook, type WriteOptions } from './writeWorkbook';
export { fileKind, inspectZip, parsedXmlBytes } from './inspect';
export {
  exportRoadmapWorkbook, previewWorkbookImport, applyWorkbookImport,
  type ActionsRepository, type ApplyOptions, type ApplyOutcome, type ApplyProgress, type ExportWorkbookOptions, type ImportPreview,
  type PreviewOptions, type PreviewResult, readWorkbookRows, type RowsResult
} from './roundtrip';
export {
  readLibraryWorkbook, writeLibraryWorkbook, libraryFileEtag, serverRelativeFilePath, LibraryConflictError, LibraryFileNotFoundError, LibraryFileTooLargeError,
  type LibraryReadOptions, type LibraryWorkbook
} from './library';
