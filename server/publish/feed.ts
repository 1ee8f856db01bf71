import { XMLBuilder } from 'fast-xml-parser';
import { format, type Lang } from '../../src/core/i18n/catalog';
import { formatNumber } from '../../src/core/i18n/format';
import { REPORT_STRINGS } from '../../src/core/i18n/followupReport';
import { PUBLICATION } from '../../src/core/i18n/publication';
import { codeLabel, type PublicChange } from '../../src/core/followup';
import { knownChoice } from './data';
import { FILES } from './names';
import type { PublicationSettings } from './settings';

/**
 * The change feeds (Atom, RFC 4287), one per language: an entry for each change between publications,
 * newest first. The XML is built by fast-xml-parser's builder, which escapes every text and attribute;
 * characters that XML 1.0 cannot carry at all are dropped first. Every time is the data's own.
 */

export interface FeedEntry {
  /** `changeKey` of the change: stable for the same change in the same data. */
  readonly key: string;
  readonly change: PublicChange;
}

/** The most entries a feed carries; older ones stay in the publication's state. */
export const FEED_ENTRIES = 200;

// Control characters, lone surrogates and U+FFFE/U+FFFF are not XML 1.0 characters, escaped or not.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Text from the lists is isolated (FSI … PDI), so a right-to-left override in it cannot reorder the rest.
const isolate = (text: string): string => `\u2068${text}\u2069`;

function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

function entryTitle(change: PublicChange, lang: Lang): string {
  const t = PUBLICATION[lang];
  if (change.kind === 'metric-value') {
    const values = { metric: isolate(change.metric), year: change.year, value: formatNumber(change.value, lang, 2) };
    return change.previous === null ? format(t.entryMetric, values) : format(t.entryMetricChanged, { ...values, previous: formatNumber(change.previous, lang, 2) });
  }
  const base = { code: isolate(change.code), title: isolate(change.title) };
  const choice = (field: 'status' | 'trafficLight', code: string | null): string => {
    const known = knownChoice(field, code);
    return known === null ? t.none : codeLabel(field, known, lang);
  };
  const percent = (p: number | null): string => (p === null ? t.none : `${p} %`);
  switch (change.kind) {
    case 'new-action': return format(t.entryNew, base);
    case 'completed': return format(t.entryCompleted, base);
    case 'status': return format(t.entryStatus, { ...base, from: choice('status', change.from), to: choice('status', change.to) });
    case 'light': return format(t.entryLight, { ...base, from: choice('trafficLight', change.from), to: choice('trafficLight', change.to) });
    case 'progress': return format(t.entryProgress, { ...base, from: percent(change.from), to: percent(change.to) });
  }
}

/** A link in the feed: absolute when the site's address is configured, else relative to the feed. */
function href(settings: PublicationSettings, file: string): string {
  return settings.baseUrl ? new URL(file, settings.baseUrl).href : file;
}

function tagId(settings: PublicationSettings, path: string): string {
  return `tag:${settings.feedIdAuthority},2024:digitiekartta/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Newest first; the same instant by key, so the order never depends on the run. */
export function feedOrder(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((x, y) => (x.change.at > y.change.at ? -1 : x.change.at < y.change.at ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

export interface FeedLinks {
  /** The page of an action by code (file name). */
  readonly actionPage: (code: string, lang: Lang) => string | undefined;
  /** The metrics page's anchor of a metric by code. */
  readonly metricAnchor: (code: string) => string;
}

export function atomFeed(lang: Lang, entries: readonly FeedEntry[], updatedAt: string | null, settings: PublicationSettings, links: FeedLinks): string {
  const r = REPORT_STRINGS[lang];
  const t = PUBLICATION[lang];
  const shown = feedOrder(entries).slice(0, FEED_ENTRIES);
  // The feed changed when its newest entry did; with no entries, when the data last did.
  const updated = shown[0]?.change.at ?? updatedAt ?? '2024-01-22T00:00:00.000Z';
  const feed = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': lang,
      id: tagId(settings, `feed/${lang}`),
      title: { '@_type': 'text', '#text': `${t.feedTitle} – ${r.organisation}` },
      subtitle: { '@_type': 'text', '#text': t.feedSubtitle },
      updated,
      author: { name: r.organisation },
      rights: { '@_type': 'text', '#text': xmlText(`${settings.licence.title} (${settings.licence.name})`) },
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': href(settings, FILES.feed(lang)) },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_hreflang': lang, '@_href': href(settings, FILES.index(lang)) }
      ],
      entry: shown.map((e) => {
        const c = e.change;
        const page = c.kind === 'metric-value' ? `${FILES.metrics(lang)}#${links.metricAnchor(c.metric)}` : (links.actionPage(c.code, lang) ?? FILES.index(lang));
        return {
          id: tagId(settings, `${e.key}/${lang}`),
          title: { '@_type': 'text', '#text': xmlText(entryTitle(c, lang)) },
          updated: c.at,
          link: { '@_rel': 'alternate', '@_type': 'text/html', '@_hreflang': lang, '@_href': href(settings, page) }
        };
      })
    }
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(feed) as string;
}
