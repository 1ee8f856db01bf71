import type { SPFI } from '@pnp/sp';
import { syncIdeaLocks, syncOwnerRights, type IdeaLockSync, type OwnerRightsSync } from './permissions';
import { createRepositories } from './repository';

/**
 * The rights that follow the data, aligned in one pass: each action's owner edits it and reports in its
 * folder (former owners lose both), and triaged ideas are read-only to their proposers. What
 * `tiekartta rights` runs, and the scheduled reminder job after each run: the web parts can move an owner's
 * rights only for a user who may manage permissions, so this is what closes the former owner's window
 * otherwise (docs/security.md: at most one job interval).
 */
export interface RightsAlignment {
  readonly owners: OwnerRightsSync;
  readonly ideas: IdeaLockSync;
}

export async function alignRights(sp: SPFI): Promise<RightsAlignment> {
  const repos = createRepositories(sp);
  const [actions, ideas] = await Promise.all([repos.actions.list(), repos.ideas.list()]);
  const owners = await syncOwnerRights(sp, actions, repos.people);
  const ideaLocks = await syncIdeaLocks(sp, ideas);
  return { owners, ideas: ideaLocks };
}

/** One line for logs: what changed, and what could not be aligned. */
export function describeAlignment(result: RightsAlignment): string {
  const o = result.owners;
  const i = result.ideas;
  const failed = o.failed.length + i.failed.length;
  return `owners ${o.granted} granted, ${o.unchanged} unchanged, ${o.revoked} former owners removed, ${o.foldersCreated} report folders made; ` +
    `ideas ${i.locked} locked, ${i.unlocked} reopened, ${i.unchanged} unchanged${failed ? `; ${failed} failed` : ''}`;
}
