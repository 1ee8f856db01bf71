import type { ReminderMessage } from './messages';
import { headerText, mailboxAddress } from './addresses';

/**
 * A reminder as a MIME message, composed by `mimetext` (its browser build: pure JS, CRLF line ends, the
 * same in the steering tab and in Node): `multipart/alternative` with the plain-text part first and the
 * HTML part last (the last is the preferred one), each UTF-8 and base64. Graph's `sendMail` takes the
 * whole message base64-encoded with `Content-Type: text/plain`: the only way to send our own plain-text
 * part next to the HTML (its JSON form has one body), and Graph then takes the recipients from the To
 * header, so that header must say exactly one address, whatever a display name holds.
 *
 * What the composer does: every display name and the subject become one RFC 2047 `B` encoded-word
 * (`=?utf-8?B?…?=`), so quotes, commas, semicolons, angle brackets, backslashes and `@` in a name are never
 * header syntax; mailboxes are given as objects, never parsed from text. What it does not do, and this
 * module does before handing values over:
 * - it does not check addresses: both are checked to be plain addr-specs (`mailboxAddress`);
 * - it writes custom header values as given: our key header is checked to be printable ASCII;
 * - it neither splits long encoded-words (RFC 2047's 75 characters) nor folds lines: names and subjects
 *   are shortened so that no header line passes RFC 5322's 998 characters (`headerText`); parsers and
 *   Exchange read longer encoded-words, and the tests read every message back with a real parser;
 * - it does not wrap base64 bodies: wrapped here at 76 characters (RFC 2045);
 * - its boundary and Message-ID are random and its Date the wall clock: set here from the key and the
 *   given date, so the core stays deterministic and the Message-ID stable per reminder key.
 * Control characters in names and subjects (CR, LF, …) become spaces, as a parser would read them.
 *
 * The composer is loaded with `import()` on the first message: in the browser it is its own chunk, fetched
 * only when the steering tab sends (not for the preview); in Node the ES build is what `import()` picks
 * (the package's CommonJS build requires an ESM helper without interop and fails under `require`).
 */

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64Utf8(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
function wrapBase64(base64: string, width = 76): string {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += width) lines.push(base64.slice(i, i + width));
  return lines.join('\r\n');
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A stable boundary per message (no randomness in the core). Token characters only: the composer writes
 * it unquoted in Content-Type. A base64 line never starts with `--`, so the bodies cannot contain it.
 */
function boundaryFor(key: string): string {
  return `dt-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x2c9277b5)}-alt`;
}

/**
 * The Message-ID of a reminder: the same for every attempt of one key, so that a copy re-sent after a
 * crash can be recognised (in the sender's Sent Items by the job, and by mail systems that drop repeats).
 */
export function messageIdFor(key: string, from: string): string {
  const domain = from.split('@')[1] || 'digitiekartta.invalid';
  return `<dt.${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x2c9277b5)}.${key.split(':')[0]}@${domain}>`;
}

/** RFC 5322 date-time in UTC, e.g. `Tue, 06 May 2025 06:00:00 +0000`. */
function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export interface MimeOptions {
  /** The sender mailbox. */
  readonly from: string;
  readonly fromName?: string;
  /** The message's Date (the time of sending; the core takes no clock). */
  readonly date: Date;
}

/** Header carrying the idempotency key, so a message in Sent Items can be traced to its log entry. */
export const KEY_HEADER = 'X-Digitiekartta-Key';

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/** The key header's value: printable ASCII without spaces (the key holds a checked address). */
export function keyHeaderValue(key: string): string {
  if (!PRINTABLE_ASCII.test(key)) throw new Error(`A reminder key must be printable ASCII: ${JSON.stringify(key)}`);
  return key;
}

function mailbox(address: string, name: string | undefined): { addr: string; name?: string } {
  const addr = mailboxAddress(address);
  if (!addr) throw new Error(`Not a plain e-mail address: ${JSON.stringify(address)}`);
  const display = name === undefined ? '' : headerText(name, addr.length);
  return display ? { addr, name: display } : { addr };
}

export async function toMime(message: ReminderMessage, options: MimeOptions): Promise<string> {
  const { createMimeMessage } = await import(/* webpackChunkName: 'mime' */ 'mimetext/browser');
  const mime = createMimeMessage();
  mime.boundaries = { mixed: '', related: '', alt: boundaryFor(message.key) };
  const from = mailbox(options.from, options.fromName);
  mime.setSender(from);
  mime.setTo(mailbox(message.to.address, message.to.name));
  mime.setSubject(headerText(message.subject));
  mime.setHeader('Date', rfc5322Date(options.date));
  mime.setHeader('Message-ID', messageIdFor(message.key, from.addr));
  mime.setHeader('Content-Language', message.language);
  // Marks the message as automatic: no out-of-office replies to the sender mailbox (RFC 3834, Exchange).
  mime.setHeader('Auto-Submitted', 'auto-generated');
  mime.setHeader('X-Auto-Response-Suppress', 'All');
  mime.setHeader(KEY_HEADER, keyHeaderValue(message.key));
  // Text in its canonical form, CRLF line breaks (RFC 2046 §4.1.1); a reader shows them as line breaks.
  const text = message.text.replace(/\r\n|\r|\n/g, '\r\n');
  mime.addMessage({ contentType: 'text/plain', charset: 'utf-8', encoding: 'base64', data: wrapBase64(base64Utf8(text)) });
  mime.addMessage({ contentType: 'text/html', charset: 'utf-8', encoding: 'base64', data: wrapBase64(base64Utf8(message.html)) });
  return `${mime.asRaw()}\r\n`;
}

/** The body of a MIME `sendMail` request: the whole message, base64. */
export async function mimeSendMailBody(message: ReminderMessage, options: MimeOptions): Promise<string> {
  return base64Utf8(await toMime(message, options));
}
