import { CARDS_PAGE, NARROW_BELOW, cardsShown, roadmapLayout } from '../../../src/core/roadmap/layout';

describe('the roadmap’s layout for its width', () => {
  it('is narrow below 640 px (a phone, or a narrow page column) and wide from there', () => {
    expect(roadmapLayout(390)).toBe('narrow');
    expect(roadmapLayout(NARROW_BELOW - 1)).toBe('narrow');
    expect(roadmapLayout(NARROW_BELOW)).toBe('wide');
    expect(roadmapLayout(1232)).toBe('wide');
  });

  it('is wide before the web part has been measured', () => {
    expect(roadmapLayout(0)).toBe('wide');
  });

  it('shows cards a page at a time, never more than there are', () => {
    expect(cardsShown(1000, 0)).toBe(CARDS_PAGE);
    expect(cardsShown(1000, 2)).toBe(3 * CARDS_PAGE);
    expect(cardsShown(12, 0)).toBe(12);
    expect(cardsShown(100, -1)).toBe(CARDS_PAGE);
  });
});
