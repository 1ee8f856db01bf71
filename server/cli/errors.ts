import { format, type Lang } from '../../src/core/i18n/catalog';
import { CLI } from '../../src/core/i18n/cli';
import { describeHttpError } from '../../src/data/errors';

/**
 * Turns what Node, fetch and PnPjs throw into one readable line (no stack traces for user error).
 */
/** An Error from any realm (fetch errors come from Node's own realm, not a test VM's). */
function isErrorLike(value: unknown): value is Error {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string');
}

/** What a SharePoint REST URL that answered 404 was looking for: the site itself or one of its lists. */
export function sharePointResourceOf(url: string): { site: string; list?: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const path = decodeURIComponent(parsed.pathname);
  const api = path.toLowerCase().indexOf('/_api/');
  if (api < 0) return undefined;
  const site = `${parsed.origin}${path.slice(0, api)}`;
  const list = /getlist\('([^']+)'\)/i.exec(path)?.[1];
  if (list) {
    const webPath = path.slice(0, api);
    return { site, list: list.startsWith(`${webPath}/`) ? list.slice(webPath.length + 1) : list };
  }
  return { site };
}

/** The URL as a person reads it: no query (PnPjs's `$select` lists run to thousands of characters), decoded. */
function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${decodeURIComponent(parsed.pathname)}`;
  } catch {
    return url;
  }
}

/** A 404 names the URL that failed and what was expected there. */
function describeNotFound(error: Error, lang: Lang): string {
  const t = CLI[lang];
  // PnPjs's HttpRequestError carries the response; the data layer's NotFoundError keeps its URL.
  const url = (error as { response?: { url?: unknown } }).response?.url ?? (error as { url?: unknown }).url;
  if (typeof url !== 'string' || url === '') return format(t.spNotFound, { url: '?' });
  const resource = sharePointResourceOf(url);
  const shown = withoutQuery(url);
  if (!resource) return format(t.spNotFound, { url: shown });
  if (resource.list) return format(t.spListMissing, { site: resource.site, list: resource.list, url: shown });
  return format(t.spSiteMissing, { site: resource.site, url: shown });
}

export function describeError(error: unknown, lang: Lang): string {
  const t = CLI[lang];
  if (!isErrorLike(error)) return String(error);
  const code = (error as { code?: string }).code ?? ((error as { cause?: { code?: string } }).cause?.code);
  if (code === 'ECONNREFUSED') return t.unreachable;
  if (code === 'ENOTFOUND') return t.hostUnknown;
  if (code === 'ERR_INVALID_ARG_TYPE' || /Invalid URL/i.test(error.message)) return format(t.invalidUrl, { detail: error.message });
  const cause = (error as { cause?: unknown }).cause;
  if (error.message === 'fetch failed' && isErrorLike(cause)) return format(t.fetchFailed, { detail: cause.message });
  const status = (error as { status?: number }).status;
  if (status === 401) return t.http401;
  if (status === 403 || error.name === 'AccessDeniedError') return t.http403;
  if (status === 404 || error.name === 'NotFoundError') return describeNotFound(error, lang);
  if (typeof status === 'number') return format(t.spAnswered, { detail: describeHttpError(error) });
  return error.message.split('\n')[0];
}
