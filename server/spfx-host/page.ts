import { randomUUID } from 'node:crypto';
import type { ComponentManifest } from './manifests';
import type { SiteTheme } from './themes';

/**
 * The HTML of a SharePoint page that boots the SPFx runtime: `sp-loader-assembly_en-us.js` from the
 * framework CDN, then `spModuleLoader.start(preloadedData)` with the page context, exactly the inputs a
 * modern page hands the loader. The canvas (which web parts, where, their properties) is a JSON element
 * the application stand-in reads.
 */
export interface SiteInfo {
  readonly origin: string;
  readonly serverRelativeUrl: string;
  readonly siteId: string;
  readonly webId: string;
  readonly webTitle: string;
}

export interface PageUser {
  readonly email: string;
  readonly displayName: string;
  /** The user's language in SharePoint, e.g. `fi-FI`, `sv-SE`. */
  readonly culture: string;
}

export interface CanvasWebPart {
  readonly manifestId: string;
  readonly instanceId: string;
  readonly elementId: string;
  readonly title: string;
  readonly properties: Record<string, unknown>;
}

export interface PageInput {
  readonly site: SiteInfo;
  readonly user: PageUser;
  readonly title: string;
  readonly manifests: readonly ComponentManifest[];
  readonly webParts: readonly CanvasWebPart[];
  readonly displayMode: 'read' | 'edit';
  readonly theme: SiteTheme | undefined;
  /** The loader assembly's URL on the framework CDN. */
  readonly loaderUrl: string;
  /** SharePoint's "SharePoint Online Client Extensibility Web Application Principal" for the tenant. */
  readonly servicePrincipalId: string;
  readonly tenantId: string;
  readonly aadUserId: string;
  /** e.g. https://graph.microsoft.com */
  readonly graphEndpointUrl: string;
}

/** SharePoint's locale ids for the languages the site offers. */
const LCID: Record<string, number> = { 'fi-fi': 1035, 'sv-se': 1053, 'en-us': 1033 };

function formDigest(now: Date): string {
  return `0x${randomUUID().replace(/-/g, '').toUpperCase()}${randomUUID().replace(/-/g, '').toUpperCase()},${now.toUTCString()}`;
}

/** `_spPageContextInfo` as SharePoint Online writes it into a modern page (the fields the framework reads). */
export function spPageContextInfo(input: PageInput, now: Date = new Date()): Record<string, unknown> {
  const { site, user } = input;
  const webUrl = `${site.origin}${site.serverRelativeUrl}`;
  return {
    CorrelationId: randomUUID(),
    ExpFeatures: [],
    killSwitches: {},
    ECSClientFeatures: {},
    env: 'prod',
    currentUICultureName: user.culture,
    currentCultureName: user.culture,
    currentLanguage: LCID[user.culture.toLowerCase()] ?? 1033,
    isRightToLeft: false,
    webAbsoluteUrl: webUrl,
    webServerRelativeUrl: site.serverRelativeUrl,
    webTitle: site.webTitle,
    webId: `{${site.webId}}`,
    webLanguage: 1035,
    webLanguageName: 'fi-FI',
    webTemplate: '64',
    webPermMasks: { High: 432, Low: 1011030767 },
    siteAbsoluteUrl: webUrl,
    siteServerRelativeUrl: site.serverRelativeUrl,
    siteId: `{${site.siteId}}`,
    sitePagesEnabled: true,
    serverTime: now.toISOString(),
    formDigestValue: formDigest(now),
    formDigestTimeoutSeconds: 1800,
    userDisplayName: user.displayName,
    userEmail: user.email,
    userLoginName: `i:0#.f|membership|${user.email}`,
    userPrincipalName: user.email,
    // The framework then skips its start-up AAD sign-in check (_ensureState), which would go to
    // login.microsoftonline.com; tokens still come from SharePoint's token endpoint (see server.ts).
    isAnonymousGuestUser: true,
    isExternalGuestUser: false,
    aadInstanceUrl: 'https://login.microsoftonline.com',
    aadTenantId: input.tenantId,
    aadUserId: input.aadUserId,
    spfx3rdPartyServicePrincipalId: input.servicePrincipalId,
    msGraphEndpointUrl: input.graphEndpointUrl,
    isSPO: true
  };
}

/** `<` is escaped so that no value can close the script element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function pageHtml(input: PageInput): string {
  const preloadedData = {
    buildNumber: 'sp-client-1.23.2',
    clientSideApplicationId: '4df9bb86-ab0a-4aab-ab5f-48bf167048fb',
    manifests: input.manifests,
    spPageContextInfo: spPageContextInfo(input)
  };
  const canvas = { displayMode: input.displayMode, theme: input.theme?.theme, webParts: input.webParts };
  const lang = input.user.culture;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    '<style>html,body{margin:0}body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}main{padding:0 16px}</style>',
    '</head>',
    '<body>',
    `<main>`,
    ...input.webParts.map((w) => `<div id="${escapeHtml(w.elementId)}" data-sp-webpart-id="${escapeHtml(w.manifestId)}"></div>`),
    `</main>`,
    `<script id="spfx-host-canvas" type="application/json">${inlineJson(canvas)}</script>`,
    `<script src="${escapeHtml(input.loaderUrl)}"></script>`,
    '<script>',
    // Telemetry off: otherwise the loader fails in _getAriaToken and then asks for a chunk npm does not ship.
    'spModuleLoader._isTelemetryDisabled = true;',
    `spModuleLoader.start(${inlineJson(preloadedData)}, function (error) { console.error('[spfx-host] the SPFx loader failed: ' + (error && error.message)); });`,
    '</script>',
    '</body>',
    '</html>'
  ].join('\n');
}
