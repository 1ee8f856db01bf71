import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * ExcelJS's browser build (what webpack picks for the web part: the package's `browser` field,
 * `dist/exceljs.min.js`) running our round trip in Chromium: export a workbook, read it back, find no
 * change; edit a cell in the browser; find exactly that change. No Node polyfills involved.
 */
jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '../..');

const ENTRY = `
import { exportRoadmapWorkbook, readWorkbookRows, loadExcelJs } from './src/excel';
import { diffWorkbookAgainstList } from './src/core/excel/diff';
(window as unknown as Record<string, unknown>).excelRoundTrip = async (items: Parameters<typeof diffWorkbookAgainstList>[1]) => {
  const now = new Date('2025-03-14T10:00:00Z');
  const bytes = await exportRoadmapWorkbook(items, { lang: 'sv', now });
  const first = await readWorkbookRows(bytes, { lang: 'sv' });
  if (!first.ok) return { error: first.message };
  const same = diffWorkbookAgainstList(first.rows, items, { lang: 'sv' }, now);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  ws.getRow(2).getCell(headers.indexOf('Status')).value = 'slutförd';
  ws.getRow(2).getCell(headers.indexOf('Framsteg %')).value = 1;
  ws.getRow(2).getCell(headers.indexOf('Framsteg %')).numFmt = '0%';
  const edited = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const second = await readWorkbookRows(edited, { lang: 'sv' });
  if (!second.ok) return { error: second.message };
  const changed = diffWorkbookAgainstList(second.rows, items, { lang: 'sv' }, now);
  const validations = (ws as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;
  return {
    hidden: [headers.length - 2, headers.length - 1].map((c) => ws.getColumn(c).hidden),
    validations: Object.values(validations).filter(Boolean).map((v) => v.type).sort(),
    states: wb.worksheets.map((w) => w.state),
    size: bytes.length, sheets: wb.worksheets.map((w) => w.name), unchanged: same.unchanged.length,
    sameUpdated: same.updated.length, updated: changed.updated.map((u) => u.patch), errors: [...first.rows.errors, ...second.rows.errors]
  };
};
`;

describe('ExcelJS in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  afterAll(async () => browser?.close());

  it('exports and imports a workbook with the browser build of ExcelJS', async () => {
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
      bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2019',
      mainFields: ['browser', 'module', 'main'], logLevel: 'silent'
    });
    const code = bundle.outputFiles[0].text;
    expect(code).toContain('exceljs'); // the UMD browser build, not the Node sources
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: code });
    const items = [1, 2].map((id) => ({
      id, etag: '"1"', title: `Åtgärd ${id}`, code: `DT25-0${id}`, description: '=inte en formel', roadmapYear: 2025, goal: 'A', level: 'shared',
      statutory: true, longTermBenefit: null, beneficiaries: ['residents'], costClass: 'S', impactClass: null, developmentModel: null, needSource: 'law',
      responsibleDirector: 'hallinto', owner: { email: 'anna@porvoo.fi' }, status: 'planned', trafficLight: null, progress: 0, start: '2025-Q2',
      end: '2025-12-31', oneTimeCost: 2800, annualCost: null, actualCost: null, funding: null, impacts: null, effectIndicator: null, approvedOn: '2024-01-22',
      lastReportOn: null, decisionNeeded: false, approvalState: null, boardDecisionRef: null, carriedFrom: null, fromIdea: null
    }));
    const result = await page.evaluate(async (list) => (window as unknown as { excelRoundTrip(i: unknown[]): Promise<unknown> }).excelRoundTrip(list), items);
    expect(problems).toEqual([]);
    expect(result).toMatchObject({ sheets: ['Vägkarta', 'Instruktioner', 'Val', '_tiekartta'], unchanged: 2, sameUpdated: 0, updated: [{ status: 'completed', progress: 100 }], errors: [] });
    // The in-memory writer of the browser build keeps what the Node streaming writer writes: the hidden id
    // and version columns, the hidden and very hidden sheets, the drop-downs and number ranges.
    expect(result).toMatchObject({ hidden: [true, true], states: ['visible', 'visible', 'hidden', 'veryHidden'] });
    expect(new Set((result as { validations: string[] }).validations)).toEqual(new Set(['decimal', 'list', 'whole']));
  });
});
