import type { Lang } from '../../src/core/i18n/catalog';

/**
 * The publication's file names. Codes come from the lists (anyone with edit rights writes them), so a
 * name made from a code keeps only letters, digits and hyphens; a code that gives no such name, or the
 * same name as another (SharePoint and most hosts ignore case), is named by the item's id instead.
 */

export const PAGE_LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

export const FILES = {
  index: (lang: Lang) => `index.${lang}.html`,
  metrics: (lang: Lang) => `metrics.${lang}.html`,
  statement: (lang: Lang) => `accessibility.${lang}.html`,
  feed: (lang: Lang) => `feed.${lang}.xml`,
  languageChoice: 'index.html',
  actionsCsv: 'actions.csv',
  actionsJson: 'actions.json',
  metricsCsv: 'metrics.csv',
  metricsJson: 'metrics.json',
  historyCsv: 'history.csv',
  dataPackage: 'datapackage.json',
  /** What this publication published: the next one's feed is computed against it. */
  state: 'publication-state.json'
} as const;

/** A safe, case-insensitively unique slug per code; `fallback` names the rest. */
export function slugsByCode(items: readonly { readonly code: string; readonly id: number }[], fallback: (id: number) => string): Map<string, string> {
  const wanted = new Map<string, string[]>();
  for (const item of items) {
    const slug = item.code.toLowerCase();
    if (/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(slug)) {
      const codes = wanted.get(slug) ?? [];
      codes.push(item.code);
      wanted.set(slug, codes);
    }
  }
  const out = new Map<string, string>();
  for (const item of items) {
    const slug = item.code.toLowerCase();
    out.set(item.code, wanted.get(slug)?.length === 1 ? slug : fallback(item.id));
  }
  return out;
}

export function actionPageName(slug: string, lang: Lang): string {
  return `action-${slug}.${lang}.html`;
}
