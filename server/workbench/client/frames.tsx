import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';
import type { Lang } from '../../../src/core/i18n/catalog';
import { WORKBENCH } from '../../../src/core/i18n/workbench';

/** Phones: SharePoint's mobile page has slim margins, and Teams on a phone has no app rail. */
const PHONE = '@media (max-width: 639px)';

const classes = mergeStyleSets({
  suiteBar: { background: '#0f6cbd', color: '#fff', height: 48, display: 'flex', alignItems: 'center', padding: '0 16px', fontSize: 16, fontWeight: 600 },
  siteHeader: { padding: '16px 32px', borderBottom: '1px solid #e1dfdd', display: 'flex', alignItems: 'center', gap: 16, selectors: { [PHONE]: { padding: '8px 12px' } } },
  siteLogo: { width: 40, height: 40, borderRadius: 4, background: '#0f6cbd', color: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'center', fontWeight: 700 },
  siteTitle: { fontSize: 20, fontWeight: 600 },
  pageTitle: { margin: '24px 32px 8px', fontSize: 28, fontWeight: 600, selectors: { [PHONE]: { margin: '12px 12px 4px', fontSize: 22 } } },
  canvas: { margin: '0 auto', maxWidth: 1280, padding: '8px 32px 32px', selectors: { [PHONE]: { padding: '4px 0 16px' } } },
  section: { padding: '16px 24px', borderRadius: 4, selectors: { [PHONE]: { padding: '12px', borderRadius: 0 } } },
  teams: { display: 'grid', gridTemplateColumns: '68px minmax(0, 1fr)', minHeight: 'calc(100vh - 120px)', selectors: { [PHONE]: { gridTemplateColumns: 'minmax(0, 1fr)' } } },
  rail: { background: '#33344a', color: '#fff', display: 'flex', flexDirection: 'column', alignItems: 'center', paddingTop: 12, gap: 16, fontSize: 11, selectors: { [PHONE]: { display: 'none' } } },
  railItem: { width: 48, textAlign: 'center' },
  teamsHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 16px', padding: '10px 20px', borderBottom: '1px solid rgba(128,128,128,.3)', selectors: { [PHONE]: { padding: '8px 12px' } } },
  tab: { fontWeight: 600, borderBottom: '3px solid currentColor', padding: '4px 0' },
  tabBody: { padding: '16px 20px', selectors: { [PHONE]: { padding: '12px' } } }
});

export interface IFrameProps {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly children?: React.ReactNode;
}

/** A modern SharePoint page around the web part: suite bar, site header, page title, one section. */
export function SharePointFrame(props: IFrameProps): React.ReactElement {
  const t = WORKBENCH[props.lang];
  const { palette } = props.theme;
  return (
    <div data-testid="frame-sharepoint">
      <div className={classes.suiteBar} aria-hidden="true">SharePoint</div>
      <div className={classes.siteHeader}>
        <span className={classes.siteLogo} aria-hidden="true">D</span>
        <span className={classes.siteTitle}>{t.siteTitle}</span>
      </div>
      <h1 className={classes.pageTitle}>{t.pageTitle}</h1>
      <div className={classes.canvas}>
        <div className={classes.section} style={{ background: palette.white, color: palette.neutralPrimary }}>
          {props.children}
        </div>
      </div>
    </div>
  );
}

/** A Teams channel tab around the web part: the app rail, the channel header with the tab. */
export function TeamsFrame(props: IFrameProps): React.ReactElement {
  const t = WORKBENCH[props.lang];
  const { palette } = props.theme;
  return (
    <div className={classes.teams} data-testid="frame-teams" style={{ background: palette.white, color: palette.neutralPrimary }}>
      <div className={classes.rail} aria-hidden="true">
        <span className={classes.railItem}>Activity</span>
        <span className={classes.railItem}>Chat</span>
        <span className={classes.railItem}>Teams</span>
        <span className={classes.railItem}>Calendar</span>
      </div>
      <div>
        <div className={classes.teamsHeader}>
          <h1 style={{ fontSize: 18, margin: 0 }}>
            {t.teamName} › {t.channelName}
          </h1>
          <span className={classes.tab}>{t.pageTitle}</span>
        </div>
        <div className={classes.tabBody}>{props.children}</div>
      </div>
    </div>
  );
}
