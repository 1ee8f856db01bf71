import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { Lang } from '../../core/i18n/catalog';
import type { TeamsTabRef } from '../../core/roadmap/deepLink';

/**
 * The contract between a web part's thin entry (BaseAppWebPart, in the bundle SharePoint loads first)
 * and its view (loaded on demand). Types only: nothing here may pull code into the entry bundle.
 */
export interface IWebPartView {
  render(state: ShellState): void;
  /** The part's settings changed in the property pane. */
  propertiesChanged?(): void;
  dispose(): void;
}

export interface ShellState {
  readonly lang: Lang;
  readonly theme: ThemeSource;
  readonly host: HostFacts;
  readonly partName: string;
}

/** The theme as the host gave it: the site's (SPFx ThemeProvider) or a Teams theme name. */
export type ThemeSource =
  | { readonly kind: 'sharepoint'; readonly theme: IReadonlyTheme | undefined }
  | { readonly kind: 'teams'; readonly name: string }
  | { readonly kind: 'none' };

/** Where the web part runs, as facts read from the SPFx context. */
export type HostFacts =
  | { readonly kind: 'sharepoint' }
  | { readonly kind: 'teams'; readonly subPageId?: string; readonly teamsTab: TeamsTabRef; readonly groupId?: string };
