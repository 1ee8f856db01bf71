import { format, type Lang } from '../i18n/catalog';
import { EXCEL } from '../i18n/excel';
import { STEERING_ONLY_KEYS } from '../roadmap/form';
import { canEditAction } from '../roadmap/permissions';
import type { RoadmapAction } from '../schema/entities';
import { ROADMAP_ACTIONS } from '../schema/lists';
import { fieldByKey } from '../schema/mapping';
import type { UserRights } from '../roadmap/permissions';
import type { RowConflict, WorkbookDiff } from './diff';
import type { RowIssue } from './read';

/**
 * An import may only change what the importer may change in the web part (src/core/roadmap/permissions):
 * - whoever edits the whole list (the steering group) imports everything the diff holds;
 * - an action's owner changes only the actions they own (as SharePoint sees them now, not as the file
 *   says), and not the fields in the steering group's hands (the code, approval, board decision);
 * - only the steering group adds actions (new ones are proposals in the web part) and deletes them;
 * - anyone else changes nothing.
 * Every change refused is an error of its row (localised), so by default nothing is written, and with
 * "skip invalid rows" those rows are left out: a refused row is never written, not even in part.
 * Unchanged rows of other people's actions are fine: exporting the whole roadmap, editing one's own
 * rows and importing it back is the normal way of working.
 */
export type ImportRights = Pick<UserRights, 'email' | 'canEditAllActions'>;

/** Row 0 stands for the file as a whole (an action missing from it has no row). */
export const WHOLE_FILE_ROW = 0;

/** The diff as the importer may apply it. Pure; `items` are the list's items the diff was computed from. */
export function restrictDiffToRights(diff: WorkbookDiff, items: readonly RoadmapAction[], rights: ImportRights | null | undefined, lang: Lang): WorkbookDiff {
  if (rights?.canEditAllActions) return diff;
  const t = EXCEL[lang];
  const byId = new Map(items.map((i) => [i.id, i]));
  const label = (key: string): string => fieldByKey(ROADMAP_ACTIONS, key).labels[lang];
  const canEdit = (id: number): boolean => {
    const item = byId.get(id);
    return !!item && canEditAction(rights, item);
  };
  const codeOf = (code: string | null, title: string): string => code || title;

  const refused: RowIssue[] = [];
  const refusedRows = new Set<number>();
  const refuse = (issue: RowIssue): void => {
    refused.push(issue);
    if (issue.row !== WHOLE_FILE_ROW) refusedRows.add(issue.row);
  };

  for (const c of diff.created) {
    refuse({ row: c.row, column: label('title'), value: c.fields.title, message: t.rightsCreate });
  }

  for (const u of diff.updated) {
    if (!canEdit(u.id)) {
      const message = format(t.rightsNotYours, { code: codeOf(u.code, u.title) });
      for (const change of u.changes) refuse({ row: u.row, column: change.column, value: change.toText, message });
      continue;
    }
    for (const change of u.changes) {
      if (STEERING_ONLY_KEYS.indexOf(change.key) >= 0) refuse({ row: u.row, column: change.column, value: change.toText, message: t.rightsSteeringField });
    }
  }

  // A conflict on an action the importer may not edit could not be resolved by them anyway: it is refused.
  const conflicts: RowConflict[] = [];
  for (const c of diff.conflicts) {
    if (c.reason === 'deleteChanged') {
      refuse({ row: WHOLE_FILE_ROW, column: label('code'), value: codeOf(c.code, c.title), message: format(t.rightsDelete, { code: codeOf(c.code, c.title) }) });
    } else if (c.row !== undefined && c.reason !== 'deletedOnServer' && !canEdit(c.id)) {
      const message = format(t.rightsNotYours, { code: codeOf(c.code, c.title) });
      if (c.fields.length === 0) refuse({ row: c.row, column: label('code'), value: codeOf(c.code, c.title), message });
      for (const f of c.fields) refuse({ row: c.row, column: f.column, value: f.file, message });
    } else {
      conflicts.push(c);
    }
  }

  // A missing action is then only reported: its warning says so.
  const notDeleted = new Map<string, string>();
  const missing = diff.missing.map((m) => {
    if (!m.delete) return m;
    refuse({ row: WHOLE_FILE_ROW, column: label('code'), value: codeOf(m.code, m.title), message: format(t.rightsDelete, { code: codeOf(m.code, m.title) }) });
    const names = { code: m.code ?? '', title: m.title };
    notDeleted.set(format(t.missingDeleted, names), format(t.missingNotDeleted, names));
    return { ...m, delete: false };
  });
  const warnings = diff.warnings.map((w) => (w.row === undefined && notDeleted.has(w.message) ? { ...w, message: notDeleted.get(w.message) as string } : w));

  if (refused.length === 0) return diff;
  const allowed = (r: { readonly row: number }): boolean => !refusedRows.has(r.row);
  return {
    ...diff,
    created: [],
    updated: diff.updated.filter(allowed),
    missing,
    conflicts,
    errors: [...diff.errors, ...refused].sort((a, b) => a.row - b.row),
    warnings,
    invalidRows: [...new Set([...diff.invalidRows, ...refusedRows])].sort((a, b) => a - b)
  };
}
