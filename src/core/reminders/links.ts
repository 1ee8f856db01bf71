import { actionState, pageLink, teamsDeepLink, teamsEntityLink, type TeamsTabRef } from '../roadmap/deepLink';
import { DEFAULT_LOCATION_STATE } from '../roadmap/url';

/**
 * Deep links in reminders: to an action's status form on the SharePoint page and to the Teams tab.
 * They are built by the roadmap's own link builders (src/core/roadmap/deepLink.ts), so a reminder
 * links to exactly the state the roadmap web part reads back (`?action=DT25-07&report=1`; in Teams the
 * same query as the tab's `subEntityId`).
 */

export type TeamsTabConfig = TeamsTabRef;

export interface ReminderLinks {
  /** The SharePoint page with the roadmap web part, e.g. `https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx`. */
  readonly statusPageUrl: string;
  /** The steering group's Teams tab; without it the messages link to the page only. */
  readonly teams?: TeamsTabConfig;
}

/** The page with an action's status form open. */
export function statusFormLink(pageUrl: string, actionCode: string): string {
  return pageLink(pageUrl, actionState(actionCode, true));
}

/** The page itself (the whole roadmap). */
export function roadmapPageLink(pageUrl: string): string {
  return pageLink(pageUrl, DEFAULT_LOCATION_STATE);
}

/** The Teams tab, opened with `subEntityId` (empty: the whole roadmap). */
export function teamsTabLink(tab: TeamsTabConfig, subEntityId = ''): string {
  return teamsEntityLink(tab, subEntityId);
}

/** The Teams tab with an action's status form open. */
export function teamsStatusFormLink(tab: TeamsTabConfig, actionCode: string): string {
  return teamsDeepLink(tab, actionState(actionCode, true));
}
