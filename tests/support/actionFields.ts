import { ROADMAP_ACTIONS, type RoadmapActionFields } from '../../src/core/schema';
import { completeFields } from '../../src/core/validation';

type RequiredActionFields = Pick<RoadmapActionFields, 'title' | 'roadmapYear' | 'goal' | 'level' | 'status'>;

/**
 * A complete action from the values a test is about: every other field is what SharePoint gives an
 * empty one (false, [], null), so fixtures name only what matters and follow the schema when it grows.
 */
export function actionFields(values: RequiredActionFields & Partial<RoadmapActionFields>): RoadmapActionFields {
  return completeFields(ROADMAP_ACTIONS, values);
}
