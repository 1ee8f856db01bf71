import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles the workbench's browser entry with esbuild from the same src/components the web part uses.
 * Built once per process, in memory (about a second), and shared by every workbench started.
 */
export interface WorkbenchBundle {
  readonly js: Uint8Array;
  readonly map: Uint8Array;
}

// Node-side TypeScript runs as CommonJS here (tsx for the CLI, SWC for Jest), so __dirname is defined.
export const CLIENT_ENTRY = join(__dirname, 'client', 'main.tsx');

let cached: Promise<WorkbenchBundle> | undefined;

export function workbenchBundle(): Promise<WorkbenchBundle> {
  cached ??= build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outdir: 'out',
    sourcemap: 'external',
    minify: true,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent'
  }).then((result) => {
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
    const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
    if (!js || !map) throw new Error('esbuild produced no workbench bundle');
    return { js: js.contents, map: map.contents };
  });
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
