import { rename, writeFile, unlink } from 'node:fs/promises';
import { format } from '../../../src/core/i18n/catalog';
import { EXCEL } from '../../../src/core/i18n/excel';
import { diffWorkbookAgainstList } from '../../../src/core/excel/diff';
import { actionsRepository } from '../../../src/data/repository';
import { fileSizeProblem } from '../../../src/core/excel/read';
import { pendingWorkbookEdits } from '../../../src/core/excel/report';
import { LibraryConflictError, LibraryFileNotFoundError, LibraryFileTooLargeError, readLibraryWorkbook, writeLibraryWorkbook } from '../../../src/excel/library';
import { exportRoadmapWorkbook, readWorkbookRows } from '../../../src/excel/roundtrip';
import { UserError, type Command } from '../command';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';
import { langOption } from './import';

/** Writes a file atomically: a crash leaves the old file or the new one, never half of one. */
async function writeLocalFile(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the roadmap to an Excel workbook (a local file and/or a file in a document library)',
  help: [
    'Usage: tiekartta export --site URL --out FILE.xlsx [--lang fi|sv|en] [--year YYYY]',
    '                        [--file LIBRARY/PATH.xlsx [--if-match ETAG] [--force]] [--json]',
    '',
    'One row per action in the layout of the roadmap spreadsheet, drop-down lists, hidden item id and',
    'version columns (so that a re-import knows each row), and an instructions sheet.',
    '',
    'With --file the workbook is saved to the site\'s document library as a new version of that file.',
    'It never overwrites a version saved after the one read: by default the current version is read',
    'first (and the export refuses to replace a file whose changes were not imported yet, unless --force);',
    'with --if-match, only the version with that ETag (e.g. the one "tiekartta import" read) is replaced.',
    '',
    'Options:',
    SITE_HELP,
    '  --out FILE          the local .xlsx to write',
    '  --lang fi|sv|en     language of headers, values and instructions (default: your language)',
    '  --year YYYY         only the actions of this roadmap year',
    '  --file PATH         a site-relative library path, e.g. "Shared Documents/tiekartta_v2.xlsx"',
    '  --if-match ETAG     replace the library file only if it is still at this version',
    '  --force             replace the library file even if it has changes that were not imported',
    '  --json              one JSON object: {"actions","out","file","etag"}'
  ].join('\n'),
  options: {
    ...SITE_OPTIONS,
    out: { type: 'string' },
    lang: { type: 'string' },
    year: { type: 'string' },
    file: { type: 'string' },
    'if-match': { type: 'string' },
    force: { type: 'boolean' }
  },
  async run(options, _positionals, ctx) {
    const lang = langOption(options, ctx);
    const t = EXCEL[lang];
    const out = typeof options.out === 'string' && options.out !== '' ? options.out : undefined;
    const libraryPath = typeof options.file === 'string' && options.file !== '' ? options.file : undefined;
    if (!out && !libraryPath) throw new UserError('Missing required option --out (or --file for a library file)');
    let year: number | undefined;
    if (options.year !== undefined) {
      year = Number(options.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new UserError(`--year must be a year such as 2025: ${String(options.year)}`);
    }
    const { sp } = connectSite(options, ctx);
    const repo = actionsRepository(sp);
    const now = ctx.now();
    const all = await repo.list(year === undefined ? {} : { where: [{ key: 'roadmapYear', op: 'eq', value: year }] });
    const bytes = await exportRoadmapWorkbook(all, { lang, years: year === undefined ? null : [year], now });

    if (out) await writeLocalFile(out, bytes);
    let etag: string | undefined;
    if (libraryPath) {
      let expected: string | null;
      try {
        if (typeof options['if-match'] === 'string') {
          expected = options['if-match'];
        } else {
          const current = await readLibraryWorkbook(sp, libraryPath).catch((error: unknown) => {
            if (error instanceof LibraryFileNotFoundError) return undefined;
            throw error;
          });
          expected = current ? current.etag : null;
          if (current && options.force !== true) {
            // Edits made in the library copy and never imported would survive only in its version history.
            const rows = await readWorkbookRows(current.content, { lang });
            if (rows.ok) {
              const everything = year === undefined ? all : await repo.list();
              const count = pendingWorkbookEdits(diffWorkbookAgainstList(rows.rows, everything, { lang }, now));
              if (count > 0) throw new UserError(format(t.pendingChanges, { path: libraryPath, count }));
            }
          }
        }
        const written = await writeLibraryWorkbook(sp, libraryPath, bytes, expected);
        etag = written.etag;
        if (!ctx.json) ctx.out(format(t.libraryWritten, { path: libraryPath, version: written.version ?? '?' }));
      } catch (error) {
        if (error instanceof LibraryConflictError) throw new UserError(format(t.libraryConflict, { path: libraryPath }));
        if (error instanceof LibraryFileNotFoundError) throw new UserError(format(t.libraryNotFound, { path: libraryPath }));
        if (error instanceof LibraryFileTooLargeError) throw new UserError(fileSizeProblem(libraryPath, error.bytes, lang, error.maxBytes) ?? error.message);
        throw error;
      }
    }
    if (ctx.json) ctx.out(JSON.stringify({ actions: all.length, out: out ?? null, file: libraryPath ?? null, etag: etag ?? null }));
    else ctx.out(format(t.exported, { count: all.length, target: [out, libraryPath].filter(Boolean).join(', ') }));
    return 0;
  }
};
