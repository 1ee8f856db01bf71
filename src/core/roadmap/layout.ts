/**
 * How the roadmap lays itself out in the width it is given (the web part's own width, not the window's:
 * a web part in a narrow page column is as narrow as a phone). Below `NARROW_BELOW` pixels the filters
 * fold behind one control and the actions are a list of cards instead of a ten-column table.
 */
export const NARROW_BELOW = 640;

export type RoadmapLayout = 'wide' | 'narrow';

/** `width` 0 means "not measured yet" (no layout box): the wide layout, as before any measurement. */
export function roadmapLayout(width: number): RoadmapLayout {
  return width > 0 && width < NARROW_BELOW ? 'narrow' : 'wide';
}

/** How many cards are shown at first, and how many more each "show more" adds. */
export const CARDS_PAGE = 40;

/** The cards shown after `pages` presses of "show more", out of `total`. */
export function cardsShown(total: number, pages: number): number {
  return Math.min(total, CARDS_PAGE * (1 + Math.max(0, Math.floor(pages))));
}
