import type { SPFI } from '@pnp/sp';
import type { IListRepository, UserRights } from '../../data/contracts';
import type { OwnerHandOver } from '../../data/permissions';
import type { ReportAuthoritySource } from '../../data/reportAuthority';
import type { ReportingRight } from '../../data/rights';
import type { ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS } from '../../core/schema';
import type { TeamsTabRef } from '../../core/roadmap/deepLink';

/**
 * What the components need from the outside world. The web part builds it from the SPFx context, the
 * workbench from the emulator's URL; both with the real data layer (PnPjs). Components never build it.
 */
export interface IAppServices {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
  readonly statusUpdates: IListRepository<typeof STATUS_UPDATES>;
  readonly meetings: IListRepository<typeof STEERING_MEETINGS>;
  /** The programme site itself, for files in its document library (the roadmap workbook); absent in tests. */
  readonly site?: SPFI;
  /** The signed-in user's real rights (one request). */
  readRights(): Promise<UserRights>;
  /** The clock, injected so that demos and tests can run "as of" a moment. */
  now(): Date;
  /**
   * After an action's owner was saved: gives the new owner the item-level right to edit it, if the user
   * may manage permissions; `needs-admin` when not (`tiekartta rights` does it later). Absent in tests.
   */
  handOverAction?(actionId: number, ownerEmail: string, previousOwnerEmail?: string): Promise<OwnerHandOver>;
  /** Who was entitled to which status report (the steering tab's pre-read leaves out the rest). */
  readonly reportAuthority?: ReportAuthoritySource;
  /** Whether SharePoint lets the user add reports in the action's folder yet. Absent in tests (= open). */
  reportingRight?(actionId: number): Promise<ReportingRight>;
}

/**
 * Where shareable view state lives: the page's query string on SharePoint; in Teams the tab's
 * `subEntityId` on arrival (the tab's own URL is not visible to people).
 */
export interface IAppLocation {
  /** The current query string, without `?`. */
  read(): string;
  /** Replaces the query string (no new history entry: filtering is not navigation). */
  write(query: string): void;
  /** Called when the person navigates back/forward; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export type HostKind = 'sharepoint' | 'teams';

export interface IHostContext {
  readonly kind: HostKind;
  readonly location: IAppLocation;
  /** The absolute URL of the page or tab content (for "copy link" on SharePoint). */
  readonly pageUrl: string;
  /** The Teams tab this runs in, for Teams deep links (absent on a SharePoint page). */
  readonly teamsTab?: TeamsTabRef;
}

/** Teams' three themes (from the Teams client context). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';
