/**
 * First render where users meet it (issue 16 §2): the production bundles under the real SPFx runtime
 * (server/spfx-host), Chromium's CPU throttled 4× (DevTools' "mid-tier mobile", CDP
 * Emulation.setCPUThrottlingRate), median of 5 page loads:
 * - navigation → the first row of the roadmap with 1 000 actions;
 * - navigation → the steering tab's pre-read with the sample's 80 actions.
 * The time is the page's own clock (performance.now(), zero at navigation start) when the element enters
 * the DOM, seen by a MutationObserver installed before any page script runs.
 */
import type { Page } from 'playwright-core';
import { createSp } from '../src/data/sp';
import { createRepositories } from '../src/data/repository';
import { helsinkiDay, helsinkiInstant, shiftDay } from '../src/core/time/helsinki';
import { startDemoSite, type StackSeed } from '../server/workbench/stack';
import { startSpfxHost, type WebPartKey } from '../server/spfx-host/server';
import { offlineBrowser } from '../server/spfx-host/browser';
import { ensureProductionBuild } from '../server/spfx-host/build';
import { DEMO_USERS } from '../server/sample';
import type { Figure } from './figure';

const RUNS = 5;
const CPU_SLOWDOWN = 4;
const TARGET_MS = 1500;

/** Records when `selector` first matches, from the page's first script on (window.__firstSeen, ms since navigation start). */
function watchFor(selector: string): string {
  return `(() => {
    const seen = () => { if (window.__firstSeen === undefined && document.querySelector(${JSON.stringify(selector)})) { window.__firstSeen = performance.now(); observer.disconnect(); } };
    const observer = new MutationObserver(seen);
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/**
 * One page load: when the element appeared; SPFx's own marks (the loader started, the web part's load
 * began); when the last SharePoint REST answer before that had arrived (resource timing).
 */
interface Load {
  readonly firstSeen: number;
  readonly loaderStarted: number;
  readonly webPartLoad: number;
  readonly dataIn: number;
}

async function oneLoad(page: Page, url: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstSeen?: number }).__firstSeen, undefined, { timeout: 120_000, polling: 250 });
  // A string, not a function: tsx would wrap a nested function in a helper the page does not have.
  const load = (await page.evaluate(`(() => {
    const marks = performance.getEntriesByType('mark');
    const at = (pattern) => (marks.find((m) => pattern.test(m.name)) || { startTime: NaN }).startTime;
    const reads = performance.getEntriesByType('resource').filter((r) => r.name.includes('/_api/') && r.responseEnd <= window.__firstSeen);
    return {
      firstSeen: window.__firstSeen,
      loaderStarted: at(/^SPStarter\\.start$/),
      webPartLoad: at(/^ClientSideWebPartManager\\.load\\(.*\\)\\.start$/),
      dataIn: Math.max(0, ...reads.map((r) => r.responseEnd))
    };
  })()`)) as Load;
  await cdp.detach();
  return load;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

interface Measure {
  readonly part: WebPartKey;
  readonly seed: StackSeed;
  readonly role: keyof typeof DEMO_USERS;
  readonly selector: string;
  readonly figure: string;
  readonly what: string;
}

const MEASURES: readonly Measure[] = [
  {
    part: 'roadmap',
    seed: { largeActions: 1000 },
    role: 'reader',
    selector: '[data-testid="roadmap-table"] [data-testid="action-link"]',
    figure: 'SPFx runtime, CPU throttled 4×: navigation → first row of 1 000 actions (roadmap, median of 5)',
    what: 'the first action row'
  },
  {
    part: 'steering',
    seed: 'sample',
    role: 'steering',
    selector: '[data-testid="preread"]',
    figure: 'SPFx runtime, CPU throttled 4×: navigation → steering tab pre-read with 80 actions (median of 5)',
    what: 'the pre-read'
  }
];

async function measure(m: Measure): Promise<Figure> {
  const site = await startDemoSite({ seed: m.seed });
  try {
    const admin = createRepositories(createSp({ siteUrl: site.emulator.siteUrl }));
    const actions = (await admin.actions.list()).length;
    if (m.part === 'steering') {
      // A meeting ten days ahead, so that the tab has a next meeting and its pre-read whenever this runs.
      const day = shiftDay(helsinkiDay(new Date()), 10);
      await admin.meetings.add({
        title: `Digijohtoryhmä – Digiledningsgruppen (bench) ${day}`, startsAt: helsinkiInstant(day, '09:00').toISOString(), endsAt: helsinkiInstant(day, '11:00').toISOString(),
        state: 'scheduled', agenda: null, minutesUrl: null, decisions: null, calendarEventId: null, snapshot: null, snapshotAt: null
      });
    }
    const host = await startSpfxHost({ emulator: site.emulator });
    const browser = await offlineBrowser(host, DEMO_USERS[m.role]);
    try {
      host.signIn({ email: DEMO_USERS[m.role], displayName: m.role, culture: 'fi-FI' });
      await browser.context.addInitScript(watchFor(m.selector));
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        loads.push(await oneLoad(page, host.pageUrl(m.part)));
        await page.close();
      }
      const value = median(loads.map((l) => l.firstSeen));
      return {
        figure: m.figure,
        value,
        unit: 'ms',
        target: `<= ${TARGET_MS} ms`,
        met: value <= TARGET_MS,
        note:
          `${actions} actions; runs ${loads.map((l) => Math.round(l.firstSeen)).join(', ')} ms (the first with an empty HTTP cache, then cached as on a later visit); ` +
          `medians: the SPFx loader started at ${median(loads.map((l) => l.loaderStarted))} ms, the framework began loading the web part at ${median(loads.map((l) => l.webPartLoad))} ms, ` +
          `the last SharePoint read before it had arrived at ${median(loads.map((l) => l.dataIn))} ms, ${m.what} entered the DOM at ${value} ms; ` +
          `production bundles from release/ on the harness's CDN, SharePoint and Graph from the local emulator`
      };
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    await site.stop();
  }
}

export async function run(): Promise<Figure[]> {
  if (ensureProductionBuild() !== 0) throw new Error('npm run build failed; the SPFx runtime figures need the production build');
  const figures: Figure[] = [];
  for (const m of MEASURES) figures.push(await measure(m));
  return figures;
}
