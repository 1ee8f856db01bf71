import type { Lang } from '../../core/i18n/catalog';
import type { RoadmapFilter } from '../../core/roadmap/filter';
import type { RoadmapAction } from '../../core/schema';

export interface IRoadmapPrintProps {
  readonly lang: Lang;
  /** The filtered actions, in display order. */
  readonly actions: readonly RoadmapAction[];
  readonly filter: RoadmapFilter;
  /** When the print was made (shown in the footer). */
  readonly printedAt: Date;
}
