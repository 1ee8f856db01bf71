import { summariseYear } from '../../src/core/followup';
import { chartSummary, chartTable, dashboardCharts } from '../../src/components/followup/model';
import { smallRoadmap } from '../fixtures/followup';

/** The dashboard's charts as data: each chart's table view and its text for screen readers. */
const summary = summariseYear(smallRoadmap(), 2024, '2024-11-08T10:00:00+02:00');

describe('the dashboard chart specs', () => {
  const fi = dashboardCharts(summary, 'fi');
  const sv = dashboardCharts(summary, 'sv');

  it('give each chart a table with a header and one row per category', () => {
    expect(chartTable(fi.needSource, 'fi')).toEqual({
      columns: ['Luokka', 'Lukumäärä'],
      rows: [['Järjestelmän tuki loppuu', '1'], ['Laki', '1'], ['Strategia', '2']]
    });
    expect(chartTable(fi.impactCost, 'fi')).toEqual({
      columns: ['Vaikuttavuusluokka \\ Kustannusluokka', 'S', 'M', 'L'],
      rows: [['L', '1', '0', '0'], ['M', '0', '2', '0'], ['S', '0', '0', '0']]
    });
    expect(chartTable(fi.metrics[0], 'fi')).toEqual({ columns: ['Vuosi', 'A1', 'A2'], rows: [['2023', '10', '–'], ['2024', '12', '100']] });
    expect(chartTable(fi.costShare, 'fi').rows[0]).toEqual(['Digitaalinen perusta', '0,2 %']);
  });

  it('say what a chart shows in a sentence, in the UI language', () => {
    expect(chartSummary(fi.needSource, 'fi')).toBe('Mistä tarve käyttötapaukselle?: Järjestelmän tuki loppuu 1, Laki 1, Strategia 2.');
    expect(chartSummary(sv.needSource, 'sv')).toBe('Varifrån kommer behovet av användningsfallet?: Systemets support upphör 1, Lag 1, Strategi 2.');
    expect(chartSummary(fi.impactCost, 'fi')).toBe('Arvioitu vaikuttavuus ja kustannus: Vaikuttavuusluokka L, Kustannusluokka S: 1, Vaikuttavuusluokka M, Kustannusluokka M: 2.');
    expect(chartSummary(fi.lights, 'fi')).toBe('Liikennevalot: vihreä 0, keltainen 1, punainen 1, ei raporttia 1.');
  });

  it('keep the summary’s order and counts', () => {
    expect(fi.level.points.map((p) => [p.label, p.value])).toEqual([['Digitaalinen perusta', 1], ['TORI', 0], ['TOSI', 2], ['Analytiikka ja data', 1]]);
    expect(fi.director.points.slice(-2).map((p) => [p.label, p.value])).toEqual([['Uusi johtaja', 1], ['ei määritelty', 1]]);
    expect(fi.progress.points.map((p) => p.value)).toEqual([100, 100, 60, 10]);
  });
});
