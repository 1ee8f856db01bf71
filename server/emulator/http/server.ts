import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Counters, kindOf, type CounterSnapshot } from '../counters';
import { FaultInjector, type FaultOptions } from '../faults';
import type { Persistence } from '../persistence';
import type { EmulatorStore } from '../store/store';
import { fileNotFound } from '../store/errors';
import { actorOf, apiPath, errorReply, handleRest, type Reply } from './api';
import type { AccessPolicy } from './access';
import { formatBatchResponse, handleBatch } from './batch';
import { contentTypeOf, flavourOf, Shaper, type Json } from './shape';

/** A request as extra route handlers (the Graph emulator) see it. */
export interface EmulatorRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** What an extra route answers; a non-Buffer, non-string body is sent as JSON. */
export interface EmulatorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Json | Buffer | string;
}

/**
 * A handler mounted on the emulator's server, e.g. the Graph API under `/graph`. Requests whose path
 * starts with `prefix` go to `handle`; they share the store, the counters (as `kind`), fault injection and
 * persistence (changes are fsynced before the response is sent).
 */
export interface ExtraRoute {
  readonly prefix: string;
  /** Counter kind (default: the prefix without slashes). */
  readonly kind?: string;
  readonly handle: (req: EmulatorRequest, store: EmulatorStore) => EmulatorResponse | Promise<EmulatorResponse>;
}

export interface ServerParts {
  readonly store: EmulatorStore;
  readonly access: AccessPolicy;
  readonly persistence?: Persistence;
  readonly faults: FaultInjector;
  readonly counters: Counters;
  readonly routes: ExtraRoute[];
  /**
   * False while the site is being seeded: every request then gets 503 with Retry-After, so that a client
   * that reaches the port early never sees a half-filled site. Default: always ready.
   */
  readonly ready?: () => boolean;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The origin the client called (`http://<Host header>`): SharePoint builds `odata.id`, next links and
 * batch URLs from the host it was reached at, not from a fixed name. A missing or malformed Host header
 * falls back to the address the emulator listens on.
 */
export function requestOrigin(host: string | undefined, fallback: string): string {
  if (!host || !/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) return fallback;
  return `http://${host.toLowerCase()}`;
}

function lowerHeaders(h: IncomingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * CORS for the workbench's page only (the one origin the access policy allows), so that it can follow the
 * emulator's absolute next links from the browser. Preflights are answered here and never counted or faulted.
 */
function corsHeaders(req: IncomingMessage, access: AccessPolicy): Record<string, string> {
  const origin = access.corsOrigin(req.headers.origin);
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, Content-Type, Location',
    Vary: 'Origin'
  };
}

/**
 * `Date` comes from the store's clock, as SharePoint's Date header and an item's Modified come from one
 * clock (clients measure claim ages on it); Node would otherwise stamp the machine's wall clock.
 */
function send(res: ServerResponse, access: AccessPolicy, status: number, headers: Readonly<Record<string, string>>, body?: Json | Buffer | string, date?: string): void {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(JSON.stringify(body), 'utf8');
  const h: Record<string, string | number> = { ...corsHeaders(res.req, access), ...(date ? { Date: new Date(date).toUTCString() } : {}), ...headers };
  if (payload && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json;charset=utf-8';
  h['Content-Length'] = payload?.length ?? 0;
  res.writeHead(status, h);
  res.end(payload);
}

/** The HTTP front: control endpoints, faults, counters, SharePoint REST, `$batch`, files, extra routes. */
export function createEmulatorServer(parts: ServerParts): Server {
  const { store, persistence, faults, counters, routes, access } = parts;
  const sockets = new Set<Socket>();

  const control = (method: string, url: URL, body: Buffer): EmulatorResponse | undefined => {
    const path = url.pathname.replace(/\/+$/, '');
    const snapshot = (): CounterSnapshot => counters.snapshot(faults.stats);
    if (path === '/_emulator/counters' && method === 'GET') return { status: 200, body: snapshot() as unknown as Json };
    if (path === '/_emulator/counters/reset' && method === 'POST') { counters.reset(); return { status: 200, body: snapshot() as unknown as Json }; }
    if (path === '/_emulator/faults' && method === 'GET') return { status: 200, body: { ...faults.current } };
    if (path === '/_emulator/faults' && method === 'POST') {
      const opts = body.length ? (JSON.parse(body.toString('utf8')) as FaultOptions) : {};
      faults.set(opts);
      return { status: 200, body: { ...faults.current } };
    }
    if (path === '/_emulator/reset' && method === 'POST') {
      store.reset();
      counters.reset();
      return { status: 200, body: { ok: true } };
    }
    if (path === '/_emulator/health') return { status: 200, body: { ok: true, siteUrl: store.siteUrlAt(url.origin) } };
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', requestOrigin(req.headers.host, store.originUrl));
    const method = (req.method ?? 'GET').toUpperCase();
    const refused = access.refusal(req.headers.origin, req.headers.host);
    if (refused) {
      send(res, access, 403, {}, { error: refused });
      return;
    }
    if (parts.ready && !parts.ready()) {
      const shaper = new Shaper(flavourOf(req.headers.accept), store.siteUrlAt(url.origin));
      send(res, access, 503, { 'Retry-After': '1', 'Content-Type': contentTypeOf(shaper.flavour) },
        shaper.error('-2146232832, Microsoft.SharePoint.SPException', 'The site is being prepared (seeding); try again after the time given in Retry-After.'));
      return;
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...corsHeaders(req, access),
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '600',
        'Content-Length': 0
      });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/_emulator')) {
      let reply: EmulatorResponse | undefined;
      try {
        reply = control(method, url, body);
      } catch (e) {
        reply = { status: 400, body: { error: e instanceof Error ? e.message : String(e) } };
      }
      const r: EmulatorResponse = reply ?? { status: 404, body: { error: `Unknown emulator endpoint ${method} ${url.pathname}` } };
      send(res, access, r.status, r.headers ?? {}, r.body);
      return;
    }

    const route = routes.find((r) => url.pathname === r.prefix || url.pathname.startsWith(`${r.prefix.replace(/\/+$/, '')}/`));
    counters.count(method, route ? route.kind ?? route.prefix.replace(/\//g, '') : kindOf(url.pathname));

    const fate = faults.before();
    if (fate === 'drop') {
      req.socket.destroy();
      return;
    }
    const shaper = new Shaper(flavourOf(req.headers.accept), store.siteUrlAt(url.origin));
    if (fate === 'throttle') {
      const retry = String(faults.current.retryAfterSeconds);
      send(res, access, 429, { 'Retry-After': retry, 'Content-Type': contentTypeOf(shaper.flavour) },
        shaper.error('-2147024860, Microsoft.SharePoint.SPRequestThrottledException', 'The request has been throttled. Try again after the time given in Retry-After.'));
      return;
    }
    if (fate === 'serverError') {
      send(res, access, 503, { 'Content-Type': contentTypeOf(shaper.flavour), 'Retry-After': '0' },
        shaper.error('-2146232832, Microsoft.SharePoint.SPException', 'The service is temporarily unavailable.'));
      return;
    }

    let reply: EmulatorResponse;
    const headers = lowerHeaders(req.headers);
    let effective = method;
    if (method === 'POST' && headers['x-http-method']) effective = headers['x-http-method'].toUpperCase();
    try {
      if (route) {
        reply = await route.handle({ method: effective, url, headers: req.headers, body }, store);
      } else {
        const api = apiPath(store, url);
        if (api !== undefined && api.replace(/\/+$/, '').toLowerCase() === '$batch') {
          if (method !== 'POST') throw fileNotFound();
          const { replies, parts: n } = handleBatch(store, { method, url, headers, body });
          counters.countBatchParts(n);
          const formatted = formatBatchResponse(replies);
          reply = { status: 200, headers: { 'Content-Type': formatted.contentType }, body: formatted.body };
        } else if (api !== undefined) {
          const r: Reply = handleRest(store, { method: effective, url, headers, body });
          reply = { status: r.status, headers: r.headers, body: r.body };
        } else {
          reply = rawFile(store, url, headers, shaper);
        }
      }
    } catch (e) {
      const r = errorReply(shaper, e);
      reply = { status: r.status, headers: r.headers, body: r.body };
    }
    // Durability before acknowledgement: fsync what this request changed.
    persistence?.flush();
    if (faults.after()) {
      req.socket.destroy();
      return;
    }
    send(res, access, reply.status, reply.headers ?? {}, reply.body, store.now());
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, access, 500, {}, { error: e instanceof Error ? e.message : String(e) });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const close = server.close.bind(server);
  // Stop promptly even with keep-alive connections open.
  server.close = ((cb?: (err?: Error) => void) => {
    close(cb);
    for (const s of sockets) s.destroy();
    return server;
  }) as Server['close'];
  return server;
}

/** GET of a document by its URL (`/sites/x/Shared Documents/a.xlsx`) or an old version (`_vti_history/512/...`). */
function rawFile(store: EmulatorStore, url: URL, headers: Record<string, string | undefined>, shaper: Shaper): EmulatorResponse {
  try {
    const path = decodeURIComponent(url.pathname);
    const actor = actorOf(store, headers.authorization);
    const history = /\/_vti_history\/(\d+)\/(.+)$/i.exec(path);
    const file = store.file(history ? store.serverRelative(history[2]) : path);
    if (!file) throw fileNotFound();
    const list = store.listById(file.listId);
    if (!list) throw fileNotFound();
    store.demand(actor.id, 'ViewListItems', { list, item: store.item(list, file.itemId) });
    if (history) {
      const v = file.history.find((h) => h.version * 512 === Number(history[1]));
      if (!v) throw fileNotFound();
      return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from(v.content, 'base64') };
    }
    return { status: 200, headers: { 'Content-Type': 'application/octet-stream', ETag: `"{${file.uniqueId.toUpperCase()}},${file.etagVersion}"` }, body: store.fileContentFor(file, actor.id) };
  } catch (e) {
    const r = errorReply(shaper, e);
    return { status: r.status, headers: r.headers, body: r.body };
  }
}
