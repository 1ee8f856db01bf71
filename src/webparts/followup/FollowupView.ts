import * as React from 'react';
import { createSp } from '../../data/sp';
import { PeopleDirectory } from '../../data/people';
import { sharePointReportAuthority } from '../../data/reportAuthority';
import { actionsRepository, metricsRepository, metricValuesRepository, statusUpdatesRepository } from '../../data/repository';
import { FollowupDashboard } from '../../components/followup/FollowupDashboard';
import type { FollowupSources } from '../../report/load';
import { createAppServices } from '../shared/createAppServices';
import { shellView, type WebPartParts } from '../shared/shellView';
import type { IWebPartView } from '../shared/view';
import type { IFollowupWebPartProps } from './FollowupWebPart';

/** The follow-up dashboard's view, loaded on demand by FollowupWebPart. */
export function createFollowupView(part: WebPartParts<IFollowupWebPartProps>): IWebPartView {
  // The follow-up reads two lists the shell's services do not carry (metrics and their values).
  const sp = createSp(part.context);
  const people = new PeopleDirectory(sp);
  const sources: FollowupSources = {
    actions: actionsRepository(sp, people),
    statusUpdates: statusUpdatesRepository(sp, people),
    metrics: metricsRepository(sp, people),
    metricValues: metricValuesRepository(sp, people),
    reportAuthority: sharePointReportAuthority(sp)
  };
  return shellView(part, createAppServices(part.context), () => {
    const { year, showDeckButton } = part.properties();
    const initialYear = Number(year);
    return React.createElement(FollowupDashboard, {
      sources,
      initialYear: Number.isInteger(initialYear) && initialYear >= 2000 ? initialYear : undefined,
      showDeckButton: showDeckButton !== false
    });
  });
}
