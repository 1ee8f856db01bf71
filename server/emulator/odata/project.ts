import { invalidQuery, propertyNotFound } from '../store/errors';
import { Deferred, Entity, EntitySet, type OutValue } from '../http/shape';

/**
 * Something that can be shaped into an entity: default properties, extra selectable properties and
 * navigation properties. `$select` and `$expand` are applied by `project`.
 */
export interface Source {
  readonly type: string;
  readonly uri: string;
  readonly etag?: string;
  readonly set?: string;
  /** Properties returned without `$select`, in SharePoint's order. */
  readonly defaults: () => Record<string, OutValue>;
  /** Properties returned only when selected (EffectiveBasePermissions, HasUniqueRoleAssignments...). */
  readonly extra?: Readonly<Record<string, () => OutValue>>;
  /** Navigation properties (expandable). */
  readonly navs?: Readonly<Record<string, () => Source | readonly Source[] | null>>;
  /** Whether unexpanded navigation properties appear as `__deferred` in verbose output without $select. */
  readonly showDeferred?: boolean;
}

/** `$select`/`$expand` as trees: `Author/EMail` → { Author: { EMail: {} } }. */
export interface PathTree { [name: string]: PathTree }

export function pathTree(list: string | null | undefined): PathTree | undefined {
  if (list === null || list === undefined || list.trim() === '') return undefined;
  const root: PathTree = {};
  for (const raw of list.split(',')) {
    const path = raw.trim();
    if (!path) continue;
    let node = root;
    for (const part of path.split('/')) {
      const key = part.trim();
      node[key] ??= {};
      node = node[key];
    }
  }
  return root;
}

function findKey(names: readonly string[], wanted: string): string | undefined {
  if (names.includes(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  return names.find((n) => n.toLowerCase() === lower);
}

/** Applies `$select` and `$expand` to a source. */
export function project(src: Source, select: PathTree | undefined, expand: PathTree | undefined): Entity {
  const navNames = Object.keys(src.navs ?? {});
  const expanded = new Map<string, PathTree>();
  for (const [name, sub] of Object.entries(expand ?? {})) {
    const key = findKey(navNames, name);
    if (!key) throw invalidQuery(`The field or property '${name}' does not exist.`);
    expanded.set(key, sub);
  }
  const props: Record<string, OutValue> = {};
  let cachedDefaults: Record<string, OutValue> | undefined;
  const defaultsOf = (): Record<string, OutValue> => (cachedDefaults ??= src.defaults());
  const navValue = (key: string, sub: PathTree | undefined): OutValue => {
    const exp = expanded.get(key);
    if (exp === undefined) return new Deferred(`${src.uri}/${key}`);
    const target = src.navs![key]();
    const subSelect = sub && Object.keys(sub).length ? sub : undefined;
    if (target === null) return null;
    if (Array.isArray(target)) return new EntitySet((target as readonly Source[]).map((t) => project(t, subSelect, exp)));
    return project(target as Source, subSelect, exp);
  };
  const all = !select || '*' in select;
  if (all) {
    Object.assign(props, defaultsOf());
    for (const key of navNames) {
      if (expanded.has(key) || src.showDeferred) props[key] = navValue(key, select?.[key]);
    }
    if (select) {
      for (const [name, sub] of Object.entries(select)) if (name !== '*') addSelected(name, sub);
    }
  } else {
    for (const [name, sub] of Object.entries(select)) addSelected(name, sub);
  }
  return new Entity(src.type, src.uri, props, src.etag, src.set);

  function addSelected(name: string, sub: PathTree): void {
    const navKey = findKey(navNames, name);
    if (navKey) {
      if (Object.keys(sub).length && !expanded.has(navKey)) {
        const first = Object.keys(sub)[0];
        throw invalidQuery(`The query to field '${navKey}/${first}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${navKey}.`);
      }
      props[navKey] = navValue(navKey, sub);
      return;
    }
    const defaults = defaultsOf();
    const defKey = findKey(Object.keys(defaults), name);
    if (defKey) {
      props[defKey] = defaults[defKey];
      return;
    }
    const extraKey = findKey(Object.keys(src.extra ?? {}), name);
    if (extraKey) {
      props[extraKey] = src.extra![extraKey]();
      return;
    }
    throw propertyNotFound(name, src.type);
  }
}
