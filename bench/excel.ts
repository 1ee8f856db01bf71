import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { startEmulator } from '../server/emulator';
import type { RoadmapActionFields } from '../src/core/schema';
import { provision } from '../src/data/provision';
import { actionsRepository } from '../src/data/repository';
import { createSp } from '../src/data/sp';
import type { Figure } from './figure';

/**
 * The Excel round trip: exporting 2 000 actions, importing 2 000 changed rows (HTTP requests against the
 * emulator), the peak memory of each (measured in a process of its own), and the size of the lazily
 * loaded Excel chunk of the web part (from `npm run build`'s dist/, or bundled here when absent).
 */

const ROOT = resolve(__dirname, '..');
const COUNT = 2000;
const execFileAsync = promisify(execFile);

function action(n: number): RoadmapActionFields {
  return {
    title: `Toimenpide ${n}`, code: `DT25-${String(n).padStart(4, '0')}`, description: 'Kuvaus toimenpiteestä, sen tavoitteista ja vaiheista. '.repeat(3),
    roadmapYear: 2025, goal: 'A', level: 'shared', statutory: n % 3 === 0, longTermBenefit: 'renewal', beneficiaries: ['residents', 'staff'],
    costClass: 'M', impactClass: 'M', developmentModel: 'network', needSource: 'strategy', responsibleDirector: 'hallinto', owner: null,
    status: 'in-progress', trafficLight: 'green', progress: n % 100, start: '2025-Q1', end: '2025-12-31', oneTimeCost: 1000 + n, annualCost: 500,
    actualCost: null, funding: 'own-budget', impacts: 'Vaikutukset', effectIndicator: null, approvedOn: '2024-11-08', lastReportOn: null,
    decisionNeeded: false, approvalState: null, boardDecisionRef: null, carriedFrom: null, fromIdea: null
  };
}

async function child(args: string[]): Promise<Record<string, number>> {
  const { stdout } = await execFileAsync(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/excel/child.ts'), ...args], { cwd: ROOT, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Record<string, number>;
}

/** Gzipped bytes of the web part's Excel chunks in dist/ (the round trip and the ExcelJS vendor chunk). */
function chunkFromBuild(): { readonly bytes: number; readonly files: string[] } | undefined {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) return undefined;
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const excel = files.filter((f) => /^chunk\.excel_/.test(f) || (/^chunk\./.test(f) && readFileSync(join(dist, f), 'utf8').includes('ExcelJS')));
  if (!excel.some((f) => /^chunk\.excel_/.test(f))) return undefined;
  return { bytes: excel.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0), files: excel };
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
    const added = await actionsRepository(sp).addMany(Array.from({ length: COUNT }, (_, i) => action(i + 1)));
    if (added.failed.length) throw new Error(`seeding failed for ${added.failed.length} actions`);

    // Export (in its own process: cold includes loading ExcelJS; warm is the steady state).
    const exported = join(dir, 'tiekartta.xlsx');
    const exportRun = await child(['export', emulator.siteUrl, exported]);

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

    const built = chunkFromBuild();
    const chunk = built ? built.bytes : await chunkBundled();
    const limit = COUNT / 20 + 5;
    return [
      { figure: 'excel.export.2000.wall', value: exportRun.warmMs, unit: 'ms', target: '< 2000', met: exportRun.warmMs < 2000,
        note: `read 2 000 actions from the emulator + write the workbook (${Math.round(exportRun.bytes / 1024)} KB); first run in a fresh process ${exportRun.coldMs} ms incl. loading ExcelJS` },
      { figure: 'excel.export.2000.peakRss', value: exportRun.peakRssMb, unit: 'MB', target: 'report', met: true, note: 'whole Node process (tsx included)' },
      { figure: 'excel.import.2000.requests', value: requests, unit: 'HTTP requests', target: `<= ${limit}`, met: requests <= limit,
        note: 'read the list (paged), compare, apply 2 000 changed rows in batches (updates + read-back)' },
      { figure: 'excel.import.2000.wall', value: importRun.ms, unit: 'ms', target: 'report', met: true, note: 'read workbook + list + diff + apply, cold process' },
      { figure: 'excel.import.2000.peakRss', value: importRun.peakRssMb, unit: 'MB', target: 'report', met: true, note: 'whole Node process (tsx included)' },
      { figure: 'excel.chunk.gzip', value: Math.round(chunk / 1024), unit: 'KB gzip', target: '<= 300 (ExcelJS alone ~255, architecture.md)', met: chunk / 1024 <= 300,
        note: built ? `from dist/: ${built.files.join(', ')}` : 'dist/ has no excel chunk (components not mounted in the web part yet): upper bound, src/excel bundled for the browser with esbuild' }
    ];
  } finally {
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
