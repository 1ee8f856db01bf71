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
