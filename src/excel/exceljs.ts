import type * as ExcelJS from 'exceljs';

/** The ExcelJS module, as the bundler or Node hands it over. */
export type ExcelJs = typeof ExcelJS;

let loading: Promise<ExcelJs> | undefined;

/**
 * Loads ExcelJS on first use. In the web part this is a separate chunk (`excel`, about 250 KB gzipped)
 * fetched only when someone imports or exports; webpack picks ExcelJS's self-contained browser build
 * (`dist/exceljs.min.js`, its package.json `browser` field), so no Node polyfills are needed.
 */
export function loadExcelJs(): Promise<ExcelJs> {
  if (!loading) {
    loading = import(/* webpackChunkName: 'excel' */ 'exceljs').then((mod) => {
      // A CommonJS/UMD module arrives as the namespace's default export under webpack and Node's ESM.
      const m = mod as ExcelJs & { default?: ExcelJs };
      return m.default && typeof m.default.Workbook === 'function' ? m.default : m;
    });
    loading.catch(() => {
      loading = undefined; // a failed chunk load can be retried
    });
  }
  return loading;
}
