import * as React from 'react';
import { format, type Lang } from '../../core/i18n/catalog';
import { FOLLOWUP, type FollowupKey } from '../../core/i18n/followup';
import { formatEuro, formatNumber } from '../../core/i18n/format';
import { codeLabel, levelShortLabel, type ActionProgress, type LabelledField, type MetricTrend, type YearSummary } from '../../core/followup';
import { TrafficLight } from '../common/TrafficLight';
import { ChartPanel } from './ChartPanel';
import type { DashboardCharts } from './model';
import { classes } from './styles';

/**
 * The dashboard's sections, each from the same `YearSummary` (and its chart specs). Tables are native
 * HTML tables with captions and scoped headers; wide ones scroll inside a focusable region.
 */

export interface ISectionProps {
  readonly summary: YearSummary;
  readonly charts: DashboardCharts;
  readonly lang: Lang;
}

function useT(s: YearSummary, lang: Lang): (key: FollowupKey, values?: Record<string, string | number>) => string {
  return (key, values = {}) => format(FOLLOWUP[lang][key], { year: s.year, next: s.next.year, ...values });
}

function label(field: LabelledField, code: string | null, lang: Lang): string {
  return code === null ? FOLLOWUP[lang].notGiven : codeLabel(field, code, lang);
}

function euro(value: number | null, lang: Lang): string {
  return value === null || value === 0 ? '–' : formatEuro(value, lang);
}

function Table(props: { readonly id: string; readonly caption: string; readonly head: readonly string[]; readonly numeric?: readonly number[]; readonly children: React.ReactNode }): React.ReactElement {
  const numeric = new Set(props.numeric ?? []);
  return (
    <div className={classes.tableWrap} role="region" aria-labelledby={`${props.id}-caption`} tabIndex={0}>
      <table className={classes.table} data-testid={props.id}>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead><tr>{props.head.map((h, i) => <th key={i} scope="col" className={numeric.has(i) ? 'num' : undefined}>{h}</th>)}</tr></thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

function Progress(props: { readonly value: number | null }): React.ReactElement {
  if (props.value === null) return <>–</>;
  return (
    <span>
      <span className={classes.progressTrack} aria-hidden="true"><span className={classes.progressBar} style={{ width: `${props.value}%` }} /></span>
      {props.value} %
    </span>
  );
}

function Figures(props: { readonly items: readonly { readonly label: string; readonly value: string; readonly testId?: string }[] }): React.ReactElement {
  return (
    <dl className={classes.figures}>
      {props.items.map((f) => (
        <div key={f.label} className={classes.figure} data-testid={f.testId}>
          <dt>{f.label}</dt>
          <dd className={classes.figureValue} style={{ margin: 0 }}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Trend(props: { readonly m: MetricTrend; readonly lang: Lang }): React.ReactElement {
  const t = FOLLOWUP[props.lang];
  const { trend } = props.m;
  const arrow = trend === 'up' ? '▲' : trend === 'down' ? '▼' : trend === 'flat' ? '▬' : '';
  const text = trend === 'up' ? t.trendUp : trend === 'down' ? t.trendDown : trend === 'flat' ? t.trendFlat : t.trendNone;
  // The arrow is for the eye; the word is what is read.
  return <>{arrow && <span aria-hidden="true">{arrow} </span>}{text}</>;
}

export function MetricsSection(props: ISectionProps): React.ReactElement {
  const { summary: s, charts, lang } = props;
  const t = useT(s, lang);
  const years = [...new Set(s.metrics.flatMap((m) => m.values.map((v) => v.year)))].sort((a, b) => a - b);
  return (
    <section className={classes.section} aria-labelledby="fu-metrics" data-testid="section-metrics">
      <h3 id="fu-metrics" className={classes.sectionTitle}>{t('sectionMetrics')}</h3>
      <Table id="fu-metrics-table" caption={t('metricsTitle')} head={[t('colCode'), t('colMetric'), ...years.map(String), t('colTrend'), t('colSource')]} numeric={years.map((_, i) => i + 2)}>
        {s.metrics.map((m) => {
          const byYear = new Map(m.values.map((v) => [v.year, v.value]));
          return (
            <tr key={m.code}>
              <th scope="row">{m.code}</th>
              <td>{m.titles[lang]}</td>
              {years.map((y) => {
                const v = byYear.get(y);
                return <td key={y} className="num">{v === undefined ? '–' : `${formatNumber(v, lang, 2)}${m.unit ? ` ${m.unit}` : ''}`}</td>;
              })}
              <td><Trend m={m} lang={lang} /></td>
              <td>{m.source ?? ''}</td>
            </tr>
          );
        })}
      </Table>
      <div className={classes.grid}>
        {charts.metrics.map((c) => <ChartPanel key={c.id} spec={c} lang={lang} />)}
      </div>
    </section>
  );
}

function actionTitle(a: Pick<ActionProgress, 'code' | 'title'>): React.ReactElement {
  return <th scope="row"><span>{a.code}</span> {a.title}</th>;
}

export function RoadmapSection(props: ISectionProps): React.ReactElement {
  const { summary: s, charts, lang } = props;
  const t = useT(s, lang);
  const r = s.roadmap;
  const completedCount = r.completed.length;
  return (
    <section className={classes.section} aria-labelledby="fu-roadmap" data-testid="section-roadmap">
      <h3 id="fu-roadmap" className={classes.sectionTitle}>{t('sectionRoadmap')}</h3>
      <Figures items={[
        { label: t('colActions'), value: String(r.total), testId: 'fig-total' },
        { label: label('status', 'completed', lang), value: String(completedCount), testId: 'fig-completed' },
        { label: label('status', 'in-progress', lang), value: String(r.ongoing), testId: 'fig-ongoing' },
        { label: t('meanProgress'), value: r.meanProgress === null ? '–' : `${r.meanProgress} %`, testId: 'fig-progress' }
      ]} />
      <h4 className={classes.subTitle}>{t('sectionStarted')}</h4>
      {r.started.length === 0 ? <p data-testid="no-started">{t('noStarted')}</p> : (
        <>
          <ChartPanel spec={charts.progress} lang={lang} headingLevel={5} />
          <Table id="fu-started" caption={t('startedTitle')} head={[t('colAction'), t('colLevel'), t('colStatus'), t('colLight'), t('colProgress')]} numeric={[4]}>
            {r.started.map((a) => (
              <tr key={a.id}>
                {actionTitle(a)}
                <td>{levelShortLabel(a.level, lang)}</td>
                <td>{label('status', a.status, lang)}</td>
                <td>{a.status === 'completed' && !a.light ? '–' : <TrafficLight light={a.light} lang={lang} noneLabel={t('lightNone')} />}</td>
                <td className="num"><Progress value={a.progress} /></td>
              </tr>
            ))}
          </Table>
        </>
      )}
      <h4 className={classes.subTitle}>{t('sectionCompleted')}</h4>
      {r.completed.length === 0 ? <p>{t('noCompleted')}</p> : (
        <Table id="fu-completed" caption={t('completedTitle', { date: String(s.year) })} head={[t('colAction'), t('colImpacts'), t('colOneTime'), t('colAnnual'), t('colFunding')]} numeric={[2, 3]}>
          {r.completed.map((a) => (
            <tr key={a.id}>
              {actionTitle(a)}
              <td>{a.impacts ?? '–'}</td>
              <td className="num">{euro(a.oneTimeCost, lang)}</td>
              <td className="num">{a.annualCost ? t('costAnnual', { amount: formatEuro(a.annualCost, lang) }) : '–'}</td>
              <td>{a.funding ? label('funding', a.funding, lang) : '–'}</td>
            </tr>
          ))}
          <tr data-testid="completed-total">
            <th scope="row">{t('total')}</th>
            <td />
            <td className="num">{formatEuro(r.completedCosts.oneTime, lang)}</td>
            <td className="num">{t('costAnnual', { amount: formatEuro(r.completedCosts.annual, lang) })}</td>
            <td />
          </tr>
        </Table>
      )}
    </section>
  );
}

export function LightsSection(props: ISectionProps): React.ReactElement {
  const { summary: s, charts, lang } = props;
  const t = useT(s, lang);
  const l = s.lights;
  return (
    <section className={classes.section} aria-labelledby="fu-lights" data-testid="section-lights">
      <h3 id="fu-lights" className={classes.sectionTitle}>{t('sectionLights')}</h3>
      <p data-testid="lights-summary">{format(FOLLOWUP[lang].srLights, { ...l.overall, active: l.active })} {t('decisionsNeeded', { count: l.decisionsNeeded })}</p>
      <div className={classes.grid}>
        <ChartPanel spec={charts.lights} lang={lang} />
        {l.attention.length > 0 && (
          <Table id="fu-attention" caption={`${t('sectionLights')}: ${label('trafficLight', 'red', lang)} / ${label('trafficLight', 'yellow', lang)}`} head={[t('colAction'), t('colLight'), t('colProgress')]} numeric={[2]}>
            {l.attention.map((a) => (
              <tr key={a.id}>
                {actionTitle(a)}
                <td><TrafficLight light={a.light} lang={lang} noneLabel={t('lightNone')} /></td>
                <td className="num">{a.progress === null ? '–' : `${a.progress} %`}</td>
              </tr>
            ))}
          </Table>
        )}
      </div>
    </section>
  );
}

export function NextYearSection(props: ISectionProps): React.ReactElement {
  const { summary: s, charts, lang } = props;
  const t = useT(s, lang);
  const n = s.next;
  return (
    <section className={classes.section} aria-labelledby="fu-next" data-testid="section-next">
      <h3 id="fu-next" className={classes.sectionTitle}>{t('sectionNext')}</h3>
      <Figures items={[
        { label: t('colActions'), value: String(n.total), testId: 'fig-next-total' },
        { label: codeLabel('needSource', 'law', lang), value: String(n.byNeedSource.find((c) => c.code === 'law')?.count ?? 0), testId: 'fig-next-law' }
      ]} />
      <div className={classes.grid}>
        <ChartPanel spec={charts.impactCost} lang={lang} />
        {n.unclassified > 0 && <p>{t('unclassified', { count: n.unclassified })}</p>}
        <ChartPanel spec={charts.benefit} lang={lang} />
        <ChartPanel spec={charts.needSource} lang={lang} />
        <ChartPanel spec={charts.level} lang={lang} />
        <ChartPanel spec={charts.director} lang={lang} />
      </div>
      <Table id="fu-next-actions" caption={t('nextProjectsTitle')} head={[t('colAction'), t('colLevel'), t('colNeed'), t('colDirector'), t('colCostClass'), t('colImpactClass')]}>
        {n.actions.map((a) => (
          <tr key={a.id}>
            {actionTitle(a)}
            <td>{levelShortLabel(a.level, lang)}</td>
            <td>{label('needSource', a.needSource, lang)}</td>
            <td>{label('responsibleDirector', a.responsibleDirector, lang)}</td>
            <td>{a.costClass ?? '–'}</td>
            <td>{a.impactClass ?? '–'}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

export function CostsSection(props: ISectionProps): React.ReactElement {
  const { summary: s, charts, lang } = props;
  const t = useT(s, lang);
  const c = s.next.costs;
  const share = (v: number | null): string => (v === null ? '–' : `${formatNumber(v, lang, 1)} %`);
  return (
    <section className={classes.section} aria-labelledby="fu-costs" data-testid="section-costs">
      <h3 id="fu-costs" className={classes.sectionTitle}>{t('costsTitle', { year: c.year })}</h3>
      {c.total.budget === null && <p>{t('noBudget', { year: c.year })}</p>}
      {c.programmeEstimate !== null && <p data-testid="programme-estimate">{t('programmeEstimate')}: <strong>{formatEuro(c.programmeEstimate, lang)}</strong></p>}
      <div className={classes.grid}>
        <Table id="fu-costs-table" caption={t('costsTitle', { year: c.year })} head={[t('colLevel'), t('colBudget'), t('colOneTime'), t('colAnnual'), t('colFirstYear'), t('colShare')]} numeric={[1, 2, 3, 4, 5]}>
          {c.levels.map((l) => (
            <tr key={l.level}>
              <th scope="row">{levelShortLabel(l.level, lang)}</th>
              <td className="num">{l.budget === null ? '–' : formatEuro(l.budget, lang)}</td>
              <td className="num">{formatEuro(l.oneTime, lang)}</td>
              <td className="num">{formatEuro(l.annual, lang)}</td>
              <td className="num">{formatEuro(l.firstYear, lang)}</td>
              <td className="num">{share(l.shareOfBudget)}</td>
            </tr>
          ))}
          <tr data-testid="costs-total">
            <th scope="row">{t('total')}</th>
            <td className="num">{c.total.budget === null ? '–' : formatEuro(c.total.budget, lang)}</td>
            <td className="num">{formatEuro(c.total.oneTime, lang)}</td>
            <td className="num">{formatEuro(c.total.annual, lang)}</td>
            <td className="num">{formatEuro(c.total.firstYear, lang)}</td>
            <td className="num">{share(c.total.shareOfBudget)}</td>
          </tr>
        </Table>
        {c.total.budget !== null && <ChartPanel spec={charts.costShare} lang={lang} />}
      </div>
    </section>
  );
}
