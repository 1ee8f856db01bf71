/**
 * The `$filter` subset Graph accepts on list items and users: comparisons (`eq ne gt ge lt le`) of a
 * property path with a literal, combined with `and`, `or`, `not` and parentheses, plus `startswith`.
 */

export type Literal = string | number | boolean | null;

export type FilterNode =
  | { readonly type: 'cmp'; readonly path: string; readonly op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; readonly value: Literal }
  | { readonly type: 'startswith'; readonly path: string; readonly value: string }
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'not'; readonly node: FilterNode };

export class FilterSyntaxError extends Error {}

type Token = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'word'; v: string } | { t: '(' } | { t: ')' } | { t: ',' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: c });
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('Unterminated string literal');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += text[i++];
      }
      tokens.push({ t: 'str', v });
    } else {
      let v = '';
      while (i < text.length && !/[\s(),']/.test(text[i])) v += text[i++];
      if (/^-?\d+(\.\d+)?$/.test(v)) tokens.push({ t: 'num', v: Number(v) });
      else tokens.push({ t: 'word', v });
    }
  }
  return tokens;
}

const OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const word = (w: string) => {
    const t = peek();
    return t?.t === 'word' && t.v.toLowerCase() === w;
  };
  const expect = (t: Token['t']) => {
    if (peek()?.t !== t) throw new FilterSyntaxError(`Expected ${t} at token ${pos}`);
    pos++;
  };
  function literal(): Literal {
    const t = tokens[pos++];
    if (!t) throw new FilterSyntaxError('Expected a value');
    if (t.t === 'str' || t.t === 'num') return t.v;
    if (t.t === 'word') {
      if (t.v === 'true') return true;
      if (t.v === 'false') return false;
      if (t.v === 'null') return null;
      // Unquoted date-times are accepted by Graph on some properties.
      if (/^\d{4}-\d{2}-\d{2}/.test(t.v)) return t.v;
    }
    throw new FilterSyntaxError('Expected a value');
  }
  function primary(): FilterNode {
    if (peek()?.t === '(') {
      pos++;
      const node = or();
      expect(')');
      return node;
    }
    if (word('not')) {
      pos++;
      return { type: 'not', node: primary() };
    }
    if (word('startswith')) {
      pos++;
      expect('(');
      const p = tokens[pos++];
      if (p?.t !== 'word') throw new FilterSyntaxError('Expected a property');
      expect(',');
      const v = literal();
      expect(')');
      return { type: 'startswith', path: p.v, value: String(v) };
    }
    const p = tokens[pos++];
    if (p?.t !== 'word') throw new FilterSyntaxError('Expected a property');
    const op = tokens[pos++];
    if (op?.t !== 'word' || !OPS.has(op.v.toLowerCase())) throw new FilterSyntaxError(`Unsupported operator after ${p.v}`);
    return { type: 'cmp', path: p.v, op: op.v.toLowerCase() as 'eq', value: literal() };
  }
  function and(): FilterNode {
    let left = primary();
    while (word('and')) {
      pos++;
      left = { type: 'and', left, right: primary() };
    }
    return left;
  }
  function or(): FilterNode {
    let left = and();
    while (word('or')) {
      pos++;
      left = { type: 'or', left, right: and() };
    }
    return left;
  }
  const node = or();
  if (pos !== tokens.length) throw new FilterSyntaxError('Unexpected text after the filter');
  return node;
}

/** Property paths used by a filter (to check indexes). */
export function filterPaths(node: FilterNode): string[] {
  switch (node.type) {
    case 'cmp':
    case 'startswith':
      return [node.path];
    case 'not':
      return filterPaths(node.node);
    default:
      return [...filterPaths(node.left), ...filterPaths(node.right)];
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T/;

function compare(a: unknown, b: Literal): number | undefined {
  if (a === null || a === undefined || b === null) return undefined;
  if (typeof b === 'number') {
    const n = typeof a === 'number' ? a : Number(a);
    return isNaN(n) ? undefined : n - b;
  }
  if (typeof b === 'boolean') return a === b ? 0 : 1;
  if (typeof a === 'string' && ISO.test(a) && ISO.test(b)) return Date.parse(a) - Date.parse(b);
  const s = String(a);
  return s < b ? -1 : s > b ? 1 : 0;
}

export function evaluateFilter(node: FilterNode, get: (path: string) => unknown): boolean {
  switch (node.type) {
    case 'and':
      return evaluateFilter(node.left, get) && evaluateFilter(node.right, get);
    case 'or':
      return evaluateFilter(node.left, get) || evaluateFilter(node.right, get);
    case 'not':
      return !evaluateFilter(node.node, get);
    case 'startswith': {
      const v = get(node.path);
      return typeof v === 'string' && v.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'cmp': {
      const v = get(node.path);
      if (node.value === null) return node.op === 'eq' ? v === null || v === undefined : node.op === 'ne' ? v !== null && v !== undefined : false;
      const c = compare(v, node.value);
      if (c === undefined) return node.op === 'ne';
      switch (node.op) {
        case 'eq':
          return c === 0;
        case 'ne':
          return c !== 0;
        case 'gt':
          return c > 0;
        case 'ge':
          return c >= 0;
        case 'lt':
          return c < 0;
        default:
          return c <= 0;
      }
    }
  }
}
