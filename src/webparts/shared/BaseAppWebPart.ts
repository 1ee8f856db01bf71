import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { stateFromSubEntityId } from '../../core/roadmap/deepLink';
import { stateToQuery } from '../../core/roadmap/url';
import { AppShell } from '../../components/shell/AppShell';
import { browserLocation, memoryLocation } from '../../components/shell/location';
import { teamsTheme, teamsThemeName } from '../../components/shell/themes';
import type { IAppServices, IHostContext } from '../../components/shell/types';
import { createAppServices } from './createAppServices';

/**
 * The thin SPFx layer shared by every Digitiekartta web part: it reads the language, theme and host
 * (SharePoint page or Teams tab) from the SPFx context, builds the services once, and renders the
 * part's component inside the shared AppShell (theme, language, error boundary, live region).
 * A web part only says what it renders and what it is called.
 */
export abstract class BaseAppWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private lang: Lang = 'fi';
  private theme: PartialTheme | undefined;
  private host: IHostContext | undefined;
  private services: IAppServices | undefined;

  /** The part's content, rendered inside the shell. */
  protected abstract renderContent(): React.ReactElement;
  /** The part's name in a language (for the error message). */
  protected abstract partName(lang: Lang): string;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createAppServices(this.context);
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const ctx = await teams.teamsJs.app.getContext();
      this.lang = langFromCulture(ctx.app.locale || this.context.pageContext.cultureInfo.currentUICultureName);
      this.theme = teamsTheme(teamsThemeName(ctx.app.theme));
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = teamsTheme(teamsThemeName(name));
        this.render();
      });
      // A Teams deep link hands its state to the tab as subPageId (subEntityId).
      this.host = {
        kind: 'teams',
        location: memoryLocation(stateToQuery(stateFromSubEntityId(ctx.page.subPageId))),
        pageUrl: this.context.pageContext.web.absoluteUrl,
        teamsTab: { appId: teamsAppId(ctx.app.appId, this.manifest.id), entityId: ctx.page.id, channelId: ctx.channel?.id, label: this.partName(this.lang) }
      };
    } else {
      this.lang = langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
      const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
      this.theme = toPartialTheme(themeProvider.tryGetTheme());
      themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
        this.theme = toPartialTheme(args.theme);
        this.render();
      });
      this.host = { kind: 'sharepoint', location: browserLocation(window), pageUrl: window.location.href.split('#')[0].split('?')[0] };
    }
  }

  public render(): void {
    if (!this.services || !this.host) return;
    ReactDom.render(
      React.createElement(AppShell, { lang: this.lang, theme: this.theme, services: this.services, host: this.host, partName: this.partName(this.lang) }, this.renderContent()),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}

/** SPFx's read-only theme has the same palette/semantic colour shape Fluent's ThemeProvider takes. */
function toPartialTheme(theme: IReadonlyTheme | undefined): PartialTheme | undefined {
  return theme as PartialTheme | undefined;
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
