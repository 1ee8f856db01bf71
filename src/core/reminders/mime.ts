import type { ReminderMessage } from './messages';

/**
 * A reminder as a MIME message (RFC 2045/2046/2047): `multipart/alternative` with the plain-text part
 * first and the HTML part last (the last is the preferred one), each UTF-8 and base64. Graph's
 * `sendMail` takes this base64-encoded with `Content-Type: text/plain`: the only way to send our own
 * plain-text part next to the HTML (its JSON form has one body). Pure and isomorphic (TextEncoder, btoa).
 */

const CRLF = '\r\n';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64Utf8(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

function wrap(base64: string, width = 76): string {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += width) lines.push(base64.slice(i, i + width));
  return lines.join(CRLF);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A header value as RFC 2047 encoded words when it is not plain ASCII, folded to stay under 78 characters. */
export function encodeHeaderText(text: string): string {
  if (PRINTABLE_ASCII.test(text) && text.length <= 900) return text;
  return encodedWords(text);
}

/** RFC 2047 encoded words (UTF-8, base64), folded. */
function encodedWords(text: string): string {
  const encoder = new TextEncoder();
  const words: string[] = [];
  let current = '';
  for (const ch of text) {
    // 45 bytes of UTF-8 = 60 base64 characters; with `=?UTF-8?B??=` a word stays within 75.
    if (encoder.encode(current + ch).length > 45) {
      words.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) words.push(current);
  return words.map((w) => `=?UTF-8?B?${base64Utf8(w)}?=`).join(`${CRLF} `);
}

function address(email: string, name?: string): string {
  if (!name) return `<${email}>`;
  // A plain name is a quoted string; any other (quotes, commas, brackets, line breaks, non-ASCII) is encoded
  // words, so that nothing in a name can end it and start another address.
  if (/^[\w .'-]*$/.test(name) && name.length <= 900) return `"${name}" <${email}>`;
  return `${encodedWords(name)} <${email}>`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A stable boundary per message (no randomness in the core); base64 bodies cannot contain it. */
function boundaryFor(key: string): string {
  return `=_digitiekartta_${fnv1a(key, 0x811c9dc5)}_alt`;
}

/**
 * The Message-ID of a reminder: the same for every attempt of one key, so that a copy re-sent after a
 * crash can be recognised (in the sender's Sent Items by the job, and by mail systems that drop repeats).
 */
export function messageIdFor(key: string, from: string): string {
  const domain = from.split('@')[1] || 'digitiekartta.invalid';
  return `<dt.${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x2c9277b5)}.${key.split(':')[0]}@${domain}>`;
}

export interface MimeOptions {
  /** The sender mailbox. */
  readonly from: string;
  readonly fromName?: string;
}

/** Header carrying the idempotency key, so a message in Sent Items can be traced to its log entry. */
export const KEY_HEADER = 'X-Digitiekartta-Key';

export function toMime(message: ReminderMessage, options: MimeOptions): string {
  const boundary = boundaryFor(message.key);
  const headers = [
    `From: ${address(options.from, options.fromName)}`,
    `To: ${address(message.to.address, message.to.name)}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Message-ID: ${messageIdFor(message.key, options.from)}`,
    'MIME-Version: 1.0',
    `Content-Language: ${message.language}`,
    // Marks the message as automatic: no out-of-office replies to the sender mailbox (RFC 3834, Exchange).
    'Auto-Submitted: auto-generated',
    'X-Auto-Response-Suppress: All',
    `${KEY_HEADER}: ${encodeHeaderText(message.key)}`,
    `Content-Type: multipart/alternative; boundary="${boundary}"`
  ];
  const part = (type: string, body: string): string =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', wrap(base64Utf8(body))].join(CRLF);
  return [...headers, '', part('text/plain', message.text), part('text/html', message.html), `--${boundary}--`, ''].join(CRLF);
}

/** The body of a MIME `sendMail` request: the whole message, base64. */
export function mimeSendMailBody(message: ReminderMessage, options: MimeOptions): string {
  return base64Utf8(toMime(message, options));
}
