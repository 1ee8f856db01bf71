import * as React from 'react';
import type { GraphClientLike } from '../../data/graph/client';
import { SteeringTab } from '../../components/steering/SteeringTab';
import type { ISteeringServices } from '../../components/steering/types';
import { createAppServices } from '../shared/createAppServices';
import { shellView, type WebPartParts } from '../shared/shellView';
import type { HostFacts, IWebPartView, ShellState } from '../shared/view';
import { createSteeringServices, defaultRoadmapPageUrl } from './createSteeringServices';
import type { ISteeringWebPartProps } from './SteeringWebPart';

/**
 * The steering tab's view, loaded on demand by SteeringWebPart. The delegated Graph client is SPFx's
 * `MSGraphClientV3`; the team and channel come from the Teams context unless the settings name them.
 */
export async function createSteeringView(part: WebPartParts<ISteeringWebPartProps>): Promise<IWebPartView> {
  let graph: GraphClientLike | undefined;
  try {
    graph = await part.context.msGraphClientFactory.getClient('3');
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
