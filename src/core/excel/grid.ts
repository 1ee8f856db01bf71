import type { CellInput } from './cells';

/**
 * A workbook as plain data: what the ExcelJS adapter reads and the pure core works on. Only rows with at
 * least one value are listed; `cells[0]` is column A.
 */
export interface GridRow {
  /** The Excel row number (1-based), as people see it. */
  readonly number: number;
  readonly cells: readonly (CellInput | undefined)[];
}

export interface SheetGrid {
  readonly name: string;
  /** `hidden` or `veryHidden` sheets are not where people edit the roadmap. */
  readonly hidden: boolean;
  readonly rows: readonly GridRow[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

/** The name of the very hidden sheet that records what an export wrote (see `base.ts`). */
export const BASE_SHEET_NAME = '_tiekartta';
