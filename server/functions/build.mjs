#!/usr/bin/env node
// Bundles the function app (server/functions/src/index.ts and what it imports from src/ and server/)
// into server/functions/dist/index.js. @azure/functions and @azure/identity stay external: they are the
// app's dependencies (package.json here), installed by `npm install --omit=dev` in the deployment package.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: join(here, 'dist/index.js'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['@azure/functions', '@azure/identity'],
  logLevel: 'info'
});
