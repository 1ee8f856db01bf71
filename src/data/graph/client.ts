/**
 * The smallest shape of a Graph client this code needs: `api(path)` with headers, GET, POST and PATCH.
 * Both the Graph JavaScript client v3 (`Client`, in Node with `@azure/identity` credentials) and SPFx's
 * `MSGraphClientV3` (delegated, in the browser) satisfy it, so the same adapters run in the job and in
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
