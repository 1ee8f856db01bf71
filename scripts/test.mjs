#!/usr/bin/env node
// `npm test`: type-check everything, then unit, integration and end-to-end tests (Chromium).
// Stops at the first failing stage so that CI shows one clear cause.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`npm test: Chromium not found at ${chromium}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const stages = [
  ['type-check', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type-check (Node side)', 'npx', ['--no-install', 'tsc', '-p', 'server/tsconfig.json', '--noEmit']],
  ['type-check (tests)', 'npx', ['--no-install', 'tsc', '-p', 'tests/tsconfig.json', '--noEmit']],
  // The SPFx runtime tests (tests/e2e/spfx-runtime*) load the production bundles from release/.
  ['production build for the SPFx runtime tests', 'node', ['bin/run-ts.mjs', 'server/spfx-host/ensure-build.ts']],
  ['unit + integration + e2e', 'npx', ['--no-install', 'jest', '--selectProjects', 'unit', 'integration', 'e2e', ...process.argv.slice(2)]]
];

for (const [name, cmd, args] of stages) {
  console.log(`\n== ${name}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
  if (result.status !== 0) {
    console.error(`\nnpm test: ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nnpm test: all stages passed');
