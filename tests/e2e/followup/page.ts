import { join } from 'node:path';
import { build } from 'esbuild';
import type { ExtraRoute } from '../../../server/emulator/http/server';

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
