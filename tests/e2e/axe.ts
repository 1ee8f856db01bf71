import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Serious and critical axe violations (WCAG 2.1 A/AA) of the page as it is now, one line each (empty =
 * none); `all` keeps the minor and moderate ones too. `only` limits the check to one part of the page. Legacy mode runs axe in the page itself: the
 * workbench has no cross-origin frames, and the default mode's extra blank page costs ~20 s per run in a
 * persistent Chromium profile.
 */
export async function seriousViolations(page: Page, options: { readonly only?: string; readonly legacyMode?: boolean; readonly all?: boolean } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.legacyMode) builder = builder.setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (options.only) builder = builder.include(options.only);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => options.all === true || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}
