import * as React from 'react';
import type { Lang } from '../../core/i18n/catalog';
import { diffWorkbookAgainstList, type WorkbookDiff } from '../../core/excel/diff';
import { fileSizeProblem, type WorkbookRows } from '../../core/excel/read';
import type { LibraryFileTooLargeError } from '../../excel/library';
import { importSummary, librarySaveDecision, type ImportSummary, type LibrarySaveDecision } from '../../core/excel/report';
import { restrictDiffToRights } from '../../core/excel/rights';
import type { RoadmapAction } from '../../core/schema';
import { EXCEL } from '../../core/i18n/excel';
import { format } from '../../core/i18n/catalog';
import { describeError } from '../shell/errors';
import { loadExcel } from './loadExcel';
import type { IExcelImportPanelProps } from './types';

/** Where the import stands: choose a file → read and compare → preview → saving → done. */
export type ImportStage =
  | { readonly kind: 'choose'; readonly error?: string }
  | { readonly kind: 'reading' }
  | { readonly kind: 'preview' }
  | { readonly kind: 'applying'; readonly done: number; readonly total: number }
  /** `library`: whether the refreshed workbook may replace the library file (only after a complete apply). */
  | { readonly kind: 'done'; readonly summary: ImportSummary; readonly refused?: string; readonly library: LibrarySaveDecision };

export interface ExcelImportState {
  readonly stage: ImportStage;
  readonly fileName?: string;
  readonly rows?: WorkbookRows;
  readonly diff?: WorkbookDiff;
  readonly deleteMissing: boolean;
  readonly skipInvalid: boolean;
  /** The etag of the library file read, for saving back. */
  readonly libraryEtag?: string;
  readonly savedToLibrary?: boolean;
}

export interface ExcelImportActions {
  readFile(file: File): void;
  readLibrary(): void;
  setDeleteMissing(on: boolean): void;
  setSkipInvalid(on: boolean): void;
  apply(): void;
  saveToLibrary(): void;
  reset(): void;
}

/** The import panel's logic, apart from how it looks. */
export function useExcelImport(props: IExcelImportPanelProps): [ExcelImportState, ExcelImportActions] {
  const { repositories, lang, library, onApplied, rights } = props;
  const now = React.useCallback(() => (props.now ? props.now() : new Date()), [props.now]);
  const [state, setState] = React.useState<ExcelImportState>({ stage: { kind: 'choose' }, deleteMissing: false, skipInvalid: false });
  const items = React.useRef<RoadmapAction[]>([]);
  const alive = React.useRef(true);
  React.useEffect(() => () => { alive.current = false; }, []);
  const update = React.useCallback((change: (s: ExcelImportState) => ExcelImportState) => {
    if (alive.current) setState(change);
  }, []);
  // What the file would change, restricted to what this person may change (refused rows become errors).
  const compareRows = React.useCallback((rows: WorkbookRows, deleteMissing: boolean): WorkbookDiff =>
    restrictDiffToRights(diffWorkbookAgainstList(rows, items.current, { lang, deleteMissing }, now()), items.current, rights, lang), [lang, now, rights]);

  const compare = React.useCallback(async (bytes: Uint8Array, fileName: string, libraryEtag?: string) => {
    update((s) => ({ ...s, stage: { kind: 'reading' }, fileName, libraryEtag, savedToLibrary: false }));
    try {
      const excel = await loadExcel();
      const read = await excel.readWorkbookRows(bytes, { lang });
      if (!read.ok) {
        update((s) => ({ ...s, stage: { kind: 'choose', error: read.message } }));
        return;
      }
      items.current = await repositories.actions.list();
      update((s) => ({
        ...s,
        rows: read.rows,
        diff: compareRows(read.rows, s.deleteMissing),
        stage: { kind: 'preview' }
      }));
    } catch (error) {
      update((s) => ({ ...s, stage: { kind: 'choose', error: describeError(error, lang) } }));
    }
  }, [lang, repositories, compareRows, update]);

  const readFile = React.useCallback((file: File) => {
    // A file too large to read is refused before the browser reads it into memory.
    const tooLarge = fileSizeProblem(file.name, file.size, lang);
    if (tooLarge) {
      update((s) => ({ ...s, stage: { kind: 'choose', error: tooLarge } }));
      return;
    }
    file.arrayBuffer().then((buffer) => compare(new Uint8Array(buffer), file.name), (error: unknown) => {
      update((s) => ({ ...s, stage: { kind: 'choose', error: describeError(error, lang) } }));
    });
  }, [compare, update, lang]);

  const readLibrary = React.useCallback(() => {
    if (!library) return;
    update((s) => ({ ...s, stage: { kind: 'reading' } }));
    loadExcel()
      .then((excel) => excel.readLibraryWorkbook(library.sp, library.path))
      .then((workbook) => compare(workbook.content, library.path, workbook.etag), (error: unknown) => {
        const t = EXCEL[lang];
        const tooLarge = error instanceof Error && error.name === 'LibraryFileTooLargeError'
          ? fileSizeProblem(library.path, (error as LibraryFileTooLargeError).bytes, lang, (error as LibraryFileTooLargeError).maxBytes) : undefined;
        const message = error instanceof Error && error.name === 'LibraryFileNotFoundError' ? format(t.libraryNotFound, { path: library.path }) : tooLarge ?? describeError(error, lang);
        update((s) => ({ ...s, stage: { kind: 'choose', error: message } }));
      });
  }, [library, lang, compare, update]);

  const setDeleteMissing = React.useCallback((on: boolean) => {
    update((s) => ({
      ...s,
      deleteMissing: on,
      diff: s.rows ? compareRows(s.rows, on) : s.diff
    }));
  }, [compareRows, update]);

  const setSkipInvalid = React.useCallback((on: boolean) => update((s) => ({ ...s, skipInvalid: on })), [update]);

  const apply = React.useCallback(() => {
    const { diff, skipInvalid } = state;
    if (!diff) return;
    update((s) => ({ ...s, stage: { kind: 'applying', done: 0, total: 0 } }));
    loadExcel()
      .then((excel) => excel.applyWorkbookImport(repositories.actions, diff, {
        lang, skipInvalid, onProgress: ({ done, total }) => update((s) => ({ ...s, stage: { kind: 'applying', done, total } }))
      }))
      .then((outcome) => {
        const library = librarySaveDecision(diff, outcome.written ? outcome.applied : undefined, lang);
        if (!outcome.written) {
          update((s) => ({ ...s, stage: { kind: 'done', summary: importSummary(diff, { created: 0, updated: 0, deleted: 0, conflicts: [], failures: [] }), refused: outcome.reason, library } }));
          return;
        }
        const summary = importSummary(diff, outcome.applied);
        update((s) => ({ ...s, stage: { kind: 'done', summary, library } }));
        onApplied?.(summary);
      }, (error: unknown) => {
        update((s) => ({ ...s, stage: { kind: 'choose', error: describeError(error, lang) } }));
      });
  }, [state, repositories, lang, onApplied, update]);

  const saveToLibrary = React.useCallback(() => {
    // Only after a complete apply: otherwise the file holds edits that a fresh export would drop.
    const complete = state.stage.kind === 'done' && state.stage.library.save;
    if (!library || state.libraryEtag === undefined || !rights?.canEditAllActions || !complete) return;
    const etag = state.libraryEtag;
    loadExcel()
      .then(async (excel) => {
        const bytes = await excel.exportRoadmapWorkbook(await repositories.actions.list(), { lang, now: now() });
        return excel.writeLibraryWorkbook(library.sp, library.path, bytes, etag);
      })
      .then((written) => update((s) => ({ ...s, libraryEtag: written.etag, savedToLibrary: true })), (error: unknown) => {
        const t = EXCEL[lang];
        const message = error instanceof Error && error.name === 'LibraryConflictError' ? format(t.libraryConflict, { path: library.path }) : describeError(error, lang);
        update((s) => ({ ...s, stage: { kind: 'choose', error: message } }));
      });
  }, [library, state.libraryEtag, state.stage, rights, repositories, lang, now, update]);

  const reset = React.useCallback(() => update(() => ({ stage: { kind: 'choose' }, deleteMissing: false, skipInvalid: false })), [update]);

  return [state, { readFile, readLibrary, setDeleteMissing, setSkipInvalid, apply, saveToLibrary, reset }];
}

/** Whether the preview has anything to save. */
export function hasWrites(diff: WorkbookDiff | undefined): boolean {
  return !!diff && (diff.created.length > 0 || diff.updated.length > 0 || diff.missing.some((m) => m.delete));
}

export type { Lang };
