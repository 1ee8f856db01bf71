import type { SPFI } from '@pnp/sp';
import type { Lang } from '../../core/i18n/catalog';
import type { ImportSummary } from '../../core/excel/report';
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

export interface IExcelExportButtonProps {
  readonly repositories: IExcelRepositories;
  /** Language of the headers, values and instructions in the workbook, and of the button. */
  readonly lang: Lang;
  /** Only this roadmap year (default: every year). */
  readonly year?: number;
  /** The downloaded file's name (default `tiekartta.xlsx`, or `tiekartta-2025.xlsx` with a year). */
  readonly fileName?: string;
  /** When given, the button saves to this library file (as a new version) instead of downloading. */
  readonly library?: IExcelLibraryFile;
  /** The clock (tests); default `new Date()`. */
  readonly now?: () => Date;
}

export interface IExcelImportPanelProps {
  readonly repositories: IExcelRepositories;
  readonly lang: Lang;
  readonly isOpen: boolean;
  readonly onDismiss: () => void;
  /** Called after changes were saved, e.g. to reload the roadmap table. */
  readonly onApplied?: (summary: ImportSummary) => void;
  /** Offer to read the workbook from this library file, and to save the refreshed workbook back there. */
  readonly library?: IExcelLibraryFile;
  readonly now?: () => Date;
}
