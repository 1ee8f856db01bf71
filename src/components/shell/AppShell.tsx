import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { Lang } from '../../core/i18n/catalog';
import { AppContext, type IAppContext } from './AppContext';
import { ErrorBoundary } from './ErrorBoundary';
import type { IAppServices, IHostContext } from './types';
import { useAnnouncer } from './useAnnouncer';

export interface IAppShellProps {
  /** The UI language (from the SharePoint/Teams UI culture). */
  readonly lang: Lang;
  /** The SharePoint section's theme variant or a Teams theme; undefined = Fluent's default. */
  readonly theme: PartialTheme | undefined;
  readonly services: IAppServices;
  readonly host: IHostContext;
  /** The web part's name in its language, for the error message. */
  readonly partName: string;
  readonly children?: React.ReactNode;
}

/**
 * The frame of every web part: theme, language, services, one error boundary, and a polite live region
 * through which async results are announced to screen readers.
 */
export function AppShell(props: IAppShellProps): React.ReactElement {
  const { lang, theme, services, host, partName, children } = props;
  const { announce, liveRegion } = useAnnouncer();
  const context = React.useMemo<IAppContext>(() => ({ lang, services, host, announce }), [lang, services, host, announce]);
  return (
    <ThemeProvider theme={theme} lang={lang} className="dt-app">
      <AppContext.Provider value={context}>
        <ErrorBoundary lang={lang} partName={partName}>
          {children}
        </ErrorBoundary>
        {liveRegion}
      </AppContext.Provider>
    </ThemeProvider>
  );
}
