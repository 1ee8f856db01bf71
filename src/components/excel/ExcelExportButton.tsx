import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack } from '@fluentui/react';
import { format } from '../../core/i18n/catalog';
import { EXCEL } from '../../core/i18n/excel';
import { downloadFile, XLSX_MIME } from './download';
import { loadExcel } from './loadExcel';
import type { IExcelExportButtonProps } from './types';

type Status = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly text: string } | { readonly kind: 'failed'; readonly text: string };

/** Exports the roadmap (or one year of it) to .xlsx: a download, or a new version of a library file. */
export default function ExcelExportButton(props: IExcelExportButtonProps): JSX.Element {
  const t = EXCEL[props.lang];
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const alive = React.useRef(true);
  React.useEffect(() => () => { alive.current = false; }, []);

  const run = React.useCallback(async () => {
    setStatus({ kind: 'busy' });
    try {
      const now = props.now ? props.now() : new Date();
      const [excel, actions] = await Promise.all([
        loadExcel(),
        props.repositories.actions.list(props.year === undefined ? {} : { where: [{ key: 'roadmapYear', op: 'eq', value: props.year }] })
      ]);
      const bytes = await excel.exportRoadmapWorkbook(actions, { lang: props.lang, years: props.year === undefined ? null : [props.year], now });
      let text = t.exportDone;
      if (props.library) {
        const etag = await excel.libraryFileEtag(props.library.sp, props.library.path);
        await excel.writeLibraryWorkbook(props.library.sp, props.library.path, bytes, etag ?? null);
        text = t.savedToLibrary;
      } else {
        downloadFile(bytes, props.fileName ?? (props.year === undefined ? 'tiekartta.xlsx' : `tiekartta-${props.year}.xlsx`), XLSX_MIME);
      }
      if (alive.current) setStatus({ kind: 'done', text });
    } catch (error) {
      const conflict = error instanceof Error && error.name === 'LibraryConflictError' && props.library;
      const text = conflict && props.library ? format(t.libraryConflict, { path: props.library.path }) : `${t.exportFailed} ${error instanceof Error ? error.message : ''}`;
      if (alive.current) setStatus({ kind: 'failed', text });
    }
  }, [props, t]);

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={status.kind === 'busy' ? t.exporting : t.exportButton}
        disabled={status.kind === 'busy'} onClick={() => { run().catch(() => undefined); }} />
      <div aria-live="polite">
        {status.kind === 'done' && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setStatus({ kind: 'idle' })}>{status.text}</MessageBar>}
        {status.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setStatus({ kind: 'idle' })}>{status.text}</MessageBar>}
      </div>
    </Stack>
  );
}
