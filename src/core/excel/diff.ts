import { format, type Lang } from '../i18n/catalog';
import { EXCEL } from '../i18n/excel';
import type { Person, RoadmapAction, RoadmapActionFields } from '../schema/entities';
import { ROADMAP_ACTIONS, allFields } from '../schema/lists';
import { normaliseText } from '../schema/mapping';
import type { FieldDef } from '../schema/types';
import { generateActionCode } from '../validation/codes';
import { emptyValue, uniqueKey } from '../validation/fields';
import type { BaseEntry } from './base';
import type { ActionFieldKey } from './columns';
import type { ImportRow, RowIssue, WorkbookRows, WorkbookWarning } from './read';
import { validateWholeAction } from './validate';
import { displayValue, sameValue } from './values';

/**
 * What importing a workbook would do to the list: a three-way comparison of the file (mine), the list
 * (theirs) and, when the workbook was exported by Digitiekartta, what the export wrote (the base).
 *
 * Matching a row to an item: by the hidden item id; without it (the city's own `tiekartta_v2.xlsx`) by
 * Tunnus, then by the exact action title within the roadmap year. An item is matched by one row at most.
 *
 * Per field of a matched row, F = the file's value, T = the list's value, B = the exported value:
 * - F = T: nothing to do (also when both sides made the same change, so applying twice changes nothing).
 * - the row's version is the item's current version (nobody saved in SharePoint since the export): F is written.
 * - the item has a newer version: F = B means only SharePoint changed the field, and its value stays;
 *   T = B means only the file changed it, and F is written although the item is newer (a change made in
 *   the file is not lost because someone else edited another field); otherwise both changed it: a conflict.
 *   Without B (no base sheet, or a row from another version) every difference on a newer item is a
 *   conflict: nothing is overwritten on a guess.
 * A row with any conflicting field is not written at all, so that a row is never half applied; its
 * conflicts are reported with both values.
 *
 * Items not in the file: with a base, those the export wrote and whose rows are gone; without one, the
 * items of the roadmap years the file covers. An item that any row matched or might match (an ambiguous
 * title, an unreadable year or id, an invalid row) is never missing. They are deleted only with
 * `deleteMissing`, and never when SharePoint changed them after the export (a conflict instead).
 */

export interface DiffOptions {
  readonly lang: Lang;
  /** Delete items missing from the file (default: report them only). */
  readonly deleteMissing?: boolean;
}

export interface FieldChange {
  readonly key: ActionFieldKey;
  /** The header as in the file. */
  readonly column: string;
  readonly from: unknown;
  readonly to: unknown;
  readonly fromText: string;
  readonly toText: string;
}

export interface CreatedAction {
  readonly row: number;
  readonly fields: RoadmapActionFields;
  /** The code given because the row had none. */
  readonly generatedCode?: string;
}

export interface UpdatedAction {
  readonly row: number;
  readonly id: number;
  /** The item's current etag, sent as IF-Match when applying. */
  readonly etag: string;
  readonly code: string | null;
  readonly title: string;
  readonly changes: readonly FieldChange[];
  readonly patch: Partial<RoadmapActionFields>;
}

export interface UnchangedAction {
  readonly row: number;
  readonly id: number;
}

export interface MissingAction {
  readonly id: number;
  readonly etag: string;
  readonly code: string | null;
  readonly title: string;
  /** Whether applying deletes it (`deleteMissing` and not changed in SharePoint since the export). */
  readonly delete: boolean;
}

export type ConflictReason = 'bothChanged' | 'noBase' | 'deletedOnServer' | 'deleteChanged' | 'changedMeanwhile';

export interface ConflictField {
  readonly key: string;
  readonly column: string;
  /** The value in the file. */
  readonly file: string;
  /** The value in SharePoint now. */
  readonly sharepoint: string;
  /** The value when exported, when known. */
  readonly base?: string;
}

export interface RowConflict {
  readonly row?: number;
  readonly id: number;
  readonly code: string | null;
  readonly title: string;
  readonly reason: ConflictReason;
  readonly message: string;
  readonly fields: readonly ConflictField[];
}

export interface WorkbookDiff {
  readonly created: readonly CreatedAction[];
  readonly updated: readonly UpdatedAction[];
  readonly unchanged: readonly UnchangedAction[];
  readonly missing: readonly MissingAction[];
  readonly conflicts: readonly RowConflict[];
  /** Row problems: those of reading the file and those found by comparing with the list. */
  readonly errors: readonly RowIssue[];
  readonly warnings: readonly WorkbookWarning[];
  /** Rows that are invalid and will not be written (their Excel row numbers). */
  readonly invalidRows: readonly number[];
  readonly generatedAt: string;
}

const FIELD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(allFields(ROADMAP_ACTIONS).map((f) => [f.key, f]));

function fieldOf(key: string): FieldDef {
  const f = FIELD_BY_KEY.get(key);
  if (!f) throw new Error(`Unknown action field ${key}`);
  return f;
}

type Values = Readonly<Record<string, unknown>>;

function titleKey(year: unknown, title: unknown): string {
  return `${String(year)}\u0000${String(title ?? '').trim().replace(/\s+/g, ' ')}`;
}

interface Match {
  readonly item?: RoadmapAction;
  /** The row names an item id that no longer exists. */
  readonly deletedId?: number;
  readonly by: 'id' | 'code' | 'title' | 'none';
  readonly ambiguous?: boolean;
}

/** Computes the diff. Pure: `now` only stamps the result. */
export function diffWorkbookAgainstList(
  rows: WorkbookRows,
  items: readonly RoadmapAction[],
  options: DiffOptions,
  now: Date
): WorkbookDiff {
  const { lang } = options;
  const t = EXCEL[lang];
  const headerOf = (key: string): string => rows.columns.find((c) => c.key === key)?.header ?? fieldOf(key).labels[lang];

  // People already on the site keep their user id, so that saving needs no lookup for them.
  const knownPeople = new Map<string, Person>();
  for (const item of items) if (item.owner) knownPeople.set(item.owner.email.toLowerCase(), item.owner);
  const withKnownPeople = (values: Record<string, unknown>): void => {
    for (const key of Object.keys(values)) {
      const v = values[key];
      if (fieldOf(key).kind === 'user' && v && typeof v === 'object') values[key] = knownPeople.get((v as Person).email.toLowerCase()) ?? v;
    }
  };

  const byId = new Map<number, RoadmapAction>();
  const byCode = new Map<string, RoadmapAction>();
  const byTitle = new Map<string, RoadmapAction[]>();
  for (const item of items) {
    byId.set(item.id, item);
    if (item.code) byCode.set(uniqueKey(item.code), item);
    const k = titleKey(item.roadmapYear, item.title);
    byTitle.set(k, [...(byTitle.get(k) ?? []), item]);
  }

  const created: CreatedAction[] = [];
  const updated: UpdatedAction[] = [];
  const unchanged: UnchangedAction[] = [];
  const conflicts: RowConflict[] = [];
  const errors: RowIssue[] = [...rows.errors];
  const warnings: WorkbookWarning[] = [...rows.warnings];
  const invalid = new Set<number>(rows.rows.filter((r) => !r.valid).map((r) => r.row));
  const claimedBy = new Map<number, number>(); // item id → row
  const codeRows = new Map<string, number>(); // code in the file → first row
  const codesInUse = new Set<string>(items.filter((i) => i.code).map((i) => uniqueKey(i.code as string)));
  const base = rows.base;

  const rowError = (row: number, key: string, value: string, message: string): void => {
    errors.push({ row, column: headerOf(key), value, message });
    invalid.add(row);
  };

  const match = (row: ImportRow): Match => {
    if (row.id !== undefined) {
      const item = byId.get(row.id);
      return item ? { item, by: 'id' } : { deletedId: row.id, by: 'id' };
    }
    const code = row.values.code;
    if (typeof code === 'string' && code.trim() !== '') {
      const item = byCode.get(uniqueKey(code));
      return item ? { item, by: 'code' } : { by: 'none' };
    }
    if (row.values.title !== undefined && row.values.roadmapYear !== undefined) {
      const candidates = (byTitle.get(titleKey(row.values.roadmapYear, row.values.title)) ?? []).filter((c) => !claimedBy.has(c.id));
      if (candidates.length > 1) return { by: 'title', ambiguous: true };
      if (candidates.length === 1) return { item: candidates[0], by: 'title' };
    }
    return { by: 'none' };
  };

  // Items a row matched or might match: by its id, its code, or its title (in its year, or in any year
  // when the year cell is blank or could not be read), loosely compared. An ambiguous row (two items of
  // the same title and year) might be either, so neither is ever taken for missing.
  const byLooseTitle = new Map<string, RoadmapAction[]>();
  for (const item of items) {
    const k = normaliseText(item.title ?? '');
    byLooseTitle.set(k, [...(byLooseTitle.get(k) ?? []), item]);
  }
  const mentioned = new Set<number>();
  const mightMatch = (row: ImportRow): number[] => {
    const ids: number[] = [];
    if (row.id !== undefined) ids.push(row.id);
    const code = row.values.code;
    if (typeof code === 'string' && code.trim() !== '') {
      const item = byCode.get(uniqueKey(code));
      if (item) ids.push(item.id);
    }
    if (typeof row.values.title === 'string' && row.values.title.trim() !== '') {
      const year = row.values.roadmapYear;
      for (const item of byLooseTitle.get(normaliseText(row.values.title)) ?? []) {
        if (typeof year !== 'number' || item.roadmapYear === year) ids.push(item.id);
      }
    }
    return ids;
  };

  // Pass 1: match every row (invalid ones too, so that their items are never taken for missing).
  const matched: { row: ImportRow; match: Match }[] = [];
  for (const row of rows.rows) {
    for (const id of mightMatch(row)) mentioned.add(id);
    const m = match(row);
    if (m.ambiguous) {
      rowError(row.row, 'title', String(row.values.title ?? ''), format(t.ambiguousTitle, { year: String(row.values.roadmapYear) }));
      continue;
    }
    if (m.item) {
      const first = claimedBy.get(m.item.id);
      if (first !== undefined) {
        const key = m.by === 'id' ? 'id' : m.by === 'code' ? 'code' : 'title';
        const column = key === 'id' ? (rows.columns.find((c) => c.key === 'id')?.header ?? 'id') : headerOf(key);
        errors.push({ row: row.row, column, value: key === 'id' ? String(row.id) : String(row.values[key] ?? ''), message: format(t.duplicateId, { other: first }) });
        invalid.add(row.row);
        continue;
      }
      claimedBy.set(m.item.id, row.row);
    }
    const code = row.values.code;
    if (typeof code === 'string' && code.trim() !== '') {
      const first = codeRows.get(uniqueKey(code));
      if (first !== undefined) rowError(row.row, 'code', code, format(t.duplicateCode, { other: first }));
      else codeRows.set(uniqueKey(code), row.row);
    }
    matched.push({ row, match: m });
  }

  // Pass 2: compare the valid rows.
  const generated = new Set<string>();
  for (const { row, match: m } of matched) {
    if (invalid.has(row.row)) continue;
    if (m.deletedId !== undefined) {
      handleDeletedOnServer(row, m.deletedId);
      continue;
    }
    if (!m.item) {
      createRow(row);
      continue;
    }
    compareRow(row, m.item);
  }

  function handleDeletedOnServer(row: ImportRow, id: number): void {
    const entry = base?.entries.get(id);
    const changedFields = Object.keys(row.values).filter((key) => !entry || !(key in entry.values) || !sameValue(fieldOf(key), row.values[key as ActionFieldKey], entry.values[key]));
    if (entry && changedFields.length === 0) {
      warnings.push({ row: row.row, message: t.deletedOnServerSkipped });
      return;
    }
    conflicts.push({
      row: row.row, id, code: (row.values.code as string | null | undefined) ?? null, title: String(row.values.title ?? ''),
      reason: 'deletedOnServer', message: t.conflictDeletedOnServer,
      fields: changedFields.map((key) => ({
        key, column: headerOf(key), file: displayValue(fieldOf(key), row.values[key as ActionFieldKey], lang), sharepoint: '',
        base: entry && key in entry.values ? displayValue(fieldOf(key), entry.values[key], lang) : undefined
      }))
    });
  }

  function createRow(row: ImportRow): void {
    const fields: Record<string, unknown> = {};
    for (const f of allFields(ROADMAP_ACTIONS)) fields[f.key] = emptyValue(f);
    Object.assign(fields, row.values);
    withKnownPeople(fields);
    // The row's own cells were checked when read; what remains is what the file lacks (a required
    // column missing altogether).
    const problems = validateWholeAction(fields, lang).filter((p) => p.severity === 'error' && !(p.key in row.values));
    if (problems.length) {
      for (const p of problems) rowError(row.row, p.key, '', p.message);
      return;
    }
    let generatedCode: string | undefined;
    const code = fields.code;
    if (typeof code !== 'string' || code.trim() === '') {
      const year = typeof fields.roadmapYear === 'number' ? fields.roadmapYear : now.getUTCFullYear();
      generatedCode = generateActionCode(year, [...codesInUse, ...codeRows.keys(), ...generated]);
      generated.add(generatedCode);
      fields.code = generatedCode;
    }
    created.push({ row: row.row, fields: fields as RoadmapActionFields, generatedCode });
  }

  function compareRow(row: ImportRow, item: RoadmapAction): void {
    const theirs = item as unknown as Values;
    const rowEtag = row.etag ?? (row.id !== undefined ? base?.entries.get(row.id)?.etag : undefined);
    // A row exported from an older version of the item (or with an id but no known version).
    const stale = row.id !== undefined && rowEtag !== item.etag;
    const baseEntry: BaseEntry | undefined = stale && row.id !== undefined && rowEtag !== undefined
      ? (base?.entries.get(row.id)?.etag === rowEtag ? base?.entries.get(row.id) : undefined)
      : undefined;

    const changes: FieldChange[] = [];
    const conflictFields: ConflictField[] = [];
    for (const key of Object.keys(row.values) as ActionFieldKey[]) {
      const field = fieldOf(key);
      const mine = row.values[key];
      if (key === 'code' && (mine === null || mine === '')) continue; // a blank code keeps the item's code
      const current = theirs[key];
      if (sameValue(field, mine, current)) continue;
      const change = (): FieldChange => ({
        key, column: headerOf(key), from: current, to: mine,
        fromText: displayValue(field, current, lang), toText: displayValue(field, mine, lang)
      });
      if (!stale) {
        changes.push(change());
        continue;
      }
      const known = baseEntry !== undefined && key in baseEntry.values;
      const was = known ? baseEntry.values[key] : undefined;
      if (known && sameValue(field, mine, was)) continue; // only SharePoint changed it: its value stays
      if (known && sameValue(field, current, was)) {
        changes.push(change()); // only the file changed it
        continue;
      }
      conflictFields.push({
        key, column: headerOf(key), file: displayValue(field, mine, lang), sharepoint: displayValue(field, current, lang),
        base: known ? displayValue(field, was, lang) : undefined
      });
    }

    if (conflictFields.length) {
      conflicts.push({
        row: row.row, id: item.id, code: item.code, title: item.title,
        reason: baseEntry ? 'bothChanged' : 'noBase', message: baseEntry ? t.conflictBothChanged : t.conflictNoBase, fields: conflictFields
      });
      return;
    }
    if (!changes.length) {
      unchanged.push({ row: row.row, id: item.id });
      return;
    }
    const patch: Record<string, unknown> = {};
    for (const c of changes) patch[c.key] = c.to;
    withKnownPeople(patch);
    // The changes on the item as it is: e.g. an end moved before a start the file does not show.
    const merged = { ...theirs, ...patch };
    const problems = validateWholeAction(merged, lang).filter((p) => p.severity === 'error' && p.key in patch);
    if (problems.length) {
      for (const p of problems) rowError(row.row, p.key, displayValue(fieldOf(p.key), merged[p.key], lang), p.message);
      return;
    }
    const codeChange = changes.find((c) => c.key === 'code');
    if (codeChange && typeof codeChange.to === 'string') {
      const owner = byCode.get(uniqueKey(codeChange.to));
      if (owner && owner.id !== item.id) {
        rowError(row.row, 'code', codeChange.to, format(t.codeInUse, { code: codeChange.to, title: owner.title }));
        return;
      }
    }
    updated.push({ row: row.row, id: item.id, etag: item.etag, code: item.code, title: item.title, changes, patch: patch as Partial<RoadmapActionFields> });
  }

  // Items missing from the file.
  const missing: MissingAction[] = [];
  const rowYears = new Set<number>();
  for (const { row, match: m } of matched) {
    if (typeof row.values.roadmapYear === 'number') rowYears.add(row.values.roadmapYear);
    if (m.item) rowYears.add(m.item.roadmapYear);
  }
  for (const item of items) {
    if (claimedBy.has(item.id) || mentioned.has(item.id)) continue;
    let exportedEtag: string | undefined;
    if (base) {
      const entry = base.entries.get(item.id);
      if (!entry) continue; // created after the export, or outside it: not the file's business
      exportedEtag = entry.etag;
    } else if (!rowYears.has(item.roadmapYear)) {
      continue;
    }
    const changedSince = exportedEtag !== undefined && exportedEtag !== item.etag;
    if (options.deleteMissing && changedSince) {
      conflicts.push({ id: item.id, code: item.code, title: item.title, reason: 'deleteChanged', message: t.conflictDeleteChanged, fields: [] });
      continue;
    }
    const willDelete = options.deleteMissing === true;
    missing.push({ id: item.id, etag: item.etag, code: item.code, title: item.title, delete: willDelete });
    warnings.push({ message: format(willDelete ? t.missingDeleted : t.missingNotDeleted, { code: item.code ?? '', title: item.title }) });
  }

  // A row found invalid while comparing is listed with the errors only.
  const isValid = (r: { readonly row: number }): boolean => !invalid.has(r.row);
  return {
    created: created.filter(isValid),
    updated: updated.filter(isValid),
    unchanged: unchanged.filter(isValid),
    missing,
    conflicts,
    errors: [...errors].sort((a, b) => a.row - b.row),
    warnings,
    invalidRows: [...invalid].sort((a, b) => a - b),
    generatedAt: now.toISOString()
  };
}

/** Whether a diff would write anything. */
export function hasChanges(diff: WorkbookDiff): boolean {
  return diff.created.length > 0 || diff.updated.length > 0 || diff.missing.some((m) => m.delete);
}
