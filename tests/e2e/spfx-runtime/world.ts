import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { createSp } from '../../../src/data/sp';
import { createRepositories, type Repositories } from '../../../src/data/repository';
import { helsinkiDay, helsinkiInstant, shiftDay } from '../../../src/core/time/helsinki';
import { startDemoSite, type DemoSite } from '../../../server/workbench/stack';
import { startSpfxHost, type SpfxHost, type WebPartKey } from '../../../server/spfx-host/server';
import { MICROSOFT_FONT, offlineBrowser, type OfflineBrowser, type TeamsTheme } from '../../../server/spfx-host/browser';
import { productionBuildState } from '../../../server/spfx-host/build';
import type { SiteThemeName } from '../../../server/spfx-host/themes';
import { DEMO_USERS, SAMPLE_PEOPLE } from '../../../server/sample';
import { sharedForTests } from '../../support/sharedForTests';

/**
 * One test file's world for the production bundles under the SPFx runtime: the emulator with the sample
 * site and its Graph part, the harness (server/spfx-host: tenant pages + CDN) and an offline Chromium.
 * `open` loads a site page, `openTeams` a Teams tab; both wait until the framework has loaded the web
 * part (onInit and render done) and collect what the tests assert on: console errors, the package's
 * script requests.
 */
export type Role = keyof typeof DEMO_USERS;

export interface Opened {
  readonly page: Page;
  /** The frame holding the SharePoint page (the page itself, or the tab's iframe in Teams). */
  readonly frame: Frame;
  /** Console errors and uncaught exceptions (the refused Microsoft font files excepted). */
  readonly errors: string[];
  /** URLs of every script the page loaded. */
  readonly scripts: string[];
  close(): Promise<void>;
}

export interface SpfxWorld {
  readonly site: DemoSite;
  readonly host: SpfxHost;
  readonly browser: OfflineBrowser;
  /** The site as its admin, for arranging data and checking what was stored. */
  readonly admin: Repositories;
  open(part: WebPartKey, options: { readonly role: Role; readonly culture: string; readonly theme?: SiteThemeName; readonly edit?: boolean; readonly query?: string }): Promise<Opened>;
  /** Opens a Teams link (a tab, or a deep link with a sub-entity) in the Teams web client stand-in. */
  openTeams(link: string, options: { readonly role: Role; readonly locale: string; readonly theme: TeamsTheme }): Promise<Opened>;
  /** The emulator's Graph outbox (mails and channel posts sent through Graph). */
  outbox(): Promise<Array<{ type: string; to: string[]; subject: string; from: string }>>;
  stop(): Promise<void>;
}

function displayName(email: string): string {
  return SAMPLE_PEOPLE.find((p) => p.email === email)?.displayName ?? email;
}

function watch(page: Page): { errors: string[]; scripts: string[] } {
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    if (MICROSOFT_FONT.test(m.location().url)) return;
    errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  return { errors, scripts };
}

/** Waits until the application stand-in has loaded every web part of the page (loadWebPart resolved). */
async function webPartsLoaded(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => (window as unknown as { __spfxHost?: unknown }).__spfxHost !== undefined, undefined, { timeout: 60_000 });
  await frame.evaluate(async () => {
    await (window as unknown as { __spfxHost: { loaded: Promise<unknown> } }).__spfxHost.loaded;
  });
}

export async function startSpfxWorld(): Promise<SpfxWorld> {
  const build = productionBuildState();
  if (!build.ok) throw new Error(build.reason);
  const site = await startDemoSite({ seed: 'sample' });
  const admin = createRepositories(createSp({ siteUrl: site.emulator.siteUrl }));
  // The sample's meetings end in 2026; a meeting ten days from today keeps "the next meeting" real whenever this runs.
  const day = shiftDay(helsinkiDay(new Date()), 10);
  await admin.meetings.add({
    title: `Digijohtoryhmä – Digiledningsgruppen (SPFx) ${day}`, startsAt: helsinkiInstant(day, '09:00').toISOString(), endsAt: helsinkiInstant(day, '11:00').toISOString(),
    state: 'scheduled', agenda: '1. Digitiekartan seuranta', minutesUrl: null, decisions: null, calendarEventId: null, snapshot: null, snapshotAt: null
  });
  let host: SpfxHost | undefined;
  let browser: OfflineBrowser | undefined;
  try {
    host = await startSpfxHost({ emulator: site.emulator });
    browser = await offlineBrowser(host, DEMO_USERS.steering);
  } catch (error) {
    await host?.stop();
    await site.stop();
    throw error;
  }
  const h = host;
  const b = browser;
  return {
    site,
    host: h,
    browser: b,
    admin,
    async open(part, o) {
      const email = DEMO_USERS[o.role];
      h.signIn({ email, displayName: displayName(email), culture: o.culture, theme: o.theme });
      const page = await b.context.newPage();
      const seen = watch(page);
      await page.goto(h.pageUrl(part, { edit: o.edit, query: o.query }));
      await webPartsLoaded(page.mainFrame());
      return { page, frame: page.mainFrame(), ...seen, close: () => page.close() };
    },
    async openTeams(link, o) {
      const email = DEMO_USERS[o.role];
      h.signIn({ email, displayName: displayName(email), culture: 'fi-FI' });
      b.teams.locale = o.locale;
      b.teams.theme = o.theme;
      const page = await b.context.newPage();
      const seen = watch(page);
      await page.goto(link);
      const frame = await (await page.waitForSelector('iframe[name="embedded-page-container"]')).contentFrame();
      if (!frame) throw new Error('The Teams tab has no frame');
      await webPartsLoaded(frame);
      return { page, frame, ...seen, close: () => page.close() };
    },
    async outbox() {
      const answer = await fetch(`${site.emulator.graphUrl}/_emulator/outbox`);
      return ((await answer.json()) as { value: Array<{ type: string; to: string[]; subject: string; from: string }> }).value;
    },
    async stop() {
      await b.close().catch(() => undefined);
      await h.stop();
      await site.stop();
    }
  };
}

/** The world for the tests of a file: started in `beforeAll`, stopped in `afterAll`. */
export function sharedSpfxWorld(): SpfxWorld {
  return sharedForTests(() => startSpfxWorld(), (w) => w.stop(), 180_000);
}

/** Resolves once `condition` holds (checked every 100 ms), or fails after `timeoutMs` saying what was awaited. */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`Still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
