/**
 * Reads the MIME messages that `sendMail` receives (the subset our sender writes and common clients send:
 * single-part or multipart/alternative|mixed, base64 / quoted-printable / 7bit, RFC 2047 headers), so the
 * emulator's outbox can show subject, recipients, text and HTML.
 */

export interface ParsedMime {
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly to: string[];
  readonly from: string;
  readonly text?: string;
  readonly html?: string;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_all, _charset: string, enc: string, data: string) => {
      if (enc.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
      const bytes = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });
}

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function parseHeaders(head: string, decode = true): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const value = line.slice(i + 1).trim();
    headers.set(line.slice(0, i).trim().toLowerCase(), decode ? decodeWords(value) : value);
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '7bit').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function param(contentType: string, name: string): string | undefined {
  const m = new RegExp(`${name}="?([^";]+)"?`, 'i').exec(contentType);
  return m?.[1];
}

function collect(raw: string, out: { text?: string; html?: string }): Map<string, string> {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const type = headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = param(type, 'boundary');
    if (boundary) {
      const parts = body.split(`--${boundary}`).slice(1);
      for (const part of parts) {
        if (part.startsWith('--')) break;
        collect(part.replace(/^\r?\n/, ''), out);
      }
    }
  } else if (/^text\/html/i.test(type)) {
    out.html ??= decodeBody(body, headers.get('content-transfer-encoding'));
  } else if (/^text\//i.test(type)) {
    out.text ??= decodeBody(body, headers.get('content-transfer-encoding'));
  }
  return headers;
}

/**
 * The addresses of an address-list header as sent (encoded words not yet decoded: a display name never
 * holds an address), split at commas outside quoted strings and angle brackets.
 */
function addresses(raw: string | undefined): string[] {
  if (!raw) return [];
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quoted && c === '\\') {
      current += c + (raw[++i] ?? '');
      continue;
    }
    if (c === '"' && !angled) quoted = !quoted;
    else if (c === '<' && !quoted) angled = true;
    else if (c === '>' && !quoted) angled = false;
    if (c === ',' && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((v) => (/<([^<>]+)>\s*$/.exec(v)?.[1] ?? v).trim().toLowerCase()).filter(Boolean);
}

export function parseMime(raw: string): ParsedMime {
  const out: { text?: string; html?: string } = {};
  const headers = collect(raw, out);
  const sent = parseHeaders(splitHead(raw).head, false);
  return {
    headers,
    subject: headers.get('subject') ?? '',
    to: [...addresses(sent.get('to')), ...addresses(sent.get('cc')), ...addresses(sent.get('bcc'))],
    from: addresses(sent.get('from'))[0] ?? '',
    text: out.text,
    html: out.html
  };
}
