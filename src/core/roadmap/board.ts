import { ACTION_STATUSES } from '../schema/choices';
import type { ActionStatus, RoadmapAction } from '../schema';
import { compareCodes } from './group';

export interface BoardColumn {
  /** The schema's status, or null for the column of actions whose status is none of the schema's. */
  readonly status: ActionStatus | null;
  readonly actions: RoadmapAction[];
}

/**
 * One column per status in the schema's order (empty columns included, so the board keeps its shape), and
 * a last column for actions whose status is none of the schema's: SharePoint stores a choice value outside
 * the field's choices when it is written through REST, and such an action must not vanish from the board.
 */
export function boardColumns(actions: readonly RoadmapAction[]): BoardColumn[] {
  const known = new Set<string | null>(ACTION_STATUSES.map((s) => s.code));
  const byCode = (a: RoadmapAction, b: RoadmapAction): number => compareCodes(a.code, b.code);
  const columns: BoardColumn[] = ACTION_STATUSES.map((s) => ({
    status: s.code,
    actions: actions.filter((a) => a.status === s.code).sort(byCode)
  }));
  const other = actions.filter((a) => !known.has(a.status)).sort(byCode);
  return other.length > 0 ? [...columns, { status: null, actions: other }] : columns;
}
