import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { STEERING } from '../../core/i18n/steering';
import type { TeamsTabConfig } from '../../core/reminders/links';
import { lazyGraphClient, type GraphClientLike } from '../../data/graph/client';
import { ServerClock } from '../../data/serverClock';
import { SteeringTab } from '../../components/steering/SteeringTab';
import type { ISteeringServices } from '../../components/steering/types';
import { BaseAppWebPart, teamsAppId } from '../shared/BaseAppWebPart';
import { createSteeringServices, defaultRoadmapPageUrl } from './createSteeringServices';

/** Microsoft Graph in the public cloud (the city's tenant). */
const GRAPH_URL = 'https://graph.microsoft.com';

export interface ISteeringWebPartProps {
  /** The SharePoint page with the roadmap web part; empty = `{site}/SitePages/Tiekartta.aspx`. */
  roadmapPageUrl?: string;
  /** The steering group's Microsoft 365 group id; in Teams the team's group is used when empty. */
  steeringGroupId?: string;
  /** The channel the pre-read is posted to; in Teams the tab's channel when empty. */
  channelId?: string;
  /** A shared mailbox to send reminders from; empty = the signed-in user. */
  sender?: string;
}

/**
 * The steering group's tab in Teams (also on a SharePoint page), on the shared BaseAppWebPart. The
 * delegated Graph client is the Graph SDK signed by SPFx's AadTokenProvider (permissions in
 * config/package-solution.json); the team and channel come from the Teams context. All behaviour lives in src/components/steering.
 */
export default class SteeringWebPart extends BaseAppWebPart<ISteeringWebPartProps> {
  private graph: GraphClientLike | undefined;
  private teams: { groupId?: string; channelId?: string; tab?: TeamsTabConfig } = {};
  private steering: ISteeringServices | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    try {
      this.graph = await this.delegatedGraph();
    } catch (error) {
      // Without Graph the tab still shows the meetings; reminders and the calendar say why they are off.
      console.warn('[Digitiekartta] Microsoft Graph is not available', error);
    }
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const ctx = await teams.teamsJs.app.getContext();
      this.teams = {
        groupId: ctx.team?.groupId,
        channelId: ctx.channel?.id,
        tab: { appId: teamsAppId(ctx.app.appId, this.manifest.id), entityId: ctx.page.id, channelId: ctx.channel?.id, label: this.partName(this.uiLang()) }
      };
    }
  }

  /**
   * The signed-in user's delegated Graph client: the SDK's chain with our retry rule (no automatic retry
   * of a send whose outcome is unknown; src/data/graph/transport.ts), signed with tokens from SPFx's
   * AadTokenProvider: the same principal and permissions as MSGraphClientV3, whose middleware cannot be
   * set reliably (one shared instance per page). The SDK is loaded with the first Graph call.
   */
  private async delegatedGraph(): Promise<GraphClientLike> {
    const tokens = await this.context.aadTokenProviderFactory.getTokenProvider();
    const serverClock = new ServerClock();
    return lazyGraphClient(
      async () => {
        const { createGraphTransport } = await import(/* webpackChunkName: 'graph-client' */ '../../data/graph/transport');
        return createGraphTransport({ graphUrl: GRAPH_URL, serverClock, authProvider: { getAccessToken: () => tokens.getToken(GRAPH_URL) } });
      },
      { serverClock }
    );
  }

  private uiLang(): Lang {
    return langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
  }

  private steeringServices(): ISteeringServices {
    if (this.steering) return this.steering;
    const siteUrl = this.context.pageContext.web.absoluteUrl;
    const p = this.properties;
    this.steering = createSteeringServices(this.context, {
      graph: this.graph,
      graphSettings: {
        steeringGroupId: p.steeringGroupId?.trim() || this.teams.groupId,
        channelId: p.channelId?.trim() || this.teams.channelId,
        sender: p.sender?.trim() || 'me'
      },
      siteUrl,
      roadmapPageUrl: p.roadmapPageUrl?.trim() || defaultRoadmapPageUrl(siteUrl),
      teamsTab: this.teams.tab
    });
    return this.steering;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(SteeringTab, { steering: this.steeringServices() });
  }

  protected partName(lang: Lang): string {
    return STEERING[lang].partName;
  }

  protected onPropertyPaneFieldChanged(): void {
    // Settings change the services (group, channel, sender, page): build them again on the next render.
    this.steering = undefined;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const t = STEERING[this.uiLang()];
    return {
      pages: [{
        header: { description: t.heading },
        groups: [{
          groupName: t.propGroup,
          groupFields: [
            PropertyPaneTextField('roadmapPageUrl', { label: t.propRoadmapPage }),
            PropertyPaneTextField('steeringGroupId', { label: t.propGroupId }),
            PropertyPaneTextField('channelId', { label: t.propChannelId }),
            PropertyPaneTextField('sender', { label: t.propSender })
          ]
        }]
      }]
    };
  }
}
