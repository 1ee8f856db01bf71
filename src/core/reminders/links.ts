/**
 * Deep links in reminders: to an action's status form on the SharePoint page and to the Teams tab.
 * The page link uses the roadmap's URL state (`?action=DT25-07&report=1`); the Teams link carries the
 * same query as the tab's `subEntityId`, which Teams hands back to the tab when the link is opened.
 */

export interface TeamsTabConfig {
  /** The Teams app id (the app manifest's `id`). */
  readonly appId: string;
  /** The tab's `entityId`. */
  readonly entityId: string;
  /** Link label Teams shows. */
  readonly label?: string;
  /** For a channel tab: the channel id (`19:...@thread.tacv2`). */
  readonly channelId?: string;
}

export interface ReminderLinks {
  /** The SharePoint page with the roadmap web part, e.g. `https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx`. */
  readonly statusPageUrl: string;
  /** The steering group's Teams tab; without it the messages link to the page only. */
  readonly teams?: TeamsTabConfig;
}

function pageBase(pageUrl: string): string {
  return pageUrl.split('#')[0].split('?')[0];
}

/** The page with an action's status form open. */
export function statusFormLink(pageUrl: string, actionCode: string): string {
  const query = new URLSearchParams({ action: actionCode, report: '1' });
  return `${pageBase(pageUrl)}?${query.toString()}`;
}

/** The page itself (the whole roadmap). */
export function roadmapPageLink(pageUrl: string): string {
  return pageBase(pageUrl);
}

/** `https://teams.microsoft.com/l/entity/<appId>/<entityId>?label=…&context={"subEntityId":…}` */
export function teamsTabLink(tab: TeamsTabConfig, subEntityId = ''): string {
  const context: Record<string, string> = { subEntityId };
  if (tab.channelId) context.channelId = tab.channelId;
  const params = new URLSearchParams();
  if (tab.label) params.set('label', tab.label);
  params.set('context', JSON.stringify(context));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?${params.toString()}`;
}

/** The Teams tab with an action's status form open. */
export function teamsStatusFormLink(tab: TeamsTabConfig, actionCode: string): string {
  return teamsTabLink(tab, new URLSearchParams({ action: actionCode, report: '1' }).toString());
}
