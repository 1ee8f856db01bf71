import { DEFAULT_LOCATION_STATE, stateFromQuery, stateToQuery, type RoadmapLocationState } from './url';

/**
 * Links to one action (or its report form) on the SharePoint page and as a Teams deep link. The
 * roadmap state travels as a query string: on a page it is the page's query; in Teams it is the
 * tab's `subEntityId`, which Teams hands back to the tab when the link is opened.
 */
export function actionState(code: string, report = false): RoadmapLocationState {
  return { ...DEFAULT_LOCATION_STATE, action: code, report };
}

/** A link to the page with the state in its query (other parameters of the page URL are dropped). */
export function pageLink(pageUrl: string, state: RoadmapLocationState): string {
  const base = pageUrl.split('#')[0].split('?')[0];
  const query = stateToQuery(state);
  return query ? `${base}?${query}` : base;
}

export interface TeamsTabRef {
  /** The Teams app id (the solution's Teams manifest id). */
  readonly appId: string;
  /** The tab's entity id. */
  readonly entityId: string;
  /** Shown as the link text in Teams. */
  readonly label?: string;
  /** The channel, for a channel tab (`19:...@thread.tacv2`). */
  readonly channelId?: string;
}

/** `https://teams.microsoft.com/l/entity/<appId>/<entityId>?label=…&context={"subEntityId":…}` */
export function teamsEntityLink(tab: TeamsTabRef, subEntityId: string): string {
  const context: Record<string, string> = { subEntityId };
  if (tab.channelId) context.channelId = tab.channelId;
  const params = new URLSearchParams();
  if (tab.label) params.set('label', tab.label);
  params.set('context', JSON.stringify(context));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?${params.toString()}`;
}

/** The tab opened with a roadmap state: the state's query is the `subEntityId`. */
export function teamsDeepLink(tab: TeamsTabRef, state: RoadmapLocationState): string {
  return teamsEntityLink(tab, stateToQuery(state));
}

/** The state a Teams tab was opened with (its `subEntityId`); a bare action code is accepted too. */
export function stateFromSubEntityId(subEntityId: string | undefined | null): RoadmapLocationState {
  const value = (subEntityId ?? '').trim();
  if (value === '') return DEFAULT_LOCATION_STATE;
  return value.indexOf('=') < 0 ? stateFromQuery(`action=${encodeURIComponent(value)}`) : stateFromQuery(value);
}
