import type { TimelinePipe } from '@pnp/core';
import { DefaultParse, InjectHeaders, type Queryable } from '@pnp/queryable';
import { spfi, type SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { RequestDigest } from '@pnp/sp/behaviors/request-digest';
import { SPFx, type ISPFXContext } from '@pnp/sp/behaviors/spfx';
import { FetchWithRetry, type RetryOptions } from './fetch-with-retry';
import './pnp';

/**
 * The one place where an `SPFI` is configured. Everything else receives an `SPFI` and never builds one;
 * talking to the local emulator instead of SharePoint is another `siteUrl`, not another code path.
 */

/**
 * What the browser passes: the part of the SPFx web part context PnPjs' SPFx behaviour reads (web URL and
 * the page's form digest). A `WebPartContext` fits this shape, so src/data does not import SPFx packages.
 */
export type SpfxConnection = ISPFXContext;

/** What Node (CLI, jobs, tests) and the local workbench pass. */
export interface UrlConnection {
  /** Absolute URL of the programme site, e.g. `https://porvoo.sharepoint.com/sites/digiohjelma`. */
  readonly siteUrl: string;
  /** Transport (default: the global fetch). */
  readonly fetch?: typeof fetch;
  /** Bearer token source for a real tenant (see server/auth.ts); omitted against the emulator. */
  readonly token?: () => Promise<string>;
  /** Extra headers on every request, e.g. the emulator's `Authorization: Bearer emu:<email>` identities. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly retry?: RetryOptions;
}

export type SpConnection = SpfxConnection | UrlConnection;

function isSpfxConnection(connection: SpConnection): connection is SpfxConnection {
  return typeof (connection as SpfxConnection).pageContext === 'object';
}

/**
 * JSON Light with minimal metadata: every entity carries `odata.etag`, which updates need for IF-Match,
 * without the weight of the verbose `__metadata`. Batch parts copy the Accept header, so they get it too.
 */
export function MinimalMetadata(): TimelinePipe<Queryable> {
  return InjectHeaders({ Accept: 'application/json;odata=minimalmetadata' });
}

/**
 * Adds `Authorization: Bearer <token>` at the auth moment, before PnPjs' RequestDigest looks: a request
 * with a bearer token needs no form digest, so RequestDigest then skips its contextinfo round trip.
 */
export function BearerTokenFrom(getToken: () => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.prepend(async function (url: URL, init: RequestInit): Promise<[URL, RequestInit]> {
      const token = await getToken();
      init.headers = { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/** The site URL without a trailing slash. */
export function normaliseSiteUrl(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Creates a configured `SPFI` for the programme site.
 * - SPFx: PnPjs' `SPFx(context)` bundle (same-origin cookies, the page's digest), with our transport.
 * - Node / workbench: `DefaultHeaders, DefaultInit, FetchWithRetry, DefaultParse`, a bearer token when
 *   given, and `RequestDigest()` for cookie-less writes (the emulator asks for a digest like SharePoint).
 * Each call returns a new instance; nothing is global.
 */
export function createSp(connection: SpConnection, retry?: RetryOptions): SPFI {
  if (isSpfxConnection(connection)) {
    return spfi(connection.pageContext.web.absoluteUrl).using(SPFx(connection), FetchWithRetry(retry), MinimalMetadata());
  }
  const behaviours: TimelinePipe<Queryable>[] = [
    DefaultHeaders(),
    DefaultInit(),
    FetchWithRetry({ ...connection.retry, ...retry, fetch: connection.fetch ?? connection.retry?.fetch }),
    DefaultParse(),
    MinimalMetadata(),
    RequestDigest()
  ];
  if (connection.headers) behaviours.push(InjectHeaders({ ...connection.headers }));
  if (connection.token) behaviours.push(BearerTokenFrom(connection.token));
  return spfi(normaliseSiteUrl(connection.siteUrl)).using(...behaviours);
}

/** The absolute URL of the web an `SPFI` talks to (its root, without `/_api/...`). */
export function webUrlOf(sp: SPFI): string {
  return sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
}

/** The server-relative path of the web, e.g. `/sites/digiohjelma` (`''` for a root site). */
export function webPathOf(sp: SPFI): string {
  return new URL(webUrlOf(sp)).pathname.replace(/\/+$/, '');
}
