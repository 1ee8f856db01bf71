import type { HistoryEntry } from '../../core/cycle';
import type { IDEAS, ROADMAP_ACTIONS } from '../../core/schema';
import type { IListRepository } from '../../data/contracts';

/**
 * What the cycle's views need besides the shell's services: the Ideas list and an action's history
 * (SharePoint versions). The web part and the workbench build it with the real data layer.
 */
export interface ICycleServices {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
  readonly ideas: IListRepository<typeof IDEAS>;
  /** `readActionHistory(sp, id)` from src/data/cycle, bound to the site. */
  readonly readActionHistory: (id: number) => Promise<HistoryEntry[]>;
}
