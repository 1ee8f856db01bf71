/**
 * Reads one workbook in a process of its own and prints what happened and the peak memory, so that a
 * test can prove a bound (`node --max-old-space-size=N`): a crash or an out-of-memory fails the test.
 * Usage: node bin/run-ts.mjs tests/support/readWorkbookChild.ts FILE.xlsx [fi|sv|en]
 */
import { readFile } from 'node:fs/promises';
import { isLang } from '../../src/core/i18n/catalog';
import { readWorkbookRows } from '../../src/excel/roundtrip';
import { peakRssMb } from './peakRss';

async function main(): Promise<void> {
  const started = Date.now();
  const bytes = new Uint8Array(await readFile(process.argv[2]));
  const lang = process.argv[3] ?? 'en';
  const result = await readWorkbookRows(bytes, { lang: isLang(lang) ? lang : 'en' });
  process.stdout.write(JSON.stringify({
    ok: result.ok,
    message: result.ok ? undefined : result.message,
    rows: result.ok ? result.rows.rows.length : undefined,
    errors: result.ok ? result.rows.errors.length : undefined,
    warnings: result.ok ? result.rows.warnings.length : undefined,
    peakRssMb: peakRssMb(),
    ms: Date.now() - started
  }));
}

void main();
