import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SAMPLE_PEOPLE } from '../../server/sample';
import { buildPublication } from '../../server/publish';
import { TEST_SETTINGS, withoutPublishedAddresses } from '../fixtures/publication';
import { summariseYear, type YearSummary } from '../../src/core/followup';
import { ChartViewContext, CostsSection, NextYearSection, RoadmapSection, chartTable, dashboardCharts } from '../../src/components/followup';
import { renderMeetingDeck } from '../../src/report/deck';
import { MEETING_2024_11_08, sampleAtMeeting } from '../fixtures/sampleInput';
import { chartLabels, chartNumbers, openDeck, slideText, type OpenedDeck } from '../fixtures/pptx';

/**
 * The sample data as the steering group saw it on 8.11.2024, against figures worked out by hand from the
 * city's slides (domain.md): the five projects completed by 10/2024 with their real costs, and the
 * roadmap 2025's need sources 1 / 9 / 16. Then the dashboard, the deck and the publication are checked
 * to show the same numbers, and the publication and the deck to name no one.
 */
const { data, input } = sampleAtMeeting();
const summary = summariseYear(input, 2024, MEETING_2024_11_08);
const space = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('summariseYear on the sample data (8.11.2024)', () => {
  it('counts the roadmap 2025 by need source: end of support 1, law 9, strategy 16', () => {
    expect(summary.next.year).toBe(2025);
    expect(summary.next.total).toBe(26);
    expect(summary.next.byNeedSource).toEqual([
      { code: 'end-of-support', count: 1 }, { code: 'law', count: 9 }, { code: 'strategy', count: 16 }
    ]);
  });

  it('lists the projects completed by 10/2024 with the costs of the slides', () => {
    expect(summary.roadmap.completed.map((a) => [a.code, a.oneTimeCost, a.annualCost, a.funding])).toEqual([
      ['DT24-01', null, 3100, 'own-budget'], // ticket sales, visitor counting: 3 100 €/year
      ['DT24-02', 2800, null, 'project-funding'], // cyber-security meter: 2 800 € one-time, project funding
      ['DT24-03', null, 5700, 'own-budget'], // "Kartalla" map feedback: 5 700 €/year
      ['DT24-04', 8750, null, 'own-budget'], // (a) invasive plants: 8 750 €
      ['DT24-05', 9900, null, 'own-budget'], // (b) storm-water wells: 9 900 €
      ['DT24-06', 12400, null, 'project-funding'] // ICT continuity plan: 12 400 € one-time, project funding
    ]);
    expect(summary.roadmap.completedCosts).toMatchObject({ oneTime: 2800 + 8750 + 9900 + 12400, annual: 3100 + 5700 });
    expect(summary.roadmap.completed.every((a) => (a.impacts ?? '').length > 20)).toBe(true);
  });

  it('agrees with counts made directly from the sample rows', () => {
    const y2025 = data.actions.filter((a) => a.roadmapYear === 2025 && a.status !== 'cancelled');
    const count = (pick: (a: (typeof y2025)[number]) => string | null, code: string): number => y2025.filter((a) => pick(a) === code).length;
    for (const c of summary.next.byLevel) expect([c.code, c.count]).toEqual([c.code, count((a) => a.level, c.code ?? '')]);
    for (const c of summary.next.byLongTermBenefit) if (c.code) expect([c.code, c.count]).toEqual([c.code, count((a) => a.longTermBenefit, c.code)]);
    for (const c of summary.next.byResponsibleDirector) if (c.code) expect([c.code, c.count]).toEqual([c.code, count((a) => a.responsibleDirector, c.code)]);
    for (const cell of summary.next.impactCost) {
      expect(cell.count).toBe(y2025.filter((a) => a.costClass === cell.cost && a.impactClass === cell.impact).length);
    }
    const oneTime = y2025.reduce((s, a) => s + (a.oneTimeCost ?? 0), 0);
    const annual = y2025.reduce((s, a) => s + (a.annualCost ?? 0), 0);
    expect(summary.next.costs.total).toMatchObject({ oneTime, annual, firstYear: oneTime + annual, budget: 7_450_000 });
    expect(summary.next.costs.programmeEstimate).toBe(500_000);
    const y2024 = data.actions.filter((a) => a.roadmapYear === 2024);
    expect(summary.roadmap.total).toBe(y2024.length);
    expect(summary.roadmap.ongoing).toBe(y2024.filter((a) => a.status === 'in-progress' || a.status === 'paused').length);
  });

  it('follows the nine programme metrics up to 2024', () => {
    expect(summary.metrics.map((m) => m.code)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3']);
    expect(summary.metrics.every((m) => m.values.every((v) => v.year <= 2024) && m.source)).toBe(true);
  });
});

describe('the dashboard, the deck and the publication agree (sample, 8.11.2024)', () => {
  let deck: OpenedDeck;
  const publication = buildPublication(input, 2024, MEETING_2024_11_08, TEST_SETTINGS);
  const charts = dashboardCharts(summary, 'fi');
  const render = (el: React.ReactElement): string =>
    space(renderToStaticMarkup(React.createElement(ChartViewContext.Provider, { value: 'table' }, el)));
  const props = { summary, charts, lang: 'fi' as const };
  const roadmapHtml = render(React.createElement(RoadmapSection, props));
  const nextHtml = render(React.createElement(NextYearSection, props));
  const costsHtml = render(React.createElement(CostsSection, props));
  const pageFi = space(publication.files['index.fi.html']);

  beforeAll(async () => {
    deck = await openDeck((await renderMeetingDeck(summary, { lang: 'fi', meetingDay: '2024-11-08' })).bytes);
  });

  const slide = (title: RegExp): OpenedDeck['slides'][number] => {
    const found = deck.slides.find((s) => title.test(s.text));
    if (!found) throw new Error(`no slide ${String(title)}`);
    return found;
  };
  /** The chart whose own title matches, else the first chart of the slide whose title matches. */
  const chartOf = (title: RegExp): string => {
    const own = [...deck.charts.values()].find((xml) => title.test(slideText(xml.replace(/<c:(?:str|num)Cache>[\s\S]*?<\/c:(?:str|num)Cache>/g, ''))));
    return own ?? deck.charts.get(slide(title).charts[0])!;
  };

  it('need sources 1 / 9 / 16', () => {
    const expected = summary.next.byNeedSource.map((c) => c.count);
    expect(expected).toEqual([1, 9, 16]);
    expect(charts.needSource.points.map((p) => p.value)).toEqual(expected);
    expect(chartTable(charts.needSource, 'fi').rows).toEqual([['Järjestelmän tuki loppuu', '1'], ['Laki', '9'], ['Strategia', '16']]);
    expect(nextHtml).toContain('<th scope="row">Laki</th><td class="num">9</td>');
    expect(chartNumbers(chartOf(/Mistä tarve käyttötapaukselle/))).toEqual(expected);
    expect(chartLabels(chartOf(/Mistä tarve käyttötapaukselle/))).toEqual(expect.arrayContaining(['Järjestelmän tuki loppuu', 'Laki', 'Strategia']));
    expect(pageFi).toContain('<th scope="row">Tarve: Laki</th><td class="num">9</td>');
    expect(pageFi).toContain('<th scope="row">Tarve: Strategia</th><td class="num">16</td>');
  });

  it('actions by level, by long-term benefit and by responsible director', () => {
    const levels = summary.next.byLevel.map((c) => c.count);
    expect(charts.level.points.map((p) => p.value)).toEqual(levels);
    expect(chartNumbers(chartOf(/Käyttötapaukset per taso(?! \d)/))).toEqual(levels);
    for (const c of summary.next.byLevel) expect(pageFi).toMatch(new RegExp(`<th scope="row">Taso: [^<]+</th><td class="num">${c.count}</td>`));
    const benefits = summary.next.byLongTermBenefit.filter((c) => c.count > 0).map((c) => c.count);
    expect(chartNumbers(chartOf(/pitkän aikavälin hyöty/))).toEqual(benefits);
    expect(charts.benefit.points.filter((p) => p.value > 0).map((p) => p.value)).toEqual(benefits);
    const directors = summary.next.byResponsibleDirector.map((c) => c.count);
    expect(chartNumbers(chartOf(/Käyttötapaukset per vastuutaso/))).toEqual(directors);
    expect(charts.director.points.map((p) => p.value)).toEqual(directors);
  });

  it('impact against cost', () => {
    const cells = summary.next.impactCost;
    const bubble = chartNumbers(chartOf(/arvioitu vaikutus & kustannus/));
    expect(bubble.slice(-cells.length)).toEqual(cells.map((c) => c.count));
    const matrix = charts.impactCost;
    for (const c of cells) expect(matrix.values[matrix.rowLabels.indexOf(c.impact)][matrix.columnLabels.indexOf(c.cost)]).toBe(c.count);
    expect(matrix.values.flat().reduce((a, b) => a + b, 0) + summary.next.unclassified).toBe(summary.next.total);
  });

  it('completed projects’ costs', () => {
    const completedSlides = deck.slides.filter((s) => /^2b\. Valmistuneet projektit/.test(s.text)).map((s) => s.text).join(' ');
    for (const amount of ['3 100 €/vuosi', '2 800 € kertainvestointi', '5 700 €/vuosi', '8 750 € kertainvestointi', '9 900 € kertainvestointi', '12 400 € kertainvestointi']) {
      expect(completedSlides).toContain(amount);
    }
    expect(completedSlides).toContain('Yhteensä: kertakustannukset 33 850 €, vuosikustannukset 8 800 €/vuosi.');
    expect(roadmapHtml).toContain('<td class="num">33 850 €</td><td class="num">8 800 €/vuosi</td>');
    expect(pageFi).toContain('<th scope="row">Valmistuneiden projektien kertakustannukset</th><td class="num">33 850 €</td>');
    expect(pageFi).toContain('<th scope="row">Valmistuneiden projektien vuosikustannukset</th><td class="num">8 800 €</td>');
    const csv = publication.files['actions.csv'];
    expect(csv).toMatch(/\r\nDT24-06,[^\r]*,completed,[^\r]*,100,[^\r]*,12400,,12400,project-funding,/);
  });

  it('costs by level against the ICT budget 2025', () => {
    const total = summary.next.costs.total;
    const euro = (n: number): string => space(new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n));
    expect(space(slide(/^Ehdotus kaupungin ICT-menot/).text)).toContain(euro(total.firstYear));
    expect(chartNumbers(chartOf(/^Ehdotus kaupungin ICT-menot/))).toEqual([6_000_000, 800_000, 500_000, 150_000]);
    expect(costsHtml).toContain(`<td class="num">${euro(total.budget ?? 0)}</td>`);
    expect(costsHtml).toContain(`<td class="num">${euro(total.firstYear)}</td>`);
    expect(charts.costShare.points.map((p) => p.value)).toEqual(summary.next.costs.levels.map((l) => l.shareOfBudget));
    expect(pageFi).toContain(`<td class="num">${euro(total.firstYear)}</td>`);
  });

  it('the year followed: counts, started projects and lights', () => {
    expect(roadmapHtml).toContain(`<dd class="`);
    expect(roadmapHtml).toMatch(new RegExp(`data-testid="fig-total"><dt>Toimenpiteitä</dt><dd[^>]*>${summary.roadmap.total}</dd>`));
    const startedRows = deck.slides.filter((s) => /^2a\. Digitiekartta 2024 – käynnistetyt/.test(s.text)).map((s) => s.text).join(' ');
    for (const a of summary.roadmap.started) expect(startedRows).toContain(a.code);
    expect(charts.progress.points).toHaveLength(summary.roadmap.started.length);
    const lights = summary.lights.overall;
    expect(charts.lights.points.map((p) => p.value)).toEqual([lights.green, lights.yellow, lights.red, lights.none]);
    expect(chartNumbers(chartOf(/^2a\. Digitiekartta 2024 – seuranta/))).toEqual([lights.green, lights.yellow, lights.red, lights.none].filter((n) => n > 0));
    expect(pageFi).toContain(`<th scope="row">Liikennevalo: vihreä</th><td class="num">${lights.green}</td>`);
  });

  it('names no person and shows no e-mail address in the deck or the publication', () => {
    const needles = SAMPLE_PEOPLE.flatMap((p) => [p.displayName, `${p.lastName} ${p.firstName}`, p.email]).map((n) => n.toLowerCase());
    const emails = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
    const outputs: [string, string][] = [...Object.entries(publication.files), ...[...deck.parts.entries()].map(([n, x]): [string, string] => [`deck:${n}`, slideText(x) + x])];
    for (const [name, content] of outputs) {
      const text = content.toLowerCase();
      expect(`${name}: ${needles.filter((n) => text.includes(n)).join(', ')}`).toBe(`${name}: `);
      // The accessibility statement gives the feedback and supervisor addresses on purpose; no other.
      expect(`${name}: ${emails.exec(withoutPublishedAddresses(content))?.[0] ?? ''}`).toBe(`${name}: `);
    }
  });
});

describe('the sample deck', () => {
  it('has the 8.11.2024 structure with the sample’s page breaks', async () => {
    const rendered = await renderMeetingDeck(summary as YearSummary, { lang: 'sv', meetingDay: '2024-11-08' });
    const d = await openDeck(rendered.bytes);
    expect(d.slides).toHaveLength(rendered.slides);
    expect(d.slides.length).toBeGreaterThanOrEqual(18);
    expect(d.charts.size).toBeGreaterThanOrEqual(12);
    expect(d.slides[0].text).toContain('8.11.2024');
    expect(d.slides.filter((s) => /\(forts\.\)/.test(s.text)).length).toBeGreaterThanOrEqual(2);
  });
});
