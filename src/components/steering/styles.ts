import { mergeStyleSets } from '@fluentui/react/lib/Styling';

/** Shared layout of the steering tab's views (colours come from the theme at render time). */
export const steeringClasses = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 12, fontSize: 14 },
  heading: { fontSize: 20, fontWeight: 600, margin: '0 0 4px' },
  h3: { fontSize: 18, fontWeight: 600, margin: '16px 0 4px' },
  h4: { fontSize: 16, fontWeight: 600, margin: '16px 0 4px' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 16px' },
  field: { display: 'flex', flexDirection: 'column', gap: 4, fontWeight: 600, selectors: { 'select, input, textarea': { fontWeight: 400 } } },
  input: {
    minHeight: 32, padding: '0 8px', fontSize: 14, fontFamily: 'inherit', borderRadius: 2, borderWidth: 1, borderStyle: 'solid',
    selectors: { ':focus-visible': { outlineWidth: 2, outlineStyle: 'solid', outlineOffset: 1 } }
  },
  textarea: {
    width: '100%', boxSizing: 'border-box', minHeight: 140, padding: 8, fontSize: 14, fontFamily: 'inherit', borderRadius: 2, borderWidth: 1,
    borderStyle: 'solid', resize: 'vertical', selectors: { ':focus-visible': { outlineWidth: 2, outlineStyle: 'solid', outlineOffset: 1 } }
  },
  table: {
    width: '100%', borderCollapse: 'collapse',
    selectors: {
      'th, td': { borderBottom: '1px solid rgba(128,128,128,.4)', padding: '6px 8px 6px 0', textAlign: 'left', verticalAlign: 'top' },
      'thead th': { fontWeight: 600, whiteSpace: 'nowrap' },
      'tbody th': { fontWeight: 400 }
    }
  },
  tableWrap: { overflowX: 'auto' },
  muted: { margin: '4px 0' },
  pre: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '4px 0', fontFamily: 'inherit' },
  list: { margin: '4px 0', paddingLeft: 20, selectors: { li: { margin: '2px 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } },
  link: { overflowWrap: 'anywhere' },
  nowrap: { whiteSpace: 'nowrap' },
  message: {
    border: '1px solid rgba(128,128,128,.6)', padding: '8px 16px', maxHeight: 480, overflowY: 'auto', overflowWrap: 'anywhere',
    selectors: { a: { color: 'inherit', textDecoration: 'underline' }, 'h5, h6': { fontSize: 16, fontWeight: 600, margin: '12px 0 4px' }, table: { borderCollapse: 'collapse' }, 'th, td': { border: '1px solid rgba(128,128,128,.4)', padding: '4px 6px', textAlign: 'left', verticalAlign: 'top' } }
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0' },
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  toggle: { display: 'inline-flex', gap: 0, selectors: { button: { borderRadius: 0 } } }
});
