import { createSp, type SpConnection } from '../../data/sp';
import { actionsRepository, meetingsRepository, statusUpdatesRepository } from '../../data/repository';
import { PeopleDirectory } from '../../data/people';
import { sharePointReportAuthority } from '../../data/reportAuthority';
import { readUserRights, reportingRight } from '../../data/rights';
import type { IAppServices } from '../../components/shell/types';

/**
 * The one place where the UI's services are made from a connection: the SPFx context in a web part, a
 * site URL (the emulator) in the local workbench. Same repositories, same PnPjs, another URL.
 * Only the modules the UI needs are imported (not provisioning), to keep the web part bundle small.
 */
export function createAppServices(connection: SpConnection, now: () => Date = () => new Date()): IAppServices {
  const sp = createSp(connection);
  const people = new PeopleDirectory(sp);
  return {
    actions: actionsRepository(sp, people),
    statusUpdates: statusUpdatesRepository(sp, people),
    meetings: meetingsRepository(sp, people),
    site: sp,
    readRights: () => readUserRights(sp),
    reportAuthority: sharePointReportAuthority(sp),
    reportingRight: (actionId) => reportingRight(sp, actionId),
    // On demand: only a change of owner needs the permissions module.
    handOverAction: async (actionId, ownerEmail, previousOwnerEmail) =>
      (await import(/* webpackChunkName: 'owner-rights' */ '../../data/permissions')).handOverAction(sp, actionId, ownerEmail, previousOwnerEmail, people),
    now
  };
}
