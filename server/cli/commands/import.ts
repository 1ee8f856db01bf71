import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve, win32 } from 'node:path';
import { format, type Lang } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import { EXCEL } from '../../../src/core/i18n/excel';
import { diffWorkbookAgainstList, type WorkbookDiff } from '../../../src/core/excel/diff';
import { fileSizeProblem, type HeaderMapping, type WorkbookRows } from '../../../src/core/excel/read';
import { fileFailureSummary, importFailed, importSummary, type ImportSummary } from '../../../src/core/excel/report';
import { actionsRepository } from '../../../src/data/repository';
import { LibraryConflictError, LibraryFileNotFoundError, LibraryFileTooLargeError, readLibraryWorkbook } from '../../../src/excel/library';
import { applyWorkbookImport, readWorkbookRows } from '../../../src/excel/roundtrip';
import { LocalisedUserError, requireOption, type Command, type CommandContext } from '../command';
import { connectSite, SITE_OPTIONS } from '../site';

/**
 * Where `--file` points: a file on this machine if one exists there; a local file that is missing if the
 * path is absolute, starts with `.`/`..`/`~`, has no folder (a library path is `Library/…`) or starts with a
 * folder that exists here; otherwise a path in a document library of the site.
 */
export function workbookSource(path: string): 'local' | 'missing-local' | 'library' {
  if (existsSync(path)) return 'local';
  if (isAbsolute(path) || win32.isAbsolute(path) || /^(\.{1,2}|~)([\\/]|$)/.test(path)) return 'missing-local';
  const segments = path.split(/[\\/]/).filter((s) => s !== '');
  if (segments.length < 2 || existsSync(segments[0])) return 'missing-local';
  return 'library';
}

export async function readMapping(path: string, lang: Lang): Promise<HeaderMapping> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new LocalisedUserError(format(EXCEL[lang].fileMissing, { path }));
    throw new LocalisedUserError(format(EXCEL[lang].badMappingFile, { path }));
  }
  const ok = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => v === null || typeof v === 'string');
  if (!ok) throw new LocalisedUserError(format(EXCEL[lang].badMappingFile, { path }));
  return parsed as HeaderMapping;
}

function printSummary(ctx: CommandContext, lang: Lang, summary: ImportSummary, diff: WorkbookDiff | undefined, applied: boolean): void {
  const t = EXCEL[lang];
  if (ctx.json) {
    ctx.out(JSON.stringify(summary));
    return;
  }
  if (diff) {
    for (const c of diff.created) ctx.out(`+ ${format(t.rowCreated, { row: c.row, code: c.fields.code ?? '', title: c.fields.title })}`);
    for (const u of diff.updated) {
      const changes = u.changes.map((c) => `${c.column}: ${format(t.changeArrow, { from: c.fromText || '–', to: c.toText || '–' })}`).join('; ');
      ctx.out(`~ ${format(t.rowUpdated, { row: u.row, code: u.code ?? '', title: u.title, changes })}`);
    }
  }
  for (const c of summary.conflicts) {
    ctx.out(`! ${format(t.rowConflict, { row: c.row ?? '–', code: c.code ?? '', title: c.title, message: c.message })}`);
    for (const f of c.fields) ctx.out(`    ${format(t.conflictField, { column: f.column, file: f.file, sharepoint: f.sharepoint })}`);
  }
  for (const e of summary.errors) ctx.out(`x ${format(t.rowError, { row: e.row, column: e.column, value: e.value, message: e.message })}`);
  for (const w of summary.warnings) {
    const where = [w.row !== undefined ? `${w.row}` : '', w.column ?? '', w.value ? format(t.warningValue, { value: w.value }) : ''];
    ctx.out(`  ${format(t.warning, { message: [...where, w.message].filter(Boolean).join(' · ') })}`);
  }
  const counts = { created: summary.created, updated: summary.updated, unchanged: summary.unchanged, deleted: summary.deleted, conflicts: summary.conflicts.length, errors: summary.errors.length };
  ctx.out(format(applied ? t.summaryApplied : t.summary, counts));
  if (!applied) ctx.out(t.dryRun);
}

export const importCommand: Command = {
  name: 'import',
  summary: 'summaryImport',
  help: 'import',
  options: {
    ...SITE_OPTIONS,
    file: { type: 'string' },
    mapping: { type: 'string' },
    apply: { type: 'boolean' },
    'skip-invalid': { type: 'boolean' },
    'delete-missing': { type: 'boolean' },
    lang: { type: 'string' }
  },
  async run(options, _positionals, ctx) {
    const lang = ctx.lang;
    const t = EXCEL[lang];
    const file = requireOption(options, 'file');
    const mapping = typeof options.mapping === 'string' ? await readMapping(options.mapping, lang) : undefined;
    const fail = (message: string): number => {
      const summary = fileFailureSummary(basename(file), message);
      if (ctx.json) ctx.out(JSON.stringify(summary));
      else ctx.err(`tiekartta import: ${message}`);
      return 1;
    };

    // A local file is read and checked before the site is contacted: a bad file never costs a request.
    let bytes: Uint8Array;
    let site: ReturnType<typeof connectSite> | undefined;
    const source = workbookSource(file);
    if (source === 'missing-local') return fail(format(CLI[lang].localFileMissing, { path: resolve(file) }));
    if (source === 'local') {
      const tooLarge = fileSizeProblem(basename(file), (await stat(file)).size, lang);
      if (tooLarge) return fail(tooLarge);
      bytes = new Uint8Array(await readFile(file));
    } else {
      site = connectSite(options, ctx);
      try {
        const workbook = await readLibraryWorkbook(site.sp, file);
        bytes = workbook.content;
        if (!ctx.json) ctx.out(format(t.libraryRead, { path: file, version: workbook.version ?? '?', etag: workbook.etag }));
      } catch (error) {
        if (error instanceof LibraryFileNotFoundError) return fail(format(t.libraryNotFound, { path: file }));
        if (error instanceof LibraryConflictError) return fail(format(t.libraryConflict, { path: file }));
        if (error instanceof LibraryFileTooLargeError) return fail(fileSizeProblem(file, error.bytes, lang, error.maxBytes) ?? error.message);
        throw error;
      }
    }
    const read = await readWorkbookRows(bytes, { lang, mapping });
    if (!read.ok) return fail(read.message);
    const rows: WorkbookRows = read.rows;
    if (!ctx.json) ctx.out(format(t.sheetFound, { file: basename(file), sheet: rows.sheet, row: rows.headerRow }));

    site ??= connectSite(options, ctx);
    const repo = actionsRepository(site.sp);
    const items = await repo.list();
    const diff = diffWorkbookAgainstList(rows, items, { lang, deleteMissing: options['delete-missing'] === true }, ctx.now());

    let summary = importSummary(diff);
    let applied = false;
    if (options.apply === true) {
      const outcome = await applyWorkbookImport(repo, diff, {
        lang,
        skipInvalid: options['skip-invalid'] === true,
        onProgress: ctx.json ? undefined : ({ done, total }) => { if (total > 0 && (done === total || done % 500 === 0)) ctx.err(format(t.applying, { done, total })); }
      });
      if (outcome.written) {
        summary = importSummary(diff, outcome.applied);
        applied = true;
      } else {
        summary = { ...importSummary(diff, { created: 0, updated: 0, deleted: 0, conflicts: [], failures: [] }), warnings: [...diff.warnings, { message: outcome.reason }] };
        applied = true;
      }
    }
    printSummary(ctx, lang, summary, applied ? undefined : diff, applied);
    return importFailed(summary) ? 1 : 0;
  }
};
