import type { RoadmapAction } from '../../../src/core/schema';
import { actionFields } from '../../support/actionFields';

let nextId = 1;

/** A complete action with neutral defaults; tests override what they are about. */
export function makeAction(over: Partial<RoadmapAction> = {}): RoadmapAction {
  const id = over.id ?? nextId++;
  return {
    id,
    etag: '"1"',
    ...actionFields({ title: `Action ${id}`, code: `DT25-${String(id).padStart(2, '0')}`, roadmapYear: 2025, goal: 'A', level: 'foundation', status: 'planned' }),
    ...over
  };
}
