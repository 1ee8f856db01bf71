import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { startEmulator } from '../server/emulator';
import { provision } from '../src/data/provision';
import { actionsRepository } from '../src/data/repository';
import { createSp } from '../src/data/sp';
import { lazyChunkGroup, type ChunkGroup } from './chunks';
import type { Figure } from './figure';
import { ensureBuild } from './ui';
import { benchAction } from './excel/actions';
import { browserExportMemory } from './excel/browser';

/**
 * The Excel round trip: exporting 2 000 actions, importing 2 000 changed rows (HTTP requests against the
 * emulator), the peak memory of each (measured in a process of its own, and of `tiekartta export` as
 * people run it), the browser export's heap in Chromium, and the size of the lazily loaded Excel chunks
 * of the roadmap web part, measured in the production build (`npm run build`'s dist/, built first when
 * missing or stale; an esbuild estimate only when the build cannot run).
 */

const ROOT = resolve(__dirname, '..');
const COUNT = 2000;
const execFileAsync = promisify(execFile);

/** `tiekartta export` in a process of its own: its peak resident memory (VmHWM at exit) in MB. */
async function cliExportPeakRss(siteUrl: string, out: string, dir: string): Promise<number> {
  const peakFile = join(dir, 'cli-peak.txt');
  await execFileAsync(process.execPath, ['--import', join(ROOT, 'tests/support/peakRssAtExit.mjs'), join(ROOT, 'bin/tiekartta.mjs'), 'export', '--site', siteUrl, '--out', out], {
    cwd: ROOT, env: { ...process.env, PEAK_RSS_FILE: peakFile }, maxBuffer: 1 << 20
  });
  return Number(await readFile(peakFile, 'utf8'));
}

async function child(args: string[]): Promise<Record<string, number>> {
  const { stdout } = await execFileAsync(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/excel/child.ts'), ...args], { cwd: ROOT, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Record<string, number>;
}

/**
 * The web part's Excel chunks in the production build: `excel` (the round trip, with ExcelJS's vendor
 * chunk: fetched on the first export or import) and `excel-ui` (the buttons and the import panel).
 */
function chunksFromBuild(): { readonly excel: ChunkGroup; readonly ui?: ChunkGroup } | undefined {
  try {
    ensureBuild();
  } catch (error) {
    console.warn(`[bench excel] ${error instanceof Error ? error.message : String(error)}; estimating the Excel chunk with esbuild`);
  }
  const dist = join(ROOT, 'dist');
  const excel = lazyChunkGroup(dist, 'excel');
  return excel ? { excel, ui: lazyChunkGroup(dist, 'excel-ui') } : undefined;
}

/**
 * Without a build: the same code bundled for the browser (ExcelJS's `browser` build), minified. PnPjs and
 * date-fns are left out (the web part's main bundle has them); the schema and catalogs are counted, so
 * this is an upper bound of webpack's chunk.
 */
async function chunkBundled(): Promise<number> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(ROOT, 'src/excel/index.ts')], bundle: true, write: false, minify: true, platform: 'browser', format: 'esm',
    target: 'es2019', mainFields: ['browser', 'module', 'main'], logLevel: 'silent', external: ['@pnp/*', 'date-fns', '@date-fns/*']
  });
  return gzipSync(Buffer.from(out.outputFiles[0].contents), { level: 9 }).length;
}

export async function run(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dt-bench-excel-'));
  const emulator = await startEmulator({ port: 0, seed: 'empty' });
  try {
    const sp = createSp({ siteUrl: emulator.siteUrl });
    await provision(sp);
    const added = await actionsRepository(sp).addMany(Array.from({ length: COUNT }, (_, i) => benchAction(i + 1)));
    if (added.failed.length) throw new Error(`seeding failed for ${added.failed.length} actions`);

    // Export (in its own process: cold includes loading ExcelJS; warm is the steady state).
    const exported = join(dir, 'tiekartta.xlsx');
    const exportRun = await child(['export', emulator.siteUrl, exported]);
    const cliPeak = await cliExportPeakRss(emulator.siteUrl, join(dir, 'cli.xlsx'), dir);
    const browser = await browserExportMemory(COUNT);

    // Change every row: progress and status, as a person editing the workbook would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const progress = headers.indexOf('Edistyminen %');
    const status = headers.indexOf('Tila');
    for (let r = 2; r <= COUNT + 1; r++) {
      const row = ws.getRow(r);
      row.getCell(progress).value = 100;
      row.getCell(status).value = 'Valmis';
    }
    const edited = join(dir, 'muokattu.xlsx');
    await wb.xlsx.writeFile(edited);

    emulator.resetCounters();
    const importRun = await child(['import', emulator.siteUrl, edited]);
    const requests = emulator.counters().total;
    if (importRun.updated !== COUNT) throw new Error(`import updated ${importRun.updated} of ${COUNT} rows (${importRun.conflicts} conflicts, ${importRun.failures} failures)`);

    const built = chunksFromBuild();
    const chunk = built ? built.excel.gzipBytes : await chunkBundled();
    const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
    const limit = COUNT / 20 + 5;
    return [
      { figure: 'excel.export.2000.wall', value: exportRun.warmMs, unit: 'ms', target: '< 2000', met: exportRun.warmMs < 2000,
        note: `read 2 000 actions from the emulator + write the workbook (${Math.round(exportRun.bytes / 1024)} KB); first run in a fresh process ${exportRun.coldMs} ms incl. loading ExcelJS` },
      { figure: 'excel.export.2000.peakRss', value: exportRun.peakRssMb, unit: 'MB', target: '<= 200', met: exportRun.peakRssMb <= 200,
        note: 'whole Node process (tsx included) reading the 2 000 actions and writing the workbook once; ExcelJS streaming writer, rows written out as they are complete (in-memory writer before: 402–422 MB)' },
      { figure: 'excel.export.2000.cli.peakRss', value: cliPeak, unit: 'MB', target: '<= 200', met: cliPeak <= 200,
        note: '`tiekartta export --out` as people run it, whole process (in-memory writer before: 285 MB)' },
      { figure: 'excel.export.2000.browser.heapGrowth', value: browser.heapGrowthMb, unit: 'MB', target: '<= 150', met: browser.heapGrowthMb <= 150,
        note: `Chromium, the web part's export (ExcelJS browser build, in-memory writer) of 2 000 actions in ${browser.ms} ms: JS heap (CDP Performance.getMetrics JSHeapUsedSize) sampled every 20 ms, peak minus before; the renderer's resident peak grew ${browser.rendererGrowthMb} MB (VmHWM, ArrayBuffers included)` },
      { figure: 'excel.import.2000.requests', value: requests, unit: 'HTTP requests', target: `<= ${limit}`, met: requests <= limit,
        note: 'read the list (paged), compare, apply 2 000 changed rows in batches (updates + read-back)' },
      { figure: 'excel.import.2000.wall', value: importRun.ms, unit: 'ms', target: 'report', met: true, note: 'read workbook + list + diff + apply, cold process' },
      { figure: 'excel.import.2000.peakRss', value: importRun.peakRssMb, unit: 'MB', target: 'report', met: true, note: 'whole Node process (tsx included)' },
      { figure: 'excel.chunk.gzip', value: kb(chunk), unit: 'KB gzip', target: '<= 300 (ExcelJS alone ~255, architecture.md)', met: chunk / 1024 <= 300,
        note: built
          ? `webpack production build, what the first export/import fetches: ${built.excel.files.join(' + ')}`
          : 'no production build: upper bound, src/excel bundled for the browser with esbuild' },
      ...(built?.ui ? [{ figure: 'excel.ui.chunk.gzip', value: kb(built.ui.gzipBytes), unit: 'KB gzip', target: 'report', met: true,
        note: `the Excel buttons and import panel with the Fluent UI chunks they share with the action panel: ${built.ui.files.join(' + ')}` }] : [])
    ];
  } finally {
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
