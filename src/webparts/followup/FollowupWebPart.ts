import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { FOLLOWUP } from '../../core/i18n/followup';
import { createSp } from '../../data/sp';
import { createRepositories, type Repositories } from '../../data/repository';
import { AppShell } from '../../components/shell/AppShell';
import { browserLocation, memoryLocation } from '../../components/shell/location';
import { teamsTheme, teamsThemeName } from '../../components/shell/themes';
import type { IAppServices, IHostContext } from '../../components/shell/types';
import { FollowupDashboard } from '../../components/followup/FollowupDashboard';

export interface IFollowupWebPartProps {
  /** The roadmap year shown first; empty = the current year. */
  year?: string;
  showDeckButton?: boolean;
}

/**
 * The follow-up dashboard on a SharePoint page or as a Teams tab: wires the SPFx context (site, culture,
 * theme, Teams) into the shared app shell and the dashboard. Everything else lives in src/components.
 */
export default class FollowupWebPart extends BaseClientSideWebPart<IFollowupWebPartProps> {
  private repositories: Repositories | undefined;
  private services: IAppServices | undefined;
  private host: IHostContext | undefined;
  private theme: PartialTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sp = createSp(this.context);
    const repositories = createRepositories(sp);
    this.repositories = repositories;
    this.services = {
      actions: repositories.actions,
      statusUpdates: repositories.statusUpdates,
      meetings: repositories.meetings,
      // The dashboard does not ask for rights; the shell's contract does, so load that code only if asked.
      readRights: () => import(/* webpackChunkName: 'rights' */ '../../data/rights').then((m) => m.readUserRights(sp)),
      now: () => new Date()
    };
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.theme = teamsTheme(teamsThemeName(context.app.theme));
      this.host = { kind: 'teams', location: memoryLocation(context.page.subPageId ?? ''), pageUrl: window.location.href };
    } else {
      const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
      this.theme = this.asFluentTheme(themes.tryGetTheme());
      themes.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
        this.theme = this.asFluentTheme(args.theme);
        this.render();
      });
      this.host = { kind: 'sharepoint', location: browserLocation(window), pageUrl: window.location.href };
    }
  }

  /** SPFx's section theme has the same palette and semantic colours as a Fluent theme. */
  private asFluentTheme(theme: IReadonlyTheme | undefined): PartialTheme | undefined {
    return theme as PartialTheme | undefined;
  }

  private get lang(): Lang {
    return langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
  }

  public render(): void {
    if (!this.services || !this.host || !this.repositories) return;
    const year = Number(this.properties.year);
    const dashboard = React.createElement(FollowupDashboard, {
      sources: this.repositories,
      initialYear: Number.isInteger(year) && year >= 2000 ? year : undefined,
      showDeckButton: this.properties.showDeckButton !== false
    });
    ReactDom.render(
      React.createElement(AppShell, { lang: this.lang, theme: this.theme, services: this.services, host: this.host, partName: FOLLOWUP[this.lang].partName }, dashboard),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const t = FOLLOWUP[this.lang];
    return {
      pages: [{
        header: { description: t.dashboardTitle },
        groups: [{
          groupName: t.propGroup,
          groupFields: [
            PropertyPaneTextField('year', { label: t.propYear }),
            PropertyPaneToggle('showDeckButton', { label: t.propDeck })
          ]
        }]
      }]
    };
  }
}
