/**
 * Which URLs read from a list may become a link. A URL field (a meeting's minutes today, attachments or
 * anything added later) holds whatever its editor sent through any client, and React 17 writes a
 * `javascript:` href into the page as it is. Every output (the web parts, the e-mails, the Teams channel
 * post, deck hyperlinks) asks here first: only https:, http:, mailto: and site-relative paths (`/sites/…`)
 * become links; anything else is shown as plain text. Pure.
 *
 * The scheme is found the way browsers parse a URL (WHATWG URL): leading and trailing C0 controls and
 * spaces are dropped and tabs and newlines removed anywhere, so `java\tscript:` and ` javascript:` are
 * recognised for what they are. A backslash counts as a slash, as browsers read it in http(s) URLs, so
 * `/\evil.example` is not site-relative.
 */

export const LINK_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:'];

// eslint-disable-next-line no-control-regex -- C0 controls are exactly what browsers strip here
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The URL as a browser would read it: trimmed of controls and spaces, without tabs and newlines. */
function browserForm(value: string): string {
  return value.replace(EDGE_CONTROLS, '').replace(TAB_OR_NEWLINE, '');
}

/**
 * The href to use for a URL from a list, or null when it must be shown as text: another scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:`, Office `ms-word:` links…), a protocol-relative `//host`,
 * a path relative to the page, or nothing at all.
 */
export function linkHref(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const url = browserForm(value);
  if (url === '') return null;
  const scheme = SCHEME.exec(url);
  if (scheme) return LINK_SCHEMES.includes(`${scheme[1].toLowerCase()}:`) ? url : null;
  return isSiteRelative(url) ? url : null;
}

/** `/sites/…`: a path on the same host; `//host` and `/\host` name another host. */
function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && url[1] !== '/' && url[1] !== '\\';
}
