import type { CellInput } from '../../../src/core/excel/cells';
import { diffWorkbookAgainstList, hasChanges, type WorkbookDiff } from '../../../src/core/excel/diff';
import { roadmapWorkbookModel } from '../../../src/core/excel/export';
import { readRoadmapRows } from '../../../src/core/excel/read';
import { WORKBOOK_COLUMNS } from '../../../src/core/excel/columns';
import type { WorkbookGrid } from '../../../src/core/excel/grid';
import type { RoadmapAction } from '../../../src/core/schema';
import { action, appendNewAction, applyToItems, modelToGrid, NOW, sheet, text, workbook } from './fixtures';

const col = (key: string) => WORKBOOK_COLUMNS.findIndex((c) => c.key === key);

function diff(grid: WorkbookGrid, items: readonly RoadmapAction[], deleteMissing = false): WorkbookDiff {
  const rows = readRoadmapRows(grid, { lang: 'fi' });
  if (!rows.ok) throw new Error(rows.error.message);
  return diffWorkbookAgainstList(rows.value, items, { lang: 'fi', deleteMissing }, NOW);
}

function exported(items: readonly RoadmapAction[], edit?: (rows: (CellInput | undefined)[][]) => void): WorkbookGrid {
  return modelToGrid(roadmapWorkbookModel(items, { lang: 'fi', now: NOW }), edit);
}

const counts = (d: WorkbookDiff) => ({
  created: d.created.length, updated: d.updated.length, unchanged: d.unchanged.length, missing: d.missing.length,
  conflicts: d.conflicts.length, errors: d.errors.length
});

// Exported in roadmap order: row 2 = item 3 (2024), row 3 = item 1, row 4 = item 2.
const items = [action(1), action(2, { title: 'Kartalla-palaute', annualCost: 5700, beneficiaries: ['residents', 'staff'] }), action(3, { roadmapYear: 2024, code: 'DT24-05', status: 'completed', progress: 100 })];

describe('an exported workbook imported back', () => {
  it('changes nothing', () => {
    const d = diff(exported(items), items);
    expect(counts(d)).toEqual({ created: 0, updated: 0, unchanged: 3, missing: 0, conflicts: 0, errors: 0 });
    expect(hasChanges(d)).toBe(false);
  });

  it('finds an edited cell as exactly that field change', () => {
    const d = diff(exported(items, (rows) => { rows[1][col('status')] = text('Käynnissä'); }), items);
    expect(d.updated).toEqual([expect.objectContaining({ id: 1, etag: '"1"', patch: { status: 'in-progress' } })]);
    expect(d.updated[0].changes).toEqual([{ key: 'status', column: 'Tila', from: 'planned', to: 'in-progress', fromText: 'Suunniteltu', toText: 'Käynnissä' }]);
  });

  it('creates a new row with a generated code after the year’s highest', () => {
    const d = diff(exported(items, (rows) => {
      appendNewAction(rows, 'Uusi palvelu');
    }), items);
    expect(d.created).toHaveLength(1);
    expect(d.created[0]).toMatchObject({ row: 5, generatedCode: 'DT25-03', fields: { title: 'Uusi palvelu', code: 'DT25-03', level: 'sector', statutory: false, beneficiaries: [] } });
  });

  it('reports a removed row as missing, and deletes it only when asked', () => {
    const grid = exported(items, (rows) => { rows.splice(2, 1); });
    const d = diff(grid, items);
    expect(d.missing).toEqual([{ id: 2, etag: '"1"', code: 'DT25-02', title: 'Kartalla-palaute', delete: false }]);
    expect(d.warnings.map((w) => w.message)).toContain('Toimenpide DT25-02 ”Kartalla-palaute” puuttuu tiedostosta. Sitä ei poistettu.');
    expect(diff(grid, items, true).missing[0].delete).toBe(true);
  });

  it('leaves alone items created after the export', () => {
    const d = diff(exported(items), [...items, action(9)], true);
    expect(d.missing).toEqual([]);
  });
});

describe('when SharePoint changed an item after the export', () => {
  const newer = (id: number, changes: Partial<RoadmapAction>) => items.map((i) => (i.id === id ? { ...i, ...changes, etag: '"2"' } : i));

  it('applies a field changed only in the file, with the item’s current etag', () => {
    const d = diff(exported(items, (rows) => { rows[1][col('progress')] = { kind: 'number', value: 50 }; }), newer(1, { description: 'päivitetty' }));
    expect(d.updated).toEqual([expect.objectContaining({ id: 1, etag: '"2"', patch: { progress: 50 } })]);
    expect(d.conflicts).toEqual([]);
  });

  it('keeps a field changed only in SharePoint', () => {
    const d = diff(exported(items), newer(1, { status: 'in-progress' }));
    expect(counts(d)).toMatchObject({ updated: 0, unchanged: 3, conflicts: 0 });
  });

  it('reports a field changed on both sides as a conflict with both values, and writes nothing of that row', () => {
    const grid = exported(items, (rows) => {
      rows[1][col('status')] = text('Peruttu');
      rows[1][col('progress')] = { kind: 'number', value: 10 };
    });
    const d = diff(grid, newer(1, { status: 'in-progress' }));
    expect(d.updated).toEqual([]);
    expect(d.conflicts).toEqual([{
      row: 3, id: 1, code: 'DT25-01', title: 'Toimenpide 1', reason: 'bothChanged', message: expect.stringContaining('sekä tiedostossa että SharePointissa'),
      fields: [{ key: 'status', column: 'Tila', file: 'Peruttu', sharepoint: 'Käynnissä', base: 'Suunniteltu' }]
    }]);
  });

  it('sees no conflict when both sides made the same change', () => {
    const d = diff(exported(items, (rows) => { rows[1][col('status')] = text('Käynnissä'); }), newer(1, { status: 'in-progress' }));
    expect(counts(d)).toMatchObject({ updated: 0, unchanged: 3, conflicts: 0 });
  });

  it('treats every difference as a conflict when the workbook does not show what was exported', () => {
    const grid = exported(items, (rows) => { rows[1][col('progress')] = { kind: 'number', value: 50 }; });
    const withoutBase = { sheets: grid.sheets.filter((s) => s.name !== '_tiekartta') };
    const d = diff(withoutBase, newer(1, { description: 'päivitetty' }));
    // The description differs too: without the base nobody can tell which side changed it.
    expect(d.conflicts).toEqual([expect.objectContaining({ id: 1, reason: 'noBase', fields: [
      expect.objectContaining({ key: 'description', file: '', sharepoint: 'päivitetty' }),
      expect.objectContaining({ key: 'progress', file: '50', sharepoint: '0' })
    ] })]);
  });

  it('does not delete a missing item that SharePoint changed after the export', () => {
    const d = diff(exported(items, (rows) => { rows.splice(2, 1); }), newer(2, { progress: 20 }), true);
    expect(d.missing).toEqual([]);
    expect(d.conflicts).toEqual([expect.objectContaining({ id: 2, reason: 'deleteChanged' })]);
  });

  it('skips an unchanged row whose item was deleted, and reports a changed one', () => {
    const rest = items.filter((i) => i.id !== 2);
    expect(diff(exported(items), rest).warnings.map((w) => w.message)).toContain('Toimenpide on poistettu SharePointista viennin jälkeen; rivi ohitettiin.');
    const d = diff(exported(items, (rows) => { rows[2][col('progress')] = { kind: 'number', value: 70 }; }), rest);
    expect(d.conflicts).toEqual([expect.objectContaining({ row: 4, id: 2, reason: 'deletedOnServer', fields: [expect.objectContaining({ key: 'progress', file: '70' })] })]);
  });
});

describe('the city’s own workbook (no id columns)', () => {
  const legacy = (rows: (string | number | null)[][]) =>
    workbook(sheet('Tiekartta 2025', [['Digitiekartta 2025'], ['Tunnus', 'Toimenpide', 'Tiekarttavuosi', 'Tavoite tai kyvykkyys', 'Taso', 'Tila', 'Kertakustannus €'], ...rows]));

  it('matches rows by code, then by title within the roadmap year, and creates the rest with new codes', () => {
    const d = diff(legacy([
      ['DT25-01', 'Toimenpide 1', 2025, 'A', 'TORI', 'Suunniteltu', '1 000,00 €'],
      [null, 'Kartalla-palaute', 2025, 'A', 'TORI', 'Käynnissä', 1000],
      [null, 'Toimenpide 3', 2025, 'C', 'Analytiikka ja data', 'Ehdotettu', null],
      ['DT25-10', 'Uusi', 2025, 'B', 'perusta', 'Ehdotettu', null]
    ]), items);
    expect(d.unchanged).toEqual([{ row: 3, id: 1 }]);
    expect(d.updated).toEqual([expect.objectContaining({ row: 4, id: 2, patch: { status: 'in-progress' } })]);
    // 'Toimenpide 3' is a 2024 item: not the same action as a 2025 row of the same name.
    expect(d.created.map((c) => [c.row, c.fields.code, c.generatedCode])).toEqual([[5, 'DT25-11', 'DT25-11'], [6, 'DT25-10', undefined]]);
    // Missing: only items of the years the file covers.
    expect(d.missing).toEqual([]);
  });

  it('reports items of the file’s years that the file lacks', () => {
    const d = diff(legacy([['DT25-01', 'Toimenpide 1', 2025, 'A', 'TORI', 'Suunniteltu', 1000]]), items);
    expect(d.missing.map((m) => m.id)).toEqual([2]);
  });

  it('refuses to guess between two actions of the same name', () => {
    const twins = [action(1, { title: 'Sama' }), action(2, { title: 'Sama' }), action(3, { title: 'Sama' })];
    const d = diff(legacy([[null, 'Sama', 2025, 'A', 'TORI', 'Suunniteltu', 1000]]), twins);
    expect(d.errors).toEqual([{ row: 3, column: 'Toimenpide', value: 'Sama', message: expect.stringContaining('useita toimenpiteitä') }]);
  });

  it('reports two rows for the same action, and a code used twice', () => {
    const d = diff(legacy([
      ['DT25-01', 'Toimenpide 1', 2025, 'A', 'TORI', 'Suunniteltu', 1000],
      ['dt25-01 ', 'Toimenpide 1', 2025, 'A', 'TORI', 'Valmis', 1000],
      ['DT25-20', 'X', 2025, 'A', 'TORI', 'Suunniteltu', 1000],
      ['DT25-20', 'Y', 2025, 'A', 'TORI', 'Suunniteltu', 1000]
    ]), items);
    expect(d.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, 'Tunnus', 'Sama toimenpide on myös rivillä 3.'],
      [6, 'Tunnus', 'Sama tunnus on myös rivillä 5.']
    ]);
    expect(d.created.map((c) => c.row)).toEqual([5]);
  });

  it('requires what a new action needs, naming the missing column', () => {
    const grid = workbook(sheet('S', [['Toimenpide', 'Tila'], ['Uusi', 'Ehdotettu']]));
    const d = diff(grid, items);
    expect(d.errors).toEqual([
      { row: 2, column: 'Tiekarttavuosi', value: '', message: 'Kenttä Tiekarttavuosi: arvo puuttuu (pakollinen tieto)' },
      { row: 2, column: 'Tavoite tai kyvykkyys', value: '', message: 'Kenttä Tavoite tai kyvykkyys: arvo puuttuu (pakollinen tieto)' },
      { row: 2, column: 'Taso', value: '', message: 'Kenttä Taso: arvo puuttuu (pakollinen tieto)' }
    ]);
    expect(d.created).toEqual([]);
  });

  it('keeps the item’s code when the cell is blank, and refuses a code another action has', () => {
    const d = diff(exported(items, (rows) => {
      rows[0][col('code')] = undefined;
      rows[1][col('code')] = text('DT24-05');
    }), items);
    expect(d.unchanged.map((u) => u.id)).toEqual([3, 2]);
    expect(d.errors).toEqual([{ row: 3, column: 'Tunnus', value: 'DT24-05', message: 'Tunnus DT24-05 on jo toimenpiteellä ”Toimenpide 3”.' }]);
  });

  it('never takes the item of an invalid row for missing', () => {
    const d = diff(exported(items, (rows) => { rows[1][col('status')] = text('???'); }), items, true);
    expect(d.missing).toEqual([]);
    expect(d.invalidRows).toEqual([3]);
  });
});

describe('deleting missing actions never deletes one that a row matched or might match', () => {
  const legacy = (rows: (string | number | null)[][]) =>
    workbook(sheet('Tiekartta 2025', [['Tunnus', 'Toimenpide', 'Tiekarttavuosi', 'Tavoite tai kyvykkyys', 'Taso', 'Tila'], ...rows]));
  const twins = [action(1, { title: 'Sama' }), action(2, { title: 'Sama' }), action(3, { title: 'Muu' }), action(4, { title: 'Neljäs' })];
  const other = ['DT25-03', 'Muu', 2025, 'A', 'TORI', 'Suunniteltu'];

  it('an ambiguous row (same title and year as two items): neither item is missing, only the unmentioned one', () => {
    const d = diff(legacy([[null, 'Sama', 2025, 'A', 'TORI', 'Suunniteltu'], other]), twins, true);
    expect(d.invalidRows).toEqual([2]);
    expect(d.missing.map((m) => [m.id, m.delete])).toEqual([[4, true]]);
    expect(applyToItems(twins, d).map((i) => i.id)).toEqual([1, 2, 3]);
  });

  it('an ambiguous row spelt differently (case, spacing) still protects both items', () => {
    const d = diff(legacy([[null, '  SAMA ', 2025, 'A', 'TORI', 'Suunniteltu'], other]), twins, true);
    expect(d.missing.map((m) => m.id)).toEqual([4]);
  });

  it('a row whose year cannot be read might be the item of that title in any year', () => {
    const items3 = [action(1, { title: 'Sama' }), action(2, { title: 'Muu' }), action(3, { title: 'Kolmas' })];
    const d = diff(legacy([[null, 'Sama', '2025x', 'A', 'TORI', 'Suunniteltu'], ['DT25-02', 'Muu', 2025, 'A', 'TORI', 'Suunniteltu']]), items3, true);
    expect(d.invalidRows).toEqual([2]);
    expect(d.missing.map((m) => m.id)).toEqual([3]);
  });

  it('an exported row whose id cell was damaged is still its action, by code', () => {
    const d = diff(exported(items, (rows) => { rows[1][col('id')] = text('1x'); }), items, true);
    expect(d.errors.map((e) => e.row)).toEqual([3]);
    expect(d.missing).toEqual([]);
  });

  it('with invalid rows skipped, the items of the skipped rows stay', () => {
    const d = diff(legacy([['DT25-01', 'Sama', 2025, 'A', 'TORI', '???'], [null, 'Sama', 2025, 'A', 'TORI', 'Valmis'], other]), twins, true);
    // Row 2 is invalid (its status) and names item 1; row 3 is then item 2: only item 4 is missing.
    expect(d.invalidRows).toEqual([2]);
    expect(d.updated.map((u) => [u.row, u.id])).toEqual([[3, 2]]);
    expect(d.missing.map((m) => m.id)).toEqual([4]);
  });
});

describe('rules across fields', () => {
  it('refuses a change that breaks a rule with a field the file does not show', () => {
    const grid = workbook(sheet('S', [['Tunnus', 'Toimenpide', 'Päättyy'], ['DT25-01', 'Toimenpide 1', '1.1.2024']]));
    const d = diff(grid, [action(1, { start: '2025-Q1' })]);
    expect(d.updated).toEqual([]);
    expect(d.errors).toEqual([{ row: 2, column: 'Päättyy', value: '1.1.2024', message: 'Kenttä Päättyy: arvo 1.1.2024 on ennen alkua (2025 Q1)' }]);
  });

  it('warns about a completed action below 100 % but saves it', () => {
    const grid = workbook(sheet('S', [['Tunnus', 'Toimenpide', 'Tila', 'Edistyminen %'], ['DT25-01', 'Toimenpide 1', 'Valmis', 80]]));
    const d = diff(grid, [action(1)]);
    expect(d.updated).toHaveLength(1);
    expect(d.errors).toEqual([]);
    expect(d.warnings).toEqual([{ row: 2, column: 'Edistyminen %', value: '80', message: expect.stringContaining('pitäisi olla 100') }]);
  });
});

describe('applying the same file twice', () => {
  it('changes nothing the second time', () => {
    const grid = exported(items, (rows) => {
      rows[1][col('status')] = text('Valmis');
      appendNewAction(rows, 'Uusi');
      rows.splice(2, 1);
    });
    const first = diff(grid, items, true);
    expect(counts(first)).toMatchObject({ created: 1, updated: 1, missing: 1 });
    const after = applyToItems(items, first);
    const second = diff(grid, after, true);
    expect(hasChanges(second)).toBe(false);
    expect(second.conflicts).toEqual([]);
    expect(applyToItems(after, second)).toEqual(after);
  });
});
