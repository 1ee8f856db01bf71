import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import type { HostFacts, IWebPartView, ShellState, ThemeSource } from './view';

/**
 * The thin SPFx layer shared by every Digitiekartta web part: it reads the language, theme and host
 * (SharePoint page or Teams tab) from the SPFx context and hands them to the part's view.
 *
 * The view (React, Fluent UI, PnPjs, the components) is loaded with `import()`: the entry bundle SharePoint
 * loads for each web part holds only this class, and the code the web parts share lives in chunks that a
 * page with several of them downloads once (see docs/performance.md). The view's download starts before
 * the Teams context is read, so the two wait in parallel.
 */
export abstract class BaseAppWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private lang: Lang = 'fi';
  private theme: ThemeSource = { kind: 'none' };
  private hostFacts: HostFacts = { kind: 'sharepoint' };
  private view: IWebPartView | undefined;

  /** Loads the part's view module (an `import()` with its own chunk name) and creates the view. */
  protected abstract loadView(): Promise<IWebPartView>;
  /** The part's name in a language (for the error message and the Teams tab's label). */
  protected abstract partName(lang: Lang): string;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const view = this.loadView();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const ctx = await teams.teamsJs.app.getContext();
      this.lang = langFromCulture(ctx.app.locale || this.context.pageContext.cultureInfo.currentUICultureName);
      this.theme = { kind: 'teams', name: ctx.app.theme };
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = { kind: 'teams', name };
        this.render();
      });
      // A Teams deep link hands its state to the tab as subPageId (subEntityId).
      this.hostFacts = {
        kind: 'teams',
        subPageId: ctx.page.subPageId,
        teamsTab: { appId: teamsAppId(ctx.app.appId, this.manifest.id), entityId: ctx.page.id, channelId: ctx.channel?.id, label: this.partName(this.lang) },
        groupId: ctx.team?.groupId
      };
    } else {
      this.lang = langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
      const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
      this.theme = { kind: 'sharepoint', theme: themeProvider.tryGetTheme() };
      themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
        this.theme = { kind: 'sharepoint', theme: args.theme };
        this.render();
      });
      this.hostFacts = { kind: 'sharepoint' };
    }
    this.view = await view;
  }

  /** What the view renders with: the host's language, theme and facts. */
  protected shellState(): ShellState {
    return { lang: this.lang, theme: this.theme, host: this.hostFacts, partName: this.partName(this.lang) };
  }

  public render(): void {
    this.view?.render(this.shellState());
  }

  protected onPropertyPaneFieldChanged(): void {
    // Settings may change the view's services (group, channel, sender, page): the view rebuilds them.
    this.view?.propertiesChanged?.();
  }

  protected onDispose(): void {
    this.view?.dispose();
  }
}

/**
 * The Teams app id for deep links: the one Teams reports for the running app (the Digitiekartta app from
 * teams/manifest.json, published to the org catalog), else the web part's id (what SharePoint's generated
 * per-web-part app uses). Deep links to an org-catalog app need the id Teams knows it by, not ours.
 */
export function teamsAppId(reported: { toString(): string } | undefined, componentId: string): string {
  const id = reported?.toString();
  return id ? id : componentId;
}
