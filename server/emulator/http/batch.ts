import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { EmulatorStore } from '../store/store';
import { handleRest, type Reply, type RestRequest } from './api';

/** One request inside a `$batch` body. */
export interface BatchPart {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

/**
 * Parses a SharePoint `$batch` body (multipart/mixed with nested changesets) as PnPjs v4 writes it
 * (`\n` line ends) or as other clients do (`\r\n`).
 */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error('The batch request has no multipart boundary.');
  return parseMultipart(body.replace(/\r\n/g, '\n'), boundary);
}

function splitParts(text: string, boundary: string): string[] {
  const lines = text.split('\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = t.endsWith('--') && t !== `--${boundary}` ? undefined : [];
      if (t === `--${boundary}--`) break;
      continue;
    }
    current?.push(line);
  }
  return parts;
}

function readHeaders(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') return { headers, next: i + 1 };
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, next: i };
}

function parseMultipart(text: string, boundary: string): BatchPart[] {
  const out: BatchPart[] = [];
  for (const part of splitParts(text, boundary)) {
    const lines = part.split('\n');
    const { headers, next } = readHeaders(lines, 0);
    const inner = boundaryOf(headers['content-type']);
    if (inner && /multipart\/mixed/i.test(headers['content-type'] ?? '')) {
      out.push(...parseMultipart(lines.slice(next).join('\n'), inner));
      continue;
    }
    let i = next;
    while (i < lines.length && lines[i].trim() === '') i++;
    const requestLine = /^(\w+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(lines[i] ?? '');
    if (!requestLine) continue;
    const h = readHeaders(lines, i + 1);
    const body = lines.slice(h.next).join('\n').replace(/\n+$/, '');
    out.push({ method: requestLine[1].toUpperCase(), url: requestLine[2], headers: h.headers, body });
  }
  return out;
}

/** Formats part replies as SharePoint's flat `--batchresponse_` body (`\n` line ends, as PnPjs parses). */
export function formatBatchResponse(replies: readonly Reply[]): { body: string; contentType: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const r of replies) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? 'Unknown'}`);
    for (const [k, v] of Object.entries(r.headers ?? {})) out.push(`${k.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : k}: ${v}`);
    out.push('');
    if (r.body !== undefined && r.status !== 204) out.push(Buffer.isBuffer(r.body) ? r.body.toString('utf8') : JSON.stringify(r.body));
  }
  out.push(`--${boundary}--`, '');
  return { body: out.join('\n'), contentType: `multipart/mixed; boundary=${boundary}` };
}

/**
 * Runs a `$batch`: each part is an independent request with its own status (like SharePoint, a
 * changeset is not a transaction: a 412 in one part does not undo or fail the others).
 */
export function handleBatch(store: EmulatorStore, outer: RestRequest): { replies: Reply[]; parts: number } {
  const parts = parseBatch(outer.body.toString('utf8'), outer.headers['content-type']);
  const replies = parts.map((p) => {
    const headers: Record<string, string | undefined> = { ...p.headers };
    // PnPjs does not copy Authorization into parts: the batch runs as the caller of the batch.
    headers.authorization = outer.headers.authorization;
    let method = p.method;
    const override = headers['x-http-method'];
    if (method === 'POST' && override) method = override.toUpperCase();
    // Relative part URLs resolve against the site at the host the batch was sent to.
    const url = new URL(p.url, `${store.siteUrlAt(outer.url.origin)}/`);
    return handleRest(store, { method, url, headers, body: Buffer.from(p.body, 'utf8') });
  });
  return { replies, parts: parts.length };
}
