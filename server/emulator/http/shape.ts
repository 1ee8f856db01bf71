/**
 * Response shapes of SharePoint's OData service in its three JSON flavours, chosen by the Accept header
 * like SharePoint Online: `odata=verbose` → `{ d: … }` with `__metadata`; `odata=nometadata` → bare
 * properties; `odata=minimalmetadata` or plain `application/json` → JSON Light with `odata.*` keys.
 */
export type Flavour = 'verbose' | 'minimal' | 'none';

export function flavourOf(accept: string | undefined): Flavour {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata') || a.includes('odata.metadata=none')) return 'none';
  return 'minimal';
}

export function contentTypeOf(flavour: Flavour): string {
  switch (flavour) {
    case 'verbose': return 'application/json;odata=verbose;charset=utf-8';
    case 'none': return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'minimal': return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

/** An entity: properties already projected by $select/$expand. */
export class Entity {
  constructor(
    public readonly type: string,
    /** Path below `_api/`, e.g. `Web/Lists(guid'…')/Items(3)`. */
    public readonly uri: string,
    public readonly props: Record<string, OutValue>,
    public readonly etag?: string,
    /** The entity set name used in `odata.metadata` (`SP.ListData.XListItems`, `SP.ApiData.Lists`). */
    public readonly set?: string
  ) {}
}

/** A complex value (SP.BasePermissions, SP.ContextWebInformation...). */
export class Complex {
  constructor(public readonly type: string, public readonly props: Record<string, OutValue>) {}
}

/** A collection of primitive or complex values (`Collection(Edm.String)`). */
export class Coll {
  constructor(public readonly elementType: string, public readonly values: readonly OutValue[]) {}
}

/** An expanded navigation collection (`RoleDefinitionBindings`, `Users`). */
export class EntitySet {
  constructor(public readonly entities: readonly Entity[]) {}
}

/** An unexpanded navigation property (verbose shows `__deferred`, JSON Light omits it). */
export class Deferred {
  constructor(public readonly uri: string) {}
}

export type OutValue = string | number | boolean | null | Entity | Complex | Coll | EntitySet | Deferred;

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export class Shaper {
  constructor(public readonly flavour: Flavour, private readonly siteUrl: string) {}

  private abs(uri: string): string {
    return `${this.siteUrl}/_api/${uri}`;
  }

  private value(v: OutValue): Json | undefined {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Entity) return this.entity(v, false);
    if (v instanceof Complex) {
      const props = this.props(v.props);
      return this.flavour === 'verbose' ? { __metadata: { type: v.type }, ...props } : props;
    }
    if (v instanceof Coll) {
      const values = v.values.map((x) => this.value(x) ?? null);
      return this.flavour === 'verbose' ? { __metadata: { type: `Collection(${v.elementType})` }, results: values } : values;
    }
    if (v instanceof EntitySet) {
      const values = v.entities.map((e) => this.entity(e, false));
      return this.flavour === 'verbose' ? { results: values } : values;
    }
    return this.flavour === 'verbose' ? { __deferred: { uri: this.abs(v.uri) } } : undefined;
  }

  private props(props: Record<string, OutValue>): { [k: string]: Json } {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(props)) {
      const j = this.value(v);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }

  private entity(e: Entity, top: boolean): { [k: string]: Json } {
    const props = this.props(e.props);
    if (this.flavour === 'none') return props;
    if (this.flavour === 'verbose') {
      const meta: { [k: string]: Json } = { id: this.abs(e.uri), uri: this.abs(e.uri) };
      if (e.etag !== undefined) meta.etag = e.etag;
      meta.type = e.type;
      return { __metadata: meta, ...props };
    }
    const head: { [k: string]: Json } = {};
    if (top) head['odata.metadata'] = `${this.siteUrl}/_api/$metadata#${e.set ?? e.type}/@Element`;
    head['odata.type'] = e.type;
    head['odata.id'] = this.abs(e.uri);
    if (e.etag !== undefined) head['odata.etag'] = e.etag;
    head['odata.editLink'] = e.uri;
    return { ...head, ...props };
  }

  /** A single entity response body. */
  single(e: Entity): Json {
    const body = this.entity(e, true);
    return this.flavour === 'verbose' ? { d: body } : body;
  }

  /** A collection response body with an optional next link (absolute URL). */
  collection(entities: readonly Entity[], set: string, nextLink?: string): Json {
    if (this.flavour === 'verbose') {
      const d: { [k: string]: Json } = { results: entities.map((e) => this.entity(e, false)) };
      if (nextLink) d.__next = nextLink;
      return { d };
    }
    const out: { [k: string]: Json } = {};
    if (this.flavour === 'minimal') out['odata.metadata'] = `${this.siteUrl}/_api/$metadata#${set}`;
    out.value = entities.map((e) => this.entity(e, false));
    if (nextLink) out['odata.nextLink'] = nextLink;
    return out;
  }

  /**
   * A property or function result: `web/Title`, `EffectiveBasePermissions`, `recycle()` (a GUID),
   * `contextinfo` (a complex value).
   */
  property(name: string, v: OutValue, edmType: string): Json {
    const j = this.value(v) ?? null;
    if (this.flavour === 'verbose') return { d: { [name]: j } };
    const meta: { [k: string]: Json } = this.flavour === 'minimal' ? { 'odata.metadata': `${this.siteUrl}/_api/$metadata#${edmType}` } : {};
    if (v instanceof Complex && j && typeof j === 'object' && !Array.isArray(j)) return { ...meta, ...j };
    return { ...meta, value: j };
  }

  /** SharePoint's error body in this flavour. */
  error(code: string, message: string): Json {
    const err = { code, message: { lang: 'en-US', value: message } };
    return this.flavour === 'verbose' ? { error: err } : { 'odata.error': err };
  }
}
