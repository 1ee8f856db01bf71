import { randomUUID } from 'node:crypto';
import type { Segment } from '../odata/segments';
import { Coll, Complex } from '../http/shape';
import { invalidQuery } from '../store/errors';
import { str, type RestContext } from './context';
import { listByUrlNode, listsNode } from './lists';
import { collectionReply, entityReply, json, propertyNode, type Node } from './node';
import { groupNode, roleDefinitionByIdNode, roleDefinitionsNode, securableChildren, siteGroupsNode, usersNode } from './security';
import { fileNode, folderNode } from './files';
import { webFoldersNode, webRootFolderNode } from './folders';
import { EmulatorStore } from '../store/store';
import { groupSource, userSource, webSource } from './sources';

/** The digest is not checked (the emulator trusts its callers), but clients need one. */
function digest(): string {
  return `0x${randomUUID().replace(/-/g, '').toUpperCase()}${randomUUID().replace(/-/g, '').toUpperCase()},${new Date().toUTCString()}`;
}

/** The root of `_api/`: `web`, `site`, `contextinfo`. */
export function apiRoot(ctx: RestContext): Node {
  return {
    child: (seg) => {
      switch (seg.name) {
        case 'web':
          return webNode(ctx);
        case 'site':
          return siteNode(ctx);
        case 'contextinfo':
          return {
            post: () => json(200, ctx.shaper.property('GetContextWebInformation', new Complex('SP.ContextWebInformation', {
              FormDigestTimeoutSeconds: 1800, FormDigestValue: digest(), LibraryVersion: '16.0.25000.12003',
              SiteFullUrl: ctx.siteUrl, SupportedSchemaVersions: new Coll('Edm.String', ['14.0.0.0', '15.0.0.0']), WebFullUrl: ctx.siteUrl
            }), 'SP.ContextWebInformation'))
          };
        default:
          return undefined;
      }
    }
  };
}

function siteNode(ctx: RestContext): Node {
  const src = {
    type: 'SP.Site', uri: 'Site',
    defaults: () => ({
      AllowCreateDeclarativeWorkflow: false, Id: ctx.store.web.id, ReadOnly: false, ServerRelativeUrl: ctx.store.web.serverRelativeUrl,
      Url: ctx.siteUrl, ShareByEmailEnabled: false, StatusBarText: null, UIVersionConfigurationEnabled: false, Classification: ''
    })
  };
  return {
    get: () => entityReply(ctx, src),
    child: (seg) => (seg.name === 'rootweb' ? webNode(ctx) : propertyNode(ctx, src, seg))
  };
}

function pathArg(seg: Segment): string {
  const v = seg.named.decodedurl ?? seg.named.serverrelativeurl ?? seg.named.url ?? seg.args[0];
  if (v === undefined || v === null || v === '') throw invalidQuery(`${seg.raw} needs a path.`);
  return String(v);
}

export function webNode(ctx: RestContext): Node {
  const { store } = ctx;
  return {
    get: () => {
      store.demand(ctx.actorId, 'Open');
      return entityReply(ctx, webSource(ctx));
    },
    merge: () => {
      store.demand(ctx.actorId, 'ManageWeb');
      const b = ctx.json();
      store.updateWeb({ title: str(b.Title), description: str(b.Description) });
      return { status: 204 };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'lists':
          if (seg.call && seg.args.length) return listsNode(ctx).child!({ ...seg, raw: 'getById', name: 'getbyid' });
          return listsNode(ctx);
        case 'getlist':
          return listByUrlNode(ctx, seg);
        case 'currentuser':
          return {
            get: () => entityReply(ctx, userSource(ctx, ctx.actor)),
            child: (s) => (s.name === 'groups' ? { get: () => collectionReply(ctx, store.groupsOf(ctx.actorId).map((g) => groupSource(ctx, g)), 'SP.ApiData.Groups') } : undefined)
          };
        case 'ensureuser':
          return {
            post: () => {
              const b = ctx.json();
              const logonName = str(b.logonName) ?? str(b.LogonName) ?? str(seg.args[0]);
              if (!logonName) throw invalidQuery('logonName is required.');
              store.demand(ctx.actorId, 'BrowseUserInfo');
              return entityReply(ctx, userSource(ctx, store.ensureUser(logonName)));
            }
          };
        case 'siteusers':
          if (seg.call && seg.args.length) return usersNode(ctx).child!({ ...seg, name: 'getbyloginname' });
          return usersNode(ctx);
        case 'getuserbyid':
          return usersNode(ctx).child!({ ...seg, name: 'getbyid' });
        case 'sitegroups':
          if (seg.call && seg.args.length) return groupNode(ctx, () => store.groupById(Number(seg.args[0])));
          return siteGroupsNode(ctx);
        case 'associatedownergroup':
          return groupNode(ctx, () => store.groupById(store.web.associatedOwnerGroupId));
        case 'associatedmembergroup':
          return groupNode(ctx, () => store.groupById(store.web.associatedMemberGroupId));
        case 'associatedvisitorgroup':
          return groupNode(ctx, () => store.groupById(store.web.associatedVisitorGroupId));
        case 'parentweb':
          // The root web of a site collection has none.
          return { get: () => json(200, ctx.shaper.flavour === 'verbose' ? { d: null } : { 'odata.null': true }) };
        case 'roledefinitions':
          if (seg.call && seg.args.length) return roleDefinitionByIdNode(ctx, Number(seg.args[0]));
          return roleDefinitionsNode(ctx);
        case 'fields':
          // Site columns: none are provisioned at web level in this product.
          return { get: () => collectionReply(ctx, [], 'SP.ApiData.Fields') };
        case 'getfilebyserverrelativepath':
        case 'getfilebyserverrelativeurl':
        case 'getfilebyurl':
          return fileNode(ctx, pathArg(seg));
        case 'getfilebyid': {
          const id = String(seg.args[0] ?? '').replace(/[{}]/g, '').toLowerCase();
          const f = store.files().find((x) => x.uniqueId === id);
          return fileNode(ctx, f?.serverRelativeUrl ?? `/__missing__/${id}`);
        }
        case 'getfolderbyserverrelativepath':
        case 'getfolderbyserverrelativeurl':
          return folderNode(ctx, pathArg(seg));
        case 'rootfolder':
          return webRootFolderNode(ctx);
        case 'folders':
          return webFoldersNode(ctx, seg);
        case 'getfolderbyid': {
          const id = String(seg.args[0] ?? '').replace(/[{}]/g, '').toLowerCase();
          const folder = store.lists().map((l) => ({ l, f: [...store.items(l)].find((i) => i.fsObjType === 1 && i.guid === id) })).find((x) => x.f);
          return folderNode(ctx, folder?.f ? store.serverRelative(`${folder.l.url}/${EmulatorStore.folderPath(folder.f)}`) : `/__missing__/${id}`);
        }
        case 'webs':
          return { get: () => collectionReply(ctx, [], 'SP.ApiData.Webs') };
        default: {
          const sec = securableChildren(ctx, undefined, seg);
          if (sec) return sec;
          return propertyNode(ctx, webSource(ctx), seg);
        }
      }
    }
  };
}

