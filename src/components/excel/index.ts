import * as React from 'react';

/**
 * The Excel round trip in the web part, loaded on demand: mount these inside a `React.Suspense`.
 *
 *   <React.Suspense fallback={null}>
 *     <ExcelExportButton repositories={repos} lang={lang} year={2025} />
 *     <ExcelImportPanel repositories={repos} lang={lang} isOpen={open} onDismiss={close} onApplied={reload} />
 *   </React.Suspense>
 *
 * The components are one small chunk (`excel-ui`); ExcelJS and the round trip another (`excel`), fetched
 * when someone exports or picks a file.
 */
export const ExcelExportButton = React.lazy(() => import(/* webpackChunkName: 'excel-ui' */ './ExcelExportButton'));
export const ExcelImportPanel = React.lazy(() => import(/* webpackChunkName: 'excel-ui' */ './ExcelImportPanel'));
export type { IExcelCommandResult, IExcelExportButtonProps, IExcelImportPanelProps, IExcelRepositories, IExcelLibraryFile } from './types';
export { DEFAULT_WORKBOOK_PATH } from './types';
