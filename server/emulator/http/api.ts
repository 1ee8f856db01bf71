import { parseSegments } from '../odata/segments';
import { notFoundResource, SpError } from '../store/errors';
import type { EmulatorStore } from '../store/store';
import type { UserRecord } from '../store/types';
import { RestContext, type Reply, type RestRequest } from '../rest/context';
import type { Node } from '../rest/node';
import { apiRoot } from '../rest/web';
import { contentTypeOf, flavourOf, Shaper } from './shape';

export type { Reply, RestRequest } from '../rest/context';

/** Who is calling: `Authorization: Bearer emu:<email>` acts as that user; no header = the site admin. */
export function actorOf(store: EmulatorStore, authorization: string | undefined): UserRecord {
  if (!authorization || authorization.trim() === '') return store.siteAdmin;
  const m = /^Bearer\s+emu:(.+)$/i.exec(authorization.trim());
  if (!m || !/^[^@\s]+@[^@\s]+$/.test(m[1].trim())) {
    throw new SpError(401, '-2147024891, System.UnauthorizedAccessException',
      'Invalid token. The emulator accepts "Authorization: Bearer emu:<email>" or no Authorization header (site admin).');
  }
  return store.userByEmail(m[1]) ?? store.ensureUser(m[1]);
}

/** The part of the path after `<site>/_api/`, still percent-encoded; undefined when not an API path. */
export function apiPath(store: EmulatorStore, url: URL): string | undefined {
  const raw = url.pathname;
  const site = store.web.serverRelativeUrl.toLowerCase();
  const lower = raw.toLowerCase();
  const at = lower.indexOf('/_api/');
  if (at < 0 && !lower.endsWith('/_api')) return undefined;
  const prefix = decodeURIComponent(raw.slice(0, at < 0 ? raw.length - 5 : at)).toLowerCase();
  if (prefix !== site && prefix !== '') return undefined;
  return at < 0 ? '' : raw.slice(at + 6);
}

const METHOD_OF: Readonly<Record<string, keyof Node>> = { GET: 'get', POST: 'post', MERGE: 'merge', PATCH: 'merge', PUT: 'put', DELETE: 'delete' };

/** Answers one SharePoint REST call (a request or a `$batch` part). Never throws. */
export function handleRest(store: EmulatorStore, req: RestRequest): Reply {
  const shaper = new Shaper(flavourOf(req.headers.accept), store.siteUrlAt(req.url.origin));
  try {
    const path = apiPath(store, req.url);
    if (path === undefined) throw notFoundResource(req.url.pathname);
    const actor = actorOf(store, req.headers.authorization);
    const aliases = (name: string): string | undefined => req.url.searchParams.get(name) ?? undefined;
    const segments = parseSegments(path, aliases);
    const ctx = new RestContext(store, req, actor, shaper, segments);
    let node: Node | undefined = apiRoot(ctx);
    for (const seg of segments) {
      node = node.child?.(seg);
      if (!node) throw notFoundResource(seg.raw);
    }
    const key = METHOD_OF[req.method.toUpperCase()];
    const handler = key && key !== 'child' ? (node[key] as (() => Reply) | undefined) : undefined;
    if (!handler) {
      throw new SpError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException',
        `The HTTP method '${req.method}' cannot be used to access the resource '${segments[segments.length - 1]?.raw ?? '_api'}'. Please use correct HTTP method to invoke the resource.`);
    }
    const reply = handler();
    if (reply.body !== undefined && !Buffer.isBuffer(reply.body)) {
      return { ...reply, headers: { 'Content-Type': contentTypeOf(shaper.flavour), ...reply.headers } };
    }
    return reply;
  } catch (error) {
    return errorReply(shaper, error);
  }
}

export function errorReply(shaper: Shaper, error: unknown): Reply {
  if (error instanceof SpError) {
    return { status: error.status, body: shaper.error(error.code, error.message), headers: { 'Content-Type': contentTypeOf(shaper.flavour), ...error.headers } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: shaper.error('-2146233088, System.InvalidOperationException', message), headers: { 'Content-Type': contentTypeOf(shaper.flavour) } };
}
