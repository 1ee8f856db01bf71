import * as React from 'react';
import type { Lang } from '../../core/i18n/catalog';
import type { UserRights } from '../../data/contracts';
import type { IAppServices, IHostContext } from './types';

/** What every component below the shell can read. */
export interface IAppContext {
  readonly lang: Lang;
  readonly services: IAppServices;
  readonly host: IHostContext;
  /** Says a short text to screen readers (polite live region), e.g. "Showing 12 of 80 actions". */
  readonly announce: (text: string) => void;
}

export const AppContext = React.createContext<IAppContext | undefined>(undefined);

export function useApp(): IAppContext {
  const ctx = React.useContext(AppContext);
  if (!ctx) throw new Error('useApp() outside <AppShell>');
  return ctx;
}

/** The strings of a catalog in the current language. */
export function useStrings<K extends string>(catalog: Readonly<Record<Lang, Readonly<Record<K, string>>>>): Readonly<Record<K, string>> {
  return catalog[useApp().lang];
}

/** The signed-in user's rights, loaded once per shell (null while loading or when they could not be read). */
export interface IRightsState {
  readonly rights: UserRights | null;
  readonly loading: boolean;
  readonly error: Error | null;
}
