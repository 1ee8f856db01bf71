import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { buildPublication, writePublication } from '../../server/publish';
import { smallRoadmap } from '../fixtures/followup';

describe('the published pages in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'publish-'));
    await writePublication(dir, buildPublication(smallRoadmap(), 2024, '2024-11-08T10:00:00+02:00'));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['index.fi.html', 'index.sv.html', 'index.html'])('%s has no accessibility violations (axe, WCAG 2.1 AA)', async (file) => {
    // The page has no script; axe itself needs JavaScript to run in it.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, file)).href);
    expect(await page.locator('script').count()).toBe(0);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  }, 30_000);

  it('reaches the other language and every wide table by keyboard, without script', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(pathToFileURL(join(dir, 'index.fi.html')).href);
    const focused: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName}:${el.getAttribute('aria-labelledby') ?? el.textContent?.trim().slice(0, 20) ?? ''}` : '';
      }));
    }
    expect(focused[0]).toBe('A:Siirry sisältöön');
    expect(focused[1]).toBe('A:På svenska');
    expect(focused).toEqual(expect.arrayContaining(['DIV:c-year', 'DIV:c-next', 'DIV:c-metrics']));
    await page.close();
  }, 30_000);
});
