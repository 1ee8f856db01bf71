import { summariseYear } from '../../src/core/followup';
import { renderMeetingDeck, meetingDeckFileName } from '../../src/report/deck';
import { smallRoadmap } from '../fixtures/followup';
import { chartLabels, chartNumbers, openDeck, type OpenedDeck } from '../fixtures/pptx';

const MEETING = '2024-11-08T10:00:00+02:00';

describe('the steering meeting deck (small roadmap)', () => {
  const summary = summariseYear(smallRoadmap(), 2024, MEETING);
  let fi: OpenedDeck;
  let sv: OpenedDeck;

  beforeAll(async () => {
    const fiDeck = await renderMeetingDeck(summary, { lang: 'fi' });
    expect(fiDeck.slides).toBe(16);
    fi = await openDeck(fiDeck.bytes);
    sv = await openDeck((await renderMeetingDeck(summary, { lang: 'sv' })).bytes);
  });

  const titles = (deck: OpenedDeck): string[] => deck.slides.map((s) => s.text.slice(0, 120));

  it('follows the structure of the 8.11.2024 slides', () => {
    const t = titles(fi);
    expect(fi.slides).toHaveLength(16);
    expect(t[0]).toMatch(/^Digiohjelman ja -tiekartan 2024 seuranta sekä Digitiekartan 2025 hyväksyntä/);
    expect(t[1]).toMatch(/^Esityksen aiheet/);
    expect(t[2]).toMatch(/^Ohjelman ja tiekartan tausta ja tavoitteet/);
    expect(t[3]).toMatch(/^Digitiekartta on vuosittainen suunnitelma/);
    expect(t[4]).toMatch(/^Ehdotus kaupungin ICT-menot/);
    expect(t[5]).toMatch(/^1\. Digiohjelman seuranta – mittarit/);
    expect(t[6]).toMatch(/^1\. Digiohjelman seuranta – mittareiden kehitys/);
    expect(t[7]).toMatch(/^2a\. Digitiekartta 2024 – seuranta/);
    expect(t[8]).toMatch(/^2a\. Digitiekartta 2024 – käynnistetyt projektit/);
    expect(t[9]).toMatch(/^2b\. Valmistuneet projektit 8\.11\.2024 – vaikutukset ja kustannukset/);
    expect(t[10]).toMatch(/^Digitiekartta 2025 – projektit/);
    expect(t[11]).toMatch(/^Digiohjelma 2025 – pitkän aikavälin hyöty/);
    expect(t[12]).toMatch(/^3\. Digiohjelma 2025 – arvioitu vaikutus & kustannus/);
    expect(t.slice(13)).toEqual(t.slice(13).map(() => expect.stringMatching(/^3\. Digiohjelma 2025 – käyttötapausten tarkastelu/)));
  });

  it('uses native charts: bar, line, doughnut, pie and a bubble chart of impact against cost', () => {
    expect(fi.charts.size).toBe(11);
    const kinds = [...fi.charts.values()].map((xml) => /<c:(bar|line|doughnut|pie|bubble)Chart>/.exec(xml)?.[1]);
    expect(kinds.sort()).toEqual(['bar', 'bar', 'bar', 'bar', 'bar', 'bubble', 'doughnut', 'line', 'line', 'pie', 'pie']);
    expect(fi.slides[12].charts).toHaveLength(1);
    expect(fi.charts.get(fi.slides[12].charts[0])).toContain('<c:bubbleChart>');
  });

  it('puts the summary’s counts in the charts', () => {
    const need = fi.charts.get(fi.slides[13].charts[0])!;
    expect(chartLabels(need)).toEqual(expect.arrayContaining(['Järjestelmän tuki loppuu', 'Laki', 'Strategia']));
    expect(chartNumbers(need)).toEqual([1, 1, 2]);
    const bubble = fi.charts.get(fi.slides[12].charts[0])!;
    // x = cost (S=1, M=2), y = impact (L=3, M=2), size = count.
    expect(chartNumbers(bubble)).toEqual([1, 2, 3, 2, 1, 2]); // x = cost, y = impact (1 = S … 3 = L), size = count
    expect(fi.slides[12].text).toContain('Vaikuttavuusluokka \\ Kustannusluokka S M L L 1 0 0 M 0 2 0 S 0 0 0');
    const budget = fi.charts.get(fi.slides[4].charts[0])!;
    expect(chartNumbers(budget)).toEqual([6_000_000, 800_000, 500_000, 150_000]);
  });

  it('shows completed projects’ impacts and costs, and the budget table', () => {
    expect(fi.slides[9].text).toContain('DT24-01');
    expect(fi.slides[9].text).toContain('Online ticket sales');
    expect(fi.slides[9].text).toContain('3 100 €/vuosi');
    expect(fi.slides[9].text).toContain('2 800 € kertainvestointi');
    expect(fi.slides[9].text).toContain('rahoitus: hankerahoitus');
    expect(fi.slides[4].text).toContain('500 000 €');
    expect(fi.slides[4].text).toContain('17 000 €');
  });

  it('dates every slide in the footer and numbers it', () => {
    const layouts = [...fi.parts.entries()].filter(([name]) => name.startsWith('ppt/slideLayouts/') && name.endsWith('.xml'));
    expect(layouts.some(([, xml]) => xml.includes('8.11.2024') && xml.includes('Porvoon kaupunki'))).toBe(true);
    expect(layouts.some(([, xml]) => xml.includes('type="sldNum"'))).toBe(true);
  });

  it('is in Swedish when asked', () => {
    expect(sv.slides).toHaveLength(16);
    expect(sv.slides[0].text).toMatch(/^Uppföljning av digiprogrammet och den digitala vägkartan 2024/);
    expect(chartLabels(sv.charts.get(sv.slides[13].charts[0])!)).toEqual(expect.arrayContaining(['Systemets support upphör', 'Lag', 'Strategi']));
    expect(sv.slides[9].text).toContain('3 100 €/år');
    expect(sv.slides[0].xml).toContain('lang="sv-FI"');
  });

  it('names no person', () => {
    for (const [name, xml] of fi.parts) expect(`${name}: ${/person|@porvoo\.fi/i.test(xml)}`).toBe(`${name}: false`);
  });

  it('has a file name with the year and the meeting day', () => {
    expect(meetingDeckFileName(summary, { lang: 'fi' })).toBe('digitiekartta-seuranta-2024-2024-11-08.pptx');
  });
});
