import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { frameworkManifests, packageManifests, REPO_ROOT, RELEASE_DIR, type CdnFile, type ComponentManifest } from './manifests';
import { pageHtml, type CanvasWebPart, type SiteInfo } from './page';
import { siteTheme, type SiteTheme, type SiteThemeName } from './themes';
import { proxy } from '../workbench/server';
import type { Emulator } from '../emulator';

/**
 * The harness's two local origins:
 * - the **tenant** (`origin`, http://127.0.0.1:P): the programme site's pages, SharePoint's token endpoint
 *   for SPFx, and every other SharePoint request forwarded to the emulator as the signed-in user (what the
 *   browser's SharePoint cookie does);
 * - the **CDN** (`cdnOrigin`, http://127.0.0.1:Q): Microsoft's framework files under `/files/sp-client/`
 *   (node_modules, the stand-ins, React) and the package's assets under
 *   `/sites/appcatalog/ClientSideAssets/<solution id>/` (release/assets), as the Office 365 CDN serves a
 *   package deployed with `includeClientSideAssets`. A second origin, so the framework loads the package's
 *   scripts cross-origin as it does from a CDN.
 */
export type WebPartKey = 'roadmap' | 'steering' | 'followup' | 'ideas';

/** Our web parts by their manifest alias (release/manifests). */
const ALIAS: Record<WebPartKey, string> = { roadmap: 'RoadmapWebPart', steering: 'SteeringWebPart', followup: 'FollowupWebPart', ideas: 'IdeasWebPart' };

/** The site's pages: one web part each. */
export const SITE_PAGES: Record<WebPartKey, string> = { roadmap: 'Tiekartta.aspx', steering: 'Ohjausryhma.aspx', followup: 'Seuranta.aspx', ideas: 'Ideat.aspx' };

export const SITE_PATH = '/sites/digiohjelma';
const SOLUTION_ID = (JSON.parse(readFileSync(join(REPO_ROOT, 'config', 'package-solution.json'), 'utf8')) as { solution: { id: string } }).solution.id;
/** The tenant's "SharePoint Online Client Extensibility Web Application Principal" (any fixed GUID here). */
const SPFX_SERVICE_PRINCIPAL = '5c5dc6fe-1ba3-46b6-a6ec-7e1b0d0bcf70';
const TENANT_ID = 'a0c8d1f2-3b4e-4c5d-8e6f-7a8b9c0d1e2f';
export const GRAPH_ENDPOINT = 'https://graph.microsoft.com';

/** Who the browser is signed in as, and in which language (the user's SharePoint language setting). */
export interface HostSession {
  readonly email: string;
  readonly displayName: string;
  readonly culture: string;
  /** The site's theme (default: Teal). */
  readonly theme?: SiteThemeName;
}

export interface SpfxHostOptions {
  /** The emulator (SharePoint at /sites/digiohjelma, Graph at /graph); the harness's pages become an origin it answers. */
  readonly emulator: Pick<Emulator, 'baseUrl' | 'allowOrigin'>;
  readonly releaseDir?: string;
}

export interface SpfxHost {
  /** The tenant origin, http://127.0.0.1:P. */
  readonly origin: string;
  readonly cdnOrigin: string;
  /** The package's asset path on the CDN (ends with `/`). */
  readonly packageCdnUrl: string;
  /** The framework's file path on the CDN (ends with `/`). */
  readonly frameworkCdnUrl: string;
  readonly emulatorUrl: string;
  /** Our web parts' manifest ids. */
  readonly webPartIds: Readonly<Record<WebPartKey, string>>;
  /** Signs the browser in (every later request is this user's). */
  signIn(session: HostSession): void;
  /** The site page holding a web part; `edit` opens it in edit mode (`?Mode=Edit`). */
  pageUrl(part: WebPartKey, options?: { readonly edit?: boolean; readonly query?: string }): string;
  /** The page SharePoint serves inside a Teams tab for a web part (teamshostedapp.aspx). */
  teamsTabUrl(part: WebPartKey, locale: string): string;
  /** The site theme as the page hands it to the framework. */
  theme(name: SiteThemeName): SiteTheme;
  /** Tokens handed out by the token endpoint (resource and user), for assertions. */
  readonly tokensIssued: ReadonlyArray<{ readonly resource: string; readonly email: string }>;
  stop(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function closeable(server: Server): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

async function siteInfo(emulatorUrl: string, origin: string): Promise<SiteInfo> {
  const get = async (path: string): Promise<Record<string, unknown>> => {
    const answer = await fetch(`${emulatorUrl}${SITE_PATH}/_api/${path}`, { headers: { Accept: 'application/json;odata=nometadata' } });
    if (!answer.ok) throw new Error(`The emulator did not answer ${path}: HTTP ${answer.status}`);
    return (await answer.json()) as Record<string, unknown>;
  };
  const [web, site] = await Promise.all([get('web?$select=Id,Title'), get('site?$select=Id')]);
  return { origin, serverRelativeUrl: SITE_PATH, webId: String(web.Id), webTitle: String(web.Title), siteId: String(site.Id) };
}

/** SharePoint's token endpoint for SPFx (the OBO exchange): a token for the signed-in user, in the emulator's form. */
const TOKEN_PATH = /^\/sites\/digiohjelma\/_api\/Microsoft\.SharePoint\.Internal\.ClientSideComponent\.Token\.AcquireOBOToken$/i;
const PROXIED = [/^\/sites\//, /^\/_api\//, /^\/_layouts\//, /^\/_vti_bin\//];
const SITE_PAGE = /^\/sites\/digiohjelma\/SitePages\/([^/]+\.aspx)$/i;
const TEAMS_HOSTED = /^\/sites\/digiohjelma\/_layouts\/15\/teamshostedapp\.aspx$/i;

/** `sv-se` → `sv-SE`. */
function cultureName(locale: string): string {
  const [lang, region] = locale.split('-');
  return region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
}

export async function startSpfxHost(options: SpfxHostOptions): Promise<SpfxHost> {
  const emulator = new URL(options.emulator.baseUrl);
  const cdnServer = createServer();
  const tenantServer = createServer();
  const stopCdn = closeable(cdnServer);
  const stopTenant = closeable(tenantServer);
  const cdnOrigin = await listen(cdnServer);
  const origin = await listen(tenantServer);
  const frameworkCdnUrl = `${cdnOrigin}/files/sp-client/`;
  const packageCdnUrl = `${cdnOrigin}/sites/appcatalog/ClientSideAssets/${SOLUTION_ID}/`;

  let framework: { manifests: ComponentManifest[]; files: CdnFile[] };
  let build: ReturnType<typeof packageManifests>;
  let site: SiteInfo;
  try {
    framework = frameworkManifests(frameworkCdnUrl);
    build = packageManifests(packageCdnUrl, options.releaseDir ?? RELEASE_DIR);
    site = await siteInfo(options.emulator.baseUrl, origin);
  } catch (error) {
    await Promise.all([stopCdn(), stopTenant()]);
    throw error;
  }
  // The pages' requests reach the emulator with this origin (the emulator answers the origins it is told about).
  options.emulator.allowOrigin(origin);
  const frameworkFiles = new Map(framework.files.map((f) => [f.name, f.path]));
  const manifests = [...framework.manifests, ...build.manifests];
  const webPartIds = Object.fromEntries(
    (Object.keys(ALIAS) as WebPartKey[]).map((key) => {
      const m = build.manifests.find((x) => x.alias === ALIAS[key]);
      if (!m) throw new Error(`The build has no manifest for ${ALIAS[key]}. Run \`npm run build\`.`);
      return [key, m.id];
    })
  ) as Record<WebPartKey, string>;
  const preconfigured = Object.fromEntries(
    (Object.keys(ALIAS) as WebPartKey[]).map((key) => {
      const m = build.manifests.find((x) => x.alias === ALIAS[key]) as ComponentManifest & { preconfiguredEntries?: Array<{ properties?: Record<string, unknown> }> };
      return [key, m.preconfiguredEntries?.[0]?.properties ?? {}];
    })
  ) as Record<WebPartKey, Record<string, unknown>>;
  const partOfPage = new Map((Object.keys(SITE_PAGES) as WebPartKey[]).map((k) => [SITE_PAGES[k].toLowerCase(), k]));
  const themes = new Map<SiteThemeName, SiteTheme>();
  const theme = (name: SiteThemeName): SiteTheme => {
    let t = themes.get(name);
    if (!t) themes.set(name, (t = siteTheme(name)));
    return t;
  };

  let session: HostSession | undefined;
  const tokensIssued: { resource: string; email: string }[] = [];

  cdnServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    // A CDN answers any origin; the framework loads these scripts with crossorigin="anonymous".
    const cors = { 'access-control-allow-origin': '*' };
    let file: string | undefined;
    if (path.startsWith('/files/sp-client/')) file = frameworkFiles.get(path.slice('/files/sp-client/'.length));
    else if (path.startsWith(new URL(packageCdnUrl).pathname)) {
      const name = path.slice(new URL(packageCdnUrl).pathname.length);
      if (name === basename(name) && existsSync(join(build.assetsDir, name))) file = join(build.assetsDir, name);
    }
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found', cors);
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream', 'cache-control': 'public, max-age=31536000', ...cors });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  const page = (res: ServerResponse, parts: readonly WebPartKey[], displayMode: 'read' | 'edit', title: string, culture?: string): void => {
    if (!session) return send(res, 401, 'text/plain; charset=utf-8', 'Not signed in: call signIn() first.');
    // As when an author adds the web part: the properties of its manifest's preconfigured entry.
    const webParts: CanvasWebPart[] = parts.map((part, i) => ({
      manifestId: webPartIds[part],
      instanceId: `0000000${i}-5a1e-4c1d-9e2f-${webPartIds[part].slice(-12)}`,
      elementId: `webpart-${part}`,
      title: ALIAS[part],
      properties: { ...preconfigured[part] }
    }));
    const html = pageHtml({
      site,
      user: { email: session.email, displayName: session.displayName, culture: culture ?? session.culture },
      title,
      manifests,
      webParts,
      displayMode,
      theme: theme(session.theme ?? 'teal'),
      loaderUrl: `${frameworkCdnUrl}sp-loader-assembly_en-us.js`,
      servicePrincipalId: SPFX_SERVICE_PRINCIPAL,
      tenantId: TENANT_ID,
      aadUserId: randomUUID(),
      graphEndpointUrl: GRAPH_ENDPOINT
    });
    send(res, 200, 'text/html; charset=utf-8', html);
  };

  tenantServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const sitePage = SITE_PAGE.exec(path);
    if (req.method === 'GET' && sitePage) {
      const part = partOfPage.get(sitePage[1].toLowerCase());
      if (!part) return send(res, 404, 'text/plain; charset=utf-8', 'No such page');
      return page(res, [part], url.searchParams.get('Mode')?.toLowerCase() === 'edit' ? 'edit' : 'read', sitePage[1]);
    }
    if (req.method === 'GET' && TEAMS_HOSTED.test(path)) {
      const componentId = url.searchParams.get('componentId');
      const part = (Object.keys(webPartIds) as WebPartKey[]).find((k) => webPartIds[k] === componentId);
      if (!part) return send(res, 404, 'text/plain; charset=utf-8', `No web part ${componentId}`);
      // Teams passes its UI language; SharePoint renders the tab's page in it.
      const locale = url.searchParams.get('forceLocale');
      return page(res, [part], 'read', 'teamshostedapp.aspx', locale ? cultureName(locale) : undefined);
    }
    if (TOKEN_PATH.test(path)) {
      const resource = (url.searchParams.get('resource') ?? '').replace(/^'|'$/g, '');
      if (!session) return send(res, 401, 'application/json', JSON.stringify({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } }));
      if (resource !== GRAPH_ENDPOINT) {
        return send(res, 400, 'application/json', JSON.stringify({ 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `No permission has been granted for resource ${resource}.` } } }));
      }
      tokensIssued.push({ resource, email: session.email });
      // The emulator's Graph takes `Bearer emu:<email>` where Microsoft Graph takes an AAD access token.
      return send(res, 200, 'application/json;odata=verbose', JSON.stringify({ value: JSON.stringify({ AccessToken: `emu:${session.email}` }) }));
    }
    if (PROXIED.some((r) => r.test(path))) {
      if (!session) return send(res, 403, 'application/json', JSON.stringify({ error: 'Not signed in' }));
      return proxy(req, res, emulator, { authorization: `Bearer emu:${session.email}` });
    }
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  });

  return {
    origin,
    cdnOrigin,
    packageCdnUrl,
    frameworkCdnUrl,
    emulatorUrl: options.emulator.baseUrl,
    webPartIds,
    tokensIssued,
    signIn: (s) => {
      session = s;
    },
    pageUrl: (part, o = {}) => {
      const params = new URLSearchParams(o.query ?? '');
      if (o.edit) params.set('Mode', 'Edit');
      // Errors stay on the page (the console) instead of redirecting to _layouts/15/error.aspx.
      params.set('noredir', 'true');
      const query = params.toString();
      return `${origin}${SITE_PATH}/SitePages/${SITE_PAGES[part]}${query ? `?${query}` : ''}`;
    },
    teamsTabUrl: (part, locale) =>
      `${origin}${SITE_PATH}/_layouts/15/teamshostedapp.aspx?teams&personal=0&componentId=${webPartIds[part]}&forceLocale=${encodeURIComponent(locale.toLowerCase())}&noredir=true`,
    theme,
    stop: async () => {
      await Promise.all([stopCdn(), stopTenant()]);
    }
  };
}
