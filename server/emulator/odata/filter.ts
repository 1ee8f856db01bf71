import { invalidQuery } from '../store/errors';

/**
 * OData v3 `$filter` as SharePoint accepts it: eq ne lt le gt ge, and/or, parentheses,
 * substringof/startswith, literals ('text' with '' escapes, numbers, true/false, null,
 * datetime'…', guid'…') and field paths (`Title`, `DtOwnerId`, `DtOwner/EMail`).
 */
export type Literal = { readonly k: 'lit'; readonly v: string | number | boolean | null; readonly datetime?: boolean };
export type Operand = Literal | { readonly k: 'field'; readonly path: string } | FnCall;
export type FnCall = { readonly k: 'fn'; readonly name: string; readonly args: readonly Operand[] };
export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FilterNode =
  | { readonly k: 'and' | 'or'; readonly l: FilterNode; readonly r: FilterNode }
  | { readonly k: 'not'; readonly e: FilterNode }
  | { readonly k: 'cmp'; readonly op: CmpOp; readonly l: Operand; readonly r: Operand }
  | { readonly k: 'test'; readonly e: Operand };

type Token = { t: '(' | ')' | ',' } | { t: 'lit'; v: Literal } | { t: 'id'; v: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { out.push({ t: ch }); i++; continue; }
    const typed = /^(datetime|guid|X|binary|datetimeoffset)'/i.exec(text.slice(i));
    if (ch === "'" || typed) {
      const prefix = typed ? typed[1].toLowerCase() : '';
      i += typed ? typed[0].length : 1;
      let s = '';
      for (;;) {
        if (i >= text.length) throw invalidQuery('Unterminated string literal in $filter.');
        if (text[i] === "'") {
          if (text[i + 1] === "'") { s += "'"; i += 2; continue; }
          i++;
          break;
        }
        s += text[i++];
      }
      out.push({ t: 'lit', v: prefix === 'datetime' || prefix === 'datetimeoffset' ? { k: 'lit', v: s, datetime: true } : { k: 'lit', v: s } });
      continue;
    }
    const numm = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LMDFlmdf]?(?![\w])/.exec(text.slice(i));
    if (numm) {
      out.push({ t: 'lit', v: { k: 'lit', v: Number(numm[0].replace(/[LMDFlmdf]$/, '')) } });
      i += numm[0].length;
      continue;
    }
    const idm = /^[A-Za-z_$][\w$./]*/.exec(text.slice(i));
    if (idm) {
      const word = idm[0];
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false') out.push({ t: 'lit', v: { k: 'lit', v: lower === 'true' } });
      else if (lower === 'null') out.push({ t: 'lit', v: { k: 'lit', v: null } });
      else out.push({ t: 'id', v: word });
      i += word.length;
      continue;
    }
    throw invalidQuery(`Syntax error at position ${i} in '${text}'.`);
  }
  return out;
}

const CMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (w: string): boolean => {
    const t = peek();
    return t?.t === 'id' && t.v.toLowerCase() === w;
  };
  const expect = (t: '(' | ')' | ','): void => {
    if (peek()?.t !== t) throw invalidQuery(`Expected '${t}' in $filter '${text}'.`);
    pos++;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) { pos++; left = { k: 'or', l: left, r: parseAnd() }; }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isWord('and')) { pos++; left = { k: 'and', l: left, r: parseUnary() }; }
    return left;
  }
  function parseUnary(): FilterNode {
    if (isWord('not')) { pos++; return { k: 'not', e: parseUnary() }; }
    if (peek()?.t === '(') {
      // A parenthesised boolean expression (operands never start with '(' in SharePoint's dialect).
      pos++;
      const inner = parseOr();
      expect(')');
      return maybeCompare(inner);
    }
    const left = parseOperand();
    const t = peek();
    if (t?.t === 'id' && CMP.has(t.v.toLowerCase())) {
      pos++;
      return { k: 'cmp', op: t.v.toLowerCase() as CmpOp, l: left, r: parseOperand() };
    }
    return { k: 'test', e: left };
  }
  /** `(expr) eq true` is rare; accept it by folding into the node. */
  function maybeCompare(node: FilterNode): FilterNode {
    const t = peek();
    if (t?.t === 'id' && (t.v.toLowerCase() === 'eq' || t.v.toLowerCase() === 'ne')) {
      pos++;
      const r = parseOperand();
      if (r.k === 'lit' && typeof r.v === 'boolean') return (r.v === (t.v.toLowerCase() === 'eq')) ? node : { k: 'not', e: node };
      throw invalidQuery(`Unsupported comparison in $filter '${text}'.`);
    }
    return node;
  }
  function parseOperand(): Operand {
    const t = peek();
    if (!t) throw invalidQuery(`Unexpected end of $filter '${text}'.`);
    if (t.t === 'lit') { pos++; return t.v; }
    if (t.t === 'id') {
      pos++;
      if (peek()?.t === '(') {
        pos++;
        const args: Operand[] = [];
        if (peek()?.t !== ')') {
          args.push(parseOperand());
          while (peek()?.t === ',') { pos++; args.push(parseOperand()); }
        }
        expect(')');
        return { k: 'fn', name: t.v.toLowerCase(), args };
      }
      return { k: 'field', path: t.v };
    }
    throw invalidQuery(`Syntax error in $filter '${text}'.`);
  }

  const node = parseOr();
  if (pos !== tokens.length) throw invalidQuery(`Syntax error in $filter '${text}' near token ${pos + 1}.`);
  return node;
}

/** The field paths a filter refers to. */
export function filterFields(node: FilterNode): string[] {
  const out: string[] = [];
  const op = (o: Operand): void => {
    if (o.k === 'field') out.push(o.path);
    else if (o.k === 'fn') o.args.forEach(op);
  };
  const walk = (n: FilterNode): void => {
    switch (n.k) {
      case 'and': case 'or': walk(n.l); walk(n.r); break;
      case 'not': walk(n.e); break;
      case 'cmp': op(n.l); op(n.r); break;
      case 'test': op(n.e); break;
    }
  };
  walk(node);
  return out;
}

/** What a field path resolves to for a given record. */
export interface Column<T> {
  readonly get: (row: T) => unknown;
  /** DateTime columns compare as instants. */
  readonly kind: 'string' | 'number' | 'boolean' | 'datetime' | 'other';
}

export type ColumnResolver<T> = (path: string) => Column<T>;

type Value = string | number | boolean | null | undefined | readonly unknown[];

function compareScalars(a: unknown, b: unknown, datetime: boolean): number | null {
  if (a === null || a === undefined || a === '' || b === null || b === undefined || b === '') return null;
  if (datetime) {
    const x = typeof a === 'number' ? a : Date.parse(String(a));
    const y = typeof b === 'number' ? b : Date.parse(String(b));
    if (isNaN(x) || isNaN(y)) return null;
    return x - y;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const x = a === true || a === 1 || a === '1' ? 1 : 0;
    const y = b === true || b === 1 || b === '1' ? 1 : 0;
    return x - y;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = Number(a);
    const y = Number(b);
    if (isNaN(x) || isNaN(y)) return String(a).toLowerCase() < String(b).toLowerCase() ? -1 : String(a).toLowerCase() > String(b).toLowerCase() ? 1 : 0;
    return x - y;
  }
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function isNull(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function applyCmp(op: CmpOp, a: Value, b: Value, datetime: boolean): boolean {
  if (b === null || a === null || b === undefined || a === undefined || isNull(a) || isNull(b)) {
    const bothNull = isNull(a) && isNull(b);
    if (op === 'eq') return bothNull;
    if (op === 'ne') return !bothNull;
    return false;
  }
  // Multi-valued columns (multi-choice, multi-user) match when any value matches, like SharePoint.
  if (Array.isArray(a)) {
    const any = a.some((x) => applyCmp(op === 'ne' ? 'eq' : op, x as Value, b, datetime));
    return op === 'ne' ? !any : any;
  }
  const c = compareScalars(a, b, datetime);
  if (c === null) return false;
  switch (op) {
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'lt': return c < 0;
    case 'le': return c <= 0;
    case 'gt': return c > 0;
    case 'ge': return c >= 0;
  }
}

/** Compiles a filter into a predicate over records, resolving field paths once. */
export function compileFilter<T>(node: FilterNode, resolve: ColumnResolver<T>): (row: T) => boolean {
  type Getter = { get: (row: T) => Value; datetime: boolean };
  const operand = (o: Operand): Getter => {
    if (o.k === 'lit') {
      const v = o.v;
      return { get: () => v, datetime: o.datetime === true };
    }
    if (o.k === 'field') {
      const col = resolve(o.path);
      return { get: (row) => col.get(row) as Value, datetime: col.kind === 'datetime' };
    }
    const args = o.args.map(operand);
    const str = (g: Getter, row: T): string => {
      const v = g.get(row);
      return v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v).toLowerCase();
    };
    switch (o.name) {
      case 'substringof':
        if (args.length !== 2) throw invalidQuery('substringof takes two arguments.');
        return { get: (row) => str(args[1], row).includes(str(args[0], row)), datetime: false };
      case 'startswith':
        if (args.length !== 2) throw invalidQuery('startswith takes two arguments.');
        return { get: (row) => str(args[0], row).startsWith(str(args[1], row)), datetime: false };
      case 'endswith':
        if (args.length !== 2) throw invalidQuery('endswith takes two arguments.');
        return { get: (row) => str(args[0], row).endsWith(str(args[1], row)), datetime: false };
      case 'tolower': case 'toupper': case 'trim':
        return { get: (row) => { const v = args[0].get(row); return typeof v === 'string' ? (o.name === 'toupper' ? v.toUpperCase() : o.name === 'trim' ? v.trim() : v.toLowerCase()) : v; }, datetime: false };
      case 'year': case 'month': case 'day':
        return { get: (row) => {
          const t = Date.parse(String(args[0].get(row) ?? ''));
          if (isNaN(t)) return null;
          const d = new Date(t);
          return o.name === 'year' ? d.getUTCFullYear() : o.name === 'month' ? d.getUTCMonth() + 1 : d.getUTCDate();
        }, datetime: false };
      default:
        throw invalidQuery(`The function '${o.name}' is not supported in $filter.`);
    }
  };
  const build = (n: FilterNode): ((row: T) => boolean) => {
    switch (n.k) {
      case 'and': { const l = build(n.l); const r = build(n.r); return (row) => l(row) && r(row); }
      case 'or': { const l = build(n.l); const r = build(n.r); return (row) => l(row) || r(row); }
      case 'not': { const e = build(n.e); return (row) => !e(row); }
      case 'test': { const e = operand(n.e); return (row) => e.get(row) === true; }
      case 'cmp': {
        const l = operand(n.l);
        const r = operand(n.r);
        const dt = l.datetime || r.datetime;
        return (row) => applyCmp(n.op, l.get(row), r.get(row), dt);
      }
    }
  };
  return build(node);
}
