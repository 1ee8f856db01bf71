/**
 * Values read from lists and the directory on their way into mail headers, JSON recipients and Teams
 * texts. Every such value is untrusted: an address must be one plain mailbox and nothing else, and a
 * display name or a subject is text, never header syntax. Pure.
 */

/**
 * `local@domain`: a dot-atom local part of RFC 5322 `atext` (what needs no quoting), a DNS domain of labels
 * with a letter-only top level. ASCII only.
 */
const ADDR_SPEC = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * The address in lower case when it is one plain mailbox (`anna.aalto@porvoo.fi`), else undefined.
 * Quoted local parts, comments, groups, display names, several addresses, IP literals and non-ASCII
 * addresses are refused: the city's mailboxes need none of them, and each is a way to smuggle a second
 * recipient into a header.
 */
export function mailboxAddress(text: string | null | undefined): string | undefined {
  const address = (text ?? '').trim().toLowerCase();
  if (address.length > 254 || !ADDR_SPEC.test(address)) return undefined;
  return address.split('@')[0].length <= 64 ? address : undefined;
}

/** C0 and C1 controls, DEL and the Unicode line and paragraph separators. */
function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** Text on one line: controls (CR, LF, tab, …) become spaces. */
export function singleLine(text: string): string {
  let out = '';
  for (const ch of text) out += isControl(ch.codePointAt(0) ?? 0) ? ' ' : ch;
  return out;
}

/** The longest header line RFC 5322 allows (§2.1.1), without its CRLF. */
export const MAX_HEADER_LINE = 998;

/**
 * A display name or a subject as header text: controls (CR, LF, tab, …) become spaces, which is how a
 * mail parser reads them anyway, and the text is shortened (with `…`) so that its header line, written as
 * one base64 encoded-word (`From: =?utf-8?B?…?= <address>`), stays within 998 characters. Short texts in
 * any script (Finnish and Swedish letters, emoji, right-to-left marks) pass unchanged.
 */
export function headerText(text: string, addressLength = 0): string {
  const clean = singleLine(text);
  // `Subject: ` or `From: ` plus `=?utf-8?B?` and `?=`, plus ` <address>` for a mailbox.
  const overhead = 21 + (addressLength > 0 ? addressLength : 0);
  const maxBytes = Math.floor((MAX_HEADER_LINE - overhead) / 4) * 3;
  const encoder = new TextEncoder();
  if (encoder.encode(clean).length <= maxBytes) return clean;
  let out = '';
  let bytes = 0;
  const ellipsis = '…';
  const budget = maxBytes - encoder.encode(ellipsis).length;
  for (const ch of clean) {
    const size = encoder.encode(ch).length;
    if (bytes + size > budget) break;
    out += ch;
    bytes += size;
  }
  return out + ellipsis;
}
