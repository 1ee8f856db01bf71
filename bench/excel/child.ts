/**
 * One side of the Excel benchmark in a process of its own, so that its peak memory is its own (the
 * emulator runs in the parent). Prints one JSON object.
 *   export SITE OUT.xlsx   → reads the actions and writes the workbook twice (cold, then warm); the peak
 *                            memory is taken after the first
 *   import SITE FILE.xlsx  → reads the workbook, compares with the list and applies the changes
 */
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { diffWorkbookAgainstList } from '../../src/core/excel/diff';
import { actionsRepository } from '../../src/data/repository';
import { createSp } from '../../src/data/sp';
import { applyWorkbookImport, exportRoadmapWorkbook, readWorkbookRows } from '../../src/excel/roundtrip';
import { peakRssMb } from '../../tests/support/peakRss';

const NOW = new Date('2025-03-14T10:00:00Z');

async function main(): Promise<void> {
  const [mode, siteUrl, file] = process.argv.slice(2);
  const repo = actionsRepository(createSp({ siteUrl }));
  const result: Record<string, unknown> = {};
  if (mode === 'export') {
    for (const run of ['coldMs', 'warmMs']) {
      const t = performance.now();
      const actions = await repo.list();
      const bytes = await exportRoadmapWorkbook(actions, { lang: 'fi', now: NOW });
      result[run] = Math.round(performance.now() - t);
      result.actions = actions.length;
      result.bytes = bytes.length;
      await writeFile(file, bytes);
      // The peak of one export; the warm run is there for its time only.
      if (run === 'coldMs') result.peakRssMb = peakRssMb();
    }
  } else {
    const t = performance.now();
    const read = await readWorkbookRows(new Uint8Array(await readFile(file)), { lang: 'fi' });
    if (!read.ok) throw new Error(read.message);
    const diff = diffWorkbookAgainstList(read.rows, await repo.list(), { lang: 'fi' }, NOW);
    const outcome = await applyWorkbookImport(repo, diff, { lang: 'fi' });
    if (!outcome.written) throw new Error(outcome.reason);
    result.ms = Math.round(performance.now() - t);
    result.updated = outcome.applied.updated;
    result.conflicts = outcome.applied.conflicts.length;
    result.failures = outcome.applied.failures.length;
  }
  result.peakRssMb ??= peakRssMb();
  process.stdout.write(JSON.stringify(result));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
