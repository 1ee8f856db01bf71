import type { Lang } from '../../core/i18n/catalog';
import type { RoadmapFilter } from '../../core/roadmap/filter';

export interface IRoadmapFiltersProps {
  readonly lang: Lang;
  /** The filter in force (from the URL). */
  readonly filter: RoadmapFilter;
  /** Called with the whole new filter on every change. */
  readonly onChange: (filter: RoadmapFilter) => void;
  /** Roadmap years present in the data. */
  readonly years: readonly number[];
  /** Director values present in the data (codes or fill-in texts). */
  readonly directors: readonly string[];
  /** "My actions" needs to know who is signed in. */
  readonly canFilterMine: boolean;
  /** Narrow widths: the filters fold behind one "Filters (n active)" control. */
  readonly collapsed?: boolean;
}
