/**
 * Figures for the web parts (issue 3):
 * - each web part's initial JavaScript, gzipped, from the production build (`npm run build` output);
 * - SharePoint requests until the roadmap's first render with 1 000 actions (emulator counters);
 * - time to apply a filter over 1 000 actions in Chromium (filter change → list committed to the DOM,
 *   measured by the component's own `dt-filter` performance measure).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startDemoStack } from '../server/workbench';
import { launchChromium } from '../server/workbench/chromium';
import { newestMtime, type Figure } from './figure';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

interface WebPartManifest {
  readonly alias: string;
  readonly loaderConfig: { readonly entryModuleId: string; readonly scriptResources: Record<string, { readonly type: string; readonly path?: string }> };
}

/** Builds when dist/ is missing or older than src/ or config/, so the sizes are those of the code as it is. */
export function ensureBuild(): void {
  const manifests = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith('.manifest.json')) : [];
  const built = manifests.length ? Math.min(...manifests.map((f) => statSync(join(DIST, f)).mtimeMs)) : 0;
  if (built > Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'config')))) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (result.status !== 0) throw new Error('npm run build failed; the bundle sizes need the production build');
}

/** Targets for a web part's initial JavaScript, gzipped (issue 3: the roadmap; the steering tab aims for the same). */
const INITIAL_JS_LIMIT_KB: Readonly<Record<string, number>> = { RoadmapWebPart: 150, SteeringWebPart: 150 };

/** Initial JS of every web part in dist/: the entry bundle only (chunks loaded with import() are not initial). */
export function initialBundleFigures(): Figure[] {
  ensureBuild();
  const figures: Figure[] = [];
  // Chunks are shared between web parts and loaded with import() when a view needs them: not initial.
  const chunks = readdirSync(DIST).filter((f) => f.startsWith('chunk.') && f.endsWith('.js'));
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.manifest.json'))) {
    const manifest = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as WebPartManifest;
    const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
    if (!entry?.path) continue;
    const bytes = readFileSync(join(DIST, entry.path));
    const kb = Math.round((gzipSync(bytes).length / 1024) * 10) / 10;
    const limit = INITIAL_JS_LIMIT_KB[manifest.alias];
    // ExcelJS (and the charts) must stay in on-demand chunks: its UMD build names itself.
    const excelJs = bytes.includes('ExcelJS');
    figures.push({
      figure: `${manifest.alias} initial JavaScript (gzipped)`,
      value: kb,
      unit: 'KB',
      target: limit ? `<= ${limit} KB, no ExcelJS` : 'n/a',
      met: limit ? kb <= limit && !excelJs : true,
      note: `${entry.path}: ${(statSync(join(DIST, entry.path)).size / 1024).toFixed(0)} KB minified${excelJs ? ', CONTAINS ExcelJS' : ', no ExcelJS'}; ${chunks.length} on-demand chunks in dist/ not counted`
    });
  }
  return figures;
}

async function filterTimeMs(page: Page): Promise<number> {
  // Typical filter changes over the full set, each measured from the change to the committed render.
  const samples: number[] = [];
  const search = page.getByTestId('filter-search');
  for (const text of ['sähköisen', 'kirjastoissa', 'uudistus', '']) {
    await page.evaluate(() => performance.clearMeasures('dt-filter'));
    await search.fill(text);
    await page.waitForFunction(() => performance.getEntriesByName('dt-filter').length > 0);
    samples.push(await page.evaluate(() => performance.getEntriesByName('dt-filter')[0].duration));
  }
  for (const label of ['2025', '2026']) {
    await page.getByTestId('filter-years').getByRole('button').click();
    await page.evaluate(() => performance.clearMeasures('dt-filter'));
    await page.getByTestId('filter-years').getByLabel(label, { exact: true }).check();
    await page.waitForFunction(() => performance.getEntriesByName('dt-filter').length > 0);
    samples.push(await page.evaluate(() => performance.getEntriesByName('dt-filter')[0].duration));
    await page.keyboard.press('Escape');
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)] * 10) / 10;
}

export async function run(): Promise<Figure[]> {
  const figures = initialBundleFigures();
  const stack = await startDemoStack({ seed: { largeActions: 1000 } });
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    stack.site.emulator.resetCounters();
    await page.goto(`${stack.workbench.url}/?user=reader&lang=fi`);
    await page.waitForFunction(() => performance.getEntriesByName('dt-first-render').length > 0, undefined, { timeout: 60_000 });
    const shown = await page.getByTestId('result-count').textContent();
    const requests = stack.site.emulator.counters().total;
    figures.push({
      figure: 'SharePoint requests to first render of 1 000 actions',
      value: requests,
      unit: 'requests',
      target: '<= 3',
      met: requests <= 3,
      note: `${shown ?? ''}; actions page read + rights $batch`
    });
    const filterMs = await filterTimeMs(page);
    figures.push({ figure: 'apply a filter over 1 000 actions in Chromium (median)', value: filterMs, unit: 'ms', target: '< 100 ms', met: filterMs < 100 });
  } finally {
    await chromium.close();
    await stack.stop();
  }
  return figures;
}
