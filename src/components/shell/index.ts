export { AppShell, type IAppShellProps } from './AppShell';
export { ErrorBoundary, type IErrorBoundaryProps } from './ErrorBoundary';
export { AppContext, useApp, useStrings, type IAppContext } from './AppContext';
export { browserLocation, memoryLocation } from './location';
export { teamsTheme, teamsThemeName } from './themes';
export { describeError, asError } from './errors';
export type { IAppServices, IAppLocation, IHostContext, HostKind, TeamsThemeName } from './types';
