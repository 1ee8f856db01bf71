import type { IAppLocation } from './types';

/** The browser's own URL: filters end up in the address bar, so a copied URL shares the view. */
export function browserLocation(win: Window): IAppLocation {
  return {
    read: () => win.location.search.replace(/^\?/, ''),
    write: (query) => {
      const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
      if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(win.history.state, '', url);
    },
    subscribe: (listener) => {
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    }
  };
}

/** State kept in memory, seeded once (a Teams tab opened through a deep link's `subEntityId`). */
export function memoryLocation(initialQuery: string): IAppLocation {
  let query = initialQuery.replace(/^\?/, '');
  return {
    read: () => query,
    write: (next) => {
      query = next;
    },
    subscribe: () => () => undefined
  };
}
