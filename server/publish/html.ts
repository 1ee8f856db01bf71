import { REPORT_STRINGS, type ReportKey } from '../../src/core/i18n/followupReport';
import { format, LOCALE_OF, type Lang } from '../../src/core/i18n/catalog';
import { formatDay, formatEuro, formatNumber } from '../../src/core/i18n/format';
import { codeLabel, levelShortLabel, PROGRAMME, type YearSummary } from '../../src/core/followup';
import type { OpenData, PublishedAction, PublishedMetric } from './data';

/**
 * The static page on the city website, in Finnish and Swedish: headings in order, tables with captions
 * and scoped header cells, the language of each page and of the link to the other, no script, colours
 * with at least 4.5:1 contrast. The numbers in the summary tables are the `YearSummary`'s, as in the
 * dashboard and the deck.
 */

export type PageLang = Extract<Lang, 'fi' | 'sv'>;

export const PAGE_FILE: Readonly<Record<PageLang, string>> = { fi: 'index.fi.html', sv: 'index.sv.html' };

const CSS = `
:root { color-scheme: light; }
body { margin: 0; font-family: "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
.skip { position: absolute; left: -9999px; top: 0; background: #00305a; color: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { background: #004b87; color: #fff; padding: 1rem 1.5rem; display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 1rem; }
header a { color: #fff; }
.org { font-weight: 700; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { color: #00305a; font-size: 2rem; margin: 1rem 0 .5rem; }
h2 { color: #00305a; font-size: 1.5rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #004b87; }
a { color: #004b87; }
a:focus, .scroll:focus { outline: 3px solid #d49a2a; outline-offset: 2px; }
.scroll { overflow-x: auto; margin: .5rem 0 1.5rem; }
table { border-collapse: collapse; min-width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .5rem; }
th, td { border: 1px solid #8a949e; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #004b87; color: #fff; }
tbody th { background: #eef3f8; }
td.num { text-align: right; white-space: nowrap; }
.light::before { content: ""; display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .35em; vertical-align: -0.05em; border: 1px solid #1a1a1a; }
.light-green::before { background: #2e7d32; } .light-yellow::before { background: #f2c200; } .light-red::before { background: #c62828; }
footer { border-top: 1px solid #8a949e; padding: 1rem 1.5rem; color: #3d4349; font-size: .9rem; }
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A light's class: only the known lights have one (a value outside the choices gets the neutral class). */
function lightClass(light: string): string {
  return ['green', 'yellow', 'red'].includes(light) ? `light light-${light}` : 'light';
}

class Page {
  public constructor(private readonly lang: PageLang, private readonly summary: YearSummary) {}

  public t(key: ReportKey, values: Record<string, string | number> = {}): string {
    return escapeHtml(format(REPORT_STRINGS[this.lang][key], { year: this.summary.year, next: this.summary.next.year, ...values }));
  }

  public euro(value: number | null): string {
    return value === null ? '–' : escapeHtml(formatEuro(value, this.lang));
  }

  public num(value: number, digits = 1): string {
    return escapeHtml(formatNumber(value, this.lang, digits));
  }

  public label(field: Parameters<typeof codeLabel>[0], code: string | null): string {
    return code === null ? this.t('notGiven') : escapeHtml(codeLabel(field, code, this.lang));
  }

  /** A table in a keyboard-focusable scrolling region (wide tables on a phone). */
  public table(id: string, caption: string, head: string, body: string): string {
    return `<div class="scroll" role="region" aria-labelledby="${id}" tabindex="0"><table><caption id="${id}">${caption}</caption>${head}<tbody>${body}</tbody></table></div>`;
  }

  public summaryTables(): string {
    const s = this.summary;
    const r = s.roadmap;
    const count = (code: string): number => r.byStatus.find((c) => c.code === code)?.count ?? 0;
    const row = (th: string, td: string): string => `<tr><th scope="row">${th}</th><td class="num">${td}</td></tr>`;
    const lights = s.lights.overall;
    const yearRows = [
      row(this.t('colActions'), String(r.total)),
      ...['completed', 'in-progress', 'paused', 'planned'].map((code) => row(`${this.t('colStatus')}: ${this.label('status', code)}`, String(count(code)))),
      row(this.t('meanProgress'), r.meanProgress === null ? '–' : `${r.meanProgress} %`),
      row(`${this.t('colLight')}: ${this.label('trafficLight', 'green')}`, String(lights.green)),
      row(`${this.t('colLight')}: ${this.label('trafficLight', 'yellow')}`, String(lights.yellow)),
      row(`${this.t('colLight')}: ${this.label('trafficLight', 'red')}`, String(lights.red)),
      row(`${this.t('colLight')}: ${this.t('lightNone')}`, String(lights.none)),
      row(this.t('completedOneTime'), this.euro(r.completedCosts.oneTime)),
      row(this.t('completedAnnual'), this.euro(r.completedCosts.annual))
    ].join('');
    const n = s.next;
    const nextRows = [
      row(this.t('colActions'), String(n.total)),
      ...n.byNeedSource.map((c) => row(`${this.t('colNeed')}: ${this.label('needSource', c.code)}`, String(c.count))),
      ...n.byLevel.map((c) => row(`${this.t('colLevel')}: ${c.code === null ? this.t('notGiven') : escapeHtml(levelShortLabel(c.code, this.lang))}`, String(c.count))),
      row(`${this.t('colFirstYear')}`, this.euro(n.costs.total.firstYear)),
      ...(n.costs.total.budget === null ? [] : [row(this.t('colBudget'), this.euro(n.costs.total.budget))])
    ].join('');
    return [
      `<section><h2 id="h-year">${this.t('sectionRoadmap')}</h2>`,
      this.table('c-year', this.t('publicSummaryCaption'), '', yearRows),
      '</section>',
      `<section><h2 id="h-next">${this.t('sectionNext')}</h2>`,
      this.table('c-next', this.t('publicSummaryCaption', { year: n.year }), '', nextRows),
      '</section>'
    ].join('\n');
  }

  public metricsTable(metrics: readonly PublishedMetric[]): string {
    const years = [...new Set(metrics.flatMap((m) => m.values.map((v) => v.year)))].sort((a, b) => a - b);
    const head = `<thead><tr><th scope="col">${this.t('colCode')}</th><th scope="col">${this.t('colMetric')}</th>${years.map((y) => `<th scope="col">${y}</th>`).join('')}<th scope="col">${this.t('colTrend')}</th><th scope="col">${this.t('colSource')}</th></tr></thead>`;
    const trendKey: Record<PublishedMetric['trend'], ReportKey> = { up: 'trendUp', down: 'trendDown', flat: 'trendFlat', none: 'trendNone' };
    const body = metrics.map((m) => {
      const byYear = new Map(m.values.map((v) => [v.year, v.value]));
      const cells = years.map((y) => {
        const v = byYear.get(y);
        return `<td class="num">${v === undefined ? '–' : `${this.num(v, 2)}${m.unit ? ` ${escapeHtml(m.unit)}` : ''}`}</td>`;
      }).join('');
      return `<tr><th scope="row">${escapeHtml(m.code)}</th><td>${escapeHtml(m.title[this.lang])}</td>${cells}<td>${this.t(trendKey[m.trend])}</td><td>${escapeHtml(m.source ?? '')}</td></tr>`;
    }).join('');
    return `<section><h2 id="h-metrics">${this.t('sectionMetrics')}</h2>${this.table('c-metrics', this.t('publicMetricsCaption'), head, body)}</section>`;
  }

  public actionTables(actions: readonly PublishedAction[]): string {
    const years = [...new Set(actions.map((a) => a.year))].sort((a, b) => b - a);
    const head = `<thead><tr>${['colCode', 'colAction', 'colGoal', 'colLevel', 'colStatus', 'colLight', 'colProgress', 'colOneTime', 'colAnnual', 'colFunding', 'colImpacts']
      .map((k) => `<th scope="col">${this.t(k as ReportKey)}</th>`).join('')}</tr></thead>`;
    return years.map((year) => {
      const body = actions.filter((a) => a.year === year).map((a) => [
        `<tr><th scope="row">${escapeHtml(a.code)}</th>`,
        `<td>${escapeHtml(a.title)}</td>`,
        `<td>${escapeHtml(a.goal)}</td>`,
        `<td>${escapeHtml(levelShortLabel(a.level, this.lang))}</td>`,
        `<td>${this.label('status', a.status)}</td>`,
        `<td>${a.trafficLight ? `<span class="${lightClass(a.trafficLight)}">${this.label('trafficLight', a.trafficLight)}</span>` : '–'}</td>`,
        `<td class="num">${a.progressPercent === null ? '–' : `${a.progressPercent} %`}</td>`,
        `<td class="num">${this.euro(a.oneTimeCostEur)}</td>`,
        `<td class="num">${this.euro(a.annualCostEur)}</td>`,
        `<td>${a.funding ? this.label('funding', a.funding) : '–'}</td>`,
        `<td>${a.impacts ? escapeHtml(a.impacts) : ''}</td></tr>`
      ].join('')).join('');
      return `<section><h2 id="h-actions-${year}">${this.t('publicActionsCaption', { year })}</h2>${this.table(`c-actions-${year}`, this.t('publicActionsCaption', { year }), head, body)}</section>`;
    }).join('\n');
  }
}

export function renderPage(lang: PageLang, summary: YearSummary, data: OpenData, updatedOn: string | null): string {
  const p = new Page(lang, summary);
  const other: PageLang = lang === 'fi' ? 'sv' : 'fi';
  const title = p.t('publicTitle');
  return `<!doctype html>
<html lang="${LOCALE_OF[lang].slice(0, 2)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${p.t('organisation')}</title>
<link rel="alternate" hreflang="${other}" href="${PAGE_FILE[other]}">
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">${p.t('skipToContent')}</a>
<header>
<p class="org">${p.t('organisation')} – ${p.t('programmeName')}</p>
<nav aria-label="${lang === 'fi' ? 'Kieli' : 'Språk'}"><a href="${PAGE_FILE[other]}" hreflang="${other}" lang="${other}">${p.t('publicOtherLanguage')}</a></nav>
</header>
<main id="main">
<h1>${title}</h1>
<p>${p.t('publicIntro')}</p>
${updatedOn ? `<p>${p.t('publicUpdated', { date: escapeHtml(formatDay(updatedOn, lang)) })}</p>` : ''}
${p.summaryTables()}
${p.metricsTable(data.metrics)}
${p.actionTables(data.actions)}
<section><h2 id="h-data">${p.t('publicData')}</h2>
<ul>
<li>${p.t('publicDataActions')}: <a href="actions.csv">CSV</a>, <a href="actions.json">JSON</a></li>
<li>${p.t('publicDataMetrics')}: <a href="metrics.csv">CSV</a>, <a href="metrics.json">JSON</a></li>
</ul>
</section>
</main>
<footer><p>${p.t('organisation')} · ${p.t('programmeName')} · ${p.t('backgroundApproved', { date: escapeHtml(formatDay(PROGRAMME.approvedOn, lang)) })}</p></footer>
</body>
</html>
`;
}

/** `index.html`: both languages side by side, each marked with its language. */
export function renderLanguageChoice(): string {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(REPORT_STRINGS.fi.publicTitle)} – ${escapeHtml(REPORT_STRINGS.sv.publicTitle)}</title>
<style>${CSS}</style>
</head>
<body>
<main id="main">
<h1>${escapeHtml(REPORT_STRINGS.fi.publicTitle)} <span lang="sv">/ ${escapeHtml(REPORT_STRINGS.sv.publicTitle)}</span></h1>
<ul>
<li><a href="${PAGE_FILE.fi}" hreflang="fi">Suomeksi</a></li>
<li lang="sv"><a href="${PAGE_FILE.sv}" hreflang="sv">På svenska</a></li>
</ul>
</main>
</body>
</html>
`;
}
