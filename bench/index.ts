/**
 * `npm run bench`: runs every bench/<area>.ts that exports `run(): Promise<Figure[]>` and prints one JSON
 * line per figure. Figures live here, not in timed tests, so a slow CI machine never fails the build.
 * `npm run bench -- data excel` runs only those areas.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench, Figure } from './figure';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const areas = readdirSync(__dirname)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'figure.ts'].includes(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((area) => only.length === 0 || only.includes(area))
    .sort();
  let failures = 0;
  for (const area of areas) {
    const mod = (await import(join(__dirname, `${area}.ts`))) as { run?: Bench };
    if (!mod.run) continue;
    let figures: Figure[];
    try {
      figures = await mod.run();
    } catch (error) {
      failures++;
      process.stdout.write(`${JSON.stringify({ area, error: error instanceof Error ? error.message : String(error) })}\n`);
      continue;
    }
    for (const f of figures) process.stdout.write(`${JSON.stringify({ area, ...f })}\n`);
  }
  process.exitCode = failures ? 1 : 0;
}

void main();
