/**
 * Localised strings. Porvoo/Borgå is bilingual (Finnish and Swedish); English is the third UI language.
 * A catalog is typed so that a key missing in one language fails to compile, and
 * `tests/unit/i18n.test.ts` walks every registered catalog at run time as a second guard.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'fi';

/** One text in every language. */
export type Labels = Readonly<Record<Lang, string>>;

export type Catalog<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

const registry: Map<string, Catalog<string>> = new Map();

/**
 * Declares a feature's strings. `{name}` placeholders are filled by `format`.
 * The catalog is registered under `name` so the completeness test can find it.
 */
export function defineCatalog<K extends string>(name: string, catalog: Catalog<K>): Catalog<K> {
  registry.set(name, catalog as Catalog<string>);
  return catalog;
}

export function registeredCatalogs(): ReadonlyMap<string, Catalog<string>> {
  return registry;
}

/** Fills `{placeholder}`s; a missing value leaves the placeholder visible rather than failing silently. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole
  );
}

/** Picks the user's language from a culture name such as `sv-SE`, `fi-FI` or `en-US`; Finnish by default. */
export function langFromCulture(culture: string | undefined | null): Lang {
  const prefix = (culture ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).indexOf(prefix) >= 0 ? (prefix as Lang) : DEFAULT_LANG;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).indexOf(value) >= 0;
}

/** The BCP 47 locale used for dates, numbers and euros in each UI language. */
export const LOCALE_OF: Readonly<Record<Lang, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
