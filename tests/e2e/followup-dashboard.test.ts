import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { summariseYear } from '../../src/core/followup';
import { renderMeetingDeck } from '../../src/report/deck';
import { chartNumbers, openDeck } from '../fixtures/pptx';
import type { TestSite } from '../integration/data/emulator';
import { MEETING_2024_11_08, sampleAtMeeting } from '../fixtures/sampleInput';
import { startFollowupWorld } from './followup/page';

/**
 * The follow-up dashboard in Chromium against the emulator seeded with the sample as of 8.11.2024: in
 * Finnish and in Swedish with axe, a chart's table view reached and opened with the keyboard only.
 */
let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  ({ site, browser } = await startFollowupWorld(MEETING_2024_11_08));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function openDashboard(lang: 'fi' | 'sv'): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.emulator.baseUrl}/e2e/index.html?lang=${lang}&year=2024&now=${MEETING_2024_11_08.toISOString()}`);
  await page.getByTestId('section-next').waitFor({ timeout: 30_000 });
  // The charts arrive on demand: wait until the need-source chart has drawn.
  await page.locator('[data-testid="chart-need"] svg').first().waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

describe.each(['fi', 'sv'] as const)('the follow-up dashboard in %s', (lang) => {
  let page: Page;

  beforeAll(async () => {
    page = await openDashboard(lang);
  }, 90_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('shows the year’s and the next year’s figures from the lists', async () => {
    await expect(page.getByTestId('fig-next-total').locator('dd').textContent()).resolves.toBe('26');
    await expect(page.getByTestId('fig-next-law').locator('dd').textContent()).resolves.toBe('9');
    const total = (await page.getByTestId('completed-total').textContent())?.replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(total).toContain('33 850 €');
    expect(await page.locator('[data-testid="fu-completed"] tbody tr').count()).toBe(7); // six projects and the total
    await expect(page.locator('h2').first().textContent()).resolves.toBe(lang === 'fi' ? 'Digiohjelman seuranta' : 'Uppföljning av digiprogrammet');
  }, 30_000);

  it('has no accessibility violations (axe, WCAG 2.1 AA)', async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 60_000);

  it('reaches a chart’s table view with the keyboard and reads the same counts', async () => {
    const toggle = page.getByTestId('toggle-need');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await toggle.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const table = page.getByTestId('chart-table-need');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toEqual(lang === 'fi' ? ['Järjestelmän tuki loppuu1', 'Laki9', 'Strategia16'] : ['Systemets support upphör1', 'Lag9', 'Strategi16']);
    await expect(table.locator('caption').textContent()).resolves.toBe(lang === 'fi' ? 'Mistä tarve käyttötapaukselle?' : 'Varifrån kommer behovet av användningsfallet?');
    expect(await page.getByTestId('chart-need').getAttribute('data-view')).toBe('table');
    // Focus stays on the toggle, which now offers the chart back.
    await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(toggle.textContent()).resolves.toBe(lang === 'fi' ? 'Näytä kaaviona' : 'Visa som diagram');
  }, 120_000);

  it('builds the meeting deck in the browser with the same slides and counts as the CLI', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('deck-button').click()]);
    expect(download.suggestedFilename()).toBe(lang === 'fi' ? 'digitiekartta-seuranta-2024-2024-11-08.pptx' : 'digitala-vagkartan-uppfoljning-2024-2024-11-08.pptx');
    const path = await download.path();
    const deck = await openDeck(new Uint8Array(await readFile(path)));
    const reference = await renderMeetingDeck(summariseYear(sampleAtMeeting().input, 2024, MEETING_2024_11_08), { lang, meetingDay: '2024-11-08' });
    const ref = await openDeck(reference.bytes);
    expect(deck.slides.map((sl) => sl.text)).toEqual(ref.slides.map((sl) => sl.text));
    const numbers = (d: typeof deck): number[][][] => d.slides.map((sl) => sl.charts.map((c) => chartNumbers(d.charts.get(c) ?? '')));
    expect(numbers(deck)).toEqual(numbers(ref));
  }, 120_000);
});
