import { invalidQuery } from '../store/errors';

/**
 * A path segment of a SharePoint REST URL: `lists`, `getByTitle('Roadmap')`, `items(12)`,
 * `lists(guid'…')`, `breakroleinheritance(copyroleassignments=true, clearsubscopes=true)`,
 * `getFileByServerRelativePath(decodedUrl='/sites/x/Shared Documents/a.xlsx')`, `getList(@p1)`.
 */
export interface Segment {
  /** The name as written. */
  readonly raw: string;
  /** Lower-case name, for case-insensitive matching like SharePoint. */
  readonly name: string;
  /** Whether the segment had parentheses at all (`items()` vs `items`). */
  readonly call: boolean;
  /** Positional arguments (`'x'`, `12`, `guid'…'`), already unquoted and alias-resolved. */
  readonly args: readonly ArgValue[];
  /** Named arguments (`decodedurl='x'`), keys in lower case. */
  readonly named: Readonly<Record<string, ArgValue>>;
}

export type ArgValue = string | number | boolean | null;

/**
 * Splits a raw (still percent-encoded) path into segments at `/` outside parentheses and quotes, then
 * decodes each segment. Parameter aliases (`@p1`) are resolved from the query string.
 */
export function parseSegments(rawPath: string, aliases: (name: string) => string | undefined): Segment[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let current = '';
  // Decode first, but keep track of structure: a quote inside an encoded value (%27) is part of a
  // literal only when it appears inside parentheses, which the char walk below handles.
  const path = safeDecode(rawPath);
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (inQuote) {
      current += ch;
      if (ch === "'") {
        if (path[i + 1] === "'") {
          current += "'";
          i++;
        } else {
          inQuote = false;
        }
      }
      continue;
    }
    if (ch === "'" && depth > 0) inQuote = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '/' && depth === 0) {
      if (current !== '') parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current !== '') parts.push(current);
  return parts.map((p) => parseSegment(p, aliases));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseSegment(text: string, aliases: (name: string) => string | undefined): Segment {
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) {
    return { raw: text, name: text.toLowerCase(), call: false, args: [], named: {} };
  }
  const raw = text.slice(0, open);
  const inner = text.slice(open + 1, -1);
  const args: ArgValue[] = [];
  const named: Record<string, ArgValue> = {};
  for (const piece of splitArgs(inner)) {
    const eq = findTopLevelEquals(piece);
    if (eq > 0 && /^[A-Za-z_][\w.]*$/.test(piece.slice(0, eq).trim())) {
      named[piece.slice(0, eq).trim().toLowerCase()] = parseLiteral(piece.slice(eq + 1).trim(), aliases);
    } else if (piece.trim() !== '') {
      args.push(parseLiteral(piece.trim(), aliases));
    }
  }
  return { raw, name: raw.toLowerCase(), call: true, args, named };
}

function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let inQuote = false;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "'") {
      if (inQuote && inner[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      inQuote = !inQuote;
    }
    if (ch === ',' && !inQuote) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

function findTopLevelEquals(piece: string): number {
  const q = piece.indexOf("'");
  const eq = piece.indexOf('=');
  if (eq < 0) return -1;
  return q >= 0 && q < eq ? -1 : eq;
}

/** Parses an OData literal as it appears in a URL: `'text'`, `guid'…'`, `12`, `true`, `null`, `@alias`. */
export function parseLiteral(text: string, aliases: (name: string) => string | undefined): ArgValue {
  if (text.startsWith('@')) {
    const value = aliases(text);
    if (value === undefined) throw invalidQuery(`The parameter alias ${text} has no value.`);
    return parseLiteral(value, () => undefined);
  }
  const quoted = /^(?:guid|datetime|X)?'((?:[^']|'')*)'$/i.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^null$/i.test(text)) return null;
  if (/^-?\d+(\.\d+)?[LMD]?$/i.test(text)) return Number(text.replace(/[LMD]$/i, ''));
  return text;
}
