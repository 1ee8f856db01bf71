import type { Lang } from '../../core/i18n/catalog';
import type { RoadmapAction } from '../../core/schema';

export interface IRoadmapBoardProps {
  readonly lang: Lang;
  readonly actions: readonly RoadmapAction[];
  readonly onOpen: (action: RoadmapAction) => void;
  readonly linkTo: (action: RoadmapAction) => string;
}
