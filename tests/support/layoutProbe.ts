import type { Page } from 'playwright-core';

/**
 * What a person sees of the roadmap's layout, measured in the page (shared by the layout tests and
 * `npm run bench -- layout`).
 */
export interface PhoneLayout {
  /** From the top of the web part's heading to the top of the first action card, in CSS pixels. */
  readonly firstActionBelowHeading: number;
  /** How far the page scrolls sideways (0 = not at all). */
  readonly horizontalOverflow: number;
}

export async function phoneLayout(page: Page): Promise<PhoneLayout> {
  await page.getByTestId('action-card').first().waitFor();
  const heading = await page.getByTestId('roadmap').locator('h2').first().boundingBox();
  const first = await page.getByTestId('action-card').first().boundingBox();
  const overflow = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);
  return { firstActionBelowHeading: Math.round((first?.y ?? Infinity) - (heading?.y ?? 0)), horizontalOverflow: Math.max(0, overflow) };
}

export interface ColumnHeader {
  /** What the header shows. */
  readonly text: string;
  /** The text does not fit its cell (it is cut off or ends in an ellipsis). */
  readonly cut: boolean;
  /** The header's accessible name (aria-label). */
  readonly label: string;
  /** The hover text (title) of the header's text. */
  readonly hover: string;
}

/** The roadmap table's column headers (not the group toggle's). */
export async function columnHeaders(page: Page): Promise<ColumnHeader[]> {
  const cells = page.getByTestId('roadmap-table').locator('[role="columnheader"][data-item-key]');
  await cells.first().waitFor();
  return cells.evaluateAll((all) => all.map((cell) => {
    const name = cell.querySelector('.ms-DetailsHeader-cellName') as HTMLElement | null;
    const text = name?.textContent ?? '';
    return {
      text,
      cut: !name || name.scrollWidth > name.clientWidth || text.includes('…'),
      label: cell.getAttribute('aria-label') ?? '',
      hover: name?.querySelector('[title]')?.getAttribute('title') ?? ''
    };
  }));
}
