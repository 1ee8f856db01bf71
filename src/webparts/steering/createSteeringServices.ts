import type { TeamsTabConfig } from '../../core/reminders/links';
import { createCycleServices } from '../../data/cycle/services';
import type { GraphClientLike } from '../../data/graph/client';
import { PeopleDirectory } from '../../data/people';
import { sharePointReportAuthority } from '../../data/reportAuthority';
import { actionsRepository, metricValuesRepository, metricsRepository, statusUpdatesRepository } from '../../data/repository';
import { createSp, type SpConnection } from '../../data/sp';
import type { ISteeringGraphSettings, ISteeringServices } from '../../components/steering/types';

export interface ISteeringServiceOptions {
  /** The signed-in user's delegated Graph client (the Graph SDK signed by SPFx's AadTokenProvider, or the same client against the emulator). */
  readonly graph?: GraphClientLike;
  readonly graphSettings: ISteeringGraphSettings;
  readonly siteUrl: string;
  readonly roadmapPageUrl: string;
  readonly teamsTab?: TeamsTabConfig;
}

/**
 * The one place where the steering tab's services are made: the web part passes the SPFx context and
 * delegated Graph client, the workbench a site URL and the Graph client pointed at the emulator. Same
 * repositories, same Graph adapters, another URL.
 */
export function createSteeringServices(connection: SpConnection, options: ISteeringServiceOptions): ISteeringServices {
  const sp = createSp(connection);
  const people = new PeopleDirectory(sp);
  return {
    followup: {
      actions: actionsRepository(sp, people),
      statusUpdates: statusUpdatesRepository(sp, people),
      metrics: metricsRepository(sp, people),
      metricValues: metricValuesRepository(sp, people),
      reportAuthority: sharePointReportAuthority(sp)
    },
    cycle: createCycleServices(connection),
    ...options
  };
}

/** The roadmap page the reminders and links point to when none is configured. */
export function defaultRoadmapPageUrl(siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/SitePages/Tiekartta.aspx`;
}
