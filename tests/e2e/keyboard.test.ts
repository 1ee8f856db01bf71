import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../server/sample';
import { startE2E, type E2E } from './harness';

jest.setTimeout(120_000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

/** What has focus, described for matching: test id, id, role, accessible text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const parts = [el.getAttribute('data-testid'), el.id, el.getAttribute('role'), el.tagName.toLowerCase(), el.getAttribute('aria-label'), (el.textContent ?? '').trim().slice(0, 80)];
    return parts.filter(Boolean).join(' | ');
  });
}

/** Presses Tab (only the keyboard) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, match: RegExp, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (process.env.DEBUG_FOCUS) console.log(now);
    if (match.test(now)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`focus never reached ${match} (now on: ${await focused(page)})`);
}

describe('with the keyboard only', () => {
  it('an owner filters, opens an action, files a report and lands on the history', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.owner?.email === DEMO_USERS.owner && a.code && a.roadmapYear === 2025);
    if (!action?.code) throw new Error('no 2025 action owned by the demo owner');
    const page = await e2e.open({ user: 'owner', lang: 'sv' });

    // Roadmap year 2025 through the filter menu: Enter opens it, Tab moves in, Space ticks, Escape closes.
    await tabTo(page, /dt-filter-years-button/);
    await page.keyboard.press('Enter');
    await tabTo(page, /input \| $|input$/);
    for (let i = 0; i < 6; i++) {
      const label = await page.evaluate(() => (document.activeElement?.parentElement?.textContent ?? '').trim());
      if (label === '2025') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/dt-filter-years-button/);
    await page.waitForURL((u) => u.searchParams.get('year') === '2025');

    // Free-text search for the code, then Tab to the action's link and open it with Enter.
    await tabTo(page, /filter-search/, 80, 'Shift+Tab');
    await page.keyboard.type(action.code);
    // The table is one tab stop (a grid): Tab lands on a row, arrow keys move, Enter opens.
    await tabTo(page, /(^|\| )row \|/);
    for (let i = 0; i < 5 && !(await focused(page)).includes(action.code); i++) await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toContain(action.code);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await panel.getByTestId('action-details').waitFor();

    // "Gör en lägesrapport", then the three steps.
    await tabTo(page, /action-report/);
    await page.keyboard.press('Enter');
    await page.getByTestId('status-report-form').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'dt-report-heading');
    await tabTo(page, /ChoiceGroup/);
    // Arrow keys move through the lights and select: green → yellow → red.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toMatch(/-red$/);
    await tabTo(page, /report-next/);
    await page.keyboard.press('Enter');
    await page.getByText('Steg 2/3: Delområden').waitFor();
    await tabTo(page, /report-next/);
    await page.keyboard.press('Enter');
    await page.getByText('Steg 3/3: Framsteg och beslut').waitFor();
    await tabTo(page, /input/, 80, 'Shift+Tab');
    while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.inputMode === 'numeric'))) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('65');
    await tabTo(page, /report-submit/);
    await page.keyboard.press('Enter');

    // Focus lands on the history heading, with the new report first.
    await page.waitForFunction(() => document.activeElement?.id === 'dt-history-heading');
    await expect(page.getByTestId('history-item').first().getByRole('heading').textContent()).resolves.toMatch(/röd$/);
    const stored = await e2e.admin.actions.get(action.id);
    expect(stored).toMatchObject({ trafficLight: 'red', progress: 65 });

    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
  });
});
