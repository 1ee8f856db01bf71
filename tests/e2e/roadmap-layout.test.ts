import type { Page } from 'playwright-core';
import { format } from '../../src/core/i18n/catalog';
import { ROADMAP } from '../../src/core/i18n/roadmap';
import { ROADMAP_ACTIONS } from '../../src/core/schema/lists';
import { choiceLabel, fieldByKey } from '../../src/core/schema/mapping';
import { launchChromium, type Chromium } from '../../server/workbench/chromium';
import { columnHeaders, phoneLayout } from '../support/layoutProbe';
import { seriousViolations } from './axe';
import { sharedE2E } from './harness';

jest.setTimeout(180_000);

/**
 * The roadmap where people meet it first: on a phone (390 × 844) the filters fold behind one control and
 * the actions are cards, so the first action is within 500 px of the web part's heading, in the SharePoint
 * page and in the Teams tab, in Finnish and Swedish, with no sideways scrolling and no axe violations. On a
 * laptop (1400 px) no column header is cut, and each says its full name to screen readers and on hover.
 */
const e2e = sharedE2E();
let phone: Chromium;

beforeAll(async () => {
  phone = await launchChromium({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await phone?.close();
});

async function openOnPhone(lang: 'fi' | 'sv', frame: 'sharepoint' | 'teams'): Promise<Page> {
  return e2e.open({ context: phone.context, lang, frame, user: 'owner' });
}

const FRAMES = [['fi', 'sharepoint'], ['fi', 'teams'], ['sv', 'sharepoint'], ['sv', 'teams']] as const;

describe.each(FRAMES)('the roadmap on a phone (%s, %s)', (lang, frame) => {
  let page: Page;
  beforeAll(async () => {
    page = await openOnPhone(lang, frame);
    await page.getByTestId('action-card').first().waitFor();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows the first action within 500 px of the web part’s heading, with no sideways scrolling', async () => {
    const layout = await phoneLayout(page);
    expect(layout.firstActionBelowHeading).toBeGreaterThan(0);
    expect(layout.firstActionBelowHeading).toBeLessThanOrEqual(500);
    expect(layout.horizontalOverflow).toBe(0);
  });

  it('folds the filters behind one control that counts the active ones', async () => {
    const toggle = page.getByTestId('filters-toggle');
    await expect(toggle.textContent()).resolves.toBe(format(ROADMAP[lang].filtersToggle, { count: 0 }));
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('filter-search').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('filter-search').fill('Kartalla');
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(/^\D*1\D/);
    await toggle.click();
    await expect(toggle.textContent()).resolves.toBe(format(ROADMAP[lang].filtersToggle, { count: 1 }));
    expect(await page.getByTestId('filter-search').count()).toBe(0);
    await toggle.click();
    await page.getByTestId('filter-search').fill('');
    await toggle.click();
    await expect(toggle.textContent()).resolves.toBe(format(ROADMAP[lang].filtersToggle, { count: 0 }));
  });

  it('keeps code, name, status, light and owner on each card', async () => {
    const actions = await e2e.admin.actions.list();
    const cards = page.getByTestId('action-card');
    const count = Math.min(await cards.count(), 8);
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const code = (await card.getByTestId('card-code').textContent()) ?? '';
      const action = actions.find((a) => a.code === code);
      expect(action).toBeDefined();
      if (!action) continue;
      await expect(card.getByTestId('action-link').textContent()).resolves.toBe(action.title);
      await expect(card.getByTestId('card-status').textContent()).resolves.toContain(choiceLabel(fieldByKey(ROADMAP_ACTIONS, 'status'), action.status, lang));
      const light = action.trafficLight ? choiceLabel(fieldByKey(ROADMAP_ACTIONS, 'trafficLight'), action.trafficLight, lang) : ROADMAP[lang].lightNone;
      await expect(card.getByTestId('card-light').textContent()).resolves.toContain(light);
      await expect(card.getByTestId('card-owner').textContent()).resolves.toContain(action.owner?.displayName ?? ROADMAP[lang].notSet);
    }
  });

  it('shows the cards a page at a time', async () => {
    const total = (await e2e.admin.actions.list()).length;
    const cards = page.getByTestId('action-card');
    expect(await cards.count()).toBe(Math.min(total, 40));
    await page.getByTestId('cards-more').click();
    expect(await cards.count()).toBe(Math.min(total, 80));
  });

  it('opens an action from its card', async () => {
    const card = page.getByTestId('action-card').first();
    const code = (await card.getByTestId('card-code').textContent()) ?? '';
    await card.getByTestId('action-link').click();
    await page.getByTestId('action-panel').waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe(code);
    await page.keyboard.press('Escape');
    await page.getByTestId('action-panel').waitFor({ state: 'detached' });
  });

  it('has no axe violations, with the filters folded and unfolded', async () => {
    expect(await seriousViolations(page, { legacyMode: true, impacts: 'all' })).toEqual([]);
    await page.getByTestId('filters-toggle').click();
    expect(await seriousViolations(page, { legacyMode: true, impacts: 'all' })).toEqual([]);
    await page.getByTestId('filters-toggle').click();
  });
});

describe.each(['fi', 'sv'] as const)('the roadmap table on a laptop, 1400 px (%s)', (lang) => {
  it.each(['sharepoint', 'teams'] as const)('cuts no column header in the %s frame, and names each in full', async (frame) => {
    const page = await e2e.open({ lang, frame });
    try {
      const headers = await columnHeaders(page);
      expect(await page.evaluate(() => window.innerWidth)).toBe(1400);
      expect(headers.length).toBe(10);
      // scrollWidth ≤ clientWidth for every header's text, and no ellipsis.
      expect(headers.filter((h) => h.cut).map((h) => h.text)).toEqual([]);
      // The full field names, for screen readers (the header's name) and on hover.
      const full = ['code', 'title', 'goal', 'level', 'responsibleDirector', 'owner', 'status', 'trafficLight', 'progress', 'roadmapYear']
        .map((key) => fieldByKey(ROADMAP_ACTIONS, key).labels[lang]);
      expect(headers.map((h) => h.label)).toEqual(full);
      expect(headers.map((h) => h.hover)).toEqual(full);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
