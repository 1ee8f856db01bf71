import { mergeStyleSets } from '@fluentui/react/lib/Styling';

/** Visually hidden but read by screen readers. */
export const srOnly = {
  position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', border: 0, whiteSpace: 'nowrap'
} as const;

export const classes = mergeStyleSets({
  root: { fontSize: 14, lineHeight: '1.45' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 16, marginBottom: 8 },
  title: { fontSize: 24, fontWeight: 600, margin: '0 0 4px' },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 12 },
  field: { display: 'flex', flexDirection: 'column', gap: 4, fontWeight: 600 },
  select: { height: 32, minWidth: 120, fontSize: 14, padding: '0 8px', fontFamily: 'inherit' },
  section: { margin: '24px 0', paddingTop: 8, borderTop: '1px solid rgba(128,128,128,.4)' },
  sectionTitle: { fontSize: 20, fontWeight: 600, margin: '8px 0 12px' },
  subTitle: { fontSize: 16, fontWeight: 600, margin: '16px 0 8px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 16 },
  panel: { margin: 0, padding: 12, border: '1px solid rgba(128,128,128,.4)', borderRadius: 4, minWidth: 0 },
  panelHeader: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8 },
  panelTitle: { fontSize: 15, fontWeight: 600, margin: '0 0 8px' },
  toggle: {
    flexShrink: 0, height: 28, padding: '0 10px', fontSize: 13, fontFamily: 'inherit', cursor: 'pointer', borderRadius: 2,
    borderWidth: 1, borderStyle: 'solid', background: 'transparent', color: 'inherit',
    selectors: { ':focus-visible': { outline: '2px solid', outlineOffset: 2 } }
  },
  tableWrap: { overflowX: 'auto', maxWidth: '100%', selectors: { ':focus-visible': { outline: '2px solid', outlineOffset: 2 } } },
  table: {
    borderCollapse: 'collapse', width: '100%', fontSize: 13,
    selectors: {
      'th, td': { border: '1px solid rgba(128,128,128,.5)', padding: '4px 6px', textAlign: 'left', verticalAlign: 'top' },
      'thead th': { fontWeight: 600 },
      'td.num, th.num': { textAlign: 'right', whiteSpace: 'nowrap' },
      caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' }
    }
  },
  figures: { display: 'flex', flexWrap: 'wrap', gap: 24, margin: '4px 0 12px', padding: 0, listStyle: 'none' },
  figure: { display: 'flex', flexDirection: 'column' },
  figureValue: { fontSize: 24, fontWeight: 600 },
  progressTrack: { display: 'inline-block', width: 80, height: 8, border: '1px solid currentColor', borderRadius: 4, marginRight: 6, verticalAlign: 'middle', overflow: 'hidden' },
  progressBar: { display: 'block', height: '100%', background: 'currentColor' },
  srOnly
});
