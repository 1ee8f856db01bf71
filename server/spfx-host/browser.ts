import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { launchChromium, type Chromium } from '../workbench/chromium';
import { EMULATOR_STEERING_GROUP_ID } from '../emulator/graph/store';
import { REPO_ROOT } from './manifests';
import { GRAPH_ENDPOINT, SITE_PATH, type SpfxHost, type WebPartKey } from './server';

/**
 * Chromium for the harness, offline. Requests to the two local origins go through untouched; every
 * request that would leave the machine is answered here or refused:
 * - `https://graph.microsoft.com/…` (the endpoint the page context names for Graph) is forwarded to the emulator's
 *   Graph part, with its CORS answer, as Microsoft Graph would answer the page;
 * - `https://teams.microsoft.com/l/entity/…` (a Teams deep link) is the Teams web client: a page holding
 *   the tab in its iframe and speaking the TeamsJS protocol (teams-host.js);
 * - TeamsJS's list of valid host origins on Microsoft's CDN is answered with the Teams origins;
 * - anything else is aborted and recorded in `blocked` (tests assert what is in it).
 */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The Teams client's settings when a tab opens: the user's Teams language and theme. */
export interface TeamsClient {
  locale: string;
  theme: TeamsTheme;
}

/** Teams tabs by entity id: the app's personal "roadmap" tab (teams/manifest.json) and channel tabs. */
export const TEAMS_TABS: Readonly<Record<string, { readonly part: WebPartKey; readonly personal: boolean }>> = {
  roadmap: { part: 'roadmap', personal: true },
  steering: { part: 'steering', personal: false },
  followup: { part: 'followup', personal: false },
  ideas: { part: 'ideas', personal: false }
};

const TEAMS_APP_ID = (JSON.parse(readFileSync(join(REPO_ROOT, 'teams', 'manifest.json'), 'utf8')) as { id: string }).id;
const TEAMS_HOST_SCRIPT = readFileSync(join(__dirname, 'teams-host.js'), 'utf8');
const STEERING_CHANNEL = { id: '19:digijohtoryhma-yleinen@thread.tacv2', name: 'Yleinen' };
/** Microsoft's fonts for Fluent UI (Segoe UI) on its CDN: unreachable offline and not needed to render. */
export const MICROSOFT_FONT = /^https:\/\/res-1\.cdn\.office\.net\/files\/fabric-cdn-prod_[^/]+\/assets\/fonts\//;
const TEAMS_VALID_ORIGINS = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

export interface OfflineBrowser {
  readonly context: BrowserContext;
  /** Requests refused because they would have left the machine (Microsoft's font files listed apart). */
  readonly blocked: string[];
  readonly blockedFonts: string[];
  /** Graph requests answered by the emulator: method and URL path. */
  readonly graphRequests: Array<{ readonly method: string; readonly path: string; readonly status: number }>;
  /** The Teams client's language and theme for tabs opened next. */
  readonly teams: TeamsClient;
  /** The Teams web client URL opening a tab, with an optional sub-entity (the app's own deep link format). */
  teamsTabLink(entityId: keyof typeof TEAMS_TABS, subEntityId?: string): string;
  /** The Teams app id (teams/manifest.json). */
  readonly teamsAppId: string;
  close(): Promise<void>;
}

function isLocal(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost';
}

function teamsHostPage(host: SpfxHost, entityId: string, subEntityId: string, client: TeamsClient, userEmail: string): string | undefined {
  const tab = TEAMS_TABS[entityId];
  if (!tab) return undefined;
  let src = host.teamsTabUrl(tab.part, client.locale);
  if (tab.personal) src = src.replace('personal=0', 'personal');
  const config = {
    locale: client.locale,
    theme: client.theme,
    entityId,
    subEntityId,
    appId: TEAMS_APP_ID,
    sdkVersion: '2.36.0',
    sessionId: '4a6e6f1c-2b3d-4c5e-8f70-1a2b3c4d5e6f',
    userObjectId: '8b1f3c2d-4e5a-4b6c-9d7e-0f1a2b3c4d5e',
    userPrincipalName: userEmail,
    userDisplayName: userEmail,
    tenantId: 'a0c8d1f2-3b4e-4c5d-8e6f-7a8b9c0d1e2f',
    ...(tab.personal
      ? {}
      : { teamId: '19:digijohtoryhma@thread.tacv2', teamName: 'Digijohtoryhmä', groupId: EMULATOR_STEERING_GROUP_ID, channelId: STEERING_CHANNEL.id, channelName: STEERING_CHANNEL.name }),
    teamSiteUrl: `${host.origin}${SITE_PATH}`
  };
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Microsoft Teams</title>',
    '<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>',
    '<body>',
    `<iframe name="embedded-page-container" title="Digitiekartta" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`,
    `<script id="teams-host-config" type="application/json">${json}</script>`,
    `<script>${TEAMS_HOST_SCRIPT}</script>`,
    '</body></html>'
  ].join('\n');
}

const CORS_HEADERS = 'authorization,content-type,accept,client-request-id,sdkversion,prefer,if-match,consistencylevel,x-anchormailbox';

async function forwardToGraph(route: Route, host: SpfxHost, log: OfflineBrowser['graphRequests']): Promise<void> {
  const request = route.request();
  const cors = { 'access-control-allow-origin': host.origin, 'access-control-expose-headers': '*', vary: 'Origin' };
  if (request.method() === 'OPTIONS') {
    await route.fulfill({ status: 204, headers: { ...cors, 'access-control-allow-headers': CORS_HEADERS, 'access-control-allow-methods': 'GET,POST,PATCH,PUT,DELETE', 'access-control-max-age': '3600' } });
    return;
  }
  const url = new URL(request.url());
  const headers = { ...(await request.allHeaders()) };
  for (const h of ['host', 'origin', 'referer', 'connection', 'content-length']) delete headers[h];
  const answer = await fetch(`${host.emulatorUrl}/graph${url.pathname}${url.search}`, { method: request.method(), headers, body: request.postDataBuffer() ?? undefined });
  log.push({ method: request.method(), path: `${url.pathname}${url.search}`, status: answer.status });
  const responseHeaders: Record<string, string> = { ...cors };
  answer.headers.forEach((value, key) => {
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)) responseHeaders[key] = value;
  });
  await route.fulfill({ status: answer.status, headers: responseHeaders, body: Buffer.from(await answer.arrayBuffer()) });
}

/** Chromium with a fresh profile, signed in as `userEmail` for Teams, with every outside request handled as above. */
export async function offlineBrowser(host: SpfxHost, userEmail: string, options: { readonly viewport?: { width: number; height: number } } = {}): Promise<OfflineBrowser> {
  // The harness's Teams client is a public origin framing the tenant on 127.0.0.1; Chromium's Local Network
  // Access checks would refuse that (real Teams and SharePoint are both public origins, where they do not apply).
  const chromium: Chromium = await launchChromium({ locale: 'fi-FI', viewport: options.viewport, extraArgs: ['--disable-features=LocalNetworkAccessChecks'] });
  const blocked: string[] = [];
  const blockedFonts: string[] = [];
  const graphRequests: OfflineBrowser['graphRequests'] = [];
  const teams: TeamsClient = { locale: 'sv-se', theme: 'default' };
  await chromium.context.route(
    (url) => !isLocal(url),
    async (route) => {
      const url = new URL(route.request().url());
      if (`${url.origin}` === GRAPH_ENDPOINT) return forwardToGraph(route, host, graphRequests).catch((error: unknown) => route.abort().then(() => blocked.push(`${url.href} (${String(error)})`)));
      if (url.origin === 'https://teams.microsoft.com') {
        const entity = /^\/l\/entity\/[^/]+\/([^/]+)$/.exec(url.pathname);
        const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: string };
        const html = entity ? teamsHostPage(host, decodeURIComponent(entity[1]), context.subEntityId ?? '', teams, userEmail) : undefined;
        if (html) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      if (url.href === TEAMS_VALID_ORIGINS) {
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify({ validOrigins: ['teams.microsoft.com', 'teams.microsoft.us', 'gov.teams.microsoft.us', 'dod.teams.microsoft.us', 'int.teams.microsoft.com', 'teams.live.com', 'outlook.office.com', 'www.office.com', '*.www.office.com'] })
        });
      }
      (MICROSOFT_FONT.test(url.href) ? blockedFonts : blocked).push(`${route.request().method()} ${url.href}`);
      return route.abort('blockedbyclient');
    }
  );
  return {
    context: chromium.context,
    blocked,
    blockedFonts,
    graphRequests,
    teams,
    teamsAppId: TEAMS_APP_ID,
    teamsTabLink: (entityId, subEntityId) => {
      const params = new URLSearchParams();
      if (subEntityId) params.set('context', JSON.stringify({ subEntityId }));
      const query = params.toString();
      return `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/${entityId}${query ? `?${query}` : ''}`;
    },
    close: () => chromium.close()
  };
}
