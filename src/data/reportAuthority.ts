import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { versionSnapshot } from '../core/cycle/history';
import { actionsNeedingHistory, ownershipFromVersions, type JudgedReport, type OwnerPeriod, type ReportAuthority } from '../core/reports';
import { GROUPS, ROADMAP_ACTIONS, type RawItem, type RoadmapAction } from '../core/schema';
import { toDataError } from './errors';
import { BATCH_SIZE } from './people';
import { webPathOf } from './sp';
import './pnp';

/**
 * What the core's report check needs from SharePoint: the steering group's members, and the ownership
 * history (the action's versions) of the few actions with a report by someone who is neither the current
 * owner nor a steering member. One request for the members; the histories in `$batch`es of 100, and only
 * when such a report exists.
 */
export interface ReportAuthoritySource {
  authorityFor(actions: readonly Pick<RoadmapAction, 'id' | 'owner'>[], reports: readonly JudgedReport[]): Promise<ReportAuthority>;
}

const STEERING_GROUP = GROUPS.filter((g) => g.key === 'steering')[0];

export async function readSteeringMembers(sp: SPFI): Promise<string[]> {
  try {
    const users = await sp.web.siteGroups.getByName(STEERING_GROUP.name).users.select('Email')<{ Email: string }[]>();
    return users.map((u) => u.Email).filter((e) => !!e);
  } catch (error) {
    throw toDataError(error, 'read the steering group’s members');
  }
}

/** Each action's owners over time, from its versions. */
export async function readOwnershipHistories(sp: SPFI, actionIds: readonly number[]): Promise<Map<number, OwnerPeriod[]>> {
  const histories = new Map<number, OwnerPeriod[]>();
  const list = (s: SPFI): IList => s.web.getList(`${webPathOf(sp)}/${ROADMAP_ACTIONS.url}`);
  for (let start = 0; start < actionIds.length; start += BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    const pending = actionIds.slice(start, start + BATCH_SIZE).map((id) =>
      list(batched).items.getById(id).versions<RawItem[]>().then((versions) => {
        histories.set(id, ownershipFromVersions(versions.map((v) => {
          const snapshot = versionSnapshot(ROADMAP_ACTIONS, v);
          return { modified: snapshot.modified, ownerEmail: snapshot.values.owner?.email ?? null };
        })));
      })
    );
    await execute();
    try {
      await Promise.all(pending);
    } catch (error) {
      throw toDataError(error, 'read the actions’ ownership history');
    }
  }
  return histories;
}

export function sharePointReportAuthority(sp: SPFI): ReportAuthoritySource {
  return {
    async authorityFor(actions, reports) {
      const steering = await readSteeringMembers(sp);
      const currentOwners = new Map(actions.map((a) => [a.id, a.owner?.email ?? null]));
      const needed = actionsNeedingHistory(reports, { steering, currentOwners }).filter((id) => currentOwners.has(id));
      const ownership = needed.length > 0 ? await readOwnershipHistories(sp, needed) : new Map<number, OwnerPeriod[]>();
      return { steering, currentOwners, ownership };
    }
  };
}
