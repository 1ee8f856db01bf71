import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeOptions {
  /** Limit the check to one part of the page. */
  readonly only?: string;
  readonly legacyMode?: boolean;
  /** `serious` (default): serious and critical violations; `all`: every impact. */
  readonly impacts?: 'serious' | 'all';
}

/**
 * Axe violations (WCAG 2.1 A/AA) of the page as it is now, one line each (empty = none). Legacy mode runs
 * axe in the page itself: the workbench has no cross-origin frames, and the default mode's extra blank
 * page costs ~20 s per run in a persistent Chromium profile.
 */
export async function seriousViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await animationsFinished(page);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.legacyMode) builder = builder.setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (options.only) builder = builder.include(options.only);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => options.impacts === 'all' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

/**
 * Waits until no finite CSS animation or transition is running (spinners run forever and are left alone).
 * Fluent UI fades messages in (an error message starts transparent), and axe measuring contrast mid-fade
 * reports colours no user sees once it settles; on a loaded machine the fade is still running when the
 * check starts.
 */
async function animationsFinished(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
    undefined,
    { timeout: 10_000 }
  );
}
