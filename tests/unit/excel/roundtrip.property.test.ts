import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { diffWorkbookAgainstList } from '../../../src/core/excel/diff';
import { EXCEL_FIELDS } from '../../../src/core/excel/columns';
import { exportCell } from '../../../src/core/excel/export';
import { sameValue, canonicalValue } from '../../../src/core/excel/values';
import { exportRoadmapWorkbook, readWorkbookRows } from '../../../src/excel/roundtrip';
import { validateRoadmapAction } from '../../../src/core/validation';
import { LANGUAGES, type Lang } from '../../../src/core/i18n/catalog';
import type { RoadmapAction, RoadmapActionFields } from '../../../src/core/schema';
import { validRoadmapAction } from '../../support/roadmapActionArbitrary';
import { NOW } from './fixtures';

/**
 * Properties of the round trip through real ExcelJS files: an export imported back changes nothing, and
 * editing cells (in any of the three languages) is found as exactly those field changes.
 */

jest.setTimeout(120_000);

const lang = fc.constantFrom<Lang>(...LANGUAGES);

/** Actions as SharePoint holds them: ids, etags, codes unique (the list enforces it). */
const storedActions = fc.array(validRoadmapAction, { minLength: 1, maxLength: 6 }).map((list) => {
  const seen = new Set<string>();
  return list.map((fields, i) => {
    const code = fields.code && !seen.has(fields.code.toUpperCase()) ? fields.code : null;
    if (code) seen.add(code.toUpperCase());
    return { ...fields, code, id: i + 1, etag: `"${i + 3}"` } as RoadmapAction;
  });
});

async function importAgainst(bytes: Uint8Array, items: readonly RoadmapAction[], readLang: Lang) {
  const read = await readWorkbookRows(bytes, { lang: readLang });
  if (!read.ok) throw new Error(read.message);
  return { rows: read.rows, diff: diffWorkbookAgainstList(read.rows, items, { lang: readLang }, NOW) };
}

describe('the round trip through Excel', () => {
  it('finds no change in an exported workbook, in any language', async () => {
    await fc.assert(
      fc.asyncProperty(storedActions, lang, lang, async (items, exportLang, readLang) => {
        const bytes = await exportRoadmapWorkbook(items, { lang: exportLang, now: NOW });
        const { rows, diff } = await importAgainst(bytes, items, readLang);
        expect(rows.errors).toEqual([]);
        expect(diff.updated).toEqual([]);
        expect(diff.created).toEqual([]);
        expect(diff.conflicts).toEqual([]);
        expect(diff.missing).toEqual([]);
        expect(diff.unchanged).toHaveLength(items.length);
      }),
      { numRuns: 25 }
    );
  });

  const editable = EXCEL_FIELDS.filter((f) => f.key !== 'code');

  it('finds random cell edits as exactly those field changes', async () => {
    const edits = fc.array(
      fc.record({ row: fc.nat(), field: fc.constantFrom(...editable.map((f) => f.key)), source: validRoadmapAction, lang }),
      { minLength: 1, maxLength: 6 }
    );
    await fc.assert(
      fc.asyncProperty(storedActions, edits, lang, async (items, wanted, exportLang) => {
        // What each action should become: the edited values (the last edit of a cell wins).
        const expected = new Map<number, Record<string, unknown>>();
        for (const e of wanted) {
          const item = items[e.row % items.length];
          const field = editable.find((f) => f.key === e.field)!;
          const value = (e.source as unknown as Record<string, unknown>)[field.key];
          const changes = expected.get(item.id) ?? {};
          changes[field.key] = value;
          expected.set(item.id, changes);
        }
        // Edits that change nothing, or make an action invalid, are not what this property is about.
        for (const [id, changes] of expected) {
          const item = items.find((i) => i.id === id)! as unknown as Record<string, unknown>;
          for (const key of Object.keys(changes)) {
            if (sameValue(editable.find((f) => f.key === key)!, changes[key], item[key])) delete changes[key];
          }
          if (!validateRoadmapAction({ ...item, ...changes }).ok) return;
        }

        const bytes = await exportRoadmapWorkbook(items, { lang: exportLang, now: NOW });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        const ws = wb.worksheets[0];
        const ids = ws.getColumn(EXCEL_FIELDS.length + 1).values as unknown[];
        for (const e of wanted) {
          const item = items[e.row % items.length];
          const field = editable.find((f) => f.key === e.field)!;
          const column = EXCEL_FIELDS.indexOf(field) + 1;
          const rowNumber = ids.indexOf(item.id);
          const cell = exportCell(field, (e.source as unknown as Record<string, unknown>)[field.key], e.lang);
          const value: ExcelJS.CellValue = !cell ? null : cell.kind === 'date' ? new Date(`${cell.day}T00:00:00Z`) : cell.kind === 'number' ? cell.value : cell.text;
          ws.getRow(rowNumber).getCell(column).value = value;
        }
        const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

        const { diff } = await importAgainst(edited, items, exportLang);
        expect(diff.errors).toEqual([]);
        expect(diff.conflicts).toEqual([]);
        expect(diff.created).toEqual([]);
        const found = new Map(diff.updated.map((u) => [u.id, u.patch as Record<string, unknown>]));
        for (const item of items) {
          const changes = expected.get(item.id) ?? {};
          const patch = found.get(item.id) ?? {};
          expect(Object.keys(patch).sort()).toEqual(Object.keys(changes).sort());
          for (const key of Object.keys(changes)) {
            const field = editable.find((f) => f.key === key)!;
            expect(canonicalValue(field, patch[key])).toEqual(canonicalValue(field, changes[key]));
          }
        }
      }),
      { numRuns: 25 }
    );
  });
});

// Keep the type of the generator honest: what it yields is a complete action.
export type Generated = RoadmapActionFields;
