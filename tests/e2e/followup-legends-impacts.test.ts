import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { codeLabel } from '../../src/core/followup';
import type { CommandContext } from '../../server/cli/command';
import { main } from '../../server/cli/main';
import { buildSampleData, SAMPLE_NOW } from '../../server/sample';
import { openDeck } from '../fixtures/pptx';
import type { TestSite } from '../integration/data/emulator';
import { startFollowupWorld } from './followup/page';

/**
 * The follow-up as the steering group sees it at the sample's moment (27.10.2025): chart legends say the
 * labels as the catalog writes them (no "Järjestelmän Tuki Loppuu"), and every completed project's
 * impact text is in the dashboard's "completed projects" table and on the deck's slide.
 */
let site: TestSite;
let browser: Browser;
let dir: string;
const NOW = new Date(SAMPLE_NOW);
const sample = buildSampleData({ now: NOW });
const impactOf = new Map(sample.actions.map((a) => [a.code ?? '', a.impacts]));
const completedOf = (year: number): string[] => sample.actions.filter((a) => a.roadmapYear === year && a.status === 'completed').map((a) => a.code ?? '');
const ctx = (): CommandContext => ({ lang: 'en', json: true, out: () => undefined, err: () => undefined, env: {}, now: () => NOW });
const normalise = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

beforeAll(async () => {
  ({ site, browser } = await startFollowupWorld(NOW));
  dir = await mkdtemp(join(tmpdir(), 'dt-impacts-'));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function openDashboard(lang: 'fi' | 'sv', year: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.emulator.baseUrl}/e2e/index.html?lang=${lang}&year=${year}&now=${SAMPLE_NOW}`);
  await page.getByTestId('section-next').waitFor({ timeout: 30_000 });
  for (const chart of ['lights', 'need', 'benefit']) await page.locator(`[data-testid="chart-${chart}"] svg`).first().waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

describe.each(['fi', 'sv'] as const)('the dashboard in %s', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await openDashboard(lang, 2024);
  }, 90_000);
  afterAll(async () => {
    await page?.context().close();
  });

  it('shows every chart legend as the catalog writes it (what the eye reads, CSS applied)', async () => {
    const legends = page.locator('[data-testid^="chart-"] [role="listbox"] button[role="option"]');
    expect(await legends.count()).toBeGreaterThan(5);
    // innerText applies text-transform; aria-label is the label as given to the chart.
    const shown = await legends.evaluateAll((buttons) => buttons.map((b) => [(b as HTMLElement).innerText.trim(), b.getAttribute('aria-label') ?? '']));
    for (const [seen, given] of shown) expect(seen).toBe(given);
    const texts = shown.map(([seen]) => seen);
    // The next year's need sources and the lights, with the catalog's casing.
    expect(texts).toContain(codeLabel('needSource', 'end-of-support', lang));
    expect(texts).toContain(lang === 'fi' ? 'Järjestelmän tuki loppuu' : 'Systemets support upphör');
    expect(texts).toContain(codeLabel('trafficLight', 'green', lang)); // "vihreä", not "Vihreä"
  }, 60_000);

  it.each([2024, 2025])('gives each project completed in roadmap %i its impact text', async (year) => {
    if (year !== 2024) {
      await page.goto(`${site.emulator.baseUrl}/e2e/index.html?lang=${lang}&year=${year}&now=${SAMPLE_NOW}`);
      await page.getByTestId('section-next').waitFor({ timeout: 30_000 });
    }
    const rows = page.locator('[data-testid="fu-completed"] tbody tr:not([data-testid="completed-total"])');
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [tr.children[0]?.textContent ?? '', tr.children[1]?.textContent ?? '']));
    const codes = completedOf(year);
    expect(codes.length).toBeGreaterThan(2);
    expect(cells.map(([action]) => codes.find((c) => action.includes(c)))).toEqual(codes);
    for (const [action, impact] of cells) {
      const code = codes.find((c) => action.includes(c)) ?? '';
      // The sample gives every completed project its impact in words (the 2024 ones as on the 8.11.2024 slides).
      expect([code, (impactOf.get(code) ?? '').length > 40]).toEqual([code, true]);
      expect([code, normalise(impact)]).toEqual([code, normalise(impactOf.get(code) ?? '')]);
    }
  }, 60_000);
});

describe('the meeting deck', () => {
  it.each(['fi', 'sv'] as const)('puts each completed project’s impact text on the completed projects slide (%s)', async (lang) => {
    const file = join(dir, `deck-${lang}.pptx`);
    expect(await main(['report', '--site', site.emulator.siteUrl, '--out', file, '--year', '2024', '--lang', lang, '--meeting', '2025-11-06'], ctx())).toBe(0);
    const deck = await openDeck(new Uint8Array(await readFile(file)));
    const text = deck.slides.map((s) => s.text).join(' ');
    for (const code of completedOf(2024)) {
      expect([code, text.includes(normalise(impactOf.get(code) ?? '(none)'))]).toEqual([code, true]);
    }
  }, 120_000);
});
