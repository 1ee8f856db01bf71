import { createHash } from 'node:crypto';
import type { Source } from '../odata/project';
import type { Segment } from '../odata/segments';
import { accessDenied, fileNotFound, invalidQuery } from '../store/errors';
import { has } from '../store/permissions';
import { EmulatorStore } from '../store/store';
import type { ItemRecord, ListRecord } from '../store/types';
import { str, type RestContext } from './context';
import { itemNode, itemSource } from './items';
import { collectionReply, entityReply, json, propertyNode, voidReply, type Node } from './node';
import { folderSource } from './sources';

/**
 * Folders of lists and libraries, as SharePoint exposes them over REST: `list/rootFolder`,
 * `web/getFolderByServerRelativePath(decodedurl='…')`, `web/rootFolder`, a folder's `folders`
 * (`addUsingPath`, `add`, `getByUrl`), `ListItemAllFields` (the folder's list item, where its permissions
 * are broken and assigned), `ServerRelativePath`, `AddSubFolderUsingPath`, `recycle` and DELETE. A folder
 * is an item with FSObjType 1 in the store; items inherit its permissions when it has unique ones.
 */

export interface FolderLocation {
  readonly list: ListRecord;
  /** List-relative path; '' = the list's root folder. */
  readonly path: string;
  /** The folder's item (none for the root folder, or a library path that is no folder item). */
  readonly folder?: ItemRecord;
}

/** A stable id for a list's root folder (it has no item of its own). */
function rootFolderId(list: ListRecord): string {
  const h = createHash('sha1').update(`root-folder:${list.id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function serverRelativeOf(ctx: RestContext, loc: FolderLocation): string {
  return ctx.store.serverRelative(loc.path ? `${loc.list.url}/${loc.path}` : loc.list.url);
}

/** Finds a folder by URL; 404 when the list or (in a list) the folder does not exist. */
export function locateFolder(ctx: RestContext, url: string): FolderLocation {
  const found = ctx.store.locateFolder(url);
  if (!found) throw fileNotFound();
  const folder = ctx.store.folderAt(found.list, found.path);
  if (found.path !== '' && !folder && found.list.baseTemplate !== 101) throw fileNotFound();
  return { list: found.list, path: folder ? EmulatorStore.folderPath(folder) : found.path, ...(folder ? { folder } : {}) };
}

/** The caller must see the folder (its own permissions, or its list's for the root). */
function demandView(ctx: RestContext, loc: FolderLocation): void {
  ctx.store.demand(ctx.actorId, 'ViewListItems', loc.folder ? { list: loc.list, item: loc.folder } : { list: loc.list });
}

export function folderEntity(ctx: RestContext, loc: FolderLocation): Source {
  const { store } = ctx;
  const url = serverRelativeOf(ctx, loc);
  return folderSource(ctx, url, store.folderChildCount(loc.list, loc.path), {
    uniqueId: loc.folder?.guid ?? rootFolderId(loc.list),
    created: loc.folder?.created ?? loc.list.created,
    modified: loc.folder?.modified ?? loc.list.lastItemModified,
    navs: {
      ListItemAllFields: () => (loc.folder ? itemSource(ctx, loc.list, loc.folder) : null),
      Folders: () => store.subfolders(loc.list, loc.path).map((f) => folderEntity(ctx, { list: loc.list, path: EmulatorStore.folderPath(f), folder: f }))
    }
  });
}

/** Where `addUsingPath(DecodedUrl='…')` puts a folder: a server-relative URL, or a path below `parent`. */
function targetOf(ctx: RestContext, parent: FolderLocation, decodedUrl: string): { dir: string; name: string } {
  const text = decodedUrl.replace(/\\/g, '/').replace(/\/+$/, '');
  if (text === '') throw invalidQuery('The folder URL is required.');
  let full: string;
  if (text.startsWith('/') || /^https?:\/\//i.test(text)) {
    const found = ctx.store.locateFolder(text);
    if (!found || found.list.id !== parent.list.id) throw fileNotFound();
    full = found.path;
  } else {
    full = parent.path ? `${parent.path}/${text}` : text;
  }
  const slash = full.lastIndexOf('/');
  return { dir: slash < 0 ? '' : full.slice(0, slash), name: slash < 0 ? full : full.slice(slash + 1) };
}

/** Creates a folder where the caller may add items (AddListItems on the parent folder). */
function createFolder(ctx: RestContext, list: ListRecord, dir: string, name: string, overwrite: boolean): FolderLocation {
  const { store } = ctx;
  if (!has(store.folderPermissions(ctx.actorId, list, dir), 'AddListItems')) throw accessDenied();
  const folder = store.addFolder(list, dir, name, ctx.actorId, overwrite);
  return { list, path: EmulatorStore.folderPath(folder), folder };
}

const urlArg = (seg: Segment): string => String(seg.named.decodedurl ?? seg.named.url ?? seg.named.serverrelativeurl ?? seg.args[0] ?? '');
const overwriteArg = (seg: Segment): boolean => {
  const v = seg.named.overwrite ?? seg.args[1];
  return v === true || v === 'true';
};

/** A folder's `folders`: GET the subfolders, `addUsingPath`, `add`, `getByUrl('name')`, `folders('name')`. */
export function subfoldersNode(ctx: RestContext, parent: () => FolderLocation, seg: Segment): Node {
  const { store } = ctx;
  const child = (name: string): Node => folderNodeAt(ctx, () => {
    const p = parent();
    return locateFolder(ctx, name.startsWith('/') ? name : `${serverRelativeOf(ctx, p)}/${name}`);
  });
  if (seg.call && seg.args.length) return child(String(seg.args[0]));
  return {
    get: () => {
      const p = parent();
      demandView(ctx, p);
      const folders = store.subfolders(p.list, p.path)
        .filter((f) => store.can(ctx.actorId, 'ViewListItems', { list: p.list, item: f }))
        .map((f) => folderEntity(ctx, { list: p.list, path: EmulatorStore.folderPath(f), folder: f }));
      return collectionReply(ctx, folders, 'SP.ApiData.Folders');
    },
    child: (s) => {
      if (s.name === 'addusingpath' || s.name === 'add') {
        return {
          post: () => {
            const p = parent();
            const { dir, name } = targetOf(ctx, p, urlArg(s));
            return entityReply(ctx, folderEntity(ctx, createFolder(ctx, p.list, dir, name, overwriteArg(s))));
          }
        };
      }
      if (s.name === 'getbyurl') return child(urlArg(s));
      return undefined;
    }
  };
}

/** The children every folder of a list or library has besides `files`. */
export function folderChildren(ctx: RestContext, location: () => FolderLocation, seg: Segment): Node | undefined {
  switch (seg.name) {
    case 'folders':
      return subfoldersNode(ctx, location, seg);
    case 'listitemallfields': {
      const loc = location();
      if (loc.folder) return itemNode(ctx, loc.list, loc.folder.id);
      return { get: () => json(200, ctx.shaper.flavour === 'verbose' ? { d: null } : { 'odata.null': true }) };
    }
    case 'addsubfolderusingpath':
      return {
        post: () => {
          const p = location();
          const leaf = ctx.json().leafPath as { DecodedUrl?: unknown } | undefined;
          const name = str(leaf?.DecodedUrl);
          if (!name) throw invalidQuery('leafPath is required.');
          createFolder(ctx, p.list, p.path, name, false);
          return voidReply(ctx, 'AddSubFolderUsingPath');
        }
      };
    case 'recycle':
      return {
        post: () => {
          const loc = location();
          deleteFolder(ctx, loc);
          return json(200, ctx.shaper.property('Recycle', '00000000-0000-0000-0000-000000000000', 'Edm.Guid'));
        }
      };
    default:
      return undefined;
  }
}

function deleteFolder(ctx: RestContext, loc: FolderLocation): void {
  if (!loc.folder) throw invalidQuery('The root folder of a list cannot be deleted.');
  ctx.store.demand(ctx.actorId, 'DeleteListItems', { list: loc.list, item: loc.folder });
  ctx.store.deleteItem(loc.list, loc.folder.id, ctx.ifMatch);
}

function folderNodeAt(ctx: RestContext, location: () => FolderLocation): Node {
  return {
    get: () => {
      const loc = location();
      demandView(ctx, loc);
      return entityReply(ctx, folderEntity(ctx, loc));
    },
    delete: () => {
      deleteFolder(ctx, location());
      return { status: 200 };
    },
    child: (seg) => folderChildren(ctx, location, seg) ?? (() => {
      const loc = location();
      demandView(ctx, loc);
      return propertyNode(ctx, folderEntity(ctx, loc), seg);
    })()
  };
}

/** A folder of a generic list (libraries go through the files module, which adds `files`). */
export function listFolderNode(ctx: RestContext, url: string): Node {
  return folderNodeAt(ctx, () => locateFolder(ctx, url));
}

/** `web/rootFolder`: the site's own folder (`/sites/digiohjelma`), read-only here. */
export function webRootFolderNode(ctx: RestContext): Node {
  const src = (): Source => {
    const s = folderSource(ctx, ctx.store.web.serverRelativeUrl, 0, { uniqueId: ctx.store.web.webId, created: ctx.store.web.created });
    return { ...s, defaults: () => ({ ...s.defaults(), Name: '', WelcomePage: 'SitePages/Home.aspx' }) };
  };
  return {
    get: () => {
      ctx.store.demand(ctx.actorId, 'Open');
      return entityReply(ctx, src());
    },
    child: (seg) => propertyNode(ctx, src(), seg)
  };
}

/** `web/folders`: the lists' root folders; `addUsingPath` with a server-relative URL creates a folder in a list. */
export function webFoldersNode(ctx: RestContext, seg: Segment): Node {
  const { store } = ctx;
  if (seg.call && seg.args.length) return listFolderNode(ctx, String(seg.args[0]));
  return {
    get: () => {
      store.demand(ctx.actorId, 'Open');
      const roots = store.lists().filter((l) => l.baseTemplate === 101 && store.can(ctx.actorId, 'ViewListItems', { list: l }))
        .map((l) => folderEntity(ctx, { list: l, path: '' }));
      return collectionReply(ctx, roots, 'SP.ApiData.Folders');
    },
    child: (s) => {
      if (s.name === 'addusingpath' || s.name === 'add') {
        return {
          post: () => {
            const found = store.locateFolder(urlArg(s));
            if (!found || found.path === '') throw fileNotFound();
            const slash = found.path.lastIndexOf('/');
            const dir = slash < 0 ? '' : found.path.slice(0, slash);
            const name = slash < 0 ? found.path : found.path.slice(slash + 1);
            return entityReply(ctx, folderEntity(ctx, createFolder(ctx, found.list, dir, name, overwriteArg(s))));
          }
        };
      }
      if (s.name === 'getbyurl') return listFolderNode(ctx, urlArg(s));
      return undefined;
    }
  };
}
