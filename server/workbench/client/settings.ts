import { isLang, type Lang } from '../../../src/core/i18n/catalog';
import type { DemoRole } from './config';

/**
 * The workbench's switches live in the URL next to the roadmap's own parameters (which it leaves
 * alone), so a reload or a shared link shows the same user, language, host and theme.
 */
export type Frame = 'sharepoint' | 'teams';
export type ThemeKey = 'site' | 'site-dark' | 'teams-default' | 'teams-dark' | 'teams-contrast';
export type PageKey = 'roadmap' | 'ideas' | 'cycle' | 'steering' | 'followup' | 'outbox';

const PAGES: readonly PageKey[] = ['roadmap', 'ideas', 'cycle', 'steering', 'followup', 'outbox'];

export interface WorkbenchSettings {
  readonly page: PageKey;
  readonly user: DemoRole;
  readonly lang: Lang;
  readonly frame: Frame;
  readonly theme: ThemeKey;
}

export const THEMES_OF: Readonly<Record<Frame, readonly ThemeKey[]>> = {
  sharepoint: ['site', 'site-dark'],
  teams: ['teams-default', 'teams-dark', 'teams-contrast']
};

const ROLES: readonly DemoRole[] = ['reader', 'owner', 'steering'];

export function readSettings(query: string): WorkbenchSettings {
  const p = new URLSearchParams(query);
  const frame: Frame = p.get('frame') === 'teams' ? 'teams' : 'sharepoint';
  const themeParam = p.get('theme') as ThemeKey | null;
  const theme = themeParam && THEMES_OF[frame].indexOf(themeParam) >= 0 ? themeParam : THEMES_OF[frame][0];
  const user = p.get('user') as DemoRole | null;
  const lang = p.get('lang');
  const page = p.get('page') as PageKey | null;
  return {
    page: page && PAGES.indexOf(page) >= 0 ? page : 'roadmap',
    user: user && ROLES.indexOf(user) >= 0 ? user : 'reader',
    lang: isLang(lang) ? lang : 'fi',
    frame,
    theme
  };
}

/** Writes the settings into a query string, keeping every other parameter (the roadmap's). */
export function writeSettings(query: string, s: WorkbenchSettings): string {
  const p = new URLSearchParams(query);
  p.set('user', s.user);
  p.set('lang', s.lang);
  p.set('frame', s.frame);
  p.set('theme', s.theme);
  if (s.page !== 'roadmap') p.set('page', s.page);
  else p.delete('page');
  return p.toString();
}
