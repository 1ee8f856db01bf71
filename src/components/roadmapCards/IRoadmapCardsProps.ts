import type { Lang } from '../../core/i18n/catalog';
import type { GroupedActions } from '../../core/roadmap/group';
import type { RoadmapAction } from '../../core/schema';

export interface IRoadmapCardsProps {
  readonly lang: Lang;
  /** Actions in display order, with their groups (empty groups = no grouping). */
  readonly grouped: GroupedActions;
  /** Opens an action's details. */
  readonly onOpen: (action: RoadmapAction) => void;
  /** The link to an action (the name is a real link: new tab, copy address). */
  readonly linkTo: (action: RoadmapAction) => string;
}
