import { format, type Lang } from '../core/i18n/catalog';
import { EXCEL } from '../core/i18n/excel';
import { diffWorkbookAgainstList, type RowConflict, type WorkbookDiff } from '../core/excel/diff';
import { roadmapWorkbookModel } from '../core/excel/export';
import { readRoadmapRows, type HeaderMapping, type RowIssue, type WorkbookRows } from '../core/excel/read';
import type { AppliedCounts } from '../core/excel/report';
import { displayValue } from '../core/excel/values';
import { ROADMAP_ACTIONS, allFields, type RoadmapAction, type RoadmapActionFields } from '../core/schema';
import { ConflictError, type IListRepository } from '../data/contracts';
import { readWorkbookGrid, type ReadLimits } from './readWorkbook';
import { writeRoadmapWorkbook } from './writeWorkbook';

/**
 * The Excel round trip for the web part and the CLI: export actions to .xlsx bytes, preview what a
 * workbook would change, and apply that preview through the data layer's batched repository.
 */

export type ActionsRepository = IListRepository<typeof ROADMAP_ACTIONS>;

export interface ExportWorkbookOptions {
  readonly lang: Lang;
  /** The roadmap years exported (null/absent = all). */
  readonly years?: readonly number[] | null;
  readonly now: Date;
}

/** The .xlsx bytes for a set of actions. */
export async function exportRoadmapWorkbook(actions: readonly RoadmapAction[], options: ExportWorkbookOptions): Promise<Uint8Array> {
  const model = roadmapWorkbookModel(actions, { lang: options.lang, years: options.years ?? null, now: options.now });
  return writeRoadmapWorkbook(model, { now: options.now });
}

export interface PreviewOptions {
  readonly lang: Lang;
  readonly mapping?: HeaderMapping;
  readonly deleteMissing?: boolean;
  readonly now: Date;
  readonly limits?: ReadLimits;
}

export interface ImportPreview {
  readonly rows: WorkbookRows;
  readonly diff: WorkbookDiff;
}

export type RowsResult =
  | { readonly ok: true; readonly rows: WorkbookRows }
  | { readonly ok: false; readonly message: string };

/** Reads a workbook (any bytes) into roadmap rows; a bad file gives a localised reason. */
export async function readWorkbookRows(
  bytes: ArrayBuffer | Uint8Array,
  options: { readonly lang: Lang; readonly mapping?: HeaderMapping; readonly limits?: ReadLimits }
): Promise<RowsResult> {
  const t = EXCEL[options.lang];
  const grid = await readWorkbookGrid(bytes, options.limits);
  if (!grid.ok) return { ok: false, message: format(t[grid.problem], grid.params ?? {}) };
  const rows = readRoadmapRows(grid.grid, { lang: options.lang, mapping: options.mapping, maxRows: options.limits?.maxRows });
  return rows.ok ? { ok: true, rows: rows.value } : { ok: false, message: rows.error.message };
}

export type PreviewResult =
  | { readonly ok: true; readonly preview: ImportPreview }
  | { readonly ok: false; readonly message: string };

/** Reads a workbook (any bytes) and compares it with the list's items; a bad file gives a localised reason. */
export async function previewWorkbookImport(
  bytes: ArrayBuffer | Uint8Array,
  items: readonly RoadmapAction[],
  options: PreviewOptions
): Promise<PreviewResult> {
  const read = await readWorkbookRows(bytes, options);
  if (!read.ok) return read;
  const diff = diffWorkbookAgainstList(read.rows, items, { lang: options.lang, deleteMissing: options.deleteMissing }, options.now);
  return { ok: true, preview: { rows: read.rows, diff } };
}

export interface ApplyProgress {
  readonly done: number;
  readonly total: number;
}

export interface ApplyOptions {
  readonly lang: Lang;
  /** Write the valid rows even though some rows are invalid (default: write nothing then). */
  readonly skipInvalid?: boolean;
  readonly onProgress?: (progress: ApplyProgress) => void;
}

export type ApplyOutcome =
  | { readonly written: true; readonly applied: AppliedCounts }
  /** Nothing was written because rows are invalid (and `skipInvalid` was not set). */
  | { readonly written: false; readonly reason: string };

/** Changes per request: the repository batches 100 parts per `$batch`. */
const CHUNK = 100;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function meanwhile(conflict: ConflictError<typeof ROADMAP_ACTIONS>, row: number | undefined, lang: Lang): RowConflict {
  const theirs = conflict.theirs as unknown as Readonly<Record<string, unknown>>;
  const mine = conflict.mine as Readonly<Record<string, unknown>>;
  const fields = allFields(ROADMAP_ACTIONS).filter((f) => Object.prototype.hasOwnProperty.call(mine, f.key));
  return {
    row, id: conflict.id, code: conflict.theirs.code, title: conflict.theirs.title, reason: 'changedMeanwhile',
    message: EXCEL[lang].conflictChangedMeanwhile,
    fields: fields.map((f) => ({ key: f.key, column: f.labels[lang], file: displayValue(f, mine[f.key], lang), sharepoint: displayValue(f, theirs[f.key], lang) }))
  };
}

/**
 * Writes a preview's changes: new actions, then updates (each with the etag read for the preview, so
 * that a change saved in SharePoint since then is a conflict, not overwritten), then deletions.
 * By default nothing at all is written when any row is invalid.
 */
export async function applyWorkbookImport(repo: ActionsRepository, diff: WorkbookDiff, options: ApplyOptions): Promise<ApplyOutcome> {
  const { lang } = options;
  if (diff.errors.length > 0 && !options.skipInvalid) {
    return { written: false, reason: format(EXCEL[lang].invalidNothingWritten, { count: diff.invalidRows.length }) };
  }
  const deletions = diff.missing.filter((m) => m.delete);
  const total = diff.created.length + diff.updated.length + deletions.length;
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.({ done, total });
  };
  options.onProgress?.({ done: 0, total });

  let created = 0;
  let updated = 0;
  let deleted = 0;
  const conflicts: RowConflict[] = [];
  const failures: RowIssue[] = [];
  const failure = (row: number, error: Error): void => {
    failures.push({ row, column: '', value: '', message: error.message });
  };

  for (const chunk of chunks(diff.created)) {
    const result = await repo.addMany(chunk.map((c) => c.fields as RoadmapActionFields));
    created += result.saved.length;
    for (const f of result.failed) failure(chunk[f.index].row, f.error);
    progress(chunk.length);
  }

  for (const chunk of chunks(diff.updated)) {
    const result = await repo.updateMany(chunk.map((u) => ({ id: u.id, etag: u.etag, changes: u.patch })));
    updated += result.saved.length;
    for (const c of result.conflicts) conflicts.push(meanwhile(c, chunk.find((u) => u.id === c.id)?.row, lang));
    for (const f of result.failed) failure(chunk[f.index].row, f.error);
    progress(chunk.length);
  }

  for (const m of deletions) {
    try {
      await repo.delete(m.id, m.etag);
      deleted++;
    } catch (error) {
      if (error instanceof ConflictError) conflicts.push(meanwhile(error as ConflictError<typeof ROADMAP_ACTIONS>, undefined, lang));
      else failure(0, error instanceof Error ? error : new Error(String(error)));
    }
    progress(1);
  }
  return { written: true, applied: { created, updated, deleted, conflicts, failures } };
}
