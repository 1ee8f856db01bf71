import type { SPFI } from '@pnp/sp';
import '../pnp';
import { diffVersions, versionSnapshot, type HistoryEntry } from '../../core/cycle';
import { ROADMAP_ACTIONS, type ListDef, type RawItem } from '../../core/schema';
import { toDataError } from '../errors';
import { webPathOf } from '../sp';

/**
 * An item's change history, read from SharePoint's versions (`items(id)/versions`) and compared
 * version by version in the core: who saved, when, and which fields changed from what to what.
 */
export async function readItemHistory(sp: SPFI, def: ListDef, id: number): Promise<HistoryEntry[]> {
  let versions: RawItem[];
  try {
    versions = await sp.web.getList(`${webPathOf(sp)}/${def.url}`).items.getById(id).versions();
  } catch (error) {
    throw toDataError(error, `read the history of ${def.url} item ${id}`);
  }
  return diffVersions(def, versions.map((v) => versionSnapshot(def, v)));
}

/** A roadmap action's history, newest change first. */
export function readActionHistory(sp: SPFI, id: number): Promise<HistoryEntry[]> {
  return readItemHistory(sp, ROADMAP_ACTIONS, id);
}
