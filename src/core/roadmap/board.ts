import { ACTION_STATUSES } from '../schema/choices';
import type { ActionStatus, RoadmapAction } from '../schema';
import { compareCodes } from './group';

export interface BoardColumn {
  readonly status: ActionStatus;
  readonly actions: RoadmapAction[];
}

/** One column per status in the schema's order (empty columns included, so the board keeps its shape). */
export function boardColumns(actions: readonly RoadmapAction[]): BoardColumn[] {
  return ACTION_STATUSES.map((s) => ({
    status: s.code,
    actions: actions.filter((a) => a.status === s.code).sort((a, b) => compareCodes(a.code, b.code))
  }));
}
