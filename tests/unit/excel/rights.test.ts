import fc from 'fast-check';
import type { CellInput } from '../../../src/core/excel/cells';
import { WORKBOOK_COLUMNS } from '../../../src/core/excel/columns';
import { diffWorkbookAgainstList, hasChanges, type WorkbookDiff } from '../../../src/core/excel/diff';
import { roadmapWorkbookModel } from '../../../src/core/excel/export';
import type { WorkbookGrid } from '../../../src/core/excel/grid';
import { readRoadmapRows } from '../../../src/core/excel/read';
import { importSummary } from '../../../src/core/excel/report';
import { restrictDiffToRights, WHOLE_FILE_ROW, type ImportRights } from '../../../src/core/excel/rights';
import { canImportWorkbook } from '../../../src/core/roadmap/permissions';
import type { RoadmapAction } from '../../../src/core/schema';
import { action, appendNewAction, modelToGrid, NOW, text } from './fixtures';

const col = (key: string) => WORKBOOK_COLUMNS.findIndex((c) => c.key === key);

function exported(items: readonly RoadmapAction[], edit?: (rows: (CellInput | undefined)[][]) => void): WorkbookGrid {
  return modelToGrid(roadmapWorkbookModel(items, { lang: 'fi', now: NOW }), edit);
}

function diff(grid: WorkbookGrid, items: readonly RoadmapAction[], deleteMissing = false): WorkbookDiff {
  const rows = readRoadmapRows(grid, { lang: 'fi' });
  if (!rows.ok) throw new Error(rows.error.message);
  return diffWorkbookAgainstList(rows.value, items, { lang: 'fi', deleteMissing }, NOW);
}

// Exported in code order: row 2 = DT25-01 (owner1), row 3 = DT25-02 (owner2), row 4 = DT25-03 (owner1).
const items = [action(1), action(2), action(3, { owner: { email: 'owner1@porvoo.fi' } })];
const steering: ImportRights = { email: 'johto@porvoo.fi', canEditAllActions: true };
const owner1: ImportRights = { email: 'Owner1@Porvoo.fi', canEditAllActions: false };
const reader: ImportRights = { email: 'lukija@porvoo.fi', canEditAllActions: false };

describe('an import restricted to the importer’s rights', () => {
  it('lets the steering group apply everything the diff holds', () => {
    const d = diff(exported(items, (rows) => {
      rows[1][col('status')] = text('Käynnissä');
      appendNewAction(rows, 'Uusi');
    }), items);
    expect(d.created).toHaveLength(1);
    expect(restrictDiffToRights(d, items, steering, 'fi')).toBe(d);
  });

  it('lets an owner change their own actions (the e-mail in any case) with nothing refused', () => {
    const d = diff(exported(items, (rows) => {
      rows[0][col('status')] = text('Käynnissä');
      rows[2][col('description')] = text('Oma tarkennus');
    }), items);
    const r = restrictDiffToRights(d, items, owner1, 'fi');
    expect(r).toBe(d);
    expect(r.updated.map((u) => u.id)).toEqual([1, 3]);
  });

  it('refuses an owner’s change to someone else’s action as an error of that row, never written', () => {
    const d = diff(exported(items, (rows) => {
      rows[0][col('status')] = text('Käynnissä');
      rows[1][col('description')] = text('Toisen toimenpide');
      rows[1][col('progress')] = { kind: 'number', value: 40 };
    }), items);
    expect(d.updated).toHaveLength(2);
    const r = restrictDiffToRights(d, items, owner1, 'fi');
    expect(r.updated.map((u) => u.id)).toEqual([1]);
    expect(r.errors).toEqual([
      { row: 3, column: 'Kuvaus', value: 'Toisen toimenpide', message: 'Toimenpide DT25-02 ei ole vastuullasi: vain sen vastuuhenkilö tai digijohtoryhmä voi muuttaa sitä. Riviä ei tallenneta.' },
      { row: 3, column: 'Edistyminen %', value: '40', message: expect.stringContaining('DT25-02 ei ole vastuullasi') }
    ]);
    expect(r.invalidRows).toEqual([3]);
    // The summary shows it like any invalid row: by default nothing at all is written.
    expect(importSummary(r)).toMatchObject({ updated: 1, errors: [expect.objectContaining({ row: 3 }), expect.objectContaining({ row: 3 })] });
  });

  it('goes by the owner in SharePoint, not by the owner the file names', () => {
    const d = diff(exported(items, (rows) => {
      rows[1][col('owner')] = text('owner1@porvoo.fi');
    }), items);
    const r = restrictDiffToRights(d, items, owner1, 'fi');
    expect(r.updated).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, column: 'Vastuuhenkilö', value: 'owner1@porvoo.fi' })]);
  });

  it('refuses the steering group’s fields on an owner’s own row, and the whole row with them', () => {
    const d = diff(exported(items, (rows) => {
      rows[0][col('code')] = text('DT25-09');
      rows[0][col('status')] = text('Käynnissä');
    }), items);
    const r = restrictDiffToRights(d, items, owner1, 'fi');
    expect(r.updated).toEqual([]);
    expect(r.errors).toEqual([{ row: 2, column: 'Tunnus', value: 'DT25-09', message: 'Vain digijohtoryhmä voi muuttaa tätä tietoa. Riviä ei tallenneta.' }]);
  });

  it('refuses new rows and deletions to an owner; a missing action is then only reported', () => {
    const d = diff(exported(items, (rows) => {
      rows.splice(1, 1);
      appendNewAction(rows, 'Oma uusi idea');
    }), items, true);
    expect(d.created).toHaveLength(1);
    expect(d.missing).toEqual([expect.objectContaining({ id: 2, delete: true })]);
    const r = restrictDiffToRights(d, items, owner1, 'fi');
    expect(r.created).toEqual([]);
    expect(r.missing).toEqual([expect.objectContaining({ id: 2, delete: false })]);
    expect(hasChanges(r)).toBe(false);
    expect(r.errors).toEqual([
      { row: WHOLE_FILE_ROW, column: 'Tunnus', value: 'DT25-02', message: 'Vain digijohtoryhmä voi poistaa toimenpiteitä. Toimenpidettä DT25-02 ei poisteta.' },
      { row: 4, column: 'Toimenpide', value: 'Oma uusi idea', message: 'Vain digijohtoryhmä voi lisätä toimenpiteitä. Riviä ei tallenneta.' }
    ]);
    expect(r.warnings.map((w) => w.message)).toContain('Toimenpide DT25-02 ”Toimenpide 2” puuttuu tiedostosta. Sitä ei poistettu.');
    expect(r.warnings.map((w) => w.message)).not.toContain('Toimenpide DT25-02 ”Toimenpide 2” puuttuu tiedostosta ja poistetaan.');
  });

  it('turns a conflict on someone else’s action into an error the owner can act on', () => {
    const newer = items.map((i): RoadmapAction => (i.id === 2 ? { ...i, status: 'in-progress', etag: '"2"' } : i));
    const d = diff(exported(items, (rows) => { rows[1][col('status')] = text('Peruttu'); }), newer);
    expect(d.conflicts).toHaveLength(1);
    const r = restrictDiffToRights(d, newer, owner1, 'fi');
    expect(r.conflicts).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, column: 'Tila', value: 'Peruttu', message: expect.stringContaining('DT25-02') })]);
  });

  it('refuses every change of someone who owns nothing, or whose rights are unknown', () => {
    const d = diff(exported(items, (rows) => { rows[0][col('status')] = text('Käynnissä'); }), items);
    for (const rights of [reader, null]) {
      const r = restrictDiffToRights(d, items, rights, 'sv');
      expect(r.updated).toEqual([]);
      expect(r.errors).toEqual([expect.objectContaining({ row: 2, message: 'Du ansvarar inte för åtgärd DT25-01: endast dess ansvarsperson eller digiledningsgruppen kan ändra den. Raden sparas inte.' })]);
    }
  });

  it('never lets a refused row through, and refuses only what the owner may not change (property)', () => {
    const many = Array.from({ length: 8 }, (_, i) => action(i + 1));
    fc.assert(fc.property(
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), // who owns each action
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), // which rows are edited
      (owned, edited) => {
        const list = many.map((a, i) => ({ ...a, owner: { email: owned[i] ? 'me@porvoo.fi' : `other${i}@porvoo.fi` } }));
        const d = diff(exported(list, (rows) => rows.forEach((r, i) => { if (edited[i]) r[col('status')] = text('Käynnissä'); })), list);
        const r = restrictDiffToRights(d, list, { email: 'me@porvoo.fi', canEditAllActions: false }, 'fi');
        const expectWritten = list.filter((_, i) => edited[i] && owned[i]).map((a) => a.id);
        const expectRefusedRows = list.map((_, i) => i + 2).filter((_, i) => edited[i] && !owned[i]);
        expect(r.updated.map((u) => u.id).sort((a, b) => a - b)).toEqual(expectWritten);
        expect([...new Set(r.errors.map((e) => e.row))]).toEqual(expectRefusedRows);
        expect(r.invalidRows).toEqual(expectRefusedRows);
      }
    ), { numRuns: 50 });
  });
});

describe('who is offered the import', () => {
  it('is the steering group and owners of at least one action, never readers', () => {
    expect(canImportWorkbook(steering, [])).toBe(true);
    expect(canImportWorkbook(owner1, items)).toBe(true);
    expect(canImportWorkbook(reader, items)).toBe(false);
    expect(canImportWorkbook(null, items)).toBe(false);
  });
});
