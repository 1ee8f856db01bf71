/**
 * The city's look for generated documents: Porvoo blue (the coat of arms), the warm colours of the old
 * town named in the city's visual guidelines (red ochre, yellow ochre, tarred roof, empire green), and one
 * clean sans-serif. Colours are hex without '#', as PowerPoint wants them.
 */
export const PORVOO = {
  blue: '004B87',
  blueDark: '00305A',
  blueLight: 'DCE8F3',
  redOchre: 'A8432E',
  yellowOchre: 'D49A2A',
  tar: '2E2E2E',
  green: '4E7F3A',
  grey: '5F6368',
  greyLight: 'F2F2F2',
  line: 'BFC5CC',
  white: 'FFFFFF'
} as const;

/** Chart series colours, in order: contrast between neighbours, blue first. */
export const SERIES_COLOURS: readonly string[] = [PORVOO.blue, PORVOO.yellowOchre, PORVOO.green, PORVOO.redOchre, '6C8EBF', PORVOO.tar, '9C6B98', '3A9E9E', 'B5B5B5', '8C5A2B'];

/** Traffic-light colours, dark enough for white text (contrast ≥ 4.5:1) except yellow (black text). */
export const LIGHT_COLOURS = {
  green: { fill: '2E7D32', text: PORVOO.white },
  yellow: { fill: 'F2C200', text: '000000' },
  red: { fill: 'C62828', text: PORVOO.white },
  none: { fill: 'D9D9D9', text: '000000' }
} as const;

export const FONT_FACE = 'Arial';
