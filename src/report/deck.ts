import PptxGenJS from 'pptxgenjs';
import { REPORT_STRINGS, type ReportKey } from '../core/i18n/followupReport';
import { format, LOCALE_OF, type Lang } from '../core/i18n/catalog';
import { formatDay, formatEuro, formatNumber, formatPercent } from '../core/i18n/format';
import { GOALS, LEVELS, type GoalCode, type SizeClass } from '../core/schema';
import {
  PROGRAMME, codeLabel, levelShortLabel, type ActionProgress, type CompletedAction, type Count, type LabelledField,
  type LightCounts, type MetricTrend, type YearSummary
} from '../core/followup';
import { xmlSafeStrings } from '../core/untrusted/text';
import { FONT_FACE, LIGHT_COLOURS, PORVOO, SERIES_COLOURS } from './theme';

/**
 * The steering group's meeting deck, in the structure of the 8.11.2024 slides: title; topics;
 * programme and roadmap background; ICT budget; metrics; the year's follow-up (started projects and
 * progress; completed ones' impacts and costs); the next year's projects, impact vs cost, long-term
 * benefit, need source, level and responsible director. Every figure comes from one `YearSummary`.
 * Runs in Node (the CLI) and in the browser (lazy-loaded by the steering tab and the dashboard).
 */

export interface DeckOptions {
  readonly lang: Lang;
  /** The meeting day (`YYYY-MM-DD`) on the title slide and in every footer; default: the summary's as-of day. */
  readonly meetingDay?: string;
  /** Presenter line on the title slide (typed by the user; never taken from the lists). */
  readonly presenter?: string;
}

/** Slide geometry (LAYOUT_WIDE, inches). */
const W = 13.333;
const MARGIN = 0.5;
const CONTENT_W = W - 2 * MARGIN;
const BODY_Y = 1.35;
const BODY_H = 5.45;
const ROWS_PER_TABLE_SLIDE = 13;
/** Text lines that fit in the completed projects' table body (at 10 pt). */
const COMPLETED_LINES_PER_SLIDE = 30;

const MASTER = 'PORVOO_CONTENT';
const TITLE_MASTER = 'PORVOO_TITLE';

type Cell = PptxGenJS.TableCell;

export interface MeetingDeck {
  readonly pptx: PptxGenJS;
  readonly slides: number;
}

export interface RenderedDeck {
  /** The .pptx file's bytes. */
  readonly bytes: Uint8Array;
  readonly slides: number;
  readonly fileName: string;
}

class DeckBuilder {
  private readonly pptx = new PptxGenJS();
  private readonly lang: Lang;
  private readonly culture: string;
  private readonly year: number;
  private readonly next: number;

  public constructor(private readonly s: YearSummary, private readonly options: DeckOptions) {
    this.lang = options.lang;
    this.culture = LOCALE_OF[options.lang];
    this.year = s.year;
    this.next = s.next.year;
  }

  private slideCount = 0;

  public build(): MeetingDeck {
    const { pptx } = this;
    pptx.layout = 'LAYOUT_WIDE';
    pptx.author = this.t('organisation');
    pptx.company = this.t('organisation');
    pptx.title = this.t('deckTitle');
    pptx.subject = this.t('programmeName');
    pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
    this.defineMasters();

    this.titleSlide();
    this.topicsSlide();
    this.backgroundSlide();
    this.roadmapIntroSlide();
    this.budgetSlide();
    this.metricsSlide();
    this.metricTrendSlide();
    this.followupSlide();
    this.startedSlides();
    this.completedSlides();
    this.nextProjectsSlides();
    this.benefitSlide();
    this.impactCostSlide();
    this.needSourceSlide();
    this.levelSlide();
    this.directorSlide();
    return { pptx, slides: this.slideCount };
  }

  // -------------------------------------------------------------------------------------------------
  // Text helpers
  // -------------------------------------------------------------------------------------------------

  private t(key: ReportKey, values: Record<string, string | number> = {}): string {
    return format(REPORT_STRINGS[this.lang][key], { year: this.year, next: this.next, ...values });
  }

  private day(day: string): string {
    return formatDay(day, this.lang);
  }

  private euro(value: number): string {
    return formatEuro(value, this.lang);
  }

  private label(field: LabelledField, code: string | null): string {
    return code === null ? this.t('notGiven') : codeLabel(field, code, this.lang);
  }

  private get meetingDay(): string | null {
    return this.options.meetingDay ?? this.s.asOf;
  }

  private text(size: number, extra: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextPropsOptions {
    return { fontFace: FONT_FACE, fontSize: size, color: PORVOO.tar, lang: this.culture, ...extra };
  }

  // -------------------------------------------------------------------------------------------------
  // Masters and common parts
  // -------------------------------------------------------------------------------------------------

  private defineMasters(): void {
    const footer = [this.meetingDay ? this.day(this.meetingDay) : '', this.t('organisation'), this.options.presenter ?? '']
      .filter((p) => p !== '')
      .join('   ·   ');
    this.pptx.defineSlideMaster({
      title: MASTER,
      background: { color: PORVOO.white },
      objects: [
        { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: PORVOO.blue } } },
        { line: { x: MARGIN, y: 7.0, w: CONTENT_W, h: 0, line: { color: PORVOO.line, width: 0.75 } } },
        { text: { text: footer, options: this.text(10, { x: MARGIN, y: 7.05, w: 10, h: 0.3, color: PORVOO.grey }) } }
      ],
      slideNumber: { x: 12.2, y: 7.05, w: 0.65, h: 0.3, fontFace: FONT_FACE, fontSize: 10, color: PORVOO.grey, align: 'right' }
    });
    this.pptx.defineSlideMaster({
      title: TITLE_MASTER,
      background: { color: PORVOO.blue },
      objects: [
        { rect: { x: 0, y: 6.6, w: W, h: 0.9, fill: { color: PORVOO.blueDark } } },
        { text: { text: footer, options: this.text(12, { x: MARGIN, y: 6.8, w: 10, h: 0.4, color: PORVOO.white }) } }
      ]
    });
  }

  private slide(title: string): PptxGenJS.Slide {
    const slide = this.pptx.addSlide({ masterName: MASTER });
    this.slideCount++;
    slide.addText(title, this.text(24, { x: MARGIN, y: 0.35, w: CONTENT_W, h: 0.85, bold: true, color: PORVOO.blue, valign: 'middle', fit: 'shrink' }));
    return slide;
  }

  private headerRow(headings: readonly string[], align: readonly ('left' | 'right' | 'center')[] = []): Cell[] {
    return headings.map((h, i) => ({
      text: h,
      options: { bold: true, color: PORVOO.white, fill: { color: PORVOO.blue }, align: align[i] ?? 'left', valign: 'middle' }
    }));
  }

  private table(slide: PptxGenJS.Slide, rows: Cell[][], colW: number[], y = BODY_Y, fontSize = 11, x = MARGIN): void {
    slide.addTable(rows, {
      x,
      y,
      w: colW.reduce((a, b) => a + b, 0),
      colW,
      fontFace: FONT_FACE,
      fontSize,
      color: PORVOO.tar,
      valign: 'top',
      border: { type: 'solid', pt: 0.5, color: PORVOO.line },
      margin: 0.05,
      autoPage: false
    });
  }

  private lightCell(light: ActionProgress['light'], status?: ActionProgress['status']): Cell {
    // A completed action is no longer reported on: no light is not a missing report.
    if (!light && status === 'completed') return { text: '–', options: { align: 'center' } };
    const c = LIGHT_COLOURS[light ?? 'none'];
    return { text: light ? this.label('trafficLight', light) : this.t('lightNone'), options: { fill: { color: c.fill }, color: c.text, align: 'center' } };
  }

  private percent(value: number | null): string {
    return value === null ? '–' : formatPercent(value, this.lang);
  }

  /** Bar chart of counts (horizontal, one series), categories in the summary's order. */
  private countBarChart(slide: PptxGenJS.Slide, counts: readonly Count<string>[], field: LabelledField, name: string, box: PptxGenJS.PositionProps, labelOf?: (code: string) => string): void {
    const labels = counts.map((c) => (c.code === null ? this.t('notGiven') : labelOf ? labelOf(c.code) : this.label(field, c.code)));
    slide.addChart(this.pptx.ChartType.bar, [{ name, labels, values: counts.map((c) => c.count) }], {
      ...box,
      barDir: 'bar',
      catAxisOrientation: 'maxMin' as 'minMax', // first category on top; the typings list only minMax
      chartColors: [PORVOO.blue],
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelFontSize: 12,
      dataLabelFontFace: FONT_FACE,
      catAxisLabelFontSize: 12,
      catAxisLabelFontFace: FONT_FACE,
      valAxisHidden: true,
      valGridLine: { style: 'none' },
      showLegend: false,
      showTitle: true,
      title: name,
      titleFontSize: 14,
      titleFontFace: FONT_FACE,
      titleColor: PORVOO.tar,
      lang: this.culture,
      altText: this.countsSummary(name, labels, counts)
    });
  }

  /** Pie chart of counts; empty categories are left out of the pie (they stay in the table views). */
  private countPieChart(slide: PptxGenJS.Slide, counts: readonly Count<string>[], field: LabelledField, name: string, box: PptxGenJS.PositionProps, colours: readonly string[] = SERIES_COLOURS): void {
    const shown = counts.map((c, i) => ({ c, colour: colours[i % colours.length] })).filter((x) => x.c.count > 0);
    const labels = shown.map((x) => (x.c.code === null ? this.t('notGiven') : this.label(field, x.c.code)));
    slide.addChart(this.pptx.ChartType.pie, [{ name, labels, values: shown.map((x) => x.c.count) }], {
      ...box,
      chartColors: shown.map((x) => x.colour),
      showValue: true,
      showPercent: false,
      dataLabelColor: PORVOO.white,
      dataLabelFontSize: 16,
      dataLabelFontBold: true,
      dataLabelFontFace: FONT_FACE,
      dataLabelPosition: 'ctr',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 13,
      legendFontFace: FONT_FACE,
      showTitle: true,
      title: name,
      titleFontSize: 16,
      titleFontFace: FONT_FACE,
      titleColor: PORVOO.tar,
      lang: this.culture,
      altText: this.countsSummary(name, labels, shown.map((x) => x.c))
    });
  }

  private countsSummary(title: string, labels: readonly string[], counts: readonly Count<string>[]): string {
    const items = counts.map((c, i) => format(REPORT_STRINGS[this.lang].srItem, { label: labels[i], value: c.count })).join(', ');
    return format(REPORT_STRINGS[this.lang].srCounts, { title, items });
  }

  // -------------------------------------------------------------------------------------------------
  // Slides
  // -------------------------------------------------------------------------------------------------

  private titleSlide(): void {
    const slide = this.pptx.addSlide({ masterName: TITLE_MASTER });
    this.slideCount++;
    slide.addText(this.t('deckTitle'), this.text(36, { x: 0.8, y: 1.6, w: 11.7, h: 2.6, bold: true, color: PORVOO.white, valign: 'bottom', fit: 'shrink' }));
    const lines = [this.meetingDay ? this.day(this.meetingDay) : '', this.t('programmeName'), this.options.presenter ?? ''].filter((l) => l !== '');
    slide.addText(lines.join('\n'), this.text(20, { x: 0.8, y: 4.4, w: 11.7, h: 1.4, color: PORVOO.white, valign: 'top' }));
  }

  private topicsSlide(): void {
    const slide = this.slide(this.t('topicsTitle'));
    const items: PptxGenJS.TextProps[] = [
      { text: this.t('topicBackground'), options: { breakLine: true } },
      { text: this.t('topicMetrics'), options: { breakLine: true } },
      { text: this.t('topicRoadmap'), options: { breakLine: true } },
      { text: this.t('topicStarted'), options: { indentLevel: 1, bullet: { characterCode: '2013', indent: 24 }, breakLine: true } },
      { text: this.t('topicCompleted'), options: { indentLevel: 1, bullet: { characterCode: '2013', indent: 24 }, breakLine: true } },
      { text: this.t('topicNext') }
    ];
    slide.addText(items, this.text(22, { x: MARGIN + 0.3, y: BODY_Y + 0.2, w: CONTENT_W - 0.6, h: 4.8, valign: 'top', paraSpaceAfter: 10 }));
  }

  private backgroundSlide(): void {
    const slide = this.slide(this.t('backgroundTitle'));
    const goals = GOALS.filter((g) => !g.code.startsWith('K'));
    const competences = GOALS.filter((g) => g.code.startsWith('K'));
    const parts: PptxGenJS.TextProps[] = [
      { text: this.t('backgroundIntro'), options: { breakLine: true, paraSpaceAfter: 8 } },
      { text: this.t('backgroundGoals'), options: { breakLine: true, bold: true } },
      ...goals.map((g, i): PptxGenJS.TextProps => ({ text: `${i + 1}) ${g.labels[this.lang]}`, options: { breakLine: true, indentLevel: 1 } })),
      { text: this.t('backgroundCompetences'), options: { breakLine: true, bold: true } },
      ...competences.map((g): PptxGenJS.TextProps => ({ text: `${g.code} ${g.labels[this.lang]}`, options: { breakLine: true, indentLevel: 1 } })),
      { text: this.t('backgroundApproved', { date: this.day(PROGRAMME.approvedOn) }) }
    ];
    slide.addText(parts, this.text(15, { x: MARGIN, y: BODY_Y, w: 7.4, h: BODY_H, valign: 'top', paraSpaceAfter: 4 }));

    const rows: Cell[][] = [this.headerRow([this.t('colGoal'), `${this.t('colActions')} ${this.year}`], ['left', 'right'])];
    for (const c of this.s.roadmap.byGoal) rows.push([{ text: c.code ?? this.t('notGiven') }, { text: String(c.count), options: { align: 'right' } }]);
    rows.push([{ text: this.t('total'), options: { bold: true } }, { text: String(this.s.roadmap.total), options: { bold: true, align: 'right' } }]);
    slide.addTable(rows, { x: 8.6, y: BODY_Y, w: 4.2, colW: [2.4, 1.8], fontFace: FONT_FACE, fontSize: 13, border: { type: 'solid', pt: 0.5, color: PORVOO.line } });
  }

  private roadmapIntroSlide(): void {
    const r = this.s.roadmap;
    const slide = this.slide(this.t('roadmapIntroTitle'));
    const completed = r.byStatus.find((c) => c.code === 'completed')?.count ?? 0;
    const lines = [
      r.approvedOn ? this.t('roadmapApproved', { date: this.day(r.approvedOn) }) : this.t('roadmapNotApproved'),
      this.t('roadmapCounts', { total: r.total, completed, ongoing: r.ongoing }),
      this.t('roadmapNextApproval')
    ];
    slide.addText(lines.map((l, i): PptxGenJS.TextProps => ({ text: l, options: { breakLine: i < lines.length - 1 } })),
      this.text(18, { x: MARGIN, y: BODY_Y, w: 6.0, h: 3.5, valign: 'top', paraSpaceAfter: 12 }));
    this.countBarChart(slide, r.byLevel, 'level', this.t('levelChartYear'), { x: 6.8, y: BODY_Y, w: 6.0, h: 2.6 }, (code) => levelShortLabel(code, this.lang));
    this.countBarChart(slide, r.byStatus, 'status', this.t('statusChart'), { x: 6.8, y: BODY_Y + 2.75, w: 6.0, h: 2.7 });
  }

  private budgetSlide(): void {
    const c = this.s.next.costs;
    const slide = this.slide(this.t('budgetTitle'));
    if (c.total.budget === null) {
      slide.addText(this.t('noBudget', { year: c.year }), this.text(18, { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: 0.6 }));
    } else {
      const labels = c.levels.map((l) => levelShortLabel(l.level, this.lang));
      slide.addChart(this.pptx.ChartType.bar, [{ name: this.t('colBudget'), labels, values: c.levels.map((l) => l.budget ?? 0) }], {
        x: MARGIN, y: BODY_Y, w: 6.2, h: 3.6,
        barDir: 'bar',
        catAxisOrientation: 'maxMin' as 'minMax', // first level on top; the typings list only minMax
        chartColors: [PORVOO.blue],
        showValue: true,
        dataLabelFormatCode: '#,##0 €',
        dataLabelFontSize: 12,
        dataLabelPosition: 'outEnd',
        valAxisHidden: true,
        valGridLine: { style: 'none' },
        catAxisLabelFontSize: 13,
        showTitle: true,
        title: this.t('budgetChart'),
        titleFontSize: 14,
        lang: this.culture,
        altText: format(REPORT_STRINGS[this.lang].srCosts, { items: c.levels.map((l, i) => `${labels[i]} ${this.euro(l.budget ?? 0)}`).join(', ') })
      });
    }
    if (c.programmeEstimate !== null) {
      slide.addText([
        { text: this.t('programmeEstimate'), options: { breakLine: true, fontSize: 14 } },
        { text: this.euro(c.programmeEstimate), options: { bold: true, fontSize: 28 } }
      ], this.text(14, { x: 7.2, y: BODY_Y, w: 5.6, h: 1.3, fill: { color: PORVOO.blueLight }, color: PORVOO.blueDark, align: 'center', valign: 'middle' }));
    }
    const rows: Cell[][] = [this.headerRow([this.t('colLevel'), this.t('colBudget'), this.t('colFirstYear'), this.t('colShare')], ['left', 'right', 'right', 'right'])];
    for (const l of c.levels) {
      rows.push([
        { text: levelShortLabel(l.level, this.lang) },
        { text: l.budget === null ? '–' : this.euro(l.budget), options: { align: 'right' } },
        { text: this.euro(l.firstYear), options: { align: 'right' } },
        { text: l.shareOfBudget === null ? '–' : `${formatNumber(l.shareOfBudget, this.lang)} %`, options: { align: 'right' } }
      ]);
    }
    rows.push([
      { text: this.t('total'), options: { bold: true } },
      { text: c.total.budget === null ? '–' : this.euro(c.total.budget), options: { bold: true, align: 'right' } },
      { text: this.euro(c.total.firstYear), options: { bold: true, align: 'right' } },
      { text: c.total.shareOfBudget === null ? '–' : `${formatNumber(c.total.shareOfBudget, this.lang)} %`, options: { bold: true, align: 'right' } }
    ]);
    slide.addTable(rows, { x: 7.2, y: BODY_Y + 1.5, w: 5.6, colW: [1.9, 1.3, 1.3, 1.1], fontFace: FONT_FACE, fontSize: 11, border: { type: 'solid', pt: 0.5, color: PORVOO.line } });
    if (c.total.budget !== null) {
      slide.addText(this.t('budgetShare', { amount: this.euro(c.total.firstYear), share: `${formatNumber(c.total.shareOfBudget ?? 0, this.lang)} %` }),
        this.text(13, { x: MARGIN, y: BODY_Y + 3.8, w: 6.2, h: 0.9, valign: 'top' }));
    }
  }

  private metricValueText(m: MetricTrend, value: number): string {
    return `${formatNumber(value, this.lang, 2)}${m.unit ? ` ${m.unit}` : ''}`;
  }

  private trendText(m: MetricTrend): string {
    const arrow = m.trend === 'up' ? '▲ ' : m.trend === 'down' ? '▼ ' : m.trend === 'flat' ? '▬ ' : '';
    const key: ReportKey = m.trend === 'up' ? 'trendUp' : m.trend === 'down' ? 'trendDown' : m.trend === 'flat' ? 'trendFlat' : 'trendNone';
    return `${arrow}${this.t(key)}`;
  }

  /** The years shown as columns: the last three with any value. */
  private metricYears(): number[] {
    const years = new Set<number>();
    for (const m of this.s.metrics) for (const v of m.values) years.add(v.year);
    return [...years].sort((a, b) => a - b).slice(-3);
  }

  private metricsSlide(): void {
    const slide = this.slide(this.t('metricsTitle'));
    const years = this.metricYears();
    const rows: Cell[][] = [this.headerRow([this.t('colCode'), this.t('colMetric'), this.t('colSource'), ...years.map(String), this.t('colTrend')],
      ['left', 'left', 'left', ...years.map((): 'right' => 'right'), 'left'])];
    for (const m of this.s.metrics) {
      const byYear = new Map(m.values.map((v) => [v.year, v.value]));
      rows.push([
        { text: m.code, options: { bold: true } },
        { text: m.titles[this.lang] },
        { text: m.source ?? '', options: { fontSize: 9, color: PORVOO.grey } },
        ...years.map((y): Cell => {
          const v = byYear.get(y);
          return { text: v === undefined ? '–' : this.metricValueText(m, v), options: { align: 'right' } };
        }),
        { text: this.trendText(m) }
      ]);
    }
    const yearW = years.length ? Math.min(1.1, 3.3 / years.length) : 0;
    const rest = CONTENT_W - 0.6 - 1.6 - years.length * yearW;
    this.table(slide, rows, [0.6, rest * 0.58, rest * 0.42, ...years.map(() => yearW), 1.6], BODY_Y, 10);
  }

  /** One line chart per goal (A, B, C), with the metrics that have a value in each year shown. */
  private metricTrendSlide(): void {
    const goals = (['A', 'B', 'C'] as GoalCode[]).map((goal) => {
      const metrics = this.s.metrics.filter((m) => m.goal === goal);
      const years = [...new Set(metrics.flatMap((m) => m.values.map((v) => v.year)))].sort((a, b) => a - b);
      // A series needs a value for every year (PowerPoint has no empty points in a cached series).
      const series = metrics.filter((m) => m.values.length === years.length && years.length >= 2);
      return { goal, years, series };
    }).filter((g) => g.series.length > 0);
    if (goals.length === 0) return;
    const slide = this.slide(this.t('metricsTrendTitle'));
    const w = CONTENT_W / 3;
    goals.forEach((g, i) => {
      const title = this.t('metricsChart', { goal: g.goal });
      slide.addChart(this.pptx.ChartType.line, g.series.map((m) => ({ name: m.code, labels: g.years.map(String), values: m.values.map((v) => v.value) })), {
        x: MARGIN + i * w, y: BODY_Y, w: w - 0.15, h: 4.2,
        chartColors: SERIES_COLOURS.slice(0, 3) as string[],
        lineSize: 3,
        lineDataSymbolSize: 8,
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 12,
        showTitle: true,
        title,
        titleFontSize: 13,
        catAxisLabelFontSize: 11,
        valAxisLabelFontSize: 10,
        lang: this.culture,
        altText: `${title}: ${g.series.map((m) => `${m.code} ${m.values.map((v) => `${v.year} ${this.metricValueText(m, v.value)}`).join(', ')} (${this.trendText(m)})`).join('; ')}`
      });
      const legend = g.series.map((m) => `${m.code}: ${m.titles[this.lang]}`).join('\n');
      slide.addText(legend, this.text(10, { x: MARGIN + i * w, y: BODY_Y + 4.3, w: w - 0.15, h: 1.1, color: PORVOO.grey, valign: 'top' }));
    });
  }

  private followupSlide(): void {
    const r = this.s.roadmap;
    const l = this.s.lights;
    const slide = this.slide(this.t('followupTitle'));
    const completed = r.completed.length;
    slide.addText([
      { text: this.t('followupSummary', { started: r.started.length, completed, progress: this.percent(r.meanProgress) }), options: { breakLine: true } },
      { text: this.t('decisionsNeeded', { count: l.decisionsNeeded }) }
    ], this.text(16, { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: 0.9, valign: 'top' }));

    const order: (keyof LightCounts)[] = ['green', 'yellow', 'red', 'none'];
    const shown = order.filter((k) => l.overall[k] > 0);
    const labels = shown.map((k) => (k === 'none' ? this.t('lightNone') : this.label('trafficLight', k)));
    if (shown.length > 0) {
      slide.addChart(this.pptx.ChartType.doughnut, [{ name: this.t('lightsChart'), labels, values: shown.map((k) => l.overall[k]) }], {
        x: MARGIN, y: BODY_Y + 1.0, w: 5.6, h: 4.3,
        chartColors: shown.map((k) => LIGHT_COLOURS[k].fill),
        holeSize: 50,
        showValue: true,
        dataLabelColor: PORVOO.tar,
        dataLabelFontSize: 14,
        dataLabelFontBold: true,
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 13,
        showTitle: true,
        title: this.t('lightsChart'),
        titleFontSize: 14,
        lang: this.culture,
        altText: format(REPORT_STRINGS[this.lang].srLights, { ...l.overall, active: l.active })
      });
    }
    const rows: Cell[][] = [this.headerRow([this.t('colCode'), this.t('colAction'), this.t('colLight'), this.t('colProgress')], ['left', 'left', 'center', 'right'])];
    for (const a of l.attention.slice(0, 10)) {
      rows.push([{ text: a.code }, { text: a.title }, this.lightCell(a.light), { text: this.percent(a.progress), options: { align: 'right' } }]);
    }
    // The lights needing attention, to the right of the doughnut.
    if (rows.length > 1) this.table(slide, rows, [1.0, 3.5, 1.3, 1.03], BODY_Y + 1.0, 11, 6.3);
  }

  private startedSlides(): void {
    const rows = this.s.roadmap.started;
    const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_TABLE_SLIDE));
    for (let p = 0; p < pages; p++) {
      const slide = this.slide(`${this.t('startedTitle')}${p > 0 ? ` ${this.t('continued')}` : ''}`);
      const table: Cell[][] = [this.headerRow([this.t('colCode'), this.t('colAction'), this.t('colLevel'), this.t('colStatus'), this.t('colLight'), this.t('colProgress')],
        ['left', 'left', 'left', 'left', 'center', 'right'])];
      for (const a of rows.slice(p * ROWS_PER_TABLE_SLIDE, (p + 1) * ROWS_PER_TABLE_SLIDE)) {
        table.push([
          { text: a.code },
          { text: a.title },
          { text: levelShortLabel(a.level, this.lang) },
          { text: this.label('status', a.status) },
          this.lightCell(a.light, a.status),
          { text: this.percent(a.progress), options: { align: 'right' } }
        ]);
      }
      if (rows.length === 0) table.push([{ text: '–' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]);
      this.table(slide, table, [1.1, 5.4, 2.0, 1.5, 1.3, 1.03]);
    }
  }

  private costText(a: CompletedAction): string {
    const parts: string[] = [];
    if (a.oneTimeCost) parts.push(this.t('costOneTime', { amount: this.euro(a.oneTimeCost) }));
    if (a.annualCost) parts.push(this.t('costAnnual', { amount: this.euro(a.annualCost) }));
    if (parts.length === 0) parts.push('–');
    if (a.funding) parts.push(this.t('costFunding', { funding: this.label('funding', a.funding) }));
    return parts.join('\n');
  }

  /** Lines a table cell of `text` takes in a column of `chars` characters. */
  private static lines(text: string, chars: number): number {
    return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / chars)), 0);
  }

  private completedSlides(): void {
    const r = this.s.roadmap;
    const title = this.t('completedTitle', { date: this.meetingDay ? this.day(this.meetingDay) : String(this.year) });
    const pages: CompletedAction[][] = [[]];
    let used = 0;
    for (const a of r.completed) {
      // Characters per line of each column at 10 pt; one line of cell padding.
      const need = Math.max(1 + DeckBuilder.lines(a.title, 34), DeckBuilder.lines(a.impacts ?? '', 110), DeckBuilder.lines(this.costText(a), 32)) + 1;
      if (used + need > COMPLETED_LINES_PER_SLIDE && pages[pages.length - 1].length > 0) {
        pages.push([]);
        used = 0;
      }
      pages[pages.length - 1].push(a);
      used += need;
    }
    pages.forEach((page, p) => {
      const slide = this.slide(`${title}${p > 0 ? ` ${this.t('continued')}` : ''}`);
      if (r.completed.length === 0) {
        slide.addText(this.t('noCompleted'), this.text(18, { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: 0.6 }));
        return;
      }
      const rows: Cell[][] = [this.headerRow([this.t('colAction'), this.t('colImpacts'), this.t('colCost')])];
      for (const a of page) {
        rows.push([
          { text: `${a.code}\n${a.title}`, options: { bold: true } },
          { text: a.impacts ?? '–' },
          { text: this.costText(a) }
        ]);
      }
      this.table(slide, rows, [2.9, 6.6, 2.83], BODY_Y, 10);
      if (p === pages.length - 1) {
        slide.addText(this.t('completedTotal', { oneTime: this.euro(r.completedCosts.oneTime), annual: this.euro(r.completedCosts.annual) }),
          this.text(13, { x: MARGIN, y: 6.45, w: CONTENT_W, h: 0.4, bold: true, color: PORVOO.blueDark }));
      }
    });
  }

  private nextProjectsSlides(): void {
    const rows = this.s.next.actions;
    const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_TABLE_SLIDE));
    for (let p = 0; p < pages; p++) {
      const slide = this.slide(`${this.t('nextProjectsTitle')}${p > 0 ? ` ${this.t('continued')}` : ''}`);
      const table: Cell[][] = [this.headerRow([this.t('colCode'), this.t('colAction'), this.t('colLevel'), this.t('colNeed'), this.t('colDirector'), this.t('colCost'), this.t('colImpacts')],
        ['left', 'left', 'left', 'left', 'left', 'center', 'center'])];
      for (const a of rows.slice(p * ROWS_PER_TABLE_SLIDE, (p + 1) * ROWS_PER_TABLE_SLIDE)) {
        table.push([
          { text: a.code },
          { text: a.title },
          { text: levelShortLabel(a.level, this.lang) },
          { text: this.label('needSource', a.needSource) },
          { text: this.label('responsibleDirector', a.responsibleDirector) },
          { text: a.costClass ?? '–', options: { align: 'center' } },
          { text: a.impactClass ?? '–', options: { align: 'center' } }
        ]);
      }
      if (rows.length === 0) table.push([{ text: '–' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]);
      this.table(slide, table, [1.0, 4.0, 1.6, 1.5, 2.1, 1.06, 1.07], BODY_Y, 10);
    }
  }

  private benefitSlide(): void {
    const slide = this.slide(this.t('benefitTitle'));
    this.countPieChart(slide, this.s.next.byLongTermBenefit, 'longTermBenefit', this.t('benefitChart'), { x: 2.2, y: BODY_Y, w: 9.0, h: BODY_H });
  }

  private impactCostSlide(): void {
    const n = this.s.next;
    const slide = this.slide(this.t('impactCostTitle'));
    const position = (c: SizeClass): number => ({ S: 1, M: 2, L: 3 })[c];
    const cells = n.impactCost;
    if (cells.length > 0) {
      // One series with a bubble per occupied cell: an empty point would need a blank value, which
      // PowerPoint does not take in a cached series. The counts are in the matrix beside the chart.
      const data: PptxGenJS.OptsChartData[] = [
        { name: this.t('axisCost'), values: cells.map((c) => position(c.cost)) },
        { name: this.t('impactCostChart'), values: cells.map((c) => position(c.impact)), sizes: cells.map((c) => c.count) }
      ];
      // Blank labels at the padding ticks 0 and 4 (the X axis takes the Y axis's format in pptxgenjs).
      const axisFormat = '[<0.5]"";[>3.5]"";0';
      slide.addChart(this.pptx.ChartType.bubble, data, {
        x: MARGIN, y: BODY_Y, w: 7.6, h: BODY_H,
        chartColors: [PORVOO.blue],
        chartColorsOpacity: 75,
        showLegend: false,
        catAxisMinVal: 0,
        catAxisMaxVal: 4,
        catAxisMajorUnit: 1,
        catAxisTitle: this.t('axisCost'),
        showCatAxisTitle: true,
        valAxisMinVal: 0,
        valAxisMaxVal: 4,
        valAxisMajorUnit: 1,
        valAxisLabelFormatCode: axisFormat,
        valAxisTitle: this.t('axisImpact'),
        showValAxisTitle: true,
        catAxisLabelFontSize: 13,
        valAxisLabelFontSize: 13,
        lang: this.culture,
        altText: this.impactCostSummary()
      });
    }
    // The same figures as a matrix: impact rows (L on top) against cost columns.
    const sizes: SizeClass[] = ['S', 'M', 'L'];
    const rows: Cell[][] = [this.headerRow([`${this.t('colImpactClass')} \\ ${this.t('colCostClass')}`, ...sizes], ['left', 'center', 'center', 'center'])];
    for (const impact of [...sizes].reverse()) {
      rows.push([
        { text: impact, options: { bold: true } },
        ...sizes.map((cost): Cell => {
          const cell = cells.find((c) => c.cost === cost && c.impact === impact);
          return { text: cell ? String(cell.count) : '0', options: { align: 'center', fill: { color: cell ? PORVOO.blueLight : PORVOO.white } } };
        })
      ]);
    }
    slide.addTable(rows, { x: 8.4, y: BODY_Y + 0.3, w: 4.4, colW: [2.2, 0.73, 0.73, 0.74], fontFace: FONT_FACE, fontSize: 12, border: { type: 'solid', pt: 0.5, color: PORVOO.line } });
    if (n.unclassified > 0) slide.addText(this.t('unclassified', { count: n.unclassified }), this.text(13, { x: 8.4, y: BODY_Y + 2.4, w: 4.4, h: 0.4 }));
  }

  private impactCostSummary(): string {
    const items = this.s.next.impactCost.map((c) => this.t('impactCostCell', { cost: c.cost, impact: c.impact, count: c.count })).join(', ');
    return format(REPORT_STRINGS[this.lang].srImpactCost, { items, unclassified: this.s.next.unclassified > 0 ? this.t('unclassified', { count: this.s.next.unclassified }) : '' }).trim();
  }

  private needSourceSlide(): void {
    const slide = this.slide(this.t('useCasesTitle'));
    this.countPieChart(slide, this.s.next.byNeedSource, 'needSource', this.t('needChart'), { x: 2.2, y: BODY_Y, w: 9.0, h: BODY_H });
  }

  private levelSlide(): void {
    const slide = this.slide(this.t('useCasesTitle'));
    const order = LEVELS.map((l) => l.code);
    const counts = [...this.s.next.byLevel].sort((a, b) => order.indexOf(a.code ?? 'data') - order.indexOf(b.code ?? 'data'));
    this.countBarChart(slide, counts, 'level', this.t('levelChart'), { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: BODY_H });
  }

  private directorSlide(): void {
    const slide = this.slide(this.t('useCasesTitle'));
    this.countBarChart(slide, this.s.next.byResponsibleDirector, 'responsibleDirector', this.t('directorChart'), { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: BODY_H });
  }
}

/**
 * Builds the deck in memory. Every text from the lists is made XML-safe first: pptxgenjs escapes markup
 * but writes control characters (a vertical tab pasted from Word) as they are, and PowerPoint then
 * refuses the whole file.
 */
export function buildMeetingDeck(summary: YearSummary, options: DeckOptions): MeetingDeck {
  return new DeckBuilder(xmlSafeStrings(summary), xmlSafeStrings(options)).build();
}

/**
 * Node: the deck as the (deflated) bytes of a .pptx file. pptxgenjs 4.0.1 applies `compression` only in
 * stream(), writeFile() and its default blob output, not in write({ outputType }), hence stream().
 */
export async function renderMeetingDeck(summary: YearSummary, options: DeckOptions): Promise<RenderedDeck> {
  const deck = buildMeetingDeck(summary, options);
  const bytes = (await deck.pptx.stream({ compression: true })) as Uint8Array;
  return { bytes, slides: deck.slides, fileName: meetingDeckFileName(summary, options) };
}

/** Browser: builds the deck and hands it to the user as a download (compressed). Returns the file name. */
export async function downloadMeetingDeck(summary: YearSummary, options: DeckOptions): Promise<string> {
  return buildMeetingDeck(summary, options).pptx.writeFile({ fileName: meetingDeckFileName(summary, options), compression: true });
}

/** The file name people get, e.g. `digitiekartta-seuranta-2024-2024-11-08.pptx`. */
export function meetingDeckFileName(summary: YearSummary, options: DeckOptions): string {
  const day = options.meetingDay ?? summary.asOf;
  return `${format(REPORT_STRINGS[options.lang].deckFileName, { year: summary.year })}${day ? `-${day}` : ''}.pptx`;
}
