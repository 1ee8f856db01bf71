import * as React from 'react';
import { Checkbox, DefaultButton, getId, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, ProgressIndicator, Spinner, Stack } from '@fluentui/react';
import { format } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { EXCEL } from '../../core/i18n/excel';
import { WHOLE_FILE_ROW } from '../../core/excel/rights';
import type { WorkbookDiff } from '../../core/excel/diff';
import type { WorkbookWarning } from '../../core/excel/read';
import type { ImportSummary } from '../../core/excel/report';
import type { IExcelImportPanelProps } from './types';
import { hasWrites, useExcelImport } from './useExcelImport';

type Texts = (typeof EXCEL)['fi'];

const tableStyle: React.CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 13, marginBottom: 12 };
const cellStyle: React.CSSProperties = { borderBottom: '1px solid #edebe9', padding: '4px 6px', textAlign: 'left', verticalAlign: 'top' };

function Table(props: { caption: string; headers: readonly string[]; rows: readonly (readonly React.ReactNode[])[]; testId?: string }): JSX.Element | null {
  if (props.rows.length === 0) return null;
  return (
    <table style={tableStyle} data-testid={props.testId}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0 4px' }}>{`${props.caption} (${props.rows.length})`}</caption>
      <thead>
        <tr>{props.headers.map((h) => <th key={h} scope="col" style={cellStyle}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {props.rows.map((cells, i) => (
          <tr key={i}>{cells.map((c, j) => <td key={j} style={cellStyle}>{c}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

function summaryLine(t: Texts, s: ImportSummary, applied: boolean): string {
  return format(applied ? t.summaryApplied : t.summary, {
    created: s.created, updated: s.updated, unchanged: s.unchanged, deleted: s.deleted, conflicts: s.conflicts.length, errors: s.errors.length
  });
}

/** The Excel row, or a dash for the file as a whole (an action missing from it). */
function rowText(t: Texts, row: number | undefined): string | number {
  return row === undefined || row === WHOLE_FILE_ROW ? t.rowWholeFile : row;
}

/** Notes, with the cell's value: text left out of a cell is shown here, never dropped silently. */
function Warnings(props: { t: Texts; warnings: readonly WorkbookWarning[] }): JSX.Element | null {
  const { t } = props;
  return (
    <Table caption={t.sectionWarnings} headers={[t.colRow, t.colColumn, t.colValue, t.colMessage]} testId="excel-import-warnings"
      rows={props.warnings.map((w) => [w.row ?? '', w.column ?? '', w.value ?? '', w.message])} />
  );
}

function Preview(props: { t: Texts; diff: WorkbookDiff }): JSX.Element {
  const { t, diff } = props;
  return (
    <div data-testid="excel-import-preview">
      <Table caption={t.sectionErrors} headers={[t.colRow, t.colColumn, t.colValue, t.colMessage]} testId="excel-import-errors"
        rows={diff.errors.map((e) => [rowText(t, e.row), e.column, e.value, e.message])} />
      <Table caption={t.sectionConflicts} headers={[t.colRow, t.colCode, t.colAction, t.colColumn, t.colFile, t.colSharePoint]}
        rows={diff.conflicts.flatMap((c) => (c.fields.length ? c.fields : [{ column: '', file: '', sharepoint: c.message }]).map((f) => [rowText(t, c.row), c.code ?? '', c.title, f.column, f.file, f.sharepoint]))} />
      <Table caption={t.sectionCreated} headers={[t.colRow, t.colCode, t.colAction]}
        rows={diff.created.map((c) => [c.row, c.fields.code ?? '', c.fields.title])} />
      <Table caption={t.sectionUpdated} headers={[t.colRow, t.colCode, t.colAction, t.colChange]} testId="excel-import-updated"
        rows={diff.updated.map((u) => [u.row, u.code ?? '', u.title,
          <ul key="c" style={{ margin: 0, paddingLeft: 16 }}>{u.changes.map((c) => <li key={c.key} data-testid="excel-import-change">{`${c.column}: ${format(t.changeArrow, { from: c.fromText || '–', to: c.toText || '–' })}`}</li>)}</ul>])} />
      <Table caption={t.sectionMissing} headers={[t.colCode, t.colAction]}
        rows={diff.missing.map((m) => [m.code ?? '', m.title])} />
      <Warnings t={t} warnings={diff.warnings} />
    </div>
  );
}

/** Upload → preview → apply with progress; the workbook is read and compared in the browser. */
export default function ExcelImportPanel(props: IExcelImportPanelProps): JSX.Element {
  const t = EXCEL[props.lang];
  const [state, actions] = useExcelImport(props);
  const { stage, diff } = state;
  const inputId = React.useMemo(() => getId('excel-import-file'), []);
  // Deleting actions and writing the programme's workbook are the steering group's (see core/excel/rights.ts).
  const steering = props.rights?.canEditAllActions === true;

  const footer = (): JSX.Element => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      {stage.kind === 'preview' && (
        <PrimaryButton text={t.apply} onClick={actions.apply} disabled={!hasWrites(diff) || (!!diff?.errors.length && !state.skipInvalid)} data-testid="excel-import-apply" />
      )}
      {stage.kind === 'done' && stage.library.save && steering && props.library && state.libraryEtag !== undefined && !state.savedToLibrary && (
        <PrimaryButton text={t.saveToLibrary} onClick={actions.saveToLibrary} data-testid="excel-import-save-library" />
      )}
      <DefaultButton text={stage.kind === 'done' ? EXCEL[props.lang].importButton : t.chooseFile} onClick={actions.reset} disabled={stage.kind === 'applying' || stage.kind === 'reading'} />
    </Stack>
  );

  return (
    <Panel isOpen={props.isOpen} onDismiss={props.onDismiss} type={PanelType.large} headerText={t.importTitle}
      isFooterAtBottom onRenderFooterContent={footer} closeButtonAriaLabel={COMMON[props.lang].close}
      isBlocking={stage.kind === 'applying'} data-testid="excel-import-panel">
      <div aria-live="polite">
        {stage.kind === 'choose' && (
          <Stack tokens={{ childrenGap: 12 }}>
            <p>{t.importIntro}</p>
            {stage.error && <MessageBar messageBarType={MessageBarType.error}>{stage.error}</MessageBar>}
            <label htmlFor={inputId}>{t.chooseFile}</label>
            <input id={inputId} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="excel-import-file"
              onChange={(e) => { const f = e.target.files?.[0]; if (f) actions.readFile(f); e.target.value = ''; }} />
            {props.library && (
              <>
                <span>{t.orLibrary}</span>
                <DefaultButton text={format(t.readFromLibrary, { path: props.library.path })} iconProps={{ iconName: 'ExcelDocument' }} onClick={actions.readLibrary}
                  data-testid="excel-import-library" styles={{ root: { alignSelf: 'flex-start' } }} />
              </>
            )}
          </Stack>
        )}
        {stage.kind === 'reading' && <Spinner label={t.reading} />}
        {stage.kind === 'preview' && diff && (
          <Stack tokens={{ childrenGap: 8 }}>
            <MessageBar messageBarType={diff.errors.length || diff.conflicts.length ? MessageBarType.warning : MessageBarType.info} data-testid="excel-import-summary">
              {`${state.fileName ?? ''}: ${summaryLine(t, { created: diff.created.length, updated: diff.updated.length, unchanged: diff.unchanged.length, deleted: diff.missing.filter((m) => m.delete).length, conflicts: diff.conflicts, errors: diff.errors, warnings: diff.warnings }, false)}`}
            </MessageBar>
            {!hasWrites(diff) && <MessageBar>{t.nothingToApply}</MessageBar>}
            {steering && <Checkbox label={t.deleteMissing} checked={state.deleteMissing} onChange={(_e, on) => actions.setDeleteMissing(on === true)} />}
            {diff.errors.length > 0 && <Checkbox label={t.skipInvalid} checked={state.skipInvalid} onChange={(_e, on) => actions.setSkipInvalid(on === true)} />}
            <Preview t={t} diff={diff} />
          </Stack>
        )}
        {stage.kind === 'applying' && (
          <div data-testid="excel-import-progress">
            <ProgressIndicator label={format(t.applying, { done: stage.done, total: stage.total })} ariaLabel={t.progressLabel}
              percentComplete={stage.total > 0 ? stage.done / stage.total : undefined} />
          </div>
        )}
        {stage.kind === 'done' && (
          <Stack tokens={{ childrenGap: 8 }} data-testid="excel-import-done">
            {stage.refused
              ? <MessageBar messageBarType={MessageBarType.error}>{stage.refused}</MessageBar>
              : <MessageBar messageBarType={stage.summary.conflicts.length || stage.summary.errors.length ? MessageBarType.warning : MessageBarType.success}>{summaryLine(t, stage.summary, true)}</MessageBar>}
            {state.savedToLibrary && <MessageBar messageBarType={MessageBarType.success}>{t.savedToLibrary}</MessageBar>}
            {!stage.library.save && steering && props.library && state.libraryEtag !== undefined && (
              <MessageBar messageBarType={MessageBarType.warning} data-testid="excel-import-library-kept">{stage.library.message}</MessageBar>
            )}
            <Table caption={t.sectionConflicts} headers={[t.colRow, t.colCode, t.colAction, t.colMessage]}
              rows={stage.summary.conflicts.map((c) => [rowText(t, c.row), c.code ?? '', c.title, c.message])} />
            <Table caption={t.sectionErrors} headers={[t.colRow, t.colColumn, t.colValue, t.colMessage]}
              rows={stage.summary.errors.map((e) => [rowText(t, e.row), e.column, e.value, e.message])} />
            <Warnings t={t} warnings={stage.summary.warnings} />
          </Stack>
        )}
      </div>
    </Panel>
  );
}
