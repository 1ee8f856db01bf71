import type { RoadmapAction, RoadmapActionFields } from '../../../src/core/schema';
import type { RoadmapWorkbookModel, ExportCell } from '../../../src/core/excel/export';
import type { BaseCell } from '../../../src/core/excel/base';
import type { CellInput } from '../../../src/core/excel/cells';
import { WORKBOOK_COLUMNS } from '../../../src/core/excel/columns';
import type { GridRow, SheetGrid, WorkbookGrid } from '../../../src/core/excel/grid';

/** A complete, valid action as SharePoint would return it. */
export function action(id: number, overrides: Partial<RoadmapAction> = {}): RoadmapAction {
  const fields: RoadmapActionFields = {
    title: `Toimenpide ${id}`, code: `DT25-${String(id).padStart(2, '0')}`, description: null, roadmapYear: 2025, goal: 'A',
    level: 'shared', statutory: false, longTermBenefit: 'renewal', beneficiaries: ['residents'], costClass: 'S', impactClass: 'M',
    developmentModel: 'network', needSource: 'strategy', responsibleDirector: 'hallinto', owner: { email: `owner${id}@porvoo.fi` },
    status: 'planned', trafficLight: null, progress: 0, start: '2025-Q1', end: '2025-12-31', oneTimeCost: 1000, annualCost: null,
    actualCost: null, funding: 'own-budget', impacts: null, effectIndicator: null, approvedOn: null, lastReportOn: null,
    decisionNeeded: false, approvalState: null, boardDecisionRef: null, carriedFrom: null, fromIdea: null
  };
  return { ...fields, id, etag: `"1"`, ...overrides } as RoadmapAction;
}

export const text = (t: string): CellInput => ({ kind: 'text', text: t });
export const num = (value: number, percent?: boolean): CellInput => ({ kind: 'number', value, percent });

/** A sheet from rows of cells; strings become text cells, numbers number cells, null blanks. */
export function sheet(name: string, rows: (readonly (string | number | boolean | CellInput | null)[] | null)[], hidden = false): SheetGrid {
  const gridRows: GridRow[] = [];
  rows.forEach((cells, i) => {
    if (!cells) return;
    gridRows.push({
      number: i + 1,
      cells: cells.map((c) =>
        c === null ? undefined : typeof c === 'string' ? text(c) : typeof c === 'number' ? num(c) : typeof c === 'boolean' ? { kind: 'boolean', value: c } : c
      )
    });
  });
  return { name, hidden, rows: gridRows };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export const NOW = new Date('2025-03-14T10:00:00Z');


function exportToInput(cell: ExportCell): CellInput | undefined {
  if (!cell) return undefined;
  if (cell.kind === 'text') return cell.text === '' ? undefined : { kind: 'text', text: cell.text };
  if (cell.kind === 'number') return { kind: 'number', value: cell.value };
  return { kind: 'date', day: cell.day };
}

function baseToInput(cell: BaseCell): CellInput | undefined {
  if (cell === null) return undefined;
  return typeof cell === 'number' ? { kind: 'number', value: cell } : { kind: 'text', text: cell };
}

/** What an export would look like to the importer, without ExcelJS in between (the pure round trip). */
export function modelToGrid(model: RoadmapWorkbookModel, edit?: (rows: (CellInput | undefined)[][]) => void): WorkbookGrid {
  const body = model.rows.map((r) => r.map(exportToInput));
  edit?.(body);
  return {
    sheets: [
      { name: model.sheets.roadmap, hidden: false, rows: [{ number: 1, cells: model.columns.map((c) => text(c.header)) }, ...body.map((cells, i) => ({ number: i + 2, cells }))] },
      { name: model.sheets.choices, hidden: true, rows: [] },
      { name: model.sheets.base, hidden: true, rows: model.base.map((r, i) => ({ number: i + 1, cells: r.map(baseToInput) })) }
    ]
  };
}

import type { WorkbookDiff } from '../../../src/core/excel/diff';

/** What SharePoint would hold after applying a diff (new ids, bumped etags): for idempotency tests. */
export function applyToItems(items: readonly RoadmapAction[], diff: WorkbookDiff): RoadmapAction[] {
  const bump = (etag: string) => `"${Number(etag.replace(/"/g, '')) + 1}"`;
  const deleted = new Set(diff.missing.filter((m) => m.delete).map((m) => m.id));
  let nextId = Math.max(0, ...items.map((i) => i.id)) + 1;
  const result = items
    .filter((i) => !deleted.has(i.id))
    .map((i) => {
      const u = diff.updated.find((x) => x.id === i.id);
      return u ? ({ ...i, ...u.patch, etag: bump(i.etag) } as RoadmapAction) : i;
    });
  for (const c of diff.created) result.push({ ...c.fields, id: nextId++, etag: '"1"' } as RoadmapAction);
  return result;
}

/** Adds a row for a new 2025 action (goal B, level "TOSI", proposed) at the end of an edited export. */
export function appendNewAction(rows: (CellInput | undefined)[][], title: string): void {
  const row: (CellInput | undefined)[] = WORKBOOK_COLUMNS.map(() => undefined);
  const at = (key: string): number => WORKBOOK_COLUMNS.findIndex((c) => c.key === key);
  row[at('title')] = text(title);
  row[at('roadmapYear')] = { kind: 'number', value: 2025 };
  row[at('goal')] = text('B');
  row[at('level')] = text('TOSI');
  row[at('status')] = text('Ehdotettu');
  rows.push(row);
}
