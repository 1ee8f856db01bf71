import { composeDecisions, decisionsListOf, type Entity, type Fields, type ListDef } from '../../core/schema';
import { batchErrorMessage, executeBatched, type BatchOptions, type BatchRequest } from './batch';
import { relativeGraphPath, type GraphClientLike } from './client';
import { entityToGraphFields, graphFieldSelect, graphItemToEntity, type GraphFilter, type GraphListItem, type SiteUser } from './fields';

/**
 * The programme site's lists through Graph's sites/lists API (`Sites.Selected` in the job, delegated
 * rights in the browser): resolve the site and its lists by URL, read items page by page following
 * `@odata.nextLink`, and write items in JSON batches with IF-Match.
 */

export interface GraphListsOptions {
  /** The programme site, e.g. `https://porvoo.sharepoint.com/sites/Digiohjelma2024`. */
  readonly siteUrl: string;
  readonly batch?: BatchOptions;
  /** Items per page when reading (Graph's default is 200). */
  readonly pageSize?: number;
}

export type ItemWriteResult<L extends ListDef> =
  | { readonly ok: true; readonly entity: Entity<L> }
  | { readonly ok: false; readonly status: number; readonly message: string };

interface GraphPage<T> {
  readonly value?: T[];
  readonly '@odata.nextLink'?: string;
}

/** The Graph path of a site from its URL: `/sites/{hostname}:/{server-relative path}`. */
export function sitePath(siteUrl: string): string {
  const url = new URL(siteUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return `/sites/${url.host}:${path}`;
}

export class GraphLists {
  private readonly graph: GraphClientLike;
  private readonly options: GraphListsOptions;
  private siteIdPromise?: Promise<string>;
  private listIdsPromise?: Promise<Map<string, string>>;
  public constructor(graph: GraphClientLike, options: GraphListsOptions) {
    this.graph = graph;
    this.options = options;
  }

  public siteId(): Promise<string> {
    this.siteIdPromise ??= (async () => {
      const site = (await this.graph.api(`${sitePath(this.options.siteUrl)}?$select=id`).get()) as { id: string };
      return site.id;
    })();
    return this.siteIdPromise;
  }

  /** List ids by site-relative URL (lower case), e.g. `lists/roadmapactions`. */
  private listIds(): Promise<Map<string, string>> {
    this.listIdsPromise ??= (async () => {
      const siteId = await this.siteId();
      const lists = await this.readAll<{ id: string; name?: string; webUrl?: string }>(`/sites/${siteId}/lists?$select=id,name,displayName,webUrl&$top=100`);
      const map = new Map<string, string>();
      for (const l of lists) {
        const path = l.webUrl ? decodeURIComponent(new URL(l.webUrl).pathname) : '';
        const m = /\/(lists\/[^/]+)\/?$/i.exec(path);
        if (m) map.set(m[1].toLowerCase(), l.id);
        if (l.name) map.set(`lists/${l.name.toLowerCase()}`, map.get(`lists/${l.name.toLowerCase()}`) ?? l.id);
      }
      return map;
    })();
    return this.listIdsPromise;
  }

  public async listId(def: ListDef): Promise<string> {
    const id = (await this.listIds()).get(def.url.toLowerCase());
    if (!id) throw new Error(`The list ${def.url} was not found on ${this.options.siteUrl}. Is the site provisioned?`);
    return id;
  }

  private async readAll<T>(path: string, headers: Readonly<Record<string, string>> = {}): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = path;
    while (next) {
      let request = this.graph.api(next);
      for (const [k, v] of Object.entries(headers)) request = request.header(k, v);
      const page = (await request.get()) as GraphPage<T>;
      out.push(...(page.value ?? []));
      next = page['@odata.nextLink'] ? relativeGraphPath(page['@odata.nextLink']) : undefined;
    }
    return out;
  }

  /** The site's users (User Information List), by the ids person columns point to. */
  public async siteUsers(): Promise<Map<number, SiteUser>> {
    const siteId = await this.siteId();
    const rows = await this.readAll<GraphListItem>(
      `/sites/${siteId}/lists/${encodeURIComponent('User Information List')}/items?$expand=fields($select=EMail,Title)&$top=${this.options.pageSize ?? 999}`
    );
    const users = new Map<number, SiteUser>();
    for (const r of rows) {
      const email = r.fields?.EMail;
      users.set(Number(r.id), { id: Number(r.id), email: typeof email === 'string' && email ? email : null, displayName: r.fields?.Title as string | undefined });
    }
    return users;
  }

  /**
   * Every item matching `filter`, page by page. A filter on columns that are not indexed is sent with
   * `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (fine on small lists; our filters use indexed ones).
   */
  public async readItems<L extends ListDef>(def: L, filter?: GraphFilter, users?: ReadonlyMap<number, SiteUser>): Promise<Entity<L>[]> {
    const decisions = decisionsListOf(def);
    if (decisions) {
      // The steering group's fields (an action's code) come from its decisions list, never from the item.
      const [items, decided] = await Promise.all([this.readOwnItems(def, filter, users), this.readOwnItems(decisions)]);
      return composeDecisions(def, items, decided);
    }
    return this.readOwnItems(def, filter, users);
  }

  private async readOwnItems<L extends ListDef>(def: L, filter?: GraphFilter, users?: ReadonlyMap<number, SiteUser>): Promise<Entity<L>[]> {
    const [siteId, listId] = await Promise.all([this.siteId(), this.listId(def)]);
    const query = [`$expand=fields($select=${graphFieldSelect(def).join(',')})`, `$top=${this.options.pageSize ?? 999}`];
    if (filter) query.push(`$filter=${encodeURIComponent(filter.expression)}`);
    const headers: Record<string, string> = filter && !filter.indexed ? { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : {};
    const items = await this.readAll<GraphListItem>(`/sites/${siteId}/lists/${listId}/items?${query.join('&')}`, headers);
    return items.map((item) => graphItemToEntity(def, item, users));
  }

  private async itemsPath(def: ListDef): Promise<string> {
    const [siteId, listId] = await Promise.all([this.siteId(), this.listId(def)]);
    return `/sites/${siteId}/lists/${listId}/items`;
  }

  /** Creates items in JSON batches; results in input order. */
  public async createItems<L extends ListDef>(def: L, items: readonly Partial<Fields<L>>[]): Promise<ItemWriteResult<L>[]> {
    const base = await this.itemsPath(def);
    const requests: BatchRequest[] = items.map((values, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: base,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: entityToGraphFields(def, values) }
    }));
    return this.writeBatched(def, requests);
  }

  /** Updates items' fields in JSON batches, each with IF-Match (a mismatch is a 412 result, not a throw). */
  public async updateItems<L extends ListDef>(def: L, changes: readonly { readonly id: number; readonly etag?: string; readonly changes: Partial<Fields<L>> }[]): Promise<ItemWriteResult<L>[]> {
    const base = await this.itemsPath(def);
    const requests: BatchRequest[] = changes.map((c, i) => ({
      id: String(i + 1),
      method: 'PATCH',
      url: `${base}/${c.id}/fields`,
      headers: { 'Content-Type': 'application/json', ...(c.etag ? { 'If-Match': c.etag } : {}) },
      body: entityToGraphFields(def, c.changes)
    }));
    return this.writeBatched(def, requests, changes.map((c) => c.id));
  }

  private async writeBatched<L extends ListDef>(def: L, requests: readonly BatchRequest[], ids?: readonly number[]): Promise<ItemWriteResult<L>[]> {
    if (requests.length === 0) return [];
    const responses = await executeBatched(this.graph, requests, this.options.batch);
    return requests.map((request, i) => {
      const response = responses.get(request.id);
      if (!response || response.status >= 300) {
        return { ok: false as const, status: response?.status ?? 0, message: response ? batchErrorMessage(response) : 'no response' };
      }
      const body = (response.body ?? {}) as GraphListItem & Record<string, unknown>;
      // POST answers with the listItem; PATCH .../fields answers with the fieldValueSet.
      const item: GraphListItem = body.fields ? body : { id: String(ids?.[i] ?? body.id), '@odata.etag': body['@odata.etag'] as string | undefined, fields: body };
      return { ok: true as const, entity: graphItemToEntity(def, item) };
    });
  }
}

