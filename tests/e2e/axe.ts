import AxeBuilder from '@axe-core/playwright';
import { source as axeSource } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

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

/**
 * The same check inside one frame (a Teams tab's iframe, which legacy mode does not reach): axe-core is
 * injected into the frame and run there, with the same WCAG 2.1 A/AA tags and the same filter.
 */
export async function seriousViolationsInFrame(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join('; ')}`);
}
