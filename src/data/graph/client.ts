import type { ServerClock } from '../serverClock';

/**
 * The smallest shape of a Graph client this code needs: `api(path)` with headers, GET, POST and PATCH.
 * The Graph JavaScript client v3 (`Client`, built by `createGraphTransport`: in Node with `@azure/identity`
 * credentials, in the browser with SPFx's tokens) satisfies it, so the same adapters run in the job and in
 * the steering tab.
 */
export interface GraphRequestLike {
  header(name: string, value: string): GraphRequestLike;
  get(): Promise<unknown>;
  post(body: unknown): Promise<unknown>;
  patch(body: unknown): Promise<unknown>;
}

export interface GraphClientLike {
  api(path: string): GraphRequestLike;
  /**
   * The server's clock as the client's answers told it (clients built by `createGraphTransport` with a
   * ServerClock carry it); claim ages are measured on it.
   */
  readonly serverClock?: ServerClock;
}

/** What a failed Graph call carries (the client's `GraphError`), read without depending on its class. */
export interface GraphFailure {
  readonly statusCode: number;
  readonly code?: string;
  readonly message: string;
}

export function graphFailure(error: unknown): GraphFailure {
  const e = (error ?? {}) as { statusCode?: unknown; status?: unknown; code?: unknown; message?: unknown };
  const statusCode = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : -1;
  return { statusCode, code: typeof e.code === 'string' ? e.code : undefined, message: typeof e.message === 'string' ? e.message : String(error) };
}

/** A next link (absolute, any host) as a path the client resolves against its own base URL and version. */
export function relativeGraphPath(link: string): string {
  const m = /\/(v1\.0|beta)(\/.*)$/.exec(link);
  return m ? m[2] : link;
}

/** OData string literal: single quotes doubled, then URL-encoded for a query string. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A client whose library is loaded on first use (the steering tab: the Graph SDK is its own chunk, fetched
 * when the reminders or the calendar panel first call Graph). Headers set before that are replayed.
 */
export function lazyGraphClient(load: () => Promise<GraphClientLike>, extras: Pick<GraphClientLike, 'serverClock'> = {}): GraphClientLike {
  let loaded: Promise<GraphClientLike> | undefined;
  const client = (): Promise<GraphClientLike> => (loaded ??= load());
  const request = (path: string, headers: readonly (readonly [string, string])[]): GraphRequestLike => {
    const real = async (): Promise<GraphRequestLike> => headers.reduce((r, [k, v]) => r.header(k, v), (await client()).api(path));
    return {
      header: (name, value) => request(path, [...headers, [name, value]]),
      get: async () => (await real()).get(),
      post: async (body) => (await real()).post(body),
      patch: async (body) => (await real()).patch(body)
    };
  };
  return { api: (path) => request(path, []), ...extras };
}
