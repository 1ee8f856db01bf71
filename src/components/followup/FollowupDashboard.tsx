import * as React from 'react';
import { format } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { FOLLOWUP } from '../../core/i18n/followup';
import { formatDay } from '../../core/i18n/format';
import { helsinkiDay } from '../../core/time/helsinki';
import { Btn } from '../common/Btn';
import { ErrorState } from '../common/ErrorState';
import { IgnoredReports } from '../common/IgnoredReports';
import { LoadingState } from '../common/LoadingState';
import { useApp } from '../shell/AppContext';
import { describeError } from '../shell/errors';
import type { IFollowupDashboardProps } from './IFollowupDashboardProps';
import { dashboardCharts } from './model';
import { CostsSection, LightsSection, MetricsSection, NextYearSection, RoadmapSection } from './sections';
import { classes } from './styles';
import { useFollowupSummary } from './useFollowupSummary';

/**
 * The steering group's follow-up for a chosen roadmap year: programme metrics, the year's started and
 * completed projects, traffic lights, the next year's roadmap (impact against cost, long-term benefit,
 * need source, level, responsible director) and its costs against the ICT budget. Every number comes
 * from `summariseYear`, like the meeting deck (offered for download here) and the open publication.
 */
export function FollowupDashboard(props: IFollowupDashboardProps): React.ReactElement {
  const { lang, announce, services } = useApp();
  const t = FOLLOWUP[lang];
  const [year, setYear] = React.useState(() => props.initialYear ?? Number(helsinkiDay(services.now()).slice(0, 4)));
  const state = useFollowupSummary(props.sources, year, services.now, props.budgets);
  const { summary } = state;
  const charts = React.useMemo(() => (summary ? dashboardCharts(summary, lang) : null), [summary, lang]);
  const [deckState, setDeckState] = React.useState<'idle' | 'building' | 'failed'>('idle');

  React.useEffect(() => {
    if (summary) announce(`${format(t.sectionRoadmap, { year: summary.year })}: ${summary.roadmap.total}, ${format(t.sectionNext, { next: summary.next.year })}: ${summary.next.total}`);
  }, [summary, announce, t]);

  const buildDeck = async (): Promise<void> => {
    if (!summary) return;
    setDeckState('building');
    try {
      // pptxgenjs is its own chunk, loaded only when someone asks for the deck.
      const deck = await import(/* webpackChunkName: 'deck' */ '../../report/deck');
      await deck.downloadMeetingDeck(summary, { lang: lang === 'sv' ? 'sv' : 'fi', meetingDay: summary.asOf ?? undefined });
      setDeckState('idle');
    } catch (e) {
      console.error('[Digitiekartta] deck', e);
      setDeckState('failed');
    }
  };

  const downloadDeck = (): void => {
    buildDeck().catch(() => setDeckState('failed'));
  };

  const years = state.years.indexOf(year) >= 0 ? state.years : [...state.years, year].sort((a, b) => b - a);
  return (
    <div className={classes.root} data-testid="followup-dashboard" lang={lang}>
      <div className={classes.header}>
        <div>
          <h2 className={classes.title}>{t.dashboardTitle}</h2>
          {summary?.asOf && <p style={{ margin: 0 }}>{format(t.asOf, { date: formatDay(summary.asOf, lang) })}</p>}
        </div>
        <div className={classes.controls}>
          <label className={classes.field} htmlFor="fu-year">
            {t.yearPicker}
            <select id="fu-year" className={classes.select} value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="year-picker">
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          {props.showDeckButton !== false && (
            <Btn onClick={downloadDeck} disabled={!summary || deckState === 'building'} aria-busy={deckState === 'building'} testId="deck-button">
              {deckState === 'building' ? t.deckBuilding : t.downloadDeck}
            </Btn>
          )}
        </div>
      </div>
      {deckState === 'failed' && <ErrorState message={t.deckFailed} retryLabel={COMMON[lang].retry} onRetry={downloadDeck} />}
      {state.loading && <LoadingState label={COMMON[lang].loading} />}
      {state.error && <ErrorState message={describeError(state.error, lang)} retryLabel={COMMON[lang].retry} onRetry={state.reload} />}
      {summary && <IgnoredReports lang={lang} reports={summary.ignoredReports} />}
      {summary && charts && (
        <>
          <MetricsSection summary={summary} charts={charts} lang={lang} />
          <RoadmapSection summary={summary} charts={charts} lang={lang} />
          <LightsSection summary={summary} charts={charts} lang={lang} />
          <NextYearSection summary={summary} charts={charts} lang={lang} />
          <CostsSection summary={summary} charts={charts} lang={lang} />
        </>
      )}
    </div>
  );
}
