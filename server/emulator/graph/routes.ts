import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { allFields, type FieldDef } from '../../../src/core/schema';
import { parseMime } from './mime';
import { evaluateFilter, filterPaths, FilterSyntaxError, parseFilter } from './odata';
import type { DirectoryUser, GraphBackingStore, RawSpItem, StoreList } from './store';

/**
 * The Microsoft Graph subset the product uses, served from the emulator's store under `/graph/v1.0`:
 * sites and list items (expand=fields, $filter on fields with the index rule, $top + @odata.nextLink,
 * create, PATCH fields with If-Match → 412), users, sendMail (JSON and MIME) into an inspectable outbox,
 * Teams activity notifications, group members and calendar events, and JSON batching (≤ 20 parts, 429
 * per part with Retry-After). The real Graph client runs against it unchanged.
 */

export interface GraphFaults {
  /** Share of requests (and of batch parts) answered 429. */
  readonly throttleRate?: number;
  readonly retryAfterSeconds?: number;
  readonly serverErrorRate?: number;
  /** Share of requests whose connection is dropped without an answer. */
  readonly dropRate?: number;
  /**
   * Share of writes (POST/PATCH/PUT/DELETE, including `$batch`) that are carried out and then answered
   * 504 Gateway Timeout: the gateway gave up waiting although the work was done (Graph's real case).
   */
  readonly gatewayTimeoutAfterApplyRate?: number;
}

export interface OutboxEntry {
  readonly id: string;
  readonly type: 'mail' | 'activity' | 'channel';
  /** Store time when accepted. */
  readonly at: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text?: string;
  readonly html?: string;
  /** The `X-Digitiekartta-Key` header, when present. */
  readonly key?: string;
  /** The Message-ID (`internetMessageId`), given by the sender or assigned here. */
  readonly internetMessageId?: string;
  readonly language?: string;
  readonly format?: 'mime' | 'json';
  readonly activityType?: string;
  readonly webUrl?: string;
}

export interface CalendarEventRecord {
  id: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  isCancelled: boolean;
  isOnlineMeeting: boolean;
  onlineMeeting: { joinUrl: string } | null;
  body?: { contentType: string; content: string };
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface GraphHandlerOptions {
  readonly store: GraphBackingStore;
  /** Current fault settings (shared with the SharePoint part). */
  readonly faults?: () => GraphFaults;
  /** Apply faults to whole requests here (true when no other layer of the server does). */
  readonly outerFaults?: boolean;
  readonly random?: () => number;
  /** Counts each HTTP request by route (a $batch counts once). */
  readonly count?: (route: string) => void;
  /** Store time (defaults to the wall clock). */
  readonly now?: () => Date;
  /** Called after a message is put in the outbox (tests inject crashes here). */
  readonly onOutbox?: (entry: OutboxEntry) => void;
}

export interface GraphResult {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

interface Ctx {
  readonly origin: string;
  readonly identity?: string;
  readonly headers: Readonly<Record<string, string>>;
}

const PREFIX = '/graph/v1.0';
const MAX_BATCH = 20;

function error(status: number, code: string, message: string): GraphResult {
  return { status, body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } } };
}

const notFound = (what: string) => error(404, 'itemNotFound', `${what} was not found`);

function etagOf(item: RawSpItem): string {
  return `"${item.UniqueId},${item.Version}"`;
}

/** The version an If-Match names, `undefined` for `*`/absent, `NaN` for a malformed or foreign tag. */
function ifMatchVersion(header: string | undefined, item: RawSpItem): number | undefined {
  if (!header || header.trim() === '*') return undefined;
  const m = /"?([0-9a-fA-F-]+),(\d+)"?/.exec(header);
  if (!m || m[1].toLowerCase() !== item.UniqueId.toLowerCase()) return NaN;
  return Number(m[2]);
}

function graphName(f: FieldDef): string {
  return f.kind === 'user' || f.kind === 'lookup' ? `${f.internalName}LookupId` : f.internalName;
}

export function createGraphHandler(options: GraphHandlerOptions) {
  const { store } = options;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());
  const faults: () => GraphFaults = options.faults ?? (() => ({}));
  const outbox = () => store.extra<OutboxEntry[]>('graph-outbox', () => []);
  const events = () => store.extra<Record<string, CalendarEventRecord[]>>('graph-events', () => ({}));

  // ---------------------------------------------------------------------------------------------
  // Sites and lists
  // ---------------------------------------------------------------------------------------------
  function siteJson(ctx: Ctx) {
    return { id: store.siteId, name: store.sitePath.split('/').pop(), displayName: 'Digiohjelma', webUrl: `${ctx.origin}${store.sitePath}` };
  }

  function findList(idOrTitle: string): StoreList | 'uil' | undefined {
    const wanted = idOrTitle.toLowerCase();
    if (wanted === 'user information list') return 'uil';
    return store.lists().find((l) => l.id === wanted || l.title.toLowerCase() === wanted || l.def.url.split('/').pop()?.toLowerCase() === wanted);
  }

  function listJson(l: StoreList, ctx: Ctx) {
    const name = l.def.url.split('/').pop();
    return { id: l.id, name, displayName: l.title, webUrl: `${ctx.origin}${store.sitePath}/${l.def.url}`, list: { template: 'genericList', hidden: false } };
  }

  function itemFields(l: StoreList, item: RawSpItem, select?: readonly string[]): Record<string, unknown> {
    const fields: Record<string, unknown> = { '@odata.etag': etagOf(item), id: String(item.Id) };
    for (const f of allFields(l.def)) {
      const name = graphName(f);
      const value = f.kind === 'user' || f.kind === 'lookup' ? item[`${f.internalName}Id`] : item[f.internalName];
      if (value === null || value === undefined) continue;
      fields[name] = f.kind === 'user' || f.kind === 'lookup' ? String(value) : value;
    }
    fields.Created = item.Created;
    fields.Modified = item.Modified;
    if (item.AuthorId != null) fields.AuthorLookupId = String(item.AuthorId);
    if (item.EditorId != null) fields.EditorLookupId = String(item.EditorId);
    if (!select) return fields;
    const keep = new Set([...select, '@odata.etag', 'id']);
    return Object.fromEntries(Object.entries(fields).filter(([k]) => keep.has(k)));
  }

  function userById(id: unknown) {
    return store.siteUsers().find((u) => u.id === Number(id));
  }

  function itemJson(l: StoreList, item: RawSpItem, ctx: Ctx, select?: readonly string[]) {
    const author = userById(item.AuthorId);
    const editor = userById(item.EditorId);
    return {
      '@odata.etag': etagOf(item),
      id: String(item.Id),
      eTag: etagOf(item),
      createdDateTime: item.Created,
      lastModifiedDateTime: item.Modified,
      webUrl: `${ctx.origin}${store.sitePath}/${l.def.url}/DispForm.aspx?ID=${item.Id}`,
      createdBy: { user: author ? { email: author.email, displayName: author.title } : { displayName: 'System Account' } },
      lastModifiedBy: { user: editor ? { email: editor.email, displayName: editor.title } : { displayName: 'System Account' } },
      fields: itemFields(l, item, select)
    };
  }

  /** Graph field names → stored item values; unknown names are a 400 as in Graph. */
  function fieldsToStore(l: StoreList, body: Record<string, unknown>): Record<string, unknown> | GraphResult {
    const out: Record<string, unknown> = {};
    const byName = new Map(allFields(l.def).map((f) => [graphName(f), f]));
    for (const [name, value] of Object.entries(body)) {
      if (name.includes('@odata')) continue;
      const f = byName.get(name);
      if (!f) return error(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (f.kind === 'user' || f.kind === 'lookup') out[`${f.internalName}Id`] = value === null || value === '' ? null : Number(value);
      else out[f.internalName] = value;
    }
    return out;
  }

  function expandSelect(query: URLSearchParams): readonly string[] | undefined {
    const expand = query.get('$expand') ?? query.get('expand') ?? '';
    const m = /fields\(\$?select=([^)]*)\)/i.exec(expand);
    return m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  }

  function page<T>(all: readonly T[], query: URLSearchParams, ctx: Ctx, path: string, defaultTop = 200): { value: T[]; '@odata.nextLink'?: string } {
    const top = Math.min(Number(query.get('$top') ?? query.get('top') ?? defaultTop) || defaultTop, 5000);
    const skip = Number(query.get('$skiptoken') ?? 0) || 0;
    const value = all.slice(skip, skip + top);
    if (skip + top >= all.length) return { value };
    const next = new URLSearchParams(query);
    next.set('$skiptoken', String(skip + top));
    return { value, '@odata.nextLink': `${ctx.origin}${PREFIX}${path}?${next.toString()}` };
  }

  function listItems(l: StoreList | 'uil', query: URLSearchParams, ctx: Ctx, path: string): GraphResult {
    if (l === 'uil') {
      const rows = store.siteUsers().map((u) => ({ id: String(u.id), fields: { id: String(u.id), Title: u.title, EMail: u.email ?? undefined, UserName: u.email ?? undefined } }));
      return { status: 200, body: page(rows, query, ctx, path) };
    }
    let items = [...store.items(l.id)];
    const filterText = query.get('$filter') ?? query.get('filter');
    if (filterText) {
      let node;
      try {
        node = parseFilter(filterText);
      } catch (e) {
        return error(400, 'invalidRequest', e instanceof FilterSyntaxError ? `Invalid filter clause: ${e.message}` : 'Invalid filter clause');
      }
      const byName = new Map(allFields(l.def).map((f) => [graphName(f), f]));
      for (const p of filterPaths(node)) {
        const name = p.replace(/^fields\//, '');
        if (p === 'id') continue;
        const f = byName.get(name);
        if (!f) return error(400, 'invalidRequest', `Field '${name}' is not recognized`);
        if (!f.indexed && !(ctx.headers.prefer ?? '').includes('HonorNonIndexedQueriesWarningMayFailRandomly')) {
          return error(400, 'invalidRequest', `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
        }
      }
      items = items.filter((item) => {
        const fields = itemFields(l, item);
        return evaluateFilter(node, (p) => (p === 'id' ? item.Id : fields[p.replace(/^fields\//, '')]));
      });
    }
    const select = expandSelect(query);
    const rows = items.map((item) => itemJson(l, item, ctx, select));
    return { status: 200, body: page(rows, query, ctx, path) };
  }

  // ---------------------------------------------------------------------------------------------
  // Directory
  // ---------------------------------------------------------------------------------------------
  function findUser(idOrUpn: string, ctx: Ctx): DirectoryUser | undefined {
    const wanted = idOrUpn.toLowerCase();
    if (wanted === 'me') return ctx.identity ? findUser(ctx.identity, { ...ctx, identity: undefined }) : undefined;
    return store.directoryUsers().find((u) => !u.deleted && (u.id === wanted || u.userPrincipalName.toLowerCase() === wanted));
  }

  function userJson(u: DirectoryUser, query: URLSearchParams) {
    const all: Record<string, unknown> = {
      id: u.id, displayName: u.displayName, mail: u.mail, userPrincipalName: u.userPrincipalName, preferredLanguage: u.preferredLanguage ?? null,
      '@odata.type': '#microsoft.graph.user'
    };
    const select = query.get('$select');
    if (!select) return all;
    const keep = new Set([...select.split(','), 'id', '@odata.type']);
    return Object.fromEntries(Object.entries(all).filter(([k]) => keep.has(k)));
  }

  const userMissing = (id: string) => error(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

  // ---------------------------------------------------------------------------------------------
  // Mail and notifications
  // ---------------------------------------------------------------------------------------------
  function sendMail(sender: DirectoryUser, body: unknown, contentType: string): GraphResult {
    let entry: OutboxEntry;
    if (contentType.startsWith('text/plain')) {
      const text = typeof body === 'string' ? body.trim() : '';
      if (!text || !/^[A-Za-z0-9+/=\r\n]+$/.test(text)) return error(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.');
      const mime = parseMime(Buffer.from(text, 'base64').toString('utf8'));
      if (mime.to.length === 0) return error(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
      entry = {
        id: randomUUID(), type: 'mail', at: now().toISOString(), from: sender.mail ?? sender.userPrincipalName, to: mime.to, subject: mime.subject,
        text: mime.text, html: mime.html, key: mime.headers.get('x-digitiekartta-key'), language: mime.headers.get('content-language'), format: 'mime',
        internetMessageId: mime.headers.get('message-id') ?? `<${randomUUID()}@emulator.invalid>`
      };
    } else {
      const message = (body as { message?: { subject?: string; body?: { contentType?: string; content?: string }; toRecipients?: { emailAddress?: { address?: string } }[]; internetMessageHeaders?: { name: string; value: string }[] } })?.message;
      if (!message) return error(400, 'ErrorInvalidRequest', 'The message is missing.');
      const to = (message.toRecipients ?? []).map((r) => (r.emailAddress?.address ?? '').toLowerCase()).filter(Boolean);
      if (to.length === 0) return error(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
      const isHtml = (message.body?.contentType ?? '').toLowerCase() === 'html';
      entry = {
        id: randomUUID(), type: 'mail', at: now().toISOString(), from: sender.mail ?? sender.userPrincipalName, to, subject: message.subject ?? '',
        ...(isHtml ? { html: message.body?.content } : { text: message.body?.content }),
        key: message.internetMessageHeaders?.find((h) => h.name.toLowerCase() === 'x-digitiekartta-key')?.value, format: 'json',
        internetMessageId: `<${randomUUID()}@emulator.invalid>`
      };
    }
    outbox().push(entry);
    store.changed();
    options.onOutbox?.(entry);
    return { status: 202 };
  }

  function sendActivity(user: DirectoryUser, body: unknown): GraphResult {
    const b = body as { topic?: { source?: string; value?: string; webUrl?: string }; activityType?: string; previewText?: { content?: string } } | undefined;
    if (!b?.topic || !b.activityType) return error(400, 'BadRequest', 'topic and activityType are required');
    if (b.topic.source === 'text' && !/^https:\/\/teams\.microsoft\.com\//.test(b.topic.webUrl ?? '')) return error(400, 'BadRequest', 'topic.webUrl must be a Teams deep link');
    if (!user.teamsAppInstalled) return error(403, 'Forbidden', 'The Teams app is not installed for the recipient.');
    const entry: OutboxEntry = {
      id: randomUUID(), type: 'activity', at: now().toISOString(), from: 'app', to: [(user.mail ?? user.userPrincipalName).toLowerCase()],
      subject: b.topic.value ?? '', text: b.previewText?.content, activityType: b.activityType, webUrl: b.topic.webUrl
    };
    outbox().push(entry);
    store.changed();
    options.onOutbox?.(entry);
    return { status: 204 };
  }

  // ---------------------------------------------------------------------------------------------
  // Calendar
  // ---------------------------------------------------------------------------------------------
  function utcDateTime(v: { dateTime?: string; timeZone?: string } | undefined): { dateTime: string; timeZone: string } | undefined {
    if (!v?.dateTime) return undefined;
    const tz = (v.timeZone ?? 'UTC').toLowerCase();
    let instant: Date;
    if (tz === 'utc') instant = new Date(`${v.dateTime.replace(/Z$/, '')}Z`);
    else {
      // Helsinki wall time: try both offsets and keep the one that formats back to the same wall time.
      const wall = v.dateTime.replace(/Z$/, '');
      const candidates = [2, 3].map((h) => new Date(Date.parse(`${wall}Z`) - h * 3_600_000));
      const fmt = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d).replace(' ', 'T');
      instant = candidates.find((c) => fmt(c) === wall.slice(0, 16)) ?? candidates[0];
    }
    return { dateTime: instant.toISOString().replace('Z', '').replace(/\.(\d{3})$/, '.$10000'), timeZone: 'UTC' };
  }

  function groupEvents(groupId: string): CalendarEventRecord[] {
    const all = events();
    all[groupId] ??= [];
    return all[groupId];
  }

  function createEvent(groupId: string, body: unknown): GraphResult {
    const b = (body ?? {}) as { subject?: string; start?: { dateTime?: string; timeZone?: string }; end?: { dateTime?: string; timeZone?: string }; isOnlineMeeting?: boolean; body?: { contentType: string; content: string } };
    const start = utcDateTime(b.start);
    const end = utcDateTime(b.end);
    if (!start || !end) return error(400, 'ErrorInvalidRequest', 'start and end are required');
    const id = `AAMkAD${randomUUID().replace(/-/g, '')}`;
    const stamp = now().toISOString();
    const event: CalendarEventRecord = {
      id, subject: b.subject ?? '', start, end, isCancelled: false, isOnlineMeeting: b.isOnlineMeeting === true,
      onlineMeeting: b.isOnlineMeeting ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id.slice(6, 30)}%40thread.v2/0` } : null,
      ...(b.body ? { body: b.body } : {}), createdDateTime: stamp, lastModifiedDateTime: stamp
    };
    groupEvents(groupId).push(event);
    store.changed();
    return { status: 201, body: event };
  }

  function patchEvent(groupId: string, eventId: string, body: unknown): GraphResult {
    const list = groupEvents(groupId);
    const event = list.find((e) => e.id === eventId);
    if (!event) return notFound(`Event ${eventId}`);
    const b = (body ?? {}) as { subject?: string; start?: { dateTime?: string; timeZone?: string }; end?: { dateTime?: string; timeZone?: string } };
    if (b.subject !== undefined) event.subject = b.subject;
    const start = utcDateTime(b.start);
    const end = utcDateTime(b.end);
    if (start) event.start = start;
    if (end) event.end = end;
    event.lastModifiedDateTime = now().toISOString();
    store.changed();
    return { status: 200, body: event };
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch
  // ---------------------------------------------------------------------------------------------
  function dispatch(method: string, rawPath: string, body: unknown, ctx: Ctx): GraphResult {
    try {
      return route(method, rawPath, body, ctx);
    } catch (e) {
      // The store validates like SharePoint (SpError with status); Graph reports it in its own shape.
      const status = typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : 500;
      return error(status, status === 412 ? 'preconditionFailed' : status >= 500 ? 'generalException' : 'invalidRequest', e instanceof Error ? e.message : String(e));
    }
  }

  function route(method: string, rawPath: string, body: unknown, ctx: Ctx): GraphResult {
    const q = rawPath.indexOf('?');
    const path = decodeURIComponent(q < 0 ? rawPath : rawPath.slice(0, q)).replace(/\/+$/, '') || '/';
    const query = new URLSearchParams(q < 0 ? '' : rawPath.slice(q + 1));
    const contentType = (ctx.headers['content-type'] ?? 'application/json').toLowerCase();
    let m: RegExpExecArray | null;

    // Site by host and path: /sites/{host}:/{server-relative path}[:]
    if ((m = /^\/sites\/([^/]+?):(\/.*?):?$/.exec(path)) && method === 'GET') {
      return m[2].toLowerCase() === store.sitePath.toLowerCase() ? { status: 200, body: siteJson(ctx) } : notFound(`Site ${m[2]}`);
    }
    if ((m = /^\/sites\/([^/]+)(\/.*)?$/.exec(path))) {
      if (m[1] !== store.siteId && m[1] !== 'root') return notFound(`Site ${m[1]}`);
      const rest = m[2] ?? '';
      if (rest === '' && method === 'GET') return { status: 200, body: siteJson(ctx) };
      if (rest === '/lists' && method === 'GET') return { status: 200, body: page(store.lists().map((l) => listJson(l, ctx)), query, ctx, path, 100) };
      const lm = /^\/lists\/([^/]+)(\/items)?(?:\/(\d+))?(\/fields)?$/.exec(rest);
      if (!lm) return error(400, 'invalidRequest', `Unsupported path ${path}`);
      const list = findList(lm[1]);
      if (!list) return notFound(`List ${lm[1]}`);
      if (!lm[2]) return method === 'GET' && list !== 'uil' ? { status: 200, body: listJson(list, ctx) } : error(400, 'invalidRequest', 'Unsupported');
      if (!lm[3]) {
        if (method === 'GET') return listItems(list, query, ctx, path);
        if (method === 'POST' && list !== 'uil') {
          const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields;
          if (!fields) return error(400, 'invalidRequest', 'fields are required');
          const values = fieldsToStore(list, fields);
          if ('status' in values && typeof values.status === 'number' && 'body' in values) return values as GraphResult;
          const author = ctx.identity ? store.siteUsers().find((u) => u.email?.toLowerCase() === ctx.identity)?.id : undefined;
          const item = store.addItem(list.id, values as Record<string, unknown>, author);
          store.changed();
          return { status: 201, body: itemJson(list, item, ctx) };
        }
        return error(405, 'methodNotAllowed', method);
      }
      if (list === 'uil') return error(400, 'invalidRequest', 'Unsupported');
      const id = Number(lm[3]);
      const item = store.items(list.id).find((i) => i.Id === id);
      if (!item) return notFound(`Item ${id}`);
      if (!lm[4] && method === 'GET') return { status: 200, body: itemJson(list, item, ctx, expandSelect(query)) };
      if (lm[4] && method === 'GET') return { status: 200, body: itemFields(list, item) };
      if (lm[4] && method === 'PATCH') {
        const expected = ifMatchVersion(ctx.headers['if-match'], item);
        if (expected !== undefined && isNaN(expected)) return error(412, 'preconditionFailed', 'The etag does not match the item.');
        const values = fieldsToStore(list, (body ?? {}) as Record<string, unknown>);
        if ('status' in values && typeof values.status === 'number' && 'body' in values) return values as GraphResult;
        const outcome = store.updateItem(list.id, id, values as Record<string, unknown>, expected);
        if ('error' in outcome) return outcome.error === 'conflict' ? error(412, 'preconditionFailed', 'The item has been changed since it was read (etag mismatch).') : notFound(`Item ${id}`);
        store.changed();
        return { status: 200, body: itemFields(list, outcome.item) };
      }
      return error(405, 'methodNotAllowed', method);
    }

    // Users
    if (path === '/users' && method === 'GET') {
      let users = store.directoryUsers().filter((u) => !u.deleted);
      const filterText = query.get('$filter');
      if (filterText) {
        try {
          const node = parseFilter(filterText);
          users = users.filter((u) => evaluateFilter(node, (p) => {
            const v = (u as unknown as Record<string, unknown>)[p];
            return typeof v === 'string' && (p === 'mail' || p === 'userPrincipalName') ? v.toLowerCase() : v;
          }));
        } catch {
          return error(400, 'Request_UnsupportedQuery', 'Unsupported query.');
        }
        // Graph compares mail case-insensitively; the literal may be in any case.
        if (/mail eq '/i.test(filterText) && users.length === 0) {
          const wanted = /mail eq '([^']*)'/i.exec(filterText)?.[1]?.toLowerCase();
          users = store.directoryUsers().filter((u) => !u.deleted && u.mail?.toLowerCase() === wanted);
        }
      }
      return { status: 200, body: page(users.map((u) => userJson(u, query)), query, ctx, path, 100) };
    }
    if ((m = /^\/(?:users\/([^/]+)|(me))(\/.*)?$/.exec(path))) {
      const who = m[1] ?? 'me';
      if (who === 'me' && !ctx.identity) return error(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
      const user = findUser(who, ctx);
      if (!user) return userMissing(who);
      const rest = m[3] ?? '';
      if (rest === '' && method === 'GET') return { status: 200, body: userJson(user, query) };
      if (rest === '/sendMail' && method === 'POST') {
        if (!user.mail) return error(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
        return sendMail(user, body, contentType);
      }
      if (rest === '/teamwork/sendActivityNotification' && method === 'POST') return sendActivity(user, body);
      // The sender's Sent Items: the messages this mailbox sent (the outbox), filterable by internetMessageId.
      if ((rest === '/messages' || /^\/mailFolders\/sentitems\/messages$/i.test(rest)) && method === 'GET') {
        const address = (user.mail ?? user.userPrincipalName).toLowerCase();
        let sent = outbox().filter((e) => e.type === 'mail' && e.from.toLowerCase() === address);
        const filterText = query.get('$filter');
        if (filterText) {
          const wanted = /^internetMessageId eq '(.*)'$/i.exec(filterText.trim())?.[1]?.replace(/''/g, "'");
          if (wanted === undefined) return error(400, 'ErrorInvalidUrlQueryFilter', 'The query filter is not supported by the emulator.');
          sent = sent.filter((e) => e.internetMessageId === wanted);
        }
        const rows = sent.map((e) => ({ id: e.id, internetMessageId: e.internetMessageId, subject: e.subject, sentDateTime: e.at }));
        return { status: 200, body: page(rows, query, ctx, path, 10) };
      }
      return error(400, 'BadRequest', `Unsupported path ${path}`);
    }

    // Teams channel messages (delegated ChannelMessage.Send): kept in the outbox.
    if ((m = /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/.exec(path)) && method === 'POST') {
      if (!ctx.identity) return error(403, 'Forbidden', 'Posting to a channel needs delegated (user) rights; application permissions cannot post.');
      if (!store.groups().some((g) => g.id === m?.[1])) return error(404, 'NotFound', `Team ${m[1]} was not found`);
      const b = (body ?? {}) as { subject?: string; body?: { contentType?: string; content?: string } };
      if (!b.body?.content) return error(400, 'BadRequest', 'body.content is required');
      const id = String(Date.now());
      const entry: OutboxEntry = {
        id, type: 'channel', at: now().toISOString(), from: ctx.identity, to: [`${m[1]}/${m[2]}`], subject: b.subject ?? '',
        ...(b.body.contentType === 'html' ? { html: b.body.content } : { text: b.body.content })
      };
      outbox().push(entry);
      store.changed();
      options.onOutbox?.(entry);
      return { status: 201, body: { id, subject: b.subject ?? null, body: b.body } };
    }

    // Groups: members and calendar
    if ((m = /^\/groups\/([^/]+)(\/.*)?$/.exec(path))) {
      const group = store.groups().find((g) => g.id === m?.[1]);
      if (!group) return error(404, 'Request_ResourceNotFound', `Resource '${m[1]}' does not exist or one of its queried reference-property objects are not present.`);
      const rest = m[2] ?? '';
      if (rest === '' && method === 'GET') return { status: 200, body: { id: group.id, displayName: group.displayName, mailNickname: group.mailNickname } };
      if ((rest === '/members' || rest === '/members/microsoft.graph.user') && method === 'GET') {
        const members = group.members.map((id) => store.directoryUsers().find((u) => u.id === id && !u.deleted)).filter((u): u is DirectoryUser => !!u);
        return { status: 200, body: page(members.map((u) => userJson(u, query)), query, ctx, path, 100) };
      }
      if (rest === '/events' && method === 'GET') return { status: 200, body: page(groupEvents(group.id), query, ctx, path, 10) };
      if (rest === '/events' && method === 'POST') return createEvent(group.id, body);
      if (rest === '/calendarView' && method === 'GET') {
        const from = Date.parse(query.get('startDateTime') ?? '');
        const to = Date.parse(query.get('endDateTime') ?? '');
        if (isNaN(from) || isNaN(to)) return error(400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required');
        const inView = groupEvents(group.id).filter((e) => Date.parse(`${e.start.dateTime}Z`) < to && Date.parse(`${e.end.dateTime}Z`) > from);
        return { status: 200, body: page(inView, query, ctx, path, 10) };
      }
      const em = /^\/events\/([^/]+)(\/cancel)?$/.exec(rest);
      if (em) {
        const list = groupEvents(group.id);
        const index = list.findIndex((e) => e.id === em[1]);
        if (index < 0) return notFound(`Event ${em[1]}`);
        if (!em[2] && method === 'GET') return { status: 200, body: list[index] };
        if (!em[2] && method === 'PATCH') return patchEvent(group.id, em[1], body);
        // Cancelling or deleting removes the event from the group calendar, as Outlook does.
        if ((!em[2] && method === 'DELETE') || (em[2] && method === 'POST')) {
          list.splice(index, 1);
          store.changed();
          return { status: em[2] ? 202 : 204 };
        }
      }
      return error(400, 'BadRequest', `Unsupported path ${path}`);
    }
    return error(400, 'BadRequest', `Resource not found for the segment '${path.split('/')[1] ?? ''}'.`);
  }

  function throttled(): GraphResult {
    const seconds = faults().retryAfterSeconds ?? 1;
    return { ...error(429, 'TooManyRequests', 'Too many requests; please retry after the time in the Retry-After header.'), headers: { 'Retry-After': String(seconds) } };
  }

  function batch(body: unknown, ctx: Ctx): GraphResult {
    const requests = (body as { requests?: unknown[] } | undefined)?.requests;
    if (!Array.isArray(requests)) return error(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > MAX_BATCH) return error(400, 'BadRequest', `Number of batch requests exceeds the maximum of ${MAX_BATCH}.`);
    const ids = new Set<string>();
    const results = new Map<string, GraphResult>();
    const responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[] = [];
    for (const raw of requests) {
      const r = raw as { id?: string; method?: string; url?: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] };
      const id = String(r.id ?? '');
      if (!id || ids.has(id) || !r.method || !r.url) return error(400, 'BadRequest', 'Each request needs a unique id, a method and a url.');
      ids.add(id);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
      let result: GraphResult;
      if ((r.dependsOn ?? []).some((d) => (results.get(d)?.status ?? 0) >= 400)) {
        result = error(424, 'FailedDependency', 'A request this one depends on failed.');
      } else if (random() < (faults().throttleRate ?? 0)) {
        result = throttled();
      } else {
        let partBody = r.body;
        const type = (headers['content-type'] ?? 'application/json').toLowerCase();
        // Non-JSON bodies travel base64-encoded inside a JSON batch.
        if (partBody !== undefined && !type.includes('json') && typeof partBody === 'string') partBody = Buffer.from(partBody, 'base64').toString('utf8');
        const url = r.url.startsWith('/') ? r.url : `/${r.url}`;
        result = dispatch(r.method.toUpperCase(), url, partBody, { ...ctx, headers: { ...ctx.headers, ...headers, 'content-type': type } });
      }
      results.set(id, result);
      responses.push({ id, status: result.status, headers: { 'Content-Type': 'application/json', ...(result.headers ?? {}) }, ...(result.body !== undefined ? { body: result.body } : {}) });
    }
    // Graph answers parts in any order; so does the emulator, so that clients match by id.
    for (let i = responses.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [responses[i], responses[j]] = [responses[j], responses[i]];
    }
    return { status: 200, body: { responses } };
  }

  function routeName(method: string, path: string): string {
    if (path.startsWith('/$batch')) return 'graph $batch';
    const shape = path.split('?')[0].replace(/\/sites\/[^/]+:\/.*$/, '/sites/{path}').replace(/\/sites\/[^/]+/, '/sites/{id}').replace(/\/lists\/[^/]+/, '/lists/{id}')
      .replace(/\/items\/\d+/, '/items/{id}').replace(/\/(users|groups|events)\/[^/]+/g, '/$1/{id}');
    return `graph ${method} ${shape}`;
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function send(res: ServerResponse, result: GraphResult): void {
    if (typeof result.body === 'string') {
      res.writeHead(result.status, { 'request-id': randomUUID(), Date: now().toUTCString(), ...(result.headers ?? {}) });
      res.end(result.body);
      return;
    }
    // Date from the store's clock, as Graph's Date and an item's lastModifiedDateTime share one clock.
    const headers: Record<string, string> = { 'request-id': randomUUID(), Date: now().toUTCString(), ...(result.headers ?? {}) };
    if (result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    res.writeHead(result.status, { 'Content-Type': 'application/json; odata.metadata=minimal; charset=utf-8', ...headers });
    res.end(JSON.stringify(result.body));
  }

  /** A request as the shared emulator's router hands it over (path with query, lower-case headers, raw body). */
  function handleGraphRequest(method: string, url: string, rawHeaders: Readonly<Record<string, string | string[] | undefined>>, text: string): GraphResult | undefined {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawHeaders)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    const origin = `http://${headers.host ?? 'localhost'}`;
    if (url.startsWith('/_emulator/outbox') || url.startsWith('/graph/_emulator/outbox')) {
      if (method === 'DELETE') {
        outbox().splice(0);
        store.changed();
        return { status: 204 };
      }
      if (/[?&]format=html\b/.test(url)) return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: outboxPage(outbox()) };
      return { status: 200, body: { value: outbox() } };
    }
    if (!url.startsWith(`${PREFIX}/`)) return undefined;
    const rest = url.slice(PREFIX.length);
    const identity = /^Bearer emu:(.+)$/i.exec(headers.authorization ?? '')?.[1]?.toLowerCase();
    const ctx: Ctx = { origin, identity, headers };
    const contentType = (headers['content-type'] ?? '').toLowerCase();
    let body: unknown = undefined;
    if (text) {
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return error(400, 'BadRequest', 'Invalid JSON body.');
        }
      } else body = text;
    }
    const m = method.toUpperCase();
    return rest.startsWith('/$batch') && m === 'POST' ? batch(body, ctx) : dispatch(m, rest, body, ctx);
  }

  /** Handles a Node request if it is the Graph part's (standalone server); returns false otherwise. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const isGraph = url.startsWith(`${PREFIX}/`);
    if (isGraph) {
      options.count?.(routeName(method, url.slice(PREFIX.length)));
      const f = faults();
      if (options.outerFaults) {
        if (random() < (f.dropRate ?? 0)) {
          req.socket.destroy();
          return true;
        }
        if (random() < (f.throttleRate ?? 0)) {
          send(res, throttled());
          return true;
        }
        if (random() < (f.serverErrorRate ?? 0)) {
          send(res, error(503, 'serviceNotAvailable', 'The service is temporarily unavailable.'));
          return true;
        }
      }
    }
    const text = await readBody(req);
    const result = handleGraphRequest(method, url, req.headers, text);
    if (!result) return false;
    if (isGraph && options.outerFaults && method !== 'GET' && random() < (faults().gatewayTimeoutAfterApplyRate ?? 0)) {
      send(res, error(504, 'GatewayTimeout', 'The gateway did not receive a timely response.'));
      return true;
    }
    send(res, result);
    return true;
  }

  return { handle, handleGraphRequest, routeName };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The outbox as a page for the local workbench: newest first, each message's HTML in a sandboxed frame. */
export function outboxPage(entries: readonly OutboxEntry[]): string {
  const items = [...entries].reverse().map((e) => {
    const body = e.html
      ? `<iframe title="${escapeHtml(e.subject)}" sandbox="" style="width:100%;height:420px;border:1px solid #c7c7c7" srcdoc="${escapeHtml(e.html)}"></iframe>`
      : `<pre style="white-space:pre-wrap">${escapeHtml(e.text ?? '')}</pre>`;
    const text = e.html && e.text ? `<details><summary>Plain text</summary><pre style="white-space:pre-wrap">${escapeHtml(e.text)}</pre></details>` : '';
    return `<li><article><h2>${escapeHtml(e.subject || '(no subject)')}</h2><p>${escapeHtml(e.type)} · ${escapeHtml(e.at)} · to ${escapeHtml(e.to.join(', '))}${e.language ? ` · ${escapeHtml(e.language)}` : ''}${e.key ? ` · <code>${escapeHtml(e.key)}</code>` : ''}</p>${body}${text}</article></li>`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Outbox – Digitiekartta emulator</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;color:#1b1b1b;max-width:900px;margin:auto;padding:16px">
<h1>Outbox (${entries.length})</h1><p>Mail, Teams notifications and channel posts the emulator's Graph has accepted.</p>
<ol style="list-style:none;padding:0">${items.join('')}</ol></body></html>`;
}
