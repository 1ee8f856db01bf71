import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import type { ExtraRoute } from '../../../server/emulator/http/server';
import type { CommandContext } from '../../../server/cli/command';
import { main } from '../../../server/cli/main';
import { startTestSite, type TestSite } from '../../integration/data/emulator';

const ROOT = join(__dirname, '../../..');

/**
 * Bundles the dashboard page (charts and deck split off as in the web part) and serves it from the
 * emulator under /e2e/, so the page and the SharePoint API share an origin.
 */
export async function followupPageRoute(): Promise<ExtraRoute> {
  const result = await build({
    entryPoints: { app: join(__dirname, 'app.tsx') },
    bundle: true, splitting: true, format: 'esm', write: false, outdir: '/e2e', minify: false, sourcemap: false,
    platform: 'browser', target: 'es2020', conditions: ['browser', 'import'], mainFields: ['browser', 'module', 'main'],
    jsx: 'transform', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
    alias: { 'node:fs': join(ROOT, 'bench/empty-module.js'), 'node:https': join(ROOT, 'bench/empty-module.js') }
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*\/e2e\//, ''), f.contents]));
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>…</title></head><body><div id="root"></div><script type="module" src="app.js"></script></body></html>';
  return {
    prefix: '/e2e/',
    kind: 'e2e',
    handle: (req) => {
      const name = req.url.pathname.replace(/^\/e2e\//, '') || 'index.html';
      if (name === 'index.html') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
      const js = files.get(name);
      return js ? { status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: Buffer.from(js) } : { status: 404, body: 'not found' };
    }
  };
}

/** The emulator provisioned and seeded with the sample as of `now` through the CLI, the page, and Chromium. */
export async function startFollowupWorld(now: Date): Promise<{ readonly site: TestSite; readonly browser: Browser }> {
  const site = await startTestSite();
  const ctx: CommandContext = { lang: 'en', json: true, out: () => undefined, err: () => undefined, env: {}, now: () => now };
  if (await main(['provision', '--site', site.emulator.siteUrl, '--json'], ctx) !== 0) throw new Error('provision failed');
  if (await main(['seed', '--site', site.emulator.siteUrl, '--json'], ctx) !== 0) throw new Error('seed failed');
  site.emulator.addRoute(await followupPageRoute());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  return { site, browser };
}
