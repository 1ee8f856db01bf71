import { addressParser, decodeWords } from 'postal-mime';

/**
 * Reads the MIME messages that `sendMail` receives (the subset our sender writes and common clients send:
 * single-part or multipart/alternative|mixed, base64 / quoted-printable / 7bit, RFC 2047 headers), so the
 * emulator's outbox can show subject, recipients, text and HTML. Recipients are read as Graph reads them,
 * by a real address parser (postal-mime's) on the raw header: a display name that breaks the header's
 * syntax sends the mail where the parser says, as it would in Exchange.
 */

export interface ParsedMime {
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly to: string[];
  readonly from: string;
  readonly text?: string;
  readonly html?: string;
}

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

/** Header values as written (unfolded, not decoded): addresses must be parsed before names are decoded. */
function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
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

function addresses(value: string | undefined): string[] {
  if (!value) return [];
  return addressParser(value, { flatten: true }).map((a) => (a.address ?? '').trim().toLowerCase()).filter(Boolean);
}

export function parseMime(raw: string): ParsedMime {
  const out: { text?: string; html?: string } = {};
  const rawHeaders = collect(raw, out);
  const headers = new Map([...rawHeaders].map(([k, v]) => [k, decodeWords(v)] as const));
  return {
    headers,
    subject: headers.get('subject') ?? '',
    to: [...addresses(rawHeaders.get('to')), ...addresses(rawHeaders.get('cc')), ...addresses(rawHeaders.get('bcc'))],
    from: addresses(rawHeaders.get('from'))[0] ?? '',
    text: out.text,
    html: out.html
  };
}
