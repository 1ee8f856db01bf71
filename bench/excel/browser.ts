import { resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../../server/workbench/chromium';
import { rendererPeakGrowth, resetRendererPeaks } from '../../tests/support/chromiumMemory';

/**
 * The browser's export in Chromium: the round trip bundled as webpack bundles it for the web part
 * (ExcelJS's browser build, its in-memory writer), 2 000 actions exported in a page. The JS heap is read
 * through the DevTools protocol (`Performance.getMetrics`, JSHeapUsedSize) every 20 ms while the export
 * runs; the renderer's peak resident memory (Linux VmHWM, reset just before) catches what sampling misses,
 * ArrayBuffers included.
 */

const ROOT = resolve(__dirname, '../..');

const ENTRY = `
import { exportRoadmapWorkbook } from './src/excel';
import { benchAction } from './bench/excel/actions';
const w = window as unknown as Record<string, unknown>;
w.makeActions = (count: number) => {
  w.actions = Array.from({ length: count }, (_, i) => ({ ...benchAction(i + 1), id: i + 1, etag: '"1"' }));
};
w.exportActions = async () => {
  const bytes = await exportRoadmapWorkbook(w.actions as Parameters<typeof exportRoadmapWorkbook>[0], { lang: 'fi', now: new Date('2025-03-14T10:00:00Z') });
  return bytes.length;
};
`;

export interface BrowserExport {
  readonly heapGrowthMb: number;
  readonly rendererGrowthMb: number;
  readonly bytes: number;
  readonly ms: number;
}

export async function browserExportMemory(count: number): Promise<BrowserExport> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2019', minify: true,
    mainFields: ['browser', 'module', 'main'], logLevel: 'silent'
  });
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    await page.evaluate((n) => (window as unknown as { makeActions(n: number): void }).makeActions(n), count);
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapUsed = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    await cdp.send('HeapProfiler.collectGarbage');
    const baseline = await heapUsed();
    const renderers = resetRendererPeaks(chromium.profile);
    let peak = baseline;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapUsed());
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = Date.now();
    const bytes = await page.evaluate(() => (window as unknown as { exportActions(): Promise<number> }).exportActions());
    const ms = Date.now() - started;
    peak = Math.max(peak, await heapUsed());
    sampling = false;
    await sampler;
    const mb = (b: number): number => Math.round((b / 1048576) * 10) / 10;
    return { heapGrowthMb: mb(peak - baseline), rendererGrowthMb: rendererPeakGrowth(chromium.profile, renderers), bytes, ms };
  } finally {
    await chromium.close();
  }
}
