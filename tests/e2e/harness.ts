import type { BrowserContext, Page } from 'playwright-core';
import { createSp } from '../../src/data/sp';
import { createRepositories, type Repositories } from '../../src/data/repository';
import { launchChromium, type Chromium } from '../../server/workbench/chromium';
import { startDemoStack, type DemoStack, type StackSeed } from '../../server/workbench';
import type { DemoRole } from '../../server/workbench/client/config';
import { sharedForTests } from '../support/sharedForTests';

/**
 * One test file's world: its own emulator (seeded through the data layer) and workbench on free ports,
 * and Chromium with a fresh profile. Everything is stopped in `stop()`.
 */
export interface E2E {
  readonly stack: DemoStack;
  readonly url: string;
  /** The site as its admin, for arranging data and checking what was stored. */
  readonly admin: Repositories;
  /**
   * The site as one of its people (`Authorization: Bearer emu:<email>`): status reports count only when
   * their writer was the action's owner or a steering member, so arrange reports as one of them.
   */
  as(email: string): Repositories;
  /** A browser profile (a person); `open` may be called more than once for two people. */
  browser(): Promise<BrowserContext>;
  /** A new page on the workbench with the given settings and roadmap parameters. */
  open(options?: OpenOptions): Promise<Page>;
  stop(): Promise<void>;
}

export interface OpenOptions {
  readonly user?: DemoRole;
  readonly lang?: 'fi' | 'sv' | 'en';
  readonly frame?: 'sharepoint' | 'teams';
  readonly theme?: string;
  /** The roadmap's own query (e.g. `action=DT25-01&report=1`). */
  readonly query?: string;
  /** Open in this browser profile (default: the file's first profile). */
  readonly context?: BrowserContext;
  /** Wait for the roadmap to finish loading (default true). */
  readonly waitForRoadmap?: boolean;
}

export async function startE2E(options: { readonly seed?: StackSeed } = {}): Promise<E2E> {
  const stack = await startDemoStack({ seed: options.seed ?? 'sample' });
  const browsers: Chromium[] = [];
  const browser = async (): Promise<BrowserContext> => {
    const b = await launchChromium();
    browsers.push(b);
    return b.context;
  };
  let first: BrowserContext | undefined;
  const url = stack.workbench.url;
  return {
    stack,
    url,
    admin: createRepositories(createSp({ siteUrl: stack.site.emulator.siteUrl })),
    as: (email) => createRepositories(createSp({ siteUrl: stack.site.emulator.siteUrl, headers: { Authorization: `Bearer emu:${email}` } })),
    browser,
    async open(o: OpenOptions = {}): Promise<Page> {
      const context = o.context ?? (first ??= await browser());
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        // Uncaught errors in the page fail loudly in the test log.
        console.error(`[page error] ${e.message}`);
      });
      const params = new URLSearchParams(o.query ?? '');
      params.set('user', o.user ?? 'reader');
      params.set('lang', o.lang ?? 'fi');
      params.set('frame', o.frame ?? 'sharepoint');
      if (o.theme) params.set('theme', o.theme);
      await page.goto(`${url}/?${params.toString()}`);
      if (o.waitForRoadmap !== false) await page.getByTestId('result-count').waitFor({ timeout: 30000 });
      return page;
    },
    async stop(): Promise<void> {
      for (const b of browsers) await b.close().catch(() => undefined);
      await stack.stop();
    }
  };
}

/** One world for the tests of a file: started in `beforeAll` (within the file's `jest.setTimeout`), stopped in `afterAll`. */
export function sharedE2E(): Omit<E2E, 'stop'> {
  return sharedForTests(() => startE2E(), (e2e) => e2e.stop());
}

/** The filter menu with this test id: opens it and sets the options with these texts (exact). */
export async function chooseInMenu(page: Page, testId: string, texts: readonly string[]): Promise<void> {
  const menu = page.getByTestId(testId);
  await menu.getByRole('button').click();
  for (const text of texts) await menu.getByLabel(text, { exact: true }).check();
  await page.keyboard.press('Escape');
}

/** The row of the table (or any link) for an action code. */
export function actionLink(page: Page, titleOrCode: string): ReturnType<Page['getByRole']> {
  return page.getByRole('link', { name: titleOrCode });
}
