import type { HistoryEntry } from '../../core/cycle';
import type { IDEAS, ROADMAP_ACTIONS } from '../../core/schema';
import type { IListRepository } from '../contracts';
import { PeopleDirectory } from '../people';
import { actionsRepository, ideasRepository } from '../repository';
import { createSp, type SpConnection } from '../sp';
import { readActionHistory } from './history';

/**
 * What the cycle's views need besides the shell's services: the Ideas list and an action's history
 * (SharePoint versions).
 */
export interface ICycleServices {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
  readonly ideas: IListRepository<typeof IDEAS>;
  readonly readActionHistory: (id: number) => Promise<HistoryEntry[]>;
}

/** The cycle's services from a connection: the SPFx context in a web part, a site URL in the workbench. */
export function createCycleServices(connection: SpConnection): ICycleServices {
  const sp = createSp(connection);
  const people = new PeopleDirectory(sp);
  return {
    actions: actionsRepository(sp, people),
    ideas: ideasRepository(sp, people),
    readActionHistory: (id) => readActionHistory(sp, id)
  };
}
