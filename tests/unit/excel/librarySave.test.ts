import { diffWorkbookAgainstList, type WorkbookDiff } from '../../../src/core/excel/diff';
import { roadmapWorkbookModel } from '../../../src/core/excel/export';
import { readRoadmapRows } from '../../../src/core/excel/read';
import { WORKBOOK_COLUMNS } from '../../../src/core/excel/columns';
import { librarySaveDecision, pendingWorkbookEdits, type AppliedCounts } from '../../../src/core/excel/report';
import { EXCEL } from '../../../src/core/i18n/excel';
import { format, LANGUAGES } from '../../../src/core/i18n/catalog';
import type { CellInput } from '../../../src/core/excel/cells';
import type { RoadmapAction } from '../../../src/core/schema';
import { action, modelToGrid, NOW, text } from './fixtures';

/**
 * "Save back to the library" replaces the library workbook with a fresh export. That is allowed only
 * after a complete apply: otherwise the file still holds edits that the fresh export would drop.
 */

const col = (key: string) => WORKBOOK_COLUMNS.findIndex((c) => c.key === key);
const items = [action(1), action(2), action(3)];

function diffOf(edit: (rows: (CellInput | undefined)[][]) => void, list: readonly RoadmapAction[] = items): WorkbookDiff {
  const rows = readRoadmapRows(modelToGrid(roadmapWorkbookModel(items, { lang: 'fi', now: NOW }), edit), { lang: 'fi' });
  if (!rows.ok) throw new Error(rows.error.message);
  return diffWorkbookAgainstList(rows.value, list, { lang: 'fi' }, NOW);
}

const wrote = (diff: WorkbookDiff, extra: Partial<AppliedCounts> = {}): AppliedCounts => ({
  created: diff.created.length, updated: diff.updated.length, deleted: 0, conflicts: [], failures: [], ...extra
});

describe('saving the refreshed workbook back to the library', () => {
  it('is allowed after a complete apply', () => {
    const diff = diffOf((rows) => { rows[0][col('status')] = text('Käynnissä'); });
    expect(librarySaveDecision(diff, wrote(diff), 'fi')).toEqual({ save: true });
    expect(pendingWorkbookEdits(diff)).toBe(1);
  });

  it('keeps the file when nothing was written (invalid rows, nothing skipped)', () => {
    const diff = diffOf((rows) => { rows[0][col('status')] = text('???'); });
    expect(librarySaveDecision(diff, undefined, 'sv')).toEqual({ save: false, reason: 'nothingWritten', message: EXCEL.sv.libraryKeptNothingWritten });
  });

  it('keeps the file when invalid rows were skipped, naming how many rows are still only in the file', () => {
    const diff = diffOf((rows) => {
      rows[0][col('status')] = text('???');
      rows[1][col('progress')] = { kind: 'number', value: 55 };
    });
    expect(diff.updated).toHaveLength(1);
    for (const lang of LANGUAGES) {
      expect(librarySaveDecision(diff, wrote(diff), lang)).toEqual({ save: false, reason: 'rowsNotWritten', message: format(EXCEL[lang].libraryKeptRowsNotWritten, { count: 1 }) });
    }
    // The same rows count as edits not yet imported when the file is about to be replaced by an export.
    expect(pendingWorkbookEdits(diff)).toBe(2);
  });

  it('keeps the file when words of a cost cell were left out: they are still only in the file', () => {
    const diff = diffOf((rows) => { rows[0][col('oneTimeCost')] = text('2800 e kertainvestointi'); });
    expect(diff.updated).toHaveLength(1);
    expect(librarySaveDecision(diff, wrote(diff), 'fi')).toEqual({ save: false, reason: 'textLeftOut', message: format(EXCEL.fi.libraryKeptTextLeftOut, { count: 1 }) });
  });

  it('keeps the file when a row was a conflict, or SharePoint refused a row while saving', () => {
    const changed = items.map((i) => (i.id === 2 ? { ...i, etag: '"2"', status: 'paused' } as RoadmapAction : i));
    const conflict = diffOf((rows) => { rows[1][col('status')] = text('Valmis'); rows[1][col('progress')] = { kind: 'number', value: 100 }; }, changed);
    expect(conflict.conflicts).toHaveLength(1);
    expect(librarySaveDecision(conflict, wrote(conflict), 'en')).toMatchObject({ save: false, reason: 'rowsNotWritten' });

    const diff = diffOf((rows) => { rows[0][col('status')] = text('Käynnissä'); });
    const refused = wrote(diff, { updated: 0, failures: [{ row: 2, column: '', value: '', message: 'Access denied' }] });
    expect(librarySaveDecision(diff, refused, 'en')).toEqual({ save: false, reason: 'rowsNotWritten', message: format(EXCEL.en.libraryKeptRowsNotWritten, { count: 1 }) });
  });
});
