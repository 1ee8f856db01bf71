import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { buildPublication, writePublication } from '../../server/publish';
import type { FollowupInput } from '../../src/core/followup';
import { report, smallRoadmap } from '../fixtures/followup';
import { hostileRoadmap, PAYLOADS, TEST_SETTINGS } from '../fixtures/publication';

/**
 * The published site in Chromium: every page passes axe (WCAG 2.1 A/AA) with its language set, makes no
 * request outside its folder, prints without navigation, works by keyboard without script, and hostile
 * values from the lists stay inert on every page.
 */

const MEETING = '2024-11-08T10:00:00+02:00';

function withPublicSummaries(): FollowupInput {
  const input = smallRoadmap();
  return {
    ...input,
    statusUpdates: [...input.statusUpdates, report({ action: 1, reportedOn: '2024-06-03T08:00:00.000Z', overallLight: 'green', progress: 100, isPublic: true, publicSummary: 'Verkkokauppa on käytössä.' })]
  };
}

const pagesIn = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();

describe('the published site in Chromium', () => {
  let browser: Browser;
  let site: string;
  let hostile: string;

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'publish-'));
    hostile = await mkdtemp(join(tmpdir(), 'publish-hostile-'));
    await writePublication(site, buildPublication(withPublicSummaries(), 2024, MEETING, TEST_SETTINGS));
    await writePublication(hostile, buildPublication(hostileRoadmap(), 2024, MEETING, TEST_SETTINGS));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rm(site, { recursive: true, force: true });
    await rm(hostile, { recursive: true, force: true });
  });

  /** A context that records every request that is not a file of the site. */
  async function isolatedContext(options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; outside: string[] }> {
    const context = await browser.newContext(options);
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    return { context, outside };
  }

  it('every page passes axe (WCAG 2.1 AA) with its language, and requests nothing from elsewhere', async () => {
    const { context, outside } = await isolatedContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const files = await pagesIn(site);
    expect(files.length).toBe(12 * 3 + 3 * 3 + 1);
    for (const file of files) {
      await page.goto(pathToFileURL(join(site, file)).href);
      const lang = /\.(fi|sv|en)\.html$/.exec(file)?.[1] ?? 'fi';
      const actual = await page.evaluate(() => document.documentElement.lang);
      if (actual !== lang) problems.push(`${file}: lang=${actual}`);
      if ((await page.locator('script').count()) > 0) problems.push(`${file}: script`);
      // axe itself needs JavaScript in the page; the pages have none of their own.
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).setLegacyMode(true).analyze();
      for (const v of result.violations) problems.push(`${file}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  }, 240_000);

  it('prints the content without the navigation, table headers repeated', async () => {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(join(site, 'index.fi.html')).href);
    const styles = await page.evaluate(() => ({
      nav: [...document.querySelectorAll('nav')].map((n) => getComputedStyle(n).display),
      thead: getComputedStyle(document.querySelector('thead') as Element).display,
      scroll: getComputedStyle(document.querySelector('.scroll') as Element).overflowX
    }));
    expect(styles).toEqual({ nav: ['none', 'none'], thead: 'table-header-group', scroll: 'visible' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);

  it('reaches the other languages, the sections and every wide table by keyboard, without script', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(pathToFileURL(join(site, 'index.fi.html')).href);
    const focused: string[] = [];
    for (let i = 0; i < 22; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName}:${el.getAttribute('aria-labelledby') ?? el.textContent?.trim().slice(0, 24) ?? ''}` : '';
      }));
    }
    expect(focused.slice(0, 8)).toEqual(['A:Siirry sisältöön', 'A:På svenska', 'A:In English', 'A:Tiekartta', 'A:Mittarit', 'A:Avoin data', 'A:Muutokset (Atom-syöte)', 'A:Saavutettavuusseloste']);
    expect(focused).toEqual(expect.arrayContaining(['DIV:c-year', 'DIV:c-next', 'DIV:c-actions', 'A:DT24-01']));
    await page.click('text=DT24-01');
    await expect(page.locator('h1').textContent()).resolves.toBe('DT24-01: Action DT24-01');
    await expect(page.locator('#c-history').textContent()).resolves.toBe('Tilannepäivitykset: DT24-01');
    await page.getByText('Verkkokauppa on käytössä.').waitFor();
    await page.click('text=På svenska');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
    await expect(page.locator('h2#h-history').textContent()).resolves.toBe('Uppföljning');
    await page.close();
  }, 60_000);

  it('keeps hostile values from the lists inert on every page: no script runs, no element or attribute of theirs appears', async () => {
    // Without the pages' Content-Security-Policy: the escaping alone must hold.
    const { context, outside } = await isolatedContext({ bypassCSP: true });
    const page = await context.newPage();
    const files = await pagesIn(hostile);
    const problems: string[] = [];
    let shownPayloads = 0;
    for (const file of files) {
      await page.goto(pathToFileURL(join(hostile, file)).href);
      const found = await page.evaluate((payloads) => {
        const out: string[] = [];
        if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) out.push('a payload ran');
        if (document.querySelectorAll('script, svg, iframe, img, object, embed, form, input, b, i').length > 0) out.push('an injected element');
        if (document.querySelectorAll('style').length > 1 || document.querySelectorAll('h1').length !== 1) out.push('injected style or heading');
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.getAttributeNames()) if (/^on/i.test(a) || a === 'autofocus') out.push(`attribute ${a} on ${el.tagName}`);
        }
        for (const a of document.querySelectorAll('a[href]')) {
          const href = a.getAttribute('href') ?? '';
          if (/^\s*(javascript|data|vbscript):/i.test(href)) out.push(`link ${href}`);
        }
        // A right-to-left override from the lists stays inside its isolate.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (/[\u202A-\u202E]/.test(n.textContent ?? '') && !n.parentElement?.closest('bdi')) out.push(`bidi override outside an isolate in ${n.parentElement?.tagName}`);
        }
        const text = document.body.textContent ?? '';
        return { out, shown: payloads.filter((p) => text.includes(p)).length };
      }, PAYLOADS.filter((p) => !/[\u202A-\u202E]|&/.test(p)));
      problems.push(...found.out.map((o) => `${file}: ${o}`));
      shownPayloads += found.shown;
    }
    expect(problems).toEqual([]);
    // The payloads are there, as text.
    expect(shownPayloads).toBeGreaterThan(files.length);
    expect(outside).toEqual([]);
    await context.close();
  }, 240_000);
});
