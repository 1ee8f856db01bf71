import type { Source } from '../odata/project';
import { fileNotFound, invalidQuery } from '../store/errors';
import { EmulatorStore } from '../store/store';
import type { FileRecord, ListRecord } from '../store/types';
import type { Reply, RestContext } from './context';
import { itemNode } from './items';
import { collectionReply, entityReply, json, propertyNode, voidReply, type Node } from './node';
import { fileSource, fileVersionSource, folderSource } from './sources';
import { folderChildren, folderEntity, listFolderNode, locateFolder } from './folders';

function libraryOf(ctx: RestContext, f: FileRecord): ListRecord {
  const l = ctx.store.listById(f.listId);
  if (!l) throw fileNotFound();
  return l;
}

function binary(content: Buffer, etag?: string): Reply {
  return { status: 200, body: content, headers: { 'Content-Type': 'application/octet-stream', ...(etag ? { ETag: etag } : {}) } };
}

/** A file by server-relative URL: GET, DELETE, `$value` (download / PUT), `listItemAllFields`, `versions`. */
export function fileNode(ctx: RestContext, url: string): Node {
  const { store } = ctx;
  const file = (): FileRecord => {
    const f = store.file(url);
    if (!f) throw fileNotFound();
    store.demand(ctx.actorId, 'ViewListItems', { list: libraryOf(ctx, f), item: store.item(libraryOf(ctx, f), f.itemId) });
    return f;
  };
  const scopeOf = (f: FileRecord) => {
    const list = libraryOf(ctx, f);
    return { list, item: store.item(list, f.itemId) };
  };
  return {
    get: () => entityReply(ctx, fileSource(ctx, file())),
    delete: () => {
      const f = file();
      store.demand(ctx.actorId, 'DeleteListItems', scopeOf(f));
      store.assertNotCheckedOutByOther(f, ctx.actorId);
      store.deleteFile(f, ctx.ifMatch);
      return { status: 200 };
    },
    child: (seg) => {
      switch (seg.name) {
        case '$value':
          return {
            get: () => {
              const f = file();
              return binary(store.fileContentFor(f, ctx.actorId), EmulatorStore.fileEtag(f));
            },
            put: () => {
              const f = file();
              store.demand(ctx.actorId, 'EditListItems', scopeOf(f));
              const saved = store.putFileContent(f, ctx.req.body, ctx.actorId, ctx.ifMatch);
              return { status: 204, headers: { ETag: EmulatorStore.fileEtag(saved) } };
            }
          };
        case 'listitemallfields': {
          const f = file();
          const list = libraryOf(ctx, f);
          return itemNode(ctx, list, f.itemId);
        }
        case 'versions': {
          const versionNode = (id: number): Node => {
            const find = () => {
              const f = file();
              const v = f.history.find((h) => h.version * 512 === id);
              if (!v) throw fileNotFound();
              return { f, v };
            };
            return {
              get: () => { const { f, v } = find(); return entityReply(ctx, fileVersionSource(ctx, f, v)); },
              child: (s) => (s.name === '$value' ? { get: () => binary(Buffer.from(find().v.content, 'base64')) } : undefined)
            };
          };
          if (seg.call && seg.args.length) return versionNode(Number(seg.args[0]));
          return {
            get: () => { const f = file(); return collectionReply(ctx, f.history.map((v) => fileVersionSource(ctx, f, v)), 'SP.ApiData.FileVersions'); },
            child: (s) => (s.name === 'getbyid' ? versionNode(Number(s.args[0])) : undefined)
          };
        }
        case 'recycle':
          return {
            post: () => {
              const f = file();
              store.demand(ctx.actorId, 'DeleteListItems', scopeOf(f));
              store.assertNotCheckedOutByOther(f, ctx.actorId);
              store.deleteFile(f, ctx.ifMatch);
              return json(200, ctx.shaper.property('Recycle', '00000000-0000-0000-0000-000000000000', 'Edm.Guid'));
            }
          };
        case 'checkout': case 'checkin': case 'undocheckout':
          return {
            post: () => {
              const f = file();
              store.demand(ctx.actorId, 'EditListItems', scopeOf(f));
              if (seg.name === 'checkout') store.checkOut(f, ctx.actorId);
              else if (seg.name === 'undocheckout') store.undoCheckOut(f, ctx.actorId);
              else store.checkIn(f, ctx.actorId, String(seg.named.comment ?? seg.args[0] ?? ''), Number(seg.named.checkintype ?? seg.args[1] ?? 1));
              return voidReply(ctx, seg.raw);
            }
          };
        // Minor versions and content approval are not modelled: there is nothing to publish or approve.
        case 'publish': case 'unpublish': case 'approve':
          return { post: () => { store.demand(ctx.actorId, 'EditListItems', scopeOf(file())); return voidReply(ctx, seg.raw); } };
        default: {
          const src = fileSource(ctx, file());
          const nav = Object.keys(src.navs ?? {}).find((k) => k.toLowerCase() === seg.name);
          if (nav) {
            return {
              get: () => {
                const t = src.navs![nav]();
                if (t === null) return json(200, { 'odata.null': true });
                if (Array.isArray(t)) return collectionReply(ctx, t as readonly Source[], 'SP.ApiData.FileVersions');
                return entityReply(ctx, t as Source);
              }
            };
          }
          return propertyNode(ctx, src, seg);
        }
      }
    }
  };
}

function uploadArgs(seg: { args: readonly unknown[]; named: Readonly<Record<string, unknown>> }): { name: string; overwrite: boolean } {
  const name = String(seg.named.decodedurl ?? seg.named.url ?? seg.args[0] ?? '');
  const ow = seg.named.overwrite ?? seg.args[1];
  if (!name) throw invalidQuery('The file URL is required.');
  return { name, overwrite: ow === true || ow === 'true' };
}

/** A folder: GET, `files` (GET, `addUsingPath`, `add`, `files('name')`), `folders`. */
export function folderNode(ctx: RestContext, url: string, source?: () => Source): Node {
  const { store } = ctx;
  if (!store.libraryOfFolder(url)) return listFolderNode(ctx, url);
  const loc = () => {
    const l = store.libraryOfFolder(url);
    if (!l) throw fileNotFound();
    store.demand(ctx.actorId, 'ViewListItems', { list: l.library });
    return l;
  };
  const fileUrl = (name: string): string => (name.startsWith('/') ? name : `${loc().folder}/${name}`);
  const upload = (name: string, overwrite: boolean): Reply => {
    const { library, folder } = loc();
    const existing = store.file(`${folder}/${name}`);
    if (existing) store.demand(ctx.actorId, 'EditListItems', { list: library, item: store.item(library, existing.itemId) });
    else store.demand(ctx.actorId, 'AddListItems', { list: library });
    const f = store.saveFile(folder, name, ctx.req.body, ctx.actorId, { overwrite, ifMatch: ctx.ifMatch });
    return entityReply(ctx, fileSource(ctx, f));
  };
  return {
    get: () => {
      const { library, folder } = loc();
      const located = locateFolder(ctx, folder);
      return entityReply(ctx, source ? source() : located.folder || located.path === '' ? folderEntity(ctx, located) : folderSource(ctx, folder, store.itemCount(library)));
    },
    child: (seg) => {
      if (seg.name === 'files') {
        if (seg.call && seg.args.length) return fileNode(ctx, fileUrl(String(seg.args[0])));
        return {
          get: () => {
            const { library, folder } = loc();
            const files = store.files(library).filter((f) => f.serverRelativeUrl.toLowerCase().startsWith(`${folder.toLowerCase()}/`)
              && !f.serverRelativeUrl.slice(folder.length + 1).includes('/'));
            return collectionReply(ctx, files.map((f) => fileSource(ctx, f)), 'SP.ApiData.Files');
          },
          child: (s) => {
            if (s.name === 'addusingpath' || s.name === 'add') {
              return { post: () => { const a = uploadArgs(s); return upload(a.name, a.overwrite); } };
            }
            if (s.name === 'getbyurl' || s.name === 'getbypathordefault') return fileNode(ctx, fileUrl(String(s.args[0] ?? s.named.url ?? '')));
            return undefined;
          }
        };
      }
      return folderChildren(ctx, () => locateFolder(ctx, loc().folder), seg);
    }
  };
}
