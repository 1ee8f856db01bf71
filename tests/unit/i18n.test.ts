import { LANGUAGES, registeredCatalogs, format, langFromCulture } from '../../src/core/i18n';
// Importing the catalogs' owners registers them; each feature's catalog module is listed here.
import '../../src/core/i18n/common';
import { formatDay, formatEuro } from '../../src/core/i18n/format';
import * as catalogs from '../../src/core/i18n/all';

describe('every user-visible string', () => {
  const registered = [...registeredCatalogs().entries()];

  it('knows all feature catalogs', () => {
    expect(Object.keys(catalogs).length).toBeGreaterThan(0);
    expect(registered.length).toBeGreaterThan(0);
  });

  it.each(registered)('exists in Finnish, Swedish and English: %s', (_name, catalog) => {
    const keys = new Set(LANGUAGES.flatMap((lang) => Object.keys(catalog[lang])));
    for (const lang of LANGUAGES) {
      for (const key of keys) {
        const text = catalog[lang][key];
        expect(`${lang}.${key}=${text ?? '<missing>'}`).not.toMatch(/=(<missing>)?$/);
      }
    }
  });

  it.each(registered)('uses the same placeholders in every language: %s', (_name, catalog) => {
    for (const key of Object.keys(catalog.fi)) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
      expect(`${key}:${placeholders(catalog.sv[key])}`).toBe(`${key}:${placeholders(catalog.fi[key])}`);
      expect(`${key}:${placeholders(catalog.en[key])}`).toBe(`${key}:${placeholders(catalog.fi[key])}`);
    }
  });
});

describe('formatting', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Rivi {row}: {field}', { row: 3 })).toBe('Rivi 3: {field}');
  });
  it('picks the language from the culture, Finnish by default', () => {
    expect(langFromCulture('sv-SE')).toBe('sv');
    expect(langFromCulture('de-DE')).toBe('fi');
    expect(langFromCulture(undefined)).toBe('fi');
  });
  it('writes euros and dates the Finnish and Swedish way', () => {
    expect(formatEuro(12400, 'fi').replace(/\s/g, ' ')).toBe('12 400 €');
    expect(formatDay('2024-11-08', 'fi')).toBe('8.11.2024');
    expect(formatDay('2024-11-08', 'sv')).toMatch(/8\.11\.2024|2024-11-08/);
  });
});
