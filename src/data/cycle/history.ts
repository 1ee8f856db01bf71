import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { diffVersions, versionSnapshot, type HistoryEntry } from '../../core/cycle';
import { ROADMAP_ACTIONS, type ListDef, type RawItem } from '../../core/schema';

/** The server-relative path of the web an `SPFI` talks to, e.g. `/sites/digiohjelma`. */
function webPath(sp: SPFI): string {
  return new URL(sp.web.toUrl().replace(/\/_api\/web\/?$/i, '')).pathname.replace(/\/+$/, '');
}

/**
 * An item's change history, read from SharePoint's versions (`items(id)/versions`) and compared
 * version by version in the core: who saved, when, and which fields changed from what to what.
 */
export async function readItemHistory(sp: SPFI, def: ListDef, id: number): Promise<HistoryEntry[]> {
  const versions: RawItem[] = await sp.web.getList(`${webPath(sp)}/${def.url}`).items.getById(id).versions();
  return diffVersions(def, versions.map((v) => versionSnapshot(def, v)));
}

/** A roadmap action's history, newest change first. */
export function readActionHistory(sp: SPFI, id: number): Promise<HistoryEntry[]> {
  return readItemHistory(sp, ROADMAP_ACTIONS, id);
}
