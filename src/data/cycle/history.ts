import type { SPFI } from '@pnp/sp';
import '../pnp';
import { diffVersions, mergeHistories, versionSnapshot, type HistoryEntry } from '../../core/cycle';
import { decisionsListOf, fieldByKey, ROADMAP_ACTIONS, type ListDef, type RawItem } from '../../core/schema';
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

/** A roadmap action's history, newest change first: its own versions and its decision item's (code, approval). */
export async function readActionHistory(sp: SPFI, id: number): Promise<HistoryEntry[]> {
  const own = await readItemHistory(sp, ROADMAP_ACTIONS, id);
  const decisions = decisionsListOf(ROADMAP_ACTIONS);
  const by = ROADMAP_ACTIONS.decisions?.by;
  if (!decisions || !by) return own;
  const lookup = `${fieldByKey(decisions, by).internalName}Id`;
  let found: { Id: number }[];
  try {
    found = await sp.web.getList(`${webPathOf(sp)}/${decisions.url}`).items.filter(`${lookup} eq ${id}`).select('Id')<{ Id: number }[]>();
  } catch (error) {
    throw toDataError(error, `read the decisions on action ${id}`);
  }
  if (found.length === 0) return own;
  const decided = await readItemHistory(sp, decisions, found[0].Id);
  return mergeHistories(own, decided.map((e) => ({ ...e, changes: e.changes.filter((c) => c.field !== by && c.field !== 'title') })));
}
