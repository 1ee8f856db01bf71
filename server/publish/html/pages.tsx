import * as React from 'react';
import { format, type Lang } from '../../../src/core/i18n/catalog';
import { formatDay } from '../../../src/core/i18n/format';
import { REPORT_STRINGS, type ReportKey } from '../../../src/core/i18n/followupReport';
import { PUBLICATION } from '../../../src/core/i18n/publication';
import { codeLabel } from '../../../src/core/followup';
import { fieldByKey, ROADMAP_ACTIONS } from '../../../src/core/schema';
import type { OpenData, PublishedAction, PublishedMetric, PublishedReport } from '../data';
import { FILES, PAGE_LANGS } from '../names';
import type { PublicationSettings } from '../settings';
import { CONTENT_SECURITY_POLICY, LANGUAGE_NAME, Listed, ScrollTable, Shell, isolated, renderDocument } from './layout';
import { LightLabel, Words, type SiteLinks } from './roadmap';

/** The action pages, the metrics page, the accessibility statement and the language choice. */

const filesOf = (file: (l: Lang) => string): Record<Lang, string> => Object.fromEntries(PAGE_LANGS.map((l) => [l, file(l)])) as Record<Lang, string>;

function Fact(props: { readonly term: string; readonly children: React.ReactNode }): React.ReactElement {
  return <><dt>{props.term}</dt><dd>{props.children}</dd></>;
}

function HistoryTable(props: { readonly w: Words; readonly code: string; readonly reports: readonly PublishedReport[] }): React.ReactElement {
  const { w } = props;
  if (props.reports.length === 0) return <p>{w.t.historyEmpty}</p>;
  const head = (
    <thead>
      <tr>
        <th scope="col">{w.t.colReportedOn}</th>
        <th scope="col">{w.report('colLight')}</th>
        <th scope="col">{w.report('colProgress')}</th>
        <th scope="col">{w.t.colSummary}</th>
      </tr>
    </thead>
  );
  return (
    <ScrollTable id="c-history" caption={<>{`${w.t.historyCaption}: `}<Listed text={props.code} /></>} head={head}>
      {props.reports.map((r, i) => (
        <tr key={i}>
          <th scope="row">{w.day(r.reportedOn)}</th>
          <td><LightLabel w={w} code={r.trafficLight} /></td>
          <td className="num">{w.percent(r.progressPercent)}</td>
          <td><Listed text={r.publicSummary} /></td>
        </tr>
      ))}
    </ScrollTable>
  );
}

export function actionPage(lang: Lang, a: PublishedAction, data: OpenData, links: SiteLinks): string {
  const w = new Words(lang);
  const label = (key: string): string => fieldByKey(ROADMAP_ACTIONS, key).labels[lang];
  const heading = (
    <>
      <Listed text={a.code} />
      {': '}
      <Listed text={a.title} />
    </>
  );
  return renderDocument(
    <Shell lang={lang} title={`${isolated(a.code)}: ${isolated(a.title)}`} files={filesOf((l) => links.actionPage(a.code, l))} current="action">
      <p><a href={`${FILES.index(lang)}#h-actions`}>{w.t.backToRoadmap}</a></p>
      <h1>{heading}</h1>
      <p>{format(w.t.actionPageIntro, { year: a.year })}</p>
      <section>
        <h2 id="h-facts">{w.t.facts}</h2>
        <dl className="facts">
          <Fact term={label('roadmapYear')}>{a.year}</Fact>
          <Fact term={label('goal')}>{a.goal === null ? w.r.notGiven : `${a.goal} – ${w.label('goal', a.goal)}`}</Fact>
          <Fact term={label('level')}>{w.label('level', a.level)}</Fact>
          <Fact term={label('statutory')}>{a.statutory ? w.t.yes : w.t.no}</Fact>
          <Fact term={label('status')}>{w.label('status', a.status)}</Fact>
          <Fact term={label('trafficLight')}><LightLabel w={w} code={a.trafficLight} /></Fact>
          <Fact term={label('progress')}>{w.percent(a.progressPercent)}</Fact>
          <Fact term={w.t.colPeriod}>{w.range(a.start, a.end)}</Fact>
          <Fact term={label('oneTimeCost')}>{w.euro(a.oneTimeCostEur)}</Fact>
          <Fact term={label('annualCost')}>{w.euro(a.annualCostEur)}</Fact>
          <Fact term={label('actualCost')}>{w.euro(a.actualCostEur)}</Fact>
          <Fact term={label('funding')}>{w.label('funding', a.funding)}</Fact>
          {a.status === 'completed' && a.impacts !== null && <Fact term={label('impacts')}><Listed text={a.impacts} /></Fact>}
          {a.effectIndicator !== null && <Fact term={label('effectIndicator')}><Listed text={a.effectIndicator} /></Fact>}
        </dl>
      </section>
      <section>
        <h2 id="h-history">{w.t.history}</h2>
        <p>{w.t.historyIntro}</p>
        <HistoryTable w={w} code={a.code} reports={data.history[a.code] ?? []} />
      </section>
    </Shell>
  );
}

const TREND_KEY: Readonly<Record<PublishedMetric['trend'], ReportKey>> = { up: 'trendUp', down: 'trendDown', flat: 'trendFlat', none: 'trendNone' };

function MetricTitle(props: { readonly m: PublishedMetric; readonly lang: Lang }): React.ReactElement | null {
  // A title not translated is the Finnish one: marked as Finnish on the other pages.
  const written = props.m.titleLang[props.lang];
  return <Listed text={props.m.title[props.lang]} lang={written === props.lang ? undefined : written} />;
}

function valueWithUnit(w: Words, value: number, unit: string | null): React.ReactNode {
  return <>{w.number(value, 2)}{unit ? <>{' '}<Listed text={unit} /></> : null}</>;
}

export function metricsPage(lang: Lang, data: OpenData, links: SiteLinks): string {
  const w = new Words(lang);
  const metrics = data.metrics;
  const years = [...new Set(metrics.flatMap((m) => m.values.map((v) => v.year)))].sort((a, b) => a - b);
  const head = (
    <thead>
      <tr>
        <th scope="col">{w.report('colCode')}</th>
        <th scope="col">{w.report('colMetric')}</th>
        {years.map((y) => <th key={y} scope="col">{y}</th>)}
        <th scope="col">{w.report('colTrend')}</th>
        <th scope="col">{w.report('colSource')}</th>
      </tr>
    </thead>
  );
  return renderDocument(
    <Shell lang={lang} title={w.t.metricsTitle} files={filesOf(FILES.metrics)} current="metrics">
      <h1>{w.t.metricsTitle}</h1>
      <p>{w.t.metricsIntro}</p>
      <p>{w.updated(data.updatedAt)}</p>
      <section>
        <h2 id="h-metrics">{w.r.sectionMetrics}</h2>
        <ScrollTable id="c-metrics" caption={w.r.publicMetricsCaption} head={head}>
          {metrics.map((m) => {
            const byYear = new Map(m.values.map((v) => [v.year, v.value]));
            return (
              <tr key={m.code}>
                <th scope="row"><a href={`#${links.metricAnchor(m.code)}`}><Listed text={m.code} /></a></th>
                <td><MetricTitle m={m} lang={lang} /></td>
                {years.map((y) => {
                  const v = byYear.get(y);
                  return <td key={y} className="num">{v === undefined ? '–' : valueWithUnit(w, v, m.unit)}</td>;
                })}
                <td>{w.report(TREND_KEY[m.trend])}</td>
                <td><Listed text={m.source} /></td>
              </tr>
            );
          })}
        </ScrollTable>
      </section>
      <section>
        <h2 id="h-metric-details">{w.t.metricDetails}</h2>
        {metrics.map((m) => {
          const anchor = links.metricAnchor(m.code);
          return (
            <section key={m.code} aria-labelledby={anchor}>
              <h3 id={anchor}><Listed text={m.code} />{' – '}<MetricTitle m={m} lang={lang} /></h3>
              <dl className="facts">
                <Fact term={w.report('colGoal')}>{m.goal === null ? w.r.notGiven : `${m.goal} – ${codeLabel('goal', m.goal, lang)}`}</Fact>
                <Fact term={w.t.factUnit}>{m.unit === null ? '–' : <Listed text={m.unit} />}</Fact>
                <Fact term={w.t.factSource}>{m.source === null ? '–' : <Listed text={m.source} />}</Fact>
              </dl>
              {m.values.length === 0 ? <p>{w.t.noValues}</p> : (
                <ScrollTable
                  id={`c-${anchor}`}
                  caption={<>{`${w.t.metricCaption}: `}<Listed text={m.code} /></>}
                  head={<thead><tr><th scope="col">{w.t.colYear}</th><th scope="col">{w.t.colValue}</th><th scope="col">{w.t.colNote}</th></tr></thead>}
                >
                  {m.values.map((v) => (
                    <tr key={v.year}>
                      <th scope="row">{v.year}</th>
                      <td className="num">{valueWithUnit(w, v.value, m.unit)}</td>
                      <td><Listed text={v.note} /></td>
                    </tr>
                  ))}
                </ScrollTable>
              )}
            </section>
          );
        })}
      </section>
    </Shell>
  );
}

function Contact(props: { readonly term: string; readonly children: React.ReactNode }): React.ReactElement {
  return <li>{`${props.term}: `}{props.children}</li>;
}

export function statementPage(lang: Lang, settings: PublicationSettings): string {
  const w = new Words(lang);
  const t = w.t;
  const fb = settings.feedback;
  const sup = settings.supervisor;
  const site = `${w.r.organisation}: ${w.r.publicTitle}`;
  const status = settings.statement.compliance === 'full' ? t.statusFull : settings.statement.compliance === 'partial' ? t.statusPartial : t.statusNone;
  return renderDocument(
    <Shell lang={lang} title={t.statementTitle} files={filesOf(FILES.statement)} current="statement">
      <h1>{t.statementTitle}</h1>
      <p>{format(t.statementIntro, { organisation: w.r.organisation, site })}</p>
      {settings.baseUrl && <p>{format(t.statementSiteAt, { url: settings.baseUrl })}</p>}
      <p>
        {format(t.statementPrepared, { date: formatDay(settings.statement.preparedOn, lang) })}
        {settings.statement.reviewedOn ? ` ${format(t.statementReviewed, { date: formatDay(settings.statement.reviewedOn, lang) })}` : ''}
      </p>
      <p>{t.statementAssessment}</p>
      <section>
        <h2 id="h-status">{t.statementStatusTitle}</h2>
        <p>{status}</p>
      </section>
      <section>
        <h2 id="h-non-accessible">{t.nonAccessibleTitle}</h2>
        <ul>
          <li>{t.nonAccessibleLanguage}</li>
          <li>{t.nonAccessibleData}</li>
          {settings.statement.nonAccessible.map((item, i) => <li key={i}>{item[lang]}</li>)}
        </ul>
        <p>{t.requestContent}</p>
      </section>
      <section>
        <h2 id="h-feedback">{t.feedbackTitle}</h2>
        <p>{t.feedbackIntro}</p>
        <p>{format(t.feedbackChannel, { name: fb.name[lang] })}</p>
        <ul>
          {fb.email && <Contact term={t.contactEmail}><a href={`mailto:${fb.email}`}>{fb.email}</a></Contact>}
          {fb.phone && <Contact term={t.contactPhone}>{fb.phone}</Contact>}
          {fb.url && <Contact term={t.contactWeb}><a href={fb.url}>{fb.url}</a></Contact>}
          {fb.postalAddress && <Contact term={t.contactAddress}>{fb.postalAddress}</Contact>}
        </ul>
      </section>
      <section>
        <h2 id="h-supervisor">{t.supervisorTitle}</h2>
        <p>{t.supervisorIntro}</p>
        <h3 id="h-supervisor-contact">{t.supervisorContact}</h3>
        <p>{sup.name[lang]}<br />{sup.unit[lang]}</p>
        <ul>
          <Contact term={t.contactWebsite}><a href={sup.website[lang]}>{sup.website[lang].replace(/^https?:\/\//, '').replace(/\/$/, '')}</a></Contact>
          <Contact term={t.contactEmail}><a href={`mailto:${sup.email}`}>{sup.email}</a></Contact>
          <Contact term={t.contactPhone}>{sup.phone}</Contact>
        </ul>
      </section>
    </Shell>
  );
}

/** `index.html`: the three languages, each marked with its language. */
export function languageChoicePage(): string {
  const title = PAGE_LANGS.map((l) => REPORT_STRINGS[l].publicTitle);
  return renderDocument(
    <html lang="fi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <title>{title[0]}</title>
      </head>
      <body>
        <main>
          <h1>
            {title[0]}
            {PAGE_LANGS.slice(1).map((l, i) => <span key={l} lang={l}>{` / ${title[i + 1]}`}</span>)}
          </h1>
          <ul>
            {PAGE_LANGS.map((l) => <li key={l} lang={l}><a href={FILES.index(l)} hrefLang={l}>{PUBLICATION[l][LANGUAGE_NAME[l]]}</a></li>)}
          </ul>
          <p><a href={FILES.statement('fi')}>{PUBLICATION.fi.navStatement}</a>{' · '}<a href={FILES.statement('sv')} lang="sv">{PUBLICATION.sv.navStatement}</a>{' · '}<a href={FILES.statement('en')} lang="en">{PUBLICATION.en.navStatement}</a></p>
        </main>
      </body>
    </html>
  );
}
