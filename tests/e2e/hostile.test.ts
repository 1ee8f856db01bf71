import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { BrowserContext, Download, Page } from 'playwright-core';
import type { CommandContext } from '../../server/cli/command';
import { main } from '../../server/cli/main';
import { loadExcelJs } from '../../src/excel/exceljs';
import { linkHref } from '../../src/core/untrusted/links';
import { TEXT_PAYLOADS, URL_PAYLOADS, TRAP } from '../support/hostile';
import { hostilePlaces, placeKey } from '../support/hostilePlaces';
import { startE2E, type E2E } from './harness';
import { injectedIn, injectedInFiles, installTrap, trapValue, type OutputFile } from './hostile/inspect';
import { SEARCH_WORD, TITLE_TAIL, writeHostileWorld, type HostileWorld } from './hostile/world';

/**
 * The hostile colleague (Issue 12 §2). Payloads go into every text, note, choice, URL and person-name
 * field through raw SharePoint REST, as the people who can write there (tests/e2e/hostile/world.ts).
 * Then every view opens in Chromium and the deck, the publication, the workbook and the e-mails are
 * produced. A page-level trap (`window.__pwned`, also dialogs) must stay untouched and no injected
 * element or attribute may appear anywhere (a DOM scan of every page and frame; Chromium's own
 * parsers over every file). The last test prints the figure "N payloads × M places".
 */

jest.setTimeout(900_000);

let e2e: E2E;
let world: HostileWorld;
let context: BrowserContext;
/** Every surface checked, with whether payload text was seen on it. */
const surfaces = new Map<string, boolean>();

beforeAll(async () => {
  e2e = await startE2E();
  world = await writeHostileWorld({ siteUrl: e2e.stack.site.emulator.siteUrl, admin: e2e.admin });
  context = await e2e.browser();
  await installTrap(context);
}, 600_000);

afterAll(async () => {
  await e2e?.stop();
});

/** A payload as it reads once shown as text (control characters are not rendered). */
const SEEN_AS_TEXT = `window.${TRAP}=1`;

/** The page now: nothing ran, nothing was injected; the payloads are there as text. */
async function expectInert(page: Page, surface: string, options: { readonly payloadText?: boolean } = {}): Promise<void> {
  // An injected <img src=x onerror> fires at once; give such handlers their chance.
  await page.waitForTimeout(400);
  expect({ surface, trap: await trapValue(page) }).toEqual({ surface, trap: undefined });
  expect({ surface, injected: await injectedIn(page) }).toEqual({ surface, injected: [] });
  // Hostile values are shown, not fatal: no error state, no uncaught error.
  expect({ surface, errors: await page.locator('[data-testid="error-state"], [data-testid="error-boundary"]').allInnerTexts(), uncaught: pageErrors.splice(0) })
    .toEqual({ surface, errors: [], uncaught: [] });
  const text = await page.evaluate(() => document.body.innerText);
  const seen = text.includes(SEEN_AS_TEXT);
  if (options.payloadText !== false) expect({ surface, seen }).toEqual({ surface, seen: true });
  surfaces.set(surface, (surfaces.get(surface) ?? false) || seen);
}

/** Scrolls a virtualised list to its end, checking what is rendered at each step. */
async function expectInertWhileScrolling(page: Page, surface: string): Promise<void> {
  for (let step = 0; step < 40; step++) {
    await expectInert(page, surface, { payloadText: step === 0 });
    const atEnd = await page.evaluate(() => {
      const el = document.scrollingElement ?? document.documentElement;
      const before = el.scrollTop;
      el.scrollBy(0, window.innerHeight * 0.8);
      for (const s of Array.from(document.querySelectorAll<HTMLElement>('[data-is-scrollable="true"], .ms-ScrollablePane--contentContainer'))) s.scrollBy(0, s.clientHeight * 0.8);
      return el.scrollTop === before;
    });
    if (atEnd) return;
  }
}

/** Uncaught errors of the pages opened here, since the last check. */
const pageErrors: string[] = [];

async function open(options: { readonly user: 'reader' | 'owner' | 'steering'; readonly query: string; readonly waitForRoadmap?: boolean }): Promise<Page> {
  const page = await e2e.open({ ...options, context, lang: 'fi' });
  page.on('dialog', (d) => void d.dismiss());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function downloaded(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(await readFile(path));
}

/** Every XML part of an Office file (pptx, xlsx), for Chromium's strict XML parser. */
async function officeParts(bytes: Uint8Array, label: string): Promise<OutputFile[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: OutputFile[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    parts.push({ name: `${label}:${name}`, type: 'application/xml', content: await zip.file(name)!.async('string') });
  }
  return parts;
}

function cliContext(): CommandContext {
  return { lang: 'fi', json: true, out: () => undefined, err: (l) => console.error(l), env: {}, now: () => new Date() };
}

describe('a hostile colleague', () => {
  it('reaches every place through SharePoint REST', () => {
    const reached = world.tally.reached();
    const unreached = hostilePlaces().map((p) => placeKey(p.list, p.field)).filter((place) => !reached.has(place));
    expect(unreached).toEqual([]);
    // Whatever one role could not write, another with the right did (owner → steering member → data layer).
    expect(world.tally.records.filter((r) => r.writer === null).map((r) => `${r.place} (${r.payload}): ${r.refused.join(', ')}`)).toEqual([]);
    const refusals = world.tally.refusals();
    if (refusals.length) console.log(`[hostile] refused, then written by another role:\n${refusals.join('\n')}`);
  });

  it('leaves the roadmap inert: table, groupings, board, timeline and print', async () => {
    const page = await open({ user: 'steering', query: `q=${SEARCH_WORD}` });
    await expectInertWhileScrolling(page, 'roadmap table');
    for (const group of ['director', 'status', 'level', 'year']) {
      await page.goto(page.url().replace(/&group=[^&]*/, '') + `&group=${group}`);
      await page.getByTestId('result-count').waitFor();
      await expectInertWhileScrolling(page, `roadmap table by ${group}`);
    }
    for (const view of ['board', 'timeline']) {
      await page.getByTestId(`view-${view}`).click();
      await page.waitForTimeout(500);
      await expectInert(page, `roadmap ${view}`);
    }
    // The whole roadmap, hostile choice values included (they match no filter).
    await page.goto(page.url().replace(/([?&])q=[^&]*/, '$1').replace(/view=[^&]*/, 'view=table'));
    await page.getByTestId('result-count').waitFor();
    await expectInertWhileScrolling(page, 'roadmap table, every action');
    const shown = Number(/\d+/.exec(await page.getByTestId('result-count').innerText())?.[0]);
    await page.getByTestId('view-board').click();
    await expectInert(page, 'roadmap board, every action');
    // Statuses outside the choices (SharePoint stores them as sent) gather in a last column: no card is lost.
    expect(await page.getByTestId('roadmap-board').locator('li').count()).toBe(shown);
    expect(await page.locator('#dt-board-other').count()).toBe(1);
    await page.getByTestId('print').click();
    await page.waitForTimeout(1000);
    await expectInert(page, 'roadmap print view');
    await page.close();
  });

  it('leaves the detail panel, its history and the edit form inert', async () => {
    const page = await open({ user: 'steering', query: `q=${SEARCH_WORD}` });
    for (const k of [0, world.textActions.length - 1]) {
      await page.getByTestId('action-link').filter({ hasText: TITLE_TAIL(k).trim() }).first().click();
      await page.getByTestId('action-details').waitFor();
      await page.getByTestId('history').or(page.getByTestId('action-details')).first().waitFor();
      await page.waitForTimeout(500);
      await expectInert(page, 'action panel and history');
      await page.getByTestId('action-edit').click();
      await page.waitForTimeout(500);
      await expectInert(page, 'action edit form', { payloadText: false });
      await page.keyboard.press('Escape');
      await page.goto(page.url().replace(/&action=[^&]*/, ''));
      await page.getByTestId('result-count').waitFor();
    }
    // The owner's own view: his report form over his hostile action.
    const owner = await open({ user: 'owner', query: `mine=1&q=${SEARCH_WORD}` });
    await expectInertWhileScrolling(owner, 'roadmap as the owner');
    await owner.getByTestId('action-link').first().click();
    await owner.getByTestId('action-report').click();
    await owner.getByTestId('status-report-form').waitFor();
    await expectInert(owner, 'status report form', { payloadText: false });
    await owner.close();
    await page.close();
  });

  it('leaves the steering tab inert: pre-read live and frozen, minutes, calendar, reminders, deck', async () => {
    const page = await open({ user: 'steering', query: 'page=steering', waitForRoadmap: false });
    await page.getByTestId('preread').waitFor({ timeout: 60_000 });
    await expectInert(page, 'steering pre-read');
    await page.goto(page.url() + `&meeting=${world.meetingId}&frozen=1`);
    await page.getByTestId('frozen-banner').waitFor();
    await expectInert(page, 'steering frozen pre-read');
    // Minutes: only an allowed URL becomes a link; the rest is text.
    for (const { meetingId, payload } of world.minutes) {
      await page.goto(page.url().replace(/meeting=\d+/, `meeting=${meetingId}`).replace(/&frozen=1/, ''));
      await page.getByTestId('meeting').waitFor();
      await expectInert(page, 'steering meeting minutes', { payloadText: false });
      const shown = page.getByTestId('meeting').getByTestId('unsafe-link');
      expect({ payload: payload.name, asText: await shown.count() }).toEqual({ payload: payload.name, asText: linkHref(payload.value) === null ? 1 : 0 });
    }
    for (const tab of ['calendar', 'followup', 'cycle', 'reminders'] as const) {
      await page.goto(page.url().replace(/&meeting=\d+/, '').replace(/&stab=[^&]*/, '') + `&stab=${tab}`);
      await page.getByTestId('steering-tab').waitFor();
      await page.waitForTimeout(1500);
      await expectInert(page, `steering ${tab} tab`, { payloadText: tab !== 'calendar' && tab !== 'followup' });
    }
    // Every kind of reminder the tab offers now, every message opened.
    await page.getByTestId('reminders-panel').waitFor();
    const kinds = await page.locator('[data-testid^="reminder-kind-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    expect(kinds.length).toBeGreaterThan(0);
    let opened = 0;
    let shownAsText = 0;
    for (const kind of kinds) {
      await page.getByTestId(kind).check();
      const preview = page.getByTestId('reminder-preview');
      await preview.or(page.getByTestId('reminder-nothing')).first().waitFor();
      const messages = preview.getByTestId('reminder-message');
      const count = await messages.count();
      for (let i = 0; i < Math.min(count, 12); i++) {
        await messages.nth(i).getByRole('button').click();
        const body = preview.getByTestId('reminder-message-body');
        await body.locator('h5').waitFor();
        await expectInert(page, 'steering reminder preview', { payloadText: false });
        if ((await body.innerText()).includes(SEEN_AS_TEXT)) shownAsText++;
        opened++;
      }
    }
    // Messages were opened, and hostile names and titles are in them, as text.
    expect(opened).toBeGreaterThan(0);
    expect(shownAsText).toBeGreaterThan(0);
    await page.close();
  });

  it('produces an inert meeting deck in the steering tab', async () => {
    const page = await open({ user: 'steering', query: 'page=steering&stab=followup', waitForRoadmap: false });
    await page.getByTestId('deck-panel').waitFor({ timeout: 60_000 });
    const year = world.textActions[0].roadmapYear;
    const years = await page.getByTestId('deck-year').locator('option').allTextContents();
    if (years.includes(String(year))) await page.getByTestId('deck-year').selectOption(String(year));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('deck-button').click()]);
    const parts = await officeParts(await downloaded(download), 'deck');
    expect(await injectedInFiles(page, parts)).toEqual([]);
    const slides = parts.filter((p) => /slides\/slide\d+\.xml$/.test(p.name)).map((p) => p.content).join('');
    expect(slides).toContain('&lt;script data-hostile&gt;');
    surfaces.set('meeting deck (pptx)', true);
    await expectInert(page, 'steering deck panel', { payloadText: false });
    await page.close();
  });

  it('shows the follow-up, ideas, the yearly cycle and the outbox inert', async () => {
    const followup = await open({ user: 'steering', query: 'page=followup', waitForRoadmap: false });
    await followup.getByTestId('section-next').waitFor({ timeout: 60_000 });
    await followup.waitForTimeout(1500);
    await expectInert(followup, 'follow-up dashboard');
    await followup.close();

    const ideas = await open({ user: 'reader', query: 'page=ideas', waitForRoadmap: false });
    await ideas.getByTestId('my-ideas').waitFor({ timeout: 60_000 });
    await expectInert(ideas, 'my ideas (proposer)');
    await ideas.close();

    const cycle = await open({ user: 'steering', query: 'page=cycle', waitForRoadmap: false });
    await cycle.getByTestId('idea-triage').waitFor({ timeout: 60_000 });
    await expectInert(cycle, 'idea triage');
    await cycle.getByTestId('triage-accept').first().click();
    await cycle.getByTestId('triage-dialog').waitFor();
    await expectInert(cycle, 'idea triage dialog');
    await cycle.keyboard.press('Escape');
    const tabs = cycle.getByRole('tab');
    for (let i = 1; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await cycle.waitForTimeout(1000);
      await expectInert(cycle, `yearly cycle tab ${i + 1}`, { payloadText: false });
    }
    await cycle.close();
  });

  it('sends inert e-mails and an inert channel post', async () => {
    const outbox = async (): Promise<{ type: string; to: string[]; subject: string; html?: string; text?: string }[]> =>
      ((await (await fetch(`${e2e.stack.site.emulator.graphUrl}/_emulator/outbox`)).json()) as { value: { type: string; to: string[]; subject: string; html?: string; text?: string }[] }).value;
    const before = (await outbox()).length;
    const page = await open({ user: 'steering', query: 'page=steering&stab=reminders', waitForRoadmap: false });
    await page.getByTestId('reminders-panel').waitFor({ timeout: 60_000 });
    const kinds = await page.locator('[data-testid^="reminder-kind-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    for (const kind of kinds) {
      await page.getByTestId(kind).check();
      await page.getByTestId('reminder-preview').or(page.getByTestId('reminder-nothing')).first().waitFor();
      if (await page.getByTestId('reminders-send').isDisabled()) continue;
      await page.getByTestId('reminders-send').click();
      await page.getByTestId('reminders-panel').getByTestId('notice').first().waitFor({ timeout: 120_000 });
    }
    await page.getByTestId('channel-post-button').click();
    await page.getByTestId('channel-post').getByTestId('notice').first().waitFor({ timeout: 60_000 });
    await expectInert(page, 'steering tab after sending', { payloadText: false });

    const sent = (await outbox()).slice(before);
    const mails = sent.filter((m) => m.type === 'mail');
    expect(mails.length).toBeGreaterThan(0);
    expect(sent.some((m) => m.type === 'channel')).toBe(true);
    // Names with quotes and line breaks never add a recipient or change a subject.
    for (const m of mails) {
      expect(m.to).toHaveLength(1);
      expect(m.subject).not.toMatch(/__pwned|data-hostile|evil/);
    }
    const files: OutputFile[] = sent.filter((m) => m.html).map((m, i) => ({ name: `${m.type} ${i}: ${m.subject}`, type: 'text/html', content: m.html ?? '' }));
    expect(await injectedInFiles(page, files)).toEqual([]);
    const all = sent.map((m) => `${m.html ?? ''}\n${m.text ?? ''}`).join('\n');
    expect(all).toContain('&lt;script data-hostile&gt;');
    for (const m of mails.filter((x) => x.text)) {
      // The plain text keeps its own lines: no line starts with a value's markup.
      expect(m.text?.split('\n').filter((l) => /^<|^"><|^'>/.test(l))).toEqual([]);
    }
    surfaces.set('e-mails (HTML and text)', true);
    surfaces.set('Teams channel post', true);

    const box = await open({ user: 'steering', query: 'page=outbox', waitForRoadmap: false });
    await box.frameLocator('[data-testid="outbox-frame"]').getByRole('heading', { level: 1 }).waitFor();
    await expectInert(box, 'workbench outbox', { payloadText: false });
    await box.close();
    await page.close();
  });

  it('publishes inert open data, pages and feeds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostile-publish-'));
    try {
      const year = (world.textActions.find((a) => a.status === 'in-progress') ?? world.textActions[0]).roadmapYear;
      const args = ['publish', '--site', e2e.stack.site.emulator.siteUrl, '--out', dir, '--year', String(year), '--feedback-email', 'digiohjelma@porvoo.fi', '--statement-date', '2025-11-01', '--json'];
      expect(await main(args, cliContext())).toBe(0);
      const names = (await readdir(dir)).sort();
      const page = await context.newPage();
      await page.goto('about:blank');
      // Every page and feed through Chromium's parsers (strict XML for the feeds).
      const parsed = await Promise.all(names.filter((n) => /\.(html|xml)$/.test(n)).map(async (n): Promise<OutputFile> =>
        ({ name: n, type: n.endsWith('.xml') ? 'application/xml' : 'text/html', content: await readFile(join(dir, n), 'utf8') })));
      expect(await injectedInFiles(page, parsed)).toEqual([]);
      for (const name of names.filter((n) => n.endsWith('.json'))) JSON.parse(await readFile(join(dir, name), 'utf8'));
      expect(await readFile(join(dir, 'actions.json'), 'utf8')).toContain('<script data-hostile>');
      // The CSVs through a CSV reader (ExcelJS's): no cell a spreadsheet would run as a formula.
      const ExcelJs = await loadExcelJs();
      for (const name of names.filter((n) => n.endsWith('.csv'))) {
        const sheet = await new ExcelJs.Workbook().csv.readFile(join(dir, name));
        const formulas: string[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => {
          if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) formulas.push(`${name} ${cell.address}: ${cell.value.slice(0, 40)}`);
          if (cell.formula) formulas.push(`${name} ${cell.address}: formula`);
        }));
        expect(formulas).toEqual([]);
      }
      // The pages a reader opens first, and the hostile actions' own pages, live in Chromium.
      const hostilePages = names.filter((n) => /^action-.*\.fi\.html$/.test(n) && world.textActions.some((a) => n === `action-${a.code}.fi.html` || n === `action-item_${a.id}.fi.html`));
      expect(hostilePages.length).toBeGreaterThan(0);
      for (const name of [...names.filter((n) => /^(index|metrics)\.(fi|sv|en)\.html$/.test(n)), ...hostilePages]) {
        await page.goto(pathToFileURL(join(dir, name)).href);
        await expectInert(page, `publication ${name.replace(/^action-.*(\.\w\w\.html)$/, 'action page$1')}`);
      }
      surfaces.set('publication CSV, JSON and feeds', true);
      await page.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exports an inert workbook: text stays text, no formula, every part well-formed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostile-export-'));
    try {
      const file = join(dir, 'tiekartta.xlsx');
      expect(await main(['export', '--site', e2e.stack.site.emulator.siteUrl, '--out', file, '--json'], cliContext())).toBe(0);
      const bytes = new Uint8Array(await readFile(file));
      const page = await context.newPage();
      await page.goto('about:blank');
      const parts = await officeParts(bytes, 'xlsx');
      expect(await injectedInFiles(page, parts)).toEqual([]);
      expect(parts.filter((p) => /worksheets\/sheet\d+\.xml$/.test(p.name) && /<f>/.test(p.content)).map((p) => p.name)).toEqual([]);
      // The formula payload is there as a cell's text (a shared, inline or plain string value), never as a formula.
      expect(parts.map((p) => p.content).join('')).toMatch(/(<v>|<t[^>]*>)=HYPERLINK\(/);
      surfaces.set('Excel export', true);
      await page.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports the figure: payloads × places, surfaces checked', () => {
    const places = hostilePlaces();
    const reached = world.tally.reached();
    const pairs = [...reached.values()].reduce((n, s) => n + s.size, 0);
    const figure = {
      figure: 'hostile colleague: payloads × places',
      payloads: TEXT_PAYLOADS.length + URL_PAYLOADS.length,
      places: places.length,
      pairsWritten: pairs,
      surfaces: surfaces.size,
      surfacesShowingPayloads: [...surfaces.values()].filter(Boolean).length
    };
    console.log(JSON.stringify(figure));
    expect(surfaces.size).toBeGreaterThanOrEqual(20);
  });
});
