import * as React from 'react';
import { registerIcons, setIconOptions } from '@fluentui/react/lib/Styling';

/**
 * On SharePoint and in Teams the page provides Fluent's icon font. The workbench has no network access
 * to the font CDN, so it registers the few glyphs the UI uses as inline SVG.
 */
function svg(path: string): React.ReactElement {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

export function registerWorkbenchIcons(): void {
  setIconOptions({ disableWarnings: true });
  registerIcons({
    icons: {
      Cancel: svg('M3 3l10 10M13 3L3 13'),
      Clear: svg('M3 3l10 10M13 3L3 13'),
      ChevronDown: svg('M3 6l5 5 5-5'),
      ChevronDownMed: svg('M3 6l5 5 5-5'),
      ChevronUp: svg('M3 10l5-5 5 5'),
      ChevronRightMed: svg('M6 3l5 5-5 5'),
      ChevronRight: svg('M6 3l5 5-5 5'),
      CheckMark: svg('M3 8.5l3 3 7-7'),
      Completed: svg('M3 8.5l3 3 7-7'),
      Info: svg('M8 7v5M8 4v1'),
      ErrorBadge: svg('M8 3v6M8 11v1'),
      Warning: svg('M8 3v6M8 11v1'),
      SevereWarning: svg('M8 3v6M8 11v1'),
      Blocked2: svg('M3 3l10 10'),
      Search: svg('M7 2a5 5 0 1 0 0 10A5 5 0 0 0 7 2zM11 11l3 3'),
      CircleRing: svg('M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z'),
      StatusCircleCheckmark: svg('M5 8.5l2 2 4-4'),
      More: svg('M3 8h.5M8 8h.5M13 8h.5'),
      Calendar: svg('M2 4h12v10H2zM2 7h12')
    }
  });
}
