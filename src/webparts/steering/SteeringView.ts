import * as React from 'react';
import { lazyGraphClient, type GraphClientLike } from '../../data/graph/client';
import { ServerClock } from '../../data/serverClock';
import { SteeringTab } from '../../components/steering/SteeringTab';
import type { ISteeringServices } from '../../components/steering/types';
import { createAppServices } from '../shared/createAppServices';
import { shellView, type WebPartParts } from '../shared/shellView';
import type { HostFacts, IWebPartView, ShellState } from '../shared/view';
import { createSteeringServices, defaultRoadmapPageUrl } from './createSteeringServices';
import type { ISteeringWebPartProps } from './SteeringWebPart';

/** Microsoft Graph in the public cloud (the city's tenant). */
const GRAPH_URL = 'https://graph.microsoft.com';

/**
 * The signed-in user's delegated Graph client: the SDK's chain with our retry rule (no automatic retry of
 * a write whose outcome is unknown; src/data/graph/transport.ts), signed with tokens from SPFx's
 * AadTokenProvider: the principal and permissions of MSGraphClientV3, whose middleware cannot be set
 * reliably (one shared instance per page). The SDK (an SPFx library) is loaded with the first Graph call.
 */
async function delegatedGraph(part: WebPartParts<ISteeringWebPartProps>): Promise<GraphClientLike> {
  const tokens = await part.context.aadTokenProviderFactory.getTokenProvider();
  const serverClock = new ServerClock();
  return lazyGraphClient(
    async () => {
      const { createGraphTransport } = await import(/* webpackChunkName: 'graph-client' */ '../../data/graph/transport');
      return createGraphTransport({ graphUrl: GRAPH_URL, serverClock, authProvider: { getAccessToken: () => tokens.getToken(GRAPH_URL) } });
    },
    { serverClock }
  );
}

/**
 * The steering tab's view, loaded on demand by SteeringWebPart. The delegated Graph client is built by
 * `delegatedGraph`; the team and channel come from the Teams context unless the settings name them.
 */
export async function createSteeringView(part: WebPartParts<ISteeringWebPartProps>): Promise<IWebPartView> {
  let graph: GraphClientLike | undefined;
  try {
    graph = await delegatedGraph(part);
  } catch (error) {
    // Without Graph the tab still shows the meetings; reminders and the calendar say why they are off.
    console.warn('[Digitiekartta] Microsoft Graph is not available', error);
  }
  let host: HostFacts = { kind: 'sharepoint' };
  let steering: ISteeringServices | undefined;
  const services = (): ISteeringServices => {
    if (steering) return steering;
    const siteUrl = part.context.pageContext.web.absoluteUrl;
    const p = part.properties();
    const teams = host.kind === 'teams' ? host : undefined;
    steering = createSteeringServices(part.context, {
      graph,
      graphSettings: {
        steeringGroupId: p.steeringGroupId?.trim() || teams?.groupId,
        channelId: p.channelId?.trim() || teams?.teamsTab.channelId,
        sender: p.sender?.trim() || 'me'
      },
      siteUrl,
      roadmapPageUrl: p.roadmapPageUrl?.trim() || defaultRoadmapPageUrl(siteUrl),
      teamsTab: teams?.teamsTab
    });
    return steering;
  };
  const view = shellView(part, createAppServices(part.context), () => React.createElement(SteeringTab, { steering: services() }), () => {
    // Settings change the services (group, channel, sender, page): build them again on the next render.
    steering = undefined;
  });
  return {
    ...view,
    render(state: ShellState): void {
      host = state.host;
      view.render(state);
    }
  };
}
