import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core, as the end-to-end tests and the UI benchmarks run it:
 * headless, no network side channels, a fresh profile each time (removed on close).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export interface Chromium {
  readonly context: BrowserContext;
  /** The profile folder (`--user-data-dir`): it names this browser's processes, e.g. to read their memory. */
  readonly profile: string;
  close(): Promise<void>;
}

export async function launchChromium(options: { readonly locale?: string; readonly viewport?: { width: number; height: number } } = {}): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'tiekartta-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'fi-FI',
    viewport: options.viewport ?? { width: 1400, height: 1000 }
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
}
