import { compileFilter, parseFilter, type Column } from '../odata/filter';
import { project, type Source } from '../odata/project';
import type { Segment } from '../odata/segments';
import { Coll, Complex, type Json, type OutValue } from '../http/shape';
import { invalidQuery } from '../store/errors';
import type { BasePermissions } from '../store/types';
import type { Reply, RestContext } from './context';

/** A REST resource: what each method does on it, and how to reach its children. */
export interface Node {
  readonly get?: () => Reply;
  readonly post?: () => Reply;
  /** MERGE or PATCH. */
  readonly merge?: () => Reply;
  readonly put?: () => Reply;
  readonly delete?: () => Reply;
  readonly child?: (seg: Segment) => Node | undefined;
}

export function json(status: number, body: Json, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

export function entityReply(ctx: RestContext, src: Source, status = 200): Reply {
  const e = project(src, ctx.select, ctx.expand);
  return json(status, ctx.shaper.single(e), src.etag ? { ETag: src.etag } : undefined);
}

/** The answer of a void method (`addviewfield`, `breakroleinheritance`...). */
export function voidReply(ctx: RestContext, name: string): Reply {
  return json(200, ctx.shaper.flavour === 'verbose' ? { d: { [name]: null } } : { 'odata.null': true });
}

export function noContent(headers?: Record<string, string>): Reply {
  return { status: 204, headers };
}

/** A column over a plain entity source, for `$filter`/`$orderby` of small collections. */
function sourceColumn(path: string): Column<Source> {
  const name = path.split('/')[0];
  return {
    kind: 'other',
    get: (s) => {
      const d = s.defaults();
      const key = Object.keys(d).find((k) => k.toLowerCase() === name.toLowerCase());
      let v: OutValue | undefined = key ? d[key] : undefined;
      if (v === undefined && s.extra) {
        const ek = Object.keys(s.extra).find((k) => k.toLowerCase() === name.toLowerCase());
        if (ek) v = s.extra[ek]();
      }
      if (v instanceof Coll) return v.values;
      if (v instanceof Complex) return null;
      return v ?? null;
    }
  };
}

/** `$orderby=Title desc, Id` → [{ path, desc }]. */
export function parseOrderBy(text: string | null): { path: string; desc: boolean }[] {
  if (!text) return [];
  return text.split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(p);
    if (!m) throw invalidQuery(`Invalid $orderby '${text}'.`);
    return { path: m[1], desc: (m[2] ?? '').toLowerCase() === 'desc' };
  });
}

export function compareValues(a: unknown, b: unknown): number {
  const an = a === null || a === undefined || a === '';
  const bn = b === null || b === undefined || b === '';
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return COLLATOR.compare(String(a), String(b));
}

export const COLLATOR = new Intl.Collator('fi', { sensitivity: 'base', numeric: false });

/** A plain (non-item) collection with `$filter`, `$orderby`, `$top`, `$skip`, `$select` and `$expand`. */
export function collectionReply(ctx: RestContext, sources: readonly Source[], set: string): Reply {
  let rows = sources.slice();
  const filter = ctx.query('$filter');
  if (filter) rows = rows.filter(compileFilter(parseFilter(filter), sourceColumn));
  const order = parseOrderBy(ctx.query('$orderby'));
  if (order.length) {
    const cols = order.map((o) => ({ col: sourceColumn(o.path), desc: o.desc }));
    rows.sort((x, y) => {
      for (const c of cols) {
        const r = compareValues(c.col.get(x), c.col.get(y));
        if (r !== 0) return c.desc ? -r : r;
      }
      return 0;
    });
  }
  const skip = Number(ctx.query('$skip') ?? 0);
  if (skip > 0) rows = rows.slice(skip);
  const top = ctx.query('$top');
  if (top !== null) rows = rows.slice(0, Math.max(0, Number(top)));
  const select = ctx.select;
  const expand = ctx.expand;
  return json(200, ctx.shaper.collection(rows.map((s) => project(s, select, expand)), set));
}

/** A GET of one property of an entity (`web/Title`, `lists/getByTitle('x')/ItemCount`). */
export function propertyNode(ctx: RestContext, src: Source, seg: Segment): Node | undefined {
  const d = src.defaults();
  const key = Object.keys(d).find((k) => k.toLowerCase() === seg.name);
  const ek = key ? undefined : Object.keys(src.extra ?? {}).find((k) => k.toLowerCase() === seg.name);
  if (!key && !ek) return undefined;
  const name = (key ?? ek)!;
  const value = key ? d[key] : src.extra![ek!]();
  return { get: () => json(200, ctx.shaper.property(name, value, edmTypeOf(value))) };
}

function edmTypeOf(v: OutValue): string {
  if (v instanceof Complex) return v.type;
  if (v instanceof Coll) return `Collection(${v.elementType})`;
  if (typeof v === 'number') return Number.isInteger(v) ? 'Edm.Int32' : 'Edm.Double';
  if (typeof v === 'boolean') return 'Edm.Boolean';
  return 'Edm.String';
}

/** SP.BasePermissions as SharePoint writes it: High and Low as strings (Edm.Int64). */
export function basePermissions(p: BasePermissions): Complex {
  return new Complex('SP.BasePermissions', { High: String(p.high), Low: String(p.low) });
}

export const guidOf = (id: string): string => `guid'${id}'`;
