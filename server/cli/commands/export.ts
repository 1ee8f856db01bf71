import { statSync } from 'node:fs';
import { rename, writeFile, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { format } from '../../../src/core/i18n/catalog';
import { EXCEL } from '../../../src/core/i18n/excel';
import { diffWorkbookAgainstList } from '../../../src/core/excel/diff';
import { actionsRepository } from '../../../src/data/repository';
import { fileSizeProblem } from '../../../src/core/excel/read';
import { pendingWorkbookEdits } from '../../../src/core/excel/report';
import { LibraryConflictError, LibraryFileNotFoundError, LibraryFileTooLargeError, readLibraryWorkbook, writeLibraryWorkbook } from '../../../src/excel/library';
import { exportRoadmapWorkbook, readWorkbookRows } from '../../../src/excel/roundtrip';
import { LocalisedUserError, UserError, type Command } from '../command';
import { connectSite, SITE_OPTIONS } from '../site';

/** Refuses an `--out` whose folder is missing before anything is read (fs would say ENOENT about a temporary file). */
export function checkOutFolder(path: string): void {
  const file = resolve(path);
  const folder = dirname(file);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new UserError('outFolderMissing', { folder, file });
  }
  if (!isFolder) throw new UserError('outFolderNotFolder', { folder, file });
}

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
  summary: 'summaryExport',
  help: 'export',
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
    const lang = ctx.lang;
    const t = EXCEL[lang];
    const out = typeof options.out === 'string' && options.out !== '' ? options.out : undefined;
    const libraryPath = typeof options.file === 'string' && options.file !== '' ? options.file : undefined;
    if (!out && !libraryPath) throw new UserError('outOrFile');
    let year: number | undefined;
    if (options.year !== undefined) {
      year = Number(options.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new UserError('yearInvalid', { value: String(options.year) });
    }
    if (out) checkOutFolder(out);
    const { sp } = connectSite(options, ctx);
    const repo = actionsRepository(sp);
    const now = ctx.now();
    const all = await repo.list(year === undefined ? {} : { where: [{ key: 'roadmapYear', op: 'eq', value: year }] });
    const bytes = await exportRoadmapWorkbook(all, { lang, years: year === undefined ? null : [year], now });

    if (out) {
      try {
        await writeLocalFile(out, bytes);
      } catch (error) {
        // The folder was removed while the workbook was being made.
        if ((error as { code?: string }).code === 'ENOENT') checkOutFolder(out);
        throw error;
      }
    }
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
              if (count > 0) throw new LocalisedUserError(format(t.pendingChanges, { path: libraryPath, count }));
            }
          }
        }
        const written = await writeLibraryWorkbook(sp, libraryPath, bytes, expected);
        etag = written.etag;
        if (!ctx.json) ctx.out(format(t.libraryWritten, { path: libraryPath, version: written.version ?? '?' }));
      } catch (error) {
        if (error instanceof LibraryConflictError) throw new LocalisedUserError(format(t.libraryConflict, { path: libraryPath }));
        if (error instanceof LibraryFileNotFoundError) throw new LocalisedUserError(format(t.libraryNotFound, { path: libraryPath }));
        if (error instanceof LibraryFileTooLargeError) throw new LocalisedUserError(fileSizeProblem(libraryPath, error.bytes, lang, error.maxBytes) ?? error.message);
        throw error;
      }
    }
    if (ctx.json) ctx.out(JSON.stringify({ actions: all.length, out: out ?? null, file: libraryPath ?? null, etag: etag ?? null }));
    else ctx.out(format(t.exported, { count: all.length, target: [out, libraryPath].filter(Boolean).join(', ') }));
    return 0;
  }
};
