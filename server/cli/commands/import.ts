import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isLang, format, type Lang } from '../../../src/core/i18n/catalog';
import { EXCEL } from '../../../src/core/i18n/excel';
import { diffWorkbookAgainstList, type WorkbookDiff } from '../../../src/core/excel/diff';
import { fileSizeProblem, type HeaderMapping, type WorkbookRows } from '../../../src/core/excel/read';
import { fileFailureSummary, importFailed, importSummary, type ImportSummary } from '../../../src/core/excel/report';
import { actionsRepository } from '../../../src/data/repository';
import { LibraryConflictError, LibraryFileNotFoundError, LibraryFileTooLargeError, readLibraryWorkbook } from '../../../src/excel/library';
import { applyWorkbookImport, readWorkbookRows } from '../../../src/excel/roundtrip';
import { UserError, requireOption, type Command, type CommandContext, type OptionValues } from '../command';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

export function langOption(options: OptionValues, ctx: CommandContext): Lang {
  const v = options.lang;
  if (v === undefined) return ctx.lang;
  if (typeof v !== 'string' || !isLang(v)) throw new UserError('--lang must be fi, sv or en');
  return v;
}

/** `--file`: a file on this machine if one exists there, otherwise a path in a library of the site. */
export function isLocalPath(path: string): boolean {
  return existsSync(path);
}

export async function readMapping(path: string, lang: Lang): Promise<HeaderMapping> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new UserError(format(EXCEL[lang].fileMissing, { path }));
    throw new UserError(format(EXCEL[lang].badMappingFile, { path }));
  }
  const ok = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => v === null || typeof v === 'string');
  if (!ok) throw new UserError(format(EXCEL[lang].badMappingFile, { path }));
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
  summary: 'Compare a roadmap workbook with the list and, with --apply, save its changes',
  help: [
    'Usage: tiekartta import --site URL --file FILE.xlsx|LIBRARY/PATH.xlsx [--mapping M.json] [--apply]',
    '                        [--skip-invalid] [--delete-missing] [--lang fi|sv|en] [--json]',
    '',
    'Reads the workbook (a file on this machine, or else a file in a document library of the site, e.g.',
    '"Shared Documents/tiekartta_v2.xlsx"), finds the roadmap table, and compares it with the actions.',
    'Without --apply nothing is written. A row whose action was changed in SharePoint after the export in',
    'the same field is a conflict: reported with both values and not written.',
    '',
    'Options:',
    SITE_HELP,
    '  --file PATH         the workbook: a local .xlsx or a site-relative library path',
    '  --mapping FILE      JSON { "My header": "fieldKey" | "Finnish header" | null (ignore) }',
    '  --apply             save the changes (default: only show them)',
    '  --skip-invalid      save the valid rows even if some rows are invalid (default: save nothing then)',
    '  --delete-missing    delete actions that are missing from the file (default: only report them)',
    '  --lang fi|sv|en     language of the messages',
    '  --json              print {"created","updated","unchanged","deleted","conflicts","errors","warnings"};',
    '                      a problem with the file as a whole is an error on row 0',
    '',
    'Exit status 1 when there are errors or conflicts.'
  ].join('\n'),
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
    const lang = langOption(options, ctx);
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
    if (isLocalPath(file)) {
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
