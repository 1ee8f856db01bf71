import type { Lang } from '../../core/i18n/catalog';
import type { RoadmapActionFields } from '../../core/schema';
import type { ActionConflict } from '../roadmap/useActionMutations';

export interface IConflictViewProps {
  readonly lang: Lang;
  /** The failed save: my changes and the item as stored now (with its new etag). */
  readonly conflict: ActionConflict;
  readonly busy: boolean;
  /** Saves the chosen values over the stored item (empty changes: nothing to save). */
  readonly onResolve: (changes: Partial<RoadmapActionFields>) => void;
  /** Keeps the stored values. */
  readonly onDiscard: () => void;
}
