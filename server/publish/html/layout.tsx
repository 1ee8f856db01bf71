import { createHash } from 'node:crypto';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Lang } from '../../../src/core/i18n/catalog';
import { REPORT_STRINGS } from '../../../src/core/i18n/followupReport';
import { PUBLICATION } from '../../../src/core/i18n/publication';
import { FILES, PAGE_LANGS } from '../names';

/**
 * The frame of every page. Markup is made by React's server renderer, which escapes every text and
 * attribute value; the only raw markup is our own style sheet. Text from the lists sits in `<bdi>`, so a
 * right-to-left override in it cannot reorder the page around it. A Content-Security-Policy allows no
 * script, no request to anywhere and only this style sheet (defence in depth: escaping is the guard).
 */

const CSS = `
:root { color-scheme: light; }
body { margin: 0; font-family: "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
.skip { position: absolute; left: -9999px; top: 0; background: #00305a; color: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { background: #004b87; color: #fff; padding: 1rem 1.5rem; display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 1rem; }
header a { color: #fff; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
nav.site { background: #eef3f8; padding: .5rem 1.5rem; border-bottom: 1px solid #8a949e; }
nav.site a[aria-current="page"] { font-weight: 700; }
.org { font-weight: 700; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { color: #00305a; font-size: 2rem; margin: 1rem 0 .5rem; }
h2 { color: #00305a; font-size: 1.5rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #004b87; }
h3 { color: #00305a; font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
a { color: #004b87; }
a:focus, .scroll:focus { outline: 3px solid #d49a2a; outline-offset: 2px; }
bdi { overflow-wrap: break-word; }
tbody th a { white-space: nowrap; }
.scroll { overflow-x: auto; margin: .5rem 0 1.5rem; }
table { border-collapse: collapse; min-width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .5rem; }
th, td { border: 1px solid #8a949e; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #004b87; color: #fff; }
tbody th { background: #eef3f8; }
td.num { text-align: right; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 1.5rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.light::before { content: ""; display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .35em; vertical-align: -0.05em; border: 1px solid #1a1a1a; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.light-green::before { background: #2e7d32; } .light-yellow::before { background: #f2c200; } .light-red::before { background: #c62828; } .light-none::before { background: #fff; }
footer { border-top: 1px solid #8a949e; padding: 1rem 1.5rem; color: #3d4349; font-size: .9rem; }
@media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .5rem; } }
@media print {
  body { font-size: 10.5pt; color: #000; }
  .skip, nav { display: none; }
  header { background: none; color: #000; padding: 0 0 .5rem; border-bottom: 2px solid #000; }
  main { max-width: none; padding: 0; }
  h1, h2, h3 { color: #000; break-after: avoid; }
  a { color: #000; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  thead th { background: none; color: #000; }
  tr, dl.facts { break-inside: avoid; }
  footer { padding: .5rem 0 0; color: #000; }
}
`;

const styleHash = createHash('sha256').update(CSS, 'utf8').digest('base64');

/** No script, no fetch, no frame, no form; only this page's own style sheet. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;

export const LANGUAGE_NAME: Readonly<Record<Lang, 'inFinnish' | 'inSwedish' | 'inEnglish'>> = { fi: 'inFinnish', sv: 'inSwedish', en: 'inEnglish' };

/** Text from the lists: isolated for bidirectional text; nothing when empty. */
export function Listed(props: { readonly text: string | null | undefined; readonly lang?: string }): React.ReactElement | null {
  if (props.text === null || props.text === undefined || props.text === '') return null;
  return <bdi lang={props.lang}>{props.text}</bdi>;
}

/** The same text for a `<title>`, where no element can isolate it: Unicode isolates instead. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

const LIGHT_CLASS: ReadonlyMap<string, string> = new Map([['green', 'light-green'], ['yellow', 'light-yellow'], ['red', 'light-red']]);

/** A light's class for a known light; anything else is the neutral one. */
export function lightClass(code: string | null): string {
  return `light ${(code !== null ? LIGHT_CLASS.get(code) : undefined) ?? 'light-none'}`;
}

export type NavKey = 'roadmap' | 'metrics' | 'statement' | 'action';

export interface ShellProps {
  readonly lang: Lang;
  /** The page's title (plain text; list text in it already isolated). */
  readonly title: string;
  /** This page in each language. */
  readonly files: Readonly<Record<Lang, string>>;
  readonly current: NavKey;
  readonly children?: React.ReactNode;
}

export function Shell(props: ShellProps): React.ReactElement {
  const { lang, files, current } = props;
  const t = PUBLICATION[lang];
  const r = REPORT_STRINGS[lang];
  const others = PAGE_LANGS.filter((l) => l !== lang);
  const nav: readonly [NavKey | 'data' | 'feed', string, string][] = [
    ['roadmap', FILES.index(lang), t.navRoadmap],
    ['metrics', FILES.metrics(lang), t.navMetrics],
    ['data', `${FILES.index(lang)}#h-data`, t.navData],
    ['feed', FILES.feed(lang), t.navFeed],
    ['statement', FILES.statement(lang), t.navStatement]
  ];
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <title>{`${props.title} – ${r.organisation}`}</title>
        {others.map((l) => <link key={l} rel="alternate" hrefLang={l} href={files[l]} />)}
        <link rel="alternate" type="application/atom+xml" title={t.feedTitle} href={FILES.feed(lang)} />
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <a className="skip" href="#main">{r.skipToContent}</a>
        <header>
          <p className="org">{`${r.organisation} – ${r.programmeName}`}</p>
          <nav aria-label={t.languageNav}>
            <ul>
              {others.map((l) => <li key={l}><a href={files[l]} hrefLang={l} lang={l}>{PUBLICATION[l][LANGUAGE_NAME[l]]}</a></li>)}
            </ul>
          </nav>
        </header>
        <nav className="site" aria-label={t.siteNav}>
          <ul>
            {nav.map(([key, href, text]) => (
              <li key={key}>
                <a href={href} aria-current={key === current ? 'page' : undefined} type={key === 'feed' ? 'application/atom+xml' : undefined}>{text}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main">{props.children}</main>
        <footer>
          <p>
            {`${r.organisation} · ${r.programmeName} · `}
            <a href={FILES.statement(lang)}>{t.navStatement}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

export function renderDocument(page: React.ReactElement): string {
  return `<!doctype html>\n${renderToStaticMarkup(page)}\n`;
}

/** A table in a keyboard-focusable scrolling region (wide tables on a phone). */
export function ScrollTable(props: { readonly id: string; readonly caption: React.ReactNode; readonly head?: React.ReactNode; readonly children: React.ReactNode }): React.ReactElement {
  return (
    <div className="scroll" role="region" aria-labelledby={props.id} tabIndex={0}>
      <table>
        <caption id={props.id}>{props.caption}</caption>
        {props.head}
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
