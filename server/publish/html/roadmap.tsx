import * as React from 'react';
import { format, type Lang } from '../../../src/core/i18n/catalog';
import { formatDay, formatEuro, formatNumber } from '../../../src/core/i18n/format';
import { REPORT_STRINGS, type ReportKey } from '../../../src/core/i18n/followupReport';
import { PUBLICATION } from '../../../src/core/i18n/publication';
import { codeLabel, levelShortLabel, type LabelledField, type YearSummary } from '../../../src/core/followup';
import { helsinkiDay } from '../../../src/core/time/helsinki';
import type { OpenData, PublishedAction } from '../data';
import { FILES, PAGE_LANGS } from '../names';
import type { PublicationSettings } from '../settings';
import { Listed, ScrollTable, Shell, lightClass, renderDocument } from './layout';

/**
 * The roadmap page of one language: the year's figures (the same `YearSummary` as the dashboard and
 * the deck), every action of the year with goal, level, status, light, progress, period, costs and the
 * impact of completed ones, the other years' actions, and the open data with its licence.
 */

export interface SiteLinks {
  /** The page of an action by its code. */
  readonly actionPage: (code: string, lang: Lang) => string;
  /** The anchor of a metric on the metrics page by its code. */
  readonly metricAnchor: (code: string) => string;
}

/** Remembers a formatted value: a publication formats the same days and sums thousands of times. */
function memo<K>(format: (key: K) => string): (key: K) => string {
  const cache = new Map<K, string>();
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = format(key)));
    return text;
  };
}

const FORMATTERS = new Map<Lang, { euro: (v: number) => string; day: (instant: string) => string; calendarDay: (day: string) => string }>();

function formattersOf(lang: Lang): { euro: (v: number) => string; day: (instant: string) => string; calendarDay: (day: string) => string } {
  let f = FORMATTERS.get(lang);
  if (!f) {
    const calendarDay = memo((day: string) => formatDay(day, lang));
    f = { euro: memo((v: number) => formatEuro(v, lang)), day: memo((instant: string) => calendarDay(helsinkiDay(instant))), calendarDay };
    FORMATTERS.set(lang, f);
  }
  return f;
}

/** Formatting in one language; every value that is not ours is rendered by `Listed`. */
export class Words {
  public readonly t: (typeof PUBLICATION)[Lang];
  public readonly r: (typeof REPORT_STRINGS)[Lang];
  private readonly f: ReturnType<typeof formattersOf>;

  public constructor(public readonly lang: Lang) {
    this.t = PUBLICATION[lang];
    this.r = REPORT_STRINGS[lang];
    this.f = formattersOf(lang);
  }

  public report(key: ReportKey, values: Readonly<Record<string, string | number>> = {}): string {
    return format(this.r[key], values);
  }

  public euro(value: number | null): string {
    return value === null ? '–' : this.f.euro(value);
  }

  public number(value: number, digits = 1): string {
    return formatNumber(value, this.lang, digits);
  }

  public percent(value: number | null): string {
    return value === null ? '–' : `${value} %`;
  }

  /** A known code's label; null (an unknown or missing value) is "not given". */
  public label(field: LabelledField, code: string | null): string {
    return code === null ? this.r.notGiven : codeLabel(field, code, this.lang);
  }

  public level(code: string | null): string {
    return code === null ? this.r.notGiven : levelShortLabel(code, this.lang);
  }

  public day(instant: string): string {
    return this.f.day(instant);
  }

  /** A period value (`YYYY-MM-DD` or `YYYY-Qn`, checked when published) as people write it. */
  public period(value: string | null): string {
    if (value === null) return '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? this.f.calendarDay(value) : value.replace('-', ' ');
  }

  public range(start: string | null, end: string | null): string {
    if (start === null && end === null) return '–';
    return format(this.t.periodRange, { start: this.period(start), end: this.period(end) });
  }

  public updated(updatedAt: string | null): string {
    return updatedAt === null ? this.t.notUpdated : format(this.t.updatedOn, { date: this.day(updatedAt) });
  }
}

export function LightLabel(props: { readonly w: Words; readonly code: string | null }): React.ReactElement {
  if (props.code === null) return <>–</>;
  return <span className={lightClass(props.code)}>{props.w.label('trafficLight', props.code)}</span>;
}

function SummaryTables(props: { readonly w: Words; readonly summary: YearSummary }): React.ReactElement {
  const { w, summary: s } = props;
  const r = s.roadmap;
  const count = (code: string): number => r.byStatus.find((c) => c.code === code)?.count ?? 0;
  const values = { year: s.year, next: s.next.year };
  const rows: [string, string][] = [
    [w.report('colActions'), String(r.total)],
    ...(['completed', 'in-progress', 'paused', 'planned'] as const).map((code): [string, string] => [`${w.report('colStatus')}: ${w.label('status', code)}`, String(count(code))]),
    [w.report('meanProgress'), w.percent(r.meanProgress)],
    ...(['green', 'yellow', 'red'] as const).map((code): [string, string] => [`${w.report('colLight')}: ${w.label('trafficLight', code)}`, String(s.lights.overall[code])]),
    [`${w.report('colLight')}: ${w.report('lightNone')}`, String(s.lights.overall.none)],
    [w.report('completedOneTime'), w.euro(r.completedCosts.oneTime)],
    [w.report('completedAnnual'), w.euro(r.completedCosts.annual)]
  ];
  const n = s.next;
  const nextRows: [string, string][] = [
    [w.report('colActions'), String(n.total)],
    ...n.byNeedSource.map((c): [string, string] => [`${w.report('colNeed')}: ${w.label('needSource', c.code)}`, String(c.count)]),
    ...n.byLevel.map((c): [string, string] => [`${w.report('colLevel')}: ${w.level(c.code)}`, String(c.count)]),
    [w.report('colFirstYear'), w.euro(n.costs.total.firstYear)],
    ...(n.costs.total.budget === null ? [] : [[w.report('colBudget'), w.euro(n.costs.total.budget)] as [string, string]])
  ];
  const body = (list: readonly [string, string][]): React.ReactNode => list.map(([th, td], i) => <tr key={i}><th scope="row">{th}</th><td className="num">{td}</td></tr>);
  return (
    <>
      <section>
        <h2 id="h-year">{w.report('sectionRoadmap', values)}</h2>
        <ScrollTable id="c-year" caption={w.report('publicSummaryCaption', values)}>{body(rows)}</ScrollTable>
      </section>
      <section>
        <h2 id="h-next">{w.report('sectionNext', values)}</h2>
        <ScrollTable id="c-next" caption={w.report('publicSummaryCaption', { year: n.year })}>{body(nextRows)}</ScrollTable>
      </section>
    </>
  );
}

const ACTION_HEAD: readonly ReportKey[] = ['colCode', 'colAction', 'colGoal', 'colLevel', 'colStatus', 'colLight', 'colProgress'];

export function ActionsTable(props: { readonly w: Words; readonly id: string; readonly caption: string; readonly actions: readonly PublishedAction[]; readonly links: SiteLinks }): React.ReactElement {
  const { w, links } = props;
  const head = (
    <thead>
      <tr>
        {ACTION_HEAD.map((k) => <th key={k} scope="col">{w.report(k)}</th>)}
        <th scope="col">{w.t.colPeriod}</th>
        <th scope="col">{w.report('colOneTime')}</th>
        <th scope="col">{w.report('colAnnual')}</th>
        <th scope="col">{w.t.colImpactsCompleted}</th>
      </tr>
    </thead>
  );
  return (
    <ScrollTable id={props.id} caption={props.caption} head={head}>
      {props.actions.map((a) => (
        <tr key={a.code}>
          <th scope="row"><a href={links.actionPage(a.code, w.lang)}><Listed text={a.code} /></a></th>
          <td><Listed text={a.title} /></td>
          <td>{a.goal ?? '–'}</td>
          <td>{w.level(a.level)}</td>
          <td>{w.label('status', a.status)}</td>
          <td><LightLabel w={w} code={a.trafficLight} /></td>
          <td className="num">{w.percent(a.progressPercent)}</td>
          <td>{w.range(a.start, a.end)}</td>
          <td className="num">{w.euro(a.oneTimeCostEur)}</td>
          <td className="num">{w.euro(a.annualCostEur)}</td>
          <td>{a.status === 'completed' ? <Listed text={a.impacts} /> : null}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

export function OpenDataSection(props: { readonly w: Words; readonly settings: PublicationSettings }): React.ReactElement {
  const { w, settings } = props;
  return (
    <section>
      <h2 id="h-data">{w.t.dataTitle}</h2>
      <p>{w.t.dataIntro}</p>
      <ul>
        <li>{`${w.r.publicDataActions}: `}<a href={FILES.actionsCsv}>CSV</a>{', '}<a href={FILES.actionsJson}>JSON</a></li>
        <li>{`${w.r.publicDataMetrics}: `}<a href={FILES.metricsCsv}>CSV</a>{', '}<a href={FILES.metricsJson}>JSON</a></li>
        <li>{`${w.t.dataHistory}: `}<a href={FILES.historyCsv}>CSV</a></li>
        <li><a href={FILES.dataPackage}>{w.t.dataPackage}</a></li>
        <li><a href={FILES.feed(w.lang)} type="application/atom+xml">{w.t.feedLink}</a></li>
      </ul>
      <p>
        {`${w.t.dataLicence}: `}
        <a href={settings.licence.path}>{`${settings.licence.title} (${settings.licence.name})`}</a>
        {'.'}
      </p>
    </section>
  );
}

export function roadmapPage(lang: Lang, summary: YearSummary, data: OpenData, settings: PublicationSettings, links: SiteLinks): string {
  const w = new Words(lang);
  const files = Object.fromEntries(PAGE_LANGS.map((l) => [l, FILES.index(l)])) as Record<Lang, string>;
  const ofYear = data.actions.filter((a) => a.year === summary.year);
  const otherYears = [...new Set(data.actions.map((a) => a.year))].filter((y) => y !== summary.year).sort((a, b) => b - a);
  return renderDocument(
    <Shell lang={lang} title={w.r.publicTitle} files={files} current="roadmap">
      <h1>{w.r.publicTitle}</h1>
      <p>{w.r.publicIntro}</p>
      <p>{w.updated(data.updatedAt)}</p>
      <SummaryTables w={w} summary={summary} />
      <section>
        <h2 id="h-actions">{format(w.t.roadmapOfYear, { year: summary.year })}</h2>
        <ActionsTable w={w} id="c-actions" caption={w.report('publicActionsCaption', { year: summary.year })} actions={ofYear} links={links} />
      </section>
      {otherYears.length > 0 && (
        <section>
          <h2 id="h-other">{w.t.otherYears}</h2>
          {otherYears.map((year) => (
            <React.Fragment key={year}>
              <h3 id={`h-actions-${year}`}>{format(w.t.roadmapOfYear, { year })}</h3>
              <ActionsTable w={w} id={`c-actions-${year}`} caption={w.report('publicActionsCaption', { year })} actions={data.actions.filter((a) => a.year === year)} links={links} />
            </React.Fragment>
          ))}
        </section>
      )}
      <OpenDataSection w={w} settings={settings} />
    </Shell>
  );
}
