import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKBENCH } from '../../src/core/i18n/workbench';
import { CONFIG_ELEMENT_ID, type DemoRole, type WorkbenchConfig } from './client/config';
import { workbenchBundle, CLIENT_ENTRY } from './bundle';
import { EMULATOR_STEERING_GROUP_ID } from '../emulator/graph/store';

/**
 * The local workbench: one small Node server that serves the page and its bundle and forwards every
 * SharePoint and Graph request to the emulator, so the browser talks to a single origin (no CORS) and
 * the real PnPjs data layer runs unchanged.
 */
export interface WorkbenchOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port?: number;
  readonly host?: string;
  /** The emulator's base URL, e.g. `http://127.0.0.1:40123`. */
  readonly emulatorUrl: string;
  /** The sample people the page can sign in as. */
  readonly users: WorkbenchConfig['users'];
  /** The demo's clock starts at this instant (the sample's moment); default: the real clock. */
  readonly clockStartsAt?: Date;
}

export interface Workbench {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  stop(): Promise<void>;
}

const SITE_PATH = '/sites/digiohjelma';
/** Paths served by the emulator. */
const PROXIED = [/^\/sites\//, /^\/_api\//, /^\/graph(\/|$)/, /^\/_emulator\//, /^\/_layouts\//, /^\/_vti_bin\//];
/** SharePoint pages of the site are the workbench page (so that "copy link" links open here). */
const SITE_PAGE = /^\/sites\/digiohjelma\/SitePages\/[^/]+\.aspx$/i;

function webPartId(folder: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(CLIENT_ENTRY, '..', '..', '..', '..', 'src', 'webparts', folder, `${name}.manifest.json`), 'utf8')) as { id: string };
  return manifest.id;
}

function roadmapWebPartId(): string {
  return webPartId('roadmap', 'RoadmapWebPart');
}

/** The steering group's channel in the emulator (any id: the emulator keeps channel posts in its outbox). */
const STEERING_CHANNEL_ID = '19:digijohtoryhma-yleinen@thread.tacv2';

function page(config: WorkbenchConfig): string {
  // `<` is escaped so that no value can close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    '<html lang="fi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${WORKBENCH.fi.title}</title>`,
    // Fluent would fetch the Segoe UI web fonts from Microsoft's CDN; the workbench works offline.
    '<script>window.FabricConfig={fontBaseUrl:""};</script>',
    '<style>html,body{margin:0}body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;-webkit-font-smoothing:antialiased}</style>',
    '</head>',
    '<body>',
    `<script id="${CONFIG_ELEMENT_ID}" type="application/json">${json}</script>`,
    '<div id="root"></div>',
    '<script src="/workbench.js"></script>',
    '</body>',
    '</html>'
  ].join('\n');
}

/** Forwards a request to the emulator as it came, with `headers` set on top (the SPFx harness adds the signed-in user). */
export function proxy(req: IncomingMessage, res: ServerResponse, target: URL, headers: Readonly<Record<string, string>> = {}): void {
  const upstream = httpRequest(
    { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host, ...headers } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    }
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The emulator did not answer: ${error.message}`);
  });
  req.pipe(upstream);
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const target = new URL(options.emulatorUrl);
  const config: WorkbenchConfig = {
    sitePath: SITE_PATH,
    users: options.users,
    teamsAppId: roadmapWebPartId(),
    steering: { appId: webPartId('steering', 'SteeringWebPart'), groupId: EMULATOR_STEERING_GROUP_ID, channelId: STEERING_CHANNEL_ID },
    clockOffsetMs: options.clockStartsAt ? options.clockStartsAt.getTime() - Date.now() : undefined
  };
  const html = page(config);
  // Bundle before listening, so the first page load never waits or fails on a build.
  await workbenchBundle();

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && (path === '/' || path === '/index.html' || SITE_PAGE.test(path))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    if (req.method === 'GET' && (path === '/workbench.js' || path === '/workbench.js.map')) {
      workbenchBundle()
        .then((bundle) => {
          const js = path.endsWith('.js');
          res.writeHead(200, { 'content-type': js ? 'text/javascript; charset=utf-8' : 'application/json', 'cache-control': 'no-store', ...(js ? { sourcemap: '/workbench.js.map' } : {}) });
          res.end(js ? bundle.js : bundle.map);
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`Could not bundle the workbench: ${error instanceof Error ? error.message : String(error)}`);
        });
      return;
    }
    if (PROXIED.some((r) => r.test(path))) {
      proxy(req, res, target);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  // Keep-alive sockets from the browser would hold `close()` open.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      })
  };
}

export type { DemoRole };
