/**
 * The Excel round trip (src/excel with ExcelJS) as one lazily loaded chunk: the web part's first bundle
 * carries none of it; it is fetched when someone exports or imports.
 */
export type ExcelModule = typeof import('../../excel');

export function loadExcel(): Promise<ExcelModule> {
  return import(/* webpackChunkName: 'excel' */ '../../excel');
}
