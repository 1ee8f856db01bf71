import type { SPFI } from '@pnp/sp';
import type { Lang } from '../../core/i18n/catalog';
import type { ImportSummary } from '../../core/excel/report';
import type { ImportRights } from '../../core/excel/rights';
import type { ROADMAP_ACTIONS } from '../../core/schema';
import type { IListRepository } from '../../data/contracts';

/** What the Excel components need of the data layer: the actions repository (`createRepositories(sp)`). */
export interface IExcelRepositories {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
}

/** The roadmap workbook in a document library of the site, read and saved back with its etag. */
export interface IExcelLibraryFile {
  /** The configured SPFI of the programme site. */
  readonly sp: SPFI;
  /** Site-relative path, e.g. `Shared Documents/tiekartta_v2.xlsx`. */
  readonly path: string;
}

/** Where the city keeps its roadmap workbook unless the web part is configured otherwise. */
export const DEFAULT_WORKBOOK_PATH = 'Shared Documents/tiekartta_v2.xlsx';

/** The outcome of an Excel command, for the host's own notice (and live region). */
export interface IExcelCommandResult {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

export interface IExcelExportButtonProps {
  readonly repositories: IExcelRepositories;
  /** Language of the headers, values and instructions in the workbook, and of the button. */
  readonly lang: Lang;
  /** Only these roadmap years, e.g. the roadmap's year filter (empty or absent: every year). */
  readonly years?: readonly number[];
  /** The downloaded file's name (default `tiekartta.xlsx`, or `tiekartta-2025.xlsx` with years). */
  readonly fileName?: string;
  /**
   * When given, the button opens a menu: download the file, or save it to this library file as a new
   * version (never over a version saved since its etag was read).
   */
  readonly library?: IExcelLibraryFile;
  /** When given, the outcome is reported here (e.g. the web part's notice) instead of under the button. */
  readonly onResult?: (result: IExcelCommandResult) => void;
  readonly testId?: string;
  /** The clock (tests); default `new Date()`. */
  readonly now?: () => Date;
}

export interface IExcelImportPanelProps {
  readonly repositories: IExcelRepositories;
  readonly lang: Lang;
  /**
   * The importer's rights (`readUserRights`): changes they may not make become errors of their rows
   * (src/core/excel/rights.ts); deleting missing actions and saving back to the library are offered to
   * those who edit the whole list. Null = unknown: nothing may be changed.
   */
  readonly rights: ImportRights | null;
  readonly isOpen: boolean;
  readonly onDismiss: () => void;
  /** Called after changes were saved, e.g. to reload the roadmap table. */
  readonly onApplied?: (summary: ImportSummary) => void;
  /** Offer to read the workbook from this library file, and (to the steering group) to save the refreshed workbook back there. */
  readonly library?: IExcelLibraryFile;
  readonly now?: () => Date;
}
