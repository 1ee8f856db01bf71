import * as React from 'react';
import { createTheme, type Theme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { format, LANGUAGES, type Lang } from '../../../src/core/i18n/catalog';
import { formatDateTime } from '../../../src/core/i18n/format';
import { WORKBENCH } from '../../../src/core/i18n/workbench';
import { LANGUAGE_CHOICES } from '../../../src/core/schema/choices';
import { stateFromSubEntityId } from '../../../src/core/roadmap/deepLink';
import { mergeStateIntoQuery } from '../../../src/core/roadmap/url';
import { AppShell } from '../../../src/components/shell/AppShell';
import { browserLocation } from '../../../src/components/shell/location';
import { teamsTheme } from '../../../src/components/shell/themes';
import type { IHostContext } from '../../../src/components/shell/types';
import { createAppServices } from '../../../src/webparts/shared/createAppServices';
import { ROADMAP } from '../../../src/core/i18n/roadmap';
import type { DemoRole, WorkbenchConfig } from './config';
import { SharePointFrame, TeamsFrame } from './frames';
import { WORKBENCH_PAGES } from './pages';
import { readSettings, THEMES_OF, writeSettings, type Frame, type ThemeKey, type WorkbenchSettings } from './settings';

const SITE_LIGHT = createTheme({});
const SITE_DARK = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#6cb8f6', themeLighterAlt: '#04070a', themeLighter: '#111d27', themeLight: '#20374a', themeTertiary: '#416e93',
    themeSecondary: '#5fa2d8', themeDarkAlt: '#7bbff7', themeDark: '#8fc9f8', themeDarker: '#acd7fa',
    neutralLighterAlt: '#282828', neutralLighter: '#313131', neutralLight: '#3f3f3f', neutralQuaternaryAlt: '#484848', neutralQuaternary: '#4f4f4f',
    neutralTertiaryAlt: '#6d6d6d', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralSecondaryAlt: '#d0d0d0', neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
});

function themeOf(key: ThemeKey): Theme {
  switch (key) {
    case 'site-dark':
      return SITE_DARK;
    case 'teams-default':
      return teamsTheme('default');
    case 'teams-dark':
      return teamsTheme('dark');
    case 'teams-contrast':
      return teamsTheme('contrast');
    default:
      return SITE_LIGHT;
  }
}

const THEME_LABEL: Readonly<Record<ThemeKey, keyof (typeof WORKBENCH)['fi']>> = {
  site: 'themeSite',
  'site-dark': 'themeSiteDark',
  'teams-default': 'themeTeamsDefault',
  'teams-dark': 'themeTeamsDark',
  'teams-contrast': 'themeTeamsContrast'
};
const ROLE_LABEL: Readonly<Record<DemoRole, keyof (typeof WORKBENCH)['fi']>> = { reader: 'roleReader', owner: 'roleOwner', steering: 'roleSteering' };

const classes = mergeStyleSets({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 24px', padding: '8px 16px', background: '#201f1e', color: '#fff' },
  brand: { fontSize: 16, fontWeight: 600, margin: 0, alignSelf: 'center' },
  notice: { fontSize: 12, color: '#f3f2f1', alignSelf: 'center' },
  nav: { alignSelf: 'center', selectors: { a: { color: '#fff', marginRight: 12 }, 'a[aria-current="page"]': { fontWeight: 700 } } },
  settings: { display: 'flex', flexWrap: 'wrap', gap: 12, margin: 0, padding: 0, border: 'none' },
  field: { display: 'flex', flexDirection: 'column', fontSize: 12, gap: 2, selectors: { select: { fontSize: 14, height: 28 } } },
  legend: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }
});

/** Moves a Teams deep link's subEntityId (as Teams would hand it over) into the roadmap parameters. */
function acceptSubEntityId(): void {
  const p = new URLSearchParams(window.location.search);
  const sub = p.get('subEntityId');
  if (sub === null) return;
  p.delete('subEntityId');
  const query = mergeStateIntoQuery(p.toString(), stateFromSubEntityId(sub));
  window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
}

export function Workbench(props: { readonly config: WorkbenchConfig }): React.ReactElement {
  const { config } = props;
  const [settings, setSettingsState] = React.useState<WorkbenchSettings>(() => {
    acceptSubEntityId();
    return readSettings(window.location.search);
  });
  const setSettings = (next: WorkbenchSettings): void => {
    window.history.replaceState(null, '', `${window.location.pathname}?${writeSettings(window.location.search, next)}`);
    setSettingsState(next);
  };
  React.useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}?${writeSettings(window.location.search, settings)}`);
    document.documentElement.lang = settings.lang;
    document.title = WORKBENCH[settings.lang].title;
  }, [settings]);

  const user = config.users[settings.user];
  // New services per signed-in user: the emulator identity travels as a bearer header on every request.
  const connection = React.useMemo(
    () => ({ siteUrl: `${window.location.origin}${config.sitePath}`, headers: { Authorization: `Bearer emu:${user.email}` } }),
    [config.sitePath, user.email]
  );
  const clockOffset = config.clockOffsetMs ?? 0;
  const services = React.useMemo(() => createAppServices(connection, () => new Date(Date.now() + clockOffset)), [connection, clockOffset]);
  const host = React.useMemo<IHostContext>(
    () => ({
      kind: settings.frame,
      location: browserLocation(window),
      pageUrl: `${window.location.origin}${config.sitePath}/SitePages/Tiekartta.aspx`,
      teamsTab: settings.frame === 'teams' ? { appId: config.teamsAppId, entityId: 'digitiekartta-roadmap', label: ROADMAP[settings.lang].heading } : undefined
    }),
    [settings.frame, settings.lang, config]
  );

  const t = WORKBENCH[settings.lang];
  const theme = themeOf(settings.theme);
  const page = WORKBENCH_PAGES.find((p) => p.key === settings.page) ?? WORKBENCH_PAGES[0];
  const Frame = settings.frame === 'teams' ? TeamsFrame : SharePointFrame;
  const content = (
    <AppShell key={settings.user} lang={settings.lang} theme={theme} services={services} host={host} partName={(page.partName ?? ((l) => ROADMAP[l].heading))(settings.lang)}>
      {page.render({ connection, user, config })}
    </AppShell>
  );

  return (
    <div style={{ minHeight: '100vh', background: theme.palette.neutralLighterAlt }}>
      <header className={classes.bar}>
        <p className={classes.brand}>{t.title}</p>
        <nav aria-label={t.pages} className={classes.nav}>
          {WORKBENCH_PAGES.map((p) => (
            <a key={p.key} href={`?${writeSettings('', { ...settings, page: p.key })}`} aria-current={p.key === page.key ? 'page' : undefined}>
              {p.label(settings.lang)}
            </a>
          ))}
        </nav>
        <fieldset className={classes.settings}>
          <legend className={classes.legend}>{t.settings}</legend>
          <label className={classes.field}>
            {t.user}
            <select value={settings.user} onChange={(e) => setSettings({ ...settings, user: e.target.value as DemoRole })} data-testid="wb-user">
              {(Object.keys(config.users) as DemoRole[]).map((role) => (
                <option key={role} value={role}>
                  {t[ROLE_LABEL[role]]}: {config.users[role].displayName}
                </option>
              ))}
            </select>
          </label>
          <label className={classes.field}>
            {t.language}
            <select value={settings.lang} onChange={(e) => setSettings({ ...settings, lang: e.target.value as Lang })} data-testid="wb-lang">
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_CHOICES.find((c) => c.code === l)?.labels[l] ?? l}
                </option>
              ))}
            </select>
          </label>
          <label className={classes.field}>
            {t.frame}
            <select
              value={settings.frame}
              onChange={(e) => {
                const frame = e.target.value as Frame;
                setSettings({ ...settings, frame, theme: THEMES_OF[frame][0] });
              }}
              data-testid="wb-frame"
            >
              <option value="sharepoint">{t.frameSharePoint}</option>
              <option value="teams">{t.frameTeams}</option>
            </select>
          </label>
          <label className={classes.field}>
            {t.theme}
            <select value={settings.theme} onChange={(e) => setSettings({ ...settings, theme: e.target.value as ThemeKey })} data-testid="wb-theme">
              {THEMES_OF[settings.frame].map((k) => (
                <option key={k} value={k}>{t[THEME_LABEL[k]]}</option>
              ))}
            </select>
          </label>
        </fieldset>
        <p className={classes.notice}>
          {t.notice}
          {config.clockOffsetMs !== undefined && <> {format(t.sampleClock, { time: formatDateTime(services.now(), settings.lang) })}</>}
        </p>
      </header>
      <main>{page.framed ? <Frame lang={settings.lang} theme={theme}>{content}</Frame> : content}</main>
    </div>
  );
}
