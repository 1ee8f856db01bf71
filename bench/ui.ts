/**
 * Figures for the web parts (issues 3 and 16):
 * - each web part's initial JavaScript, gzipped, from the production build (`npm run build` output), and
 *   the programme site's home page with three web parts, each shared chunk counted once;
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
import { lazyChunkGroup } from './chunks';
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
/** The programme site's home page: these web parts together, each shared file counted once (issue 16). */
const HOME_PAGE = ['RoadmapWebPart', 'FollowupWebPart', 'IdeasWebPart'] as const;
const HOME_PAGE_LIMIT_KB = 200;

interface InitialFiles {
  readonly alias: string;
  /** The entry bundle and the chunks of the web part's view (`<name>-view`), loaded before its first render. */
  readonly files: readonly string[];
}

const gzipKb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
const gzipBytes = (file: string): number => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/**
 * What SharePoint loads for each web part before it renders: the entry bundle (the thin web part class)
 * and the view it imports at once, with the shared chunks webpack split off for it. Chunks loaded later
 * (forms, panels, ExcelJS, charts, the deck) are not initial.
 */
function initialFiles(): InitialFiles[] {
  ensureBuild();
  const parts: InitialFiles[] = [];
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.manifest.json'))) {
    const manifest = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as WebPartManifest;
    const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
    if (!entry?.path) continue;
    const viewName = `${entry.path.replace(/-web-part_[0-9a-f]+\.js$/, '')}-view`;
    const view = lazyChunkGroup(DIST, viewName);
    if (!view) throw new Error(`${manifest.alias}: no chunk group "${viewName}" in dist/ (the web part must import its view with that chunk name)`);
    parts.push({ alias: manifest.alias, files: [entry.path, ...view.files] });
  }
  return parts;
}

/** A web part's initial JavaScript, gzipped, and the files it counts. */
export function webPartInitialJs(alias: string): { readonly kb: number; readonly files: readonly string[] } {
  const part = initialFiles().find((p) => p.alias === alias);
  if (!part) throw new Error(`no web part ${alias} in dist/`);
  return { kb: gzipKb(part.files.reduce((sum, f) => sum + gzipBytes(f), 0)), files: part.files };
}

/** Initial JS of every web part in dist/, and of the home page with several web parts. */
export function initialBundleFigures(): Figure[] {
  const parts = initialFiles();
  const figures: Figure[] = parts.map(({ alias, files }) => {
    const kb = gzipKb(files.reduce((sum, f) => sum + gzipBytes(f), 0));
    const limit = INITIAL_JS_LIMIT_KB[alias];
    // ExcelJS (and the charts) must stay in on-demand chunks: its UMD build names itself.
    const excelJs = files.some((f) => readFileSync(join(DIST, f)).includes('ExcelJS'));
    return {
      figure: `${alias} initial JavaScript (gzipped)`,
      value: kb,
      unit: 'KB',
      target: limit ? `<= ${limit} KB, no ExcelJS` : 'n/a',
      met: limit ? kb <= limit && !excelJs : true,
      note: `${files.length} files: ${files.join(' ')}${excelJs ? '; CONTAINS ExcelJS' : '; no ExcelJS'}`
    };
  });
  const page = new Set(parts.filter((p) => (HOME_PAGE as readonly string[]).includes(p.alias)).flatMap((p) => p.files));
  const pageKb = gzipKb([...page].reduce((sum, f) => sum + gzipBytes(f), 0));
  figures.push({
    figure: `home page initial JavaScript (gzipped): ${HOME_PAGE.join(' + ')}`,
    value: pageKb,
    unit: 'KB',
    target: `<= ${HOME_PAGE_LIMIT_KB} KB`,
    met: pageKb <= HOME_PAGE_LIMIT_KB,
    note: `${page.size} files, each counted once: ${[...page].join(' ')}`
  });
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
