import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, type IContextualMenuProps } from '@fluentui/react';
import { format, type Lang } from '../../core/i18n/catalog';
import { EXCEL } from '../../core/i18n/excel';
import type { RoadmapAction } from '../../core/schema';
import { describeError } from '../shell/errors';
import { downloadFile, XLSX_MIME } from './download';
import { loadExcel, type ExcelModule } from './loadExcel';
import { diffWorkbookAgainstList } from '../../core/excel/diff';
import { fileSizeProblem } from '../../core/excel/read';
import { pendingWorkbookEdits } from '../../core/excel/report';
import type { LibraryFileTooLargeError } from '../../excel/library';
import type { IExcelCommandResult, IExcelExportButtonProps } from './types';

type Status = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly result: IExcelCommandResult };
type Target = 'download' | 'library';

/** `tiekartta.xlsx`, `tiekartta-2025.xlsx`, `tiekartta-2025-2026.xlsx`. */
function defaultFileName(years: readonly number[]): string {
  return years.length ? `tiekartta-${[...years].sort((a, b) => a - b).join('-')}.xlsx` : 'tiekartta.xlsx';
}

/** Rows of the library workbook whose edits are not in the list yet (0 when it cannot be read as a roadmap). */
async function pendingEdits(excel: ExcelModule, content: Uint8Array, actions: readonly RoadmapAction[], lang: Lang, now: Date): Promise<number> {
  const rows = await excel.readWorkbookRows(content, { lang });
  return rows.ok ? pendingWorkbookEdits(diffWorkbookAgainstList(rows.rows, actions, { lang }, now)) : 0;
}

/**
 * Exports the roadmap (or the chosen years of it) to .xlsx: a download, or a new version of the
 * workbook in the site's library (offered in a menu when `library` is given).
 */
export default function ExcelExportButton(props: IExcelExportButtonProps): JSX.Element {
  const { repositories, lang, library, onResult } = props;
  const t = EXCEL[lang];
  const years = React.useMemo(() => props.years ?? [], [props.years]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const alive = React.useRef(true);
  React.useEffect(() => () => { alive.current = false; }, []);

  const finish = React.useCallback((result: IExcelCommandResult) => {
    if (onResult) {
      onResult(result);
      if (alive.current) setStatus({ kind: 'idle' });
    } else if (alive.current) {
      setStatus({ kind: 'done', result });
    }
  }, [onResult]);

  const run = React.useCallback(async (target: Target) => {
    setStatus({ kind: 'busy' });
    try {
      const now = props.now ? props.now() : new Date();
      // One year is a filtered read; several are read whole and picked here (the list has a few hundred actions).
      const read = years.length === 1 ? repositories.actions.list({ where: [{ key: 'roadmapYear', op: 'eq', value: years[0] }] }) : repositories.actions.list();
      const [excel, all] = await Promise.all([loadExcel(), read]);
      const actions: RoadmapAction[] = years.length > 1 ? all.filter((a) => years.indexOf(a.roadmapYear) >= 0) : all;
      const bytes = await excel.exportRoadmapWorkbook(actions, { lang, years: years.length ? years : null, now });
      if (target === 'library' && library) {
        // The version replaced is the one checked: edits in it that were never imported are not dropped.
        const current = await excel.readLibraryWorkbook(library.sp, library.path).catch((error: unknown) => {
          if (error instanceof Error && error.name === 'LibraryFileNotFoundError') return undefined;
          throw error;
        });
        // Every action counts here (a one-year export read only its year).
        const everything = years.length === 1 ? await repositories.actions.list() : all;
        const pending = current ? await pendingEdits(excel, current.content, everything, lang, now) : 0;
        if (pending > 0) {
          finish({ kind: 'error', text: format(t.pendingChanges, { path: library.path, count: pending }) });
          return;
        }
        await excel.writeLibraryWorkbook(library.sp, library.path, bytes, current?.etag ?? null);
        finish({ kind: 'success', text: t.savedToLibrary });
      } else {
        downloadFile(bytes, props.fileName ?? defaultFileName(years), XLSX_MIME);
        finish({ kind: 'success', text: t.exportDone });
      }
    } catch (error) {
      const conflict = error instanceof Error && error.name === 'LibraryConflictError' && library;
      const tooLarge = error instanceof Error && error.name === 'LibraryFileTooLargeError' && library
        ? fileSizeProblem(library.path, (error as LibraryFileTooLargeError).bytes, lang, (error as LibraryFileTooLargeError).maxBytes) : undefined;
      const text = conflict && library ? format(t.libraryConflict, { path: library.path }) : tooLarge ?? `${t.exportFailed} ${describeError(error, lang)}`;
      finish({ kind: 'error', text });
    }
  }, [props.now, props.fileName, years, repositories, lang, library, finish, t]);

  const start = React.useCallback((target: Target) => { run(target).catch(() => undefined); }, [run]);
  const busy = status.kind === 'busy';
  const menuProps: IContextualMenuProps | undefined = library
    ? {
      ariaLabel: t.exportMenu,
      items: [
        { key: 'download', text: t.exportDownload, iconProps: { iconName: 'Download' }, onClick: () => start('download'), 'data-testid': 'excel-export-download' },
        { key: 'library', text: format(t.exportToLibrary, { path: library.path }), iconProps: { iconName: 'SharepointLogo' }, onClick: () => start('library'), 'data-testid': 'excel-export-library' }
      ]
    }
    : undefined;

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={busy ? t.exporting : t.exportButton} disabled={busy}
        title={years.length ? format(t.exportScopeYears, { years: [...years].sort((a, b) => a - b).join(', ') }) : t.exportScopeAll}
        menuProps={menuProps} onClick={menuProps ? undefined : () => start('download')} data-testid={props.testId} />
      {!onResult && (
        <div aria-live="polite">
          {status.kind === 'done' && (
            <MessageBar messageBarType={status.result.kind === 'success' ? MessageBarType.success : MessageBarType.error} onDismiss={() => setStatus({ kind: 'idle' })}>
              {status.result.text}
            </MessageBar>
          )}
        </div>
      )}
    </Stack>
  );
}
