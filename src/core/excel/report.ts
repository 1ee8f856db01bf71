import { format, type Lang } from '../i18n/catalog';
import { EXCEL } from '../i18n/excel';
import type { RowConflict, WorkbookDiff } from './diff';
import type { RowIssue, WorkbookWarning } from './read';

/**
 * The import's outcome as one object: what `tiekartta import --json` prints and what the import panel
 * shows. Before applying, the counts are what would be written; after, what was written.
 */
export interface ImportSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly deleted: number;
  readonly conflicts: readonly ConflictReport[];
  readonly errors: readonly RowIssue[];
  readonly warnings: readonly WorkbookWarning[];
}

export interface ConflictReport {
  readonly row?: number;
  readonly id: number;
  readonly code: string | null;
  readonly title: string;
  readonly reason: RowConflict['reason'];
  readonly message: string;
  readonly fields: readonly { readonly column: string; readonly file: string; readonly sharepoint: string; readonly base?: string }[];
}

/** What applying did (see `applyWorkbookImport`). */
export interface AppliedCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  /** Rows refused by SharePoint while saving (412: changed after the preview). */
  readonly conflicts: readonly RowConflict[];
  /** Rows whose save failed for another reason. */
  readonly failures: readonly RowIssue[];
}

function conflictReport(c: RowConflict): ConflictReport {
  return {
    row: c.row, id: c.id, code: c.code, title: c.title, reason: c.reason, message: c.message,
    fields: c.fields.map((f) => ({ column: f.column, file: f.file, sharepoint: f.sharepoint, ...(f.base !== undefined ? { base: f.base } : {}) }))
  };
}

export function importSummary(diff: WorkbookDiff, applied?: AppliedCounts): ImportSummary {
  const conflicts = [...diff.conflicts, ...(applied?.conflicts ?? [])];
  return {
    created: applied ? applied.created : diff.created.length,
    updated: applied ? applied.updated : diff.updated.length,
    unchanged: diff.unchanged.length,
    deleted: applied ? applied.deleted : diff.missing.filter((m) => m.delete).length,
    conflicts: conflicts.map(conflictReport),
    errors: [...diff.errors, ...(applied?.failures ?? [])],
    warnings: diff.warnings
  };
}

/** A failure of the file as a whole (not an .xlsx, no table...) in the same shape: row 0 = the file. */
export function fileFailureSummary(fileName: string, message: string): ImportSummary {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: [], errors: [{ row: 0, column: '', value: fileName, message }], warnings: [] };
}

/** Exit status of an import: 1 when anything was wrong (errors or conflicts). */
export function importFailed(summary: ImportSummary): boolean {
  return summary.errors.length > 0 || summary.conflicts.length > 0;
}

/**
 * Rows of a workbook whose edits are not in the list yet: new and changed rows, conflicts and invalid
 * rows. A workbook with any is not replaced by a fresh export (that would leave those edits only in the
 * file's version history).
 */
export function pendingWorkbookEdits(diff: WorkbookDiff): number {
  return diff.created.length + diff.updated.length + diff.conflicts.length + diff.invalidRows.length;
}

/** Why the library workbook is kept after an import instead of being replaced by a fresh export. */
export type LibraryKeepReason = 'nothingWritten' | 'rowsNotWritten' | 'textLeftOut';

export type LibrarySaveDecision =
  | { readonly save: true }
  | { readonly save: false; readonly reason: LibraryKeepReason; readonly message: string };

/**
 * Whether "save back to the library" may replace the library workbook with a fresh export after an
 * import (`applied` undefined: nothing was written). Only after a complete apply: when the import wrote
 * nothing (invalid rows, conflicts), or only part of the file (invalid rows skipped, rows refused while
 * saving, text left out of a cell), the file still holds edits that a fresh export would drop.
 */
export function librarySaveDecision(diff: WorkbookDiff, applied: AppliedCounts | undefined, lang: Lang): LibrarySaveDecision {
  const t = EXCEL[lang];
  if (!applied) return { save: false, reason: 'nothingWritten', message: t.libraryKeptNothingWritten };
  const notWritten = diff.invalidRows.length + diff.conflicts.length + applied.conflicts.length + applied.failures.length;
  if (notWritten > 0) return { save: false, reason: 'rowsNotWritten', message: format(t.libraryKeptRowsNotWritten, { count: notWritten }) };
  const leftOut = diff.warnings.filter((w) => w.leftOut !== undefined).length;
  if (leftOut > 0) return { save: false, reason: 'textLeftOut', message: format(t.libraryKeptTextLeftOut, { count: leftOut }) };
  return { save: true };
}
