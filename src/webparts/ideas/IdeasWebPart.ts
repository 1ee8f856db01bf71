import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { IDEAS } from '../../core/schema';
import { createSp } from '../../data/sp';
import { actionsRepository, meetingsRepository, statusUpdatesRepository } from '../../data/repository';
import { readUserRights } from '../../data/rights';
import { createCycleServices, type ICycleServices } from '../../data/cycle/services';
import { AppShell, browserLocation, memoryLocation, teamsTheme, teamsThemeName, type IAppServices, type IHostContext } from '../../components/shell';
import { IdeasApp } from '../../components/ideas/IdeasApp';

/**
 * The idea web part: on a SharePoint page or as a Teams tab, any employee proposes an idea for the
 * roadmap and sees what became of their ideas. Only wiring here: the SPFx context becomes the data
 * layer's services and the shell's language, theme and host.
 */
export default class IdeasWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private theme: PartialTheme | undefined;
  /** Teams' theme name when running as a Teams tab. */
  private teamsThemeName: string | undefined;
  private services: { app: IAppServices; cycle: ICycleServices } | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = themes.tryGetTheme() as PartialTheme | undefined;
    themes.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.theme = args.theme as IReadonlyTheme as PartialTheme;
      this.render();
    });
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamsThemeName = context.app.theme;
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.teamsThemeName = name;
        this.render();
      });
    }
    const sp = createSp(this.context);
    this.services = {
      app: {
        actions: actionsRepository(sp),
        statusUpdates: statusUpdatesRepository(sp),
        meetings: meetingsRepository(sp),
        readRights: () => readUserRights(sp),
        now: () => new Date()
      },
      cycle: createCycleServices(this.context)
    };
  }

  public render(): void {
    if (!this.services) return;
    const lang: Lang = langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
    const teams = this.context.sdks.microsoftTeams;
    const host: IHostContext = teams
      ? { kind: 'teams', location: memoryLocation(''), pageUrl: window.location.href }
      : { kind: 'sharepoint', location: browserLocation(window), pageUrl: window.location.href };
    const theme = teams ? teamsTheme(teamsThemeName(this.teamsThemeName)) : this.theme;
    ReactDom.render(
      React.createElement(
        AppShell,
        { lang, theme, services: this.services.app, host, partName: IDEAS.titles[lang] },
        React.createElement(IdeasApp, { cycle: this.services.cycle })
      ),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
