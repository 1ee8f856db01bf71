import type { Segment } from '../odata/segments';
import { fieldNotFound, invalidQuery, listNotFound, propertyNotFound, SpError } from '../store/errors';
import { parseFieldXml } from '../store/fieldxml';
import { EmulatorStore, type FieldPatch, type ListPatch } from '../store/store';
import type { FieldRecord, FieldType, ListRecord, ViewRecord } from '../store/types';
import { FIELD_TYPE_KIND } from '../store/types';
import { bool, num, str, stringArray, type RestContext } from './context';
import { addValidateUpdateItem, itemNode, itemsNode } from './items';
import { collectionReply, entityReply, json, propertyNode, voidReply, type Node } from './node';
import { securableChildren } from './security';
import { fieldSource, listSource, viewFieldsSource, viewSource } from './sources';
import { folderNode } from './files';

/** `web/lists`: GET (with $filter/$select), POST (create), getByTitle, getById, lists(guid'…'). */
export function listsNode(ctx: RestContext): Node {
  const { store } = ctx;
  return {
    get: () => {
      const visible = store.lists().filter((l) => store.can(ctx.actorId, 'ViewListItems', { list: l }) || store.can(ctx.actorId, 'ManageLists', { list: l }));
      return collectionReply(ctx, visible.map((l) => listSource(ctx, l)), 'SP.ApiData.Lists');
    },
    post: () => {
      store.demand(ctx.actorId, 'ManageLists');
      const b = ctx.json();
      const title = str(b.Title);
      if (!title) throw invalidQuery('The list Title is required.');
      const list = store.createList({
        title, baseTemplate: num(b.BaseTemplate) ?? 100, description: str(b.Description),
        enableVersioning: bool(b.EnableVersioning), hidden: bool(b.Hidden),
        properties: listPatchFrom(b, ['Title', 'BaseTemplate', 'Description', 'EnableVersioning', 'Hidden'])
      });
      return entityReply(ctx, listSource(ctx, list), 201);
    },
    child: (seg) => {
      if (seg.name === 'getbytitle') {
        const title = String(seg.args[0] ?? '');
        return listNode(ctx, () => store.listByTitle(title), title);
      }
      if (seg.name === 'getbyid') {
        const id = String(seg.args[0] ?? '');
        return listNode(ctx, () => store.listById(id), id);
      }
      if (seg.name === 'ensuresiteassetslibrary' || seg.name === 'ensuresitepageslibrary') return undefined;
      return undefined;
    }
  };
}

const LIST_PROPS: Readonly<Record<string, { key: keyof ListPatch; kind: 'string' | 'bool' | 'number' }>> = {
  Title: { key: 'title', kind: 'string' }, Description: { key: 'description', kind: 'string' },
  EnableVersioning: { key: 'enableVersioning', kind: 'bool' }, MajorVersionLimit: { key: 'majorVersionLimit', kind: 'number' },
  WriteSecurity: { key: 'writeSecurity', kind: 'number' }, ReadSecurity: { key: 'readSecurity', kind: 'number' },
  Hidden: { key: 'hidden', kind: 'bool' }, NoCrawl: { key: 'noCrawl', kind: 'bool' }, EnableAttachments: { key: 'enableAttachments', kind: 'bool' },
  ContentTypesEnabled: { key: 'contentTypesEnabled', kind: 'bool' }, EnableMinorVersions: { key: 'enableMinorVersions', kind: 'bool' },
  EnableFolderCreation: { key: 'enableFolderCreation', kind: 'bool' }
};
/** Writable SP.List properties the emulator accepts and ignores (no behaviour behind them). */
const IGNORED_LIST_PROPS = new Set(['__metadata', 'AllowContentTypes', 'BaseTemplate', 'ForceCheckout', 'EnableModeration',
  'OnQuickLaunch', 'DraftVersionVisibility', 'IrmEnabled', 'Direction', 'DocumentTemplateUrl', 'ImageUrl', 'ValidationFormula', 'ValidationMessage',
  'DisableGridEditing', 'ListExperienceOptions', 'MajorWithMinorVersionsLimit', 'EnableRequestSignOff', 'DefaultContentApprovalWorkflowId',
  'TemplateFeatureId', 'CustomSchemaXml', 'QuickLaunchOption', 'DataSourceProperties', 'TemplateType', 'Url']);

function listPatchFrom(b: Record<string, unknown>, skip: string[] = []): ListPatch {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) {
    if (skip.includes(k) || IGNORED_LIST_PROPS.has(k) || k.startsWith('odata.')) continue;
    const def = LIST_PROPS[k];
    if (!def) throw propertyNotFound(k, 'SP.List');
    const value = def.kind === 'string' ? str(v) : def.kind === 'bool' ? bool(v) : num(v);
    if (value === undefined) throw invalidQuery(`Invalid value for ${k}.`);
    patch[def.key] = value;
  }
  if (patch.writeSecurity !== undefined && ![1, 2, 4].includes(patch.writeSecurity as number)) throw invalidQuery('WriteSecurity must be 1, 2 or 4.');
  return patch as ListPatch;
}

/** `getList('/sites/x/Lists/Y')`. */
export function listByUrlNode(ctx: RestContext, seg: Segment): Node {
  const url = String(seg.args[0] ?? seg.named.listurl ?? seg.named.url ?? '');
  return listNode(ctx, () => ctx.store.listByUrl(url), url, true);
}

export function listNode(ctx: RestContext, find: () => ListRecord | undefined, what: string, byUrl = false): Node {
  const { store } = ctx;
  const list = (): ListRecord => {
    const l = find();
    if (!l) {
      if (byUrl) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
      throw listNotFound(what, ctx.siteUrl);
    }
    return l;
  };
  const readList = (): ListRecord => {
    const l = list();
    if (!store.can(ctx.actorId, 'ViewListItems', { list: l }) && !store.can(ctx.actorId, 'ManageLists', { list: l })) store.demand(ctx.actorId, 'ViewListItems', { list: l });
    return l;
  };
  return {
    get: () => entityReply(ctx, listSource(ctx, readList())),
    merge: () => {
      const l = list();
      store.demand(ctx.actorId, 'ManageLists', { list: l });
      store.updateList(l, listPatchFrom(ctx.json()), ctx.ifMatch);
      return { status: 204, headers: { ETag: EmulatorStore.listEtag(l) } };
    },
    delete: () => {
      const l = list();
      store.demand(ctx.actorId, 'ManageLists', { list: l });
      store.deleteList(l, ctx.ifMatch);
      return { status: 200 };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'items':
          if (seg.call && seg.args.length) return itemNode(ctx, list(), Number(seg.args[0]));
          return itemsNode(ctx, list());
        case 'getitembyid':
          return itemNode(ctx, list(), Number(seg.args[0]));
        case 'fields':
          if (seg.call && seg.args.length) return fieldNode(ctx, list(), () => list().fields.find((f) => f.id === String(seg.args[0]).replace(/[{}]/g, '').toLowerCase()), String(seg.args[0]));
          return fieldsNode(ctx, list());
        case 'views':
          if (seg.call && seg.args.length) return viewNode(ctx, list(), () => list().views.find((v) => v.id === String(seg.args[0]).replace(/[{}]/g, '').toLowerCase()));
          return viewsNode(ctx, list());
        case 'defaultview':
          return viewNode(ctx, list(), () => list().views.find((v) => v.defaultView));
        case 'getview':
          return viewNode(ctx, list(), () => list().views.find((v) => v.id === String(seg.args[0]).replace(/[{}]/g, '').toLowerCase()));
        case 'rootfolder': {
          const l = list();
          return folderNode(ctx, `${store.web.serverRelativeUrl}/${l.url}`);
        }
        case 'addvalidateupdateitemusingpath':
          return { post: () => addValidateUpdateItem(ctx, list()) };
        case 'recycle':
          return {
            post: () => {
              const l = list();
              store.demand(ctx.actorId, 'ManageLists', { list: l });
              store.deleteList(l);
              return json(200, ctx.shaper.property('Recycle', '00000000-0000-0000-0000-000000000000', 'Edm.Guid'));
            }
          };
        case 'titleresource':
          return userResourceNode(ctx, list, 'title');
        case 'descriptionresource':
          return userResourceNode(ctx, list, 'description');
        case 'getitems':
          return undefined;
        default: {
          const sec = securableChildren(ctx, { list: list() }, seg);
          if (sec) return sec;
          return propertyNode(ctx, listSource(ctx, readList()), seg);
        }
      }
    }
  };
}

/** The site's default UI culture: its value is the list's own Title/Description. */
const DEFAULT_CULTURE = 'fi-fi';

/**
 * `TitleResource` / `DescriptionResource` (SP.UserResource): `GetValueForUICulture` and
 * `SetValueForUICulture` with `{ cultureName, value }`. A culture without a translation answers the default.
 */
function userResourceNode(ctx: RestContext, list: () => ListRecord, which: 'title' | 'description'): Node {
  const { store } = ctx;
  const resourcesKey = which === 'title' ? 'titleResources' : 'descriptionResources';
  const cultureOf = (): string => {
    const name = str(ctx.json().cultureName);
    if (!name) throw invalidQuery('cultureName is required.');
    return name.toLowerCase();
  };
  return {
    child: (seg) => {
      if (seg.name === 'getvalueforuiculture') {
        return {
          post: () => {
            const l = list();
            const culture = cultureOf();
            const value = culture === DEFAULT_CULTURE ? l[which] : l[resourcesKey]?.[culture] ?? l[which];
            return json(200, ctx.shaper.property('GetValueForUICulture', value, 'Edm.String'));
          }
        };
      }
      if (seg.name === 'setvalueforuiculture') {
        return {
          post: () => {
            const l = list();
            store.demand(ctx.actorId, 'ManageLists', { list: l });
            const culture = cultureOf();
            const value = str(ctx.json().value) ?? '';
            if (culture === DEFAULT_CULTURE) store.updateList(l, { [which]: value });
            else store.updateList(l, { [resourcesKey]: { ...(l[resourcesKey] ?? {}), [culture]: value } });
            return voidReply(ctx, 'SetValueForUICulture');
          }
        };
      }
      return undefined;
    }
  };
}

// --------------------------------------------------------------------------------------------------
// Fields
// --------------------------------------------------------------------------------------------------

const KIND_TO_TYPE: Readonly<Record<number, FieldType>> = Object.fromEntries(
  Object.entries(FIELD_TYPE_KIND).map(([k, v]) => [v, k as FieldType])
) as Record<number, FieldType>;

function fieldsNode(ctx: RestContext, list: ListRecord): Node {
  const { store } = ctx;
  const demandManage = (): void => store.demand(ctx.actorId, 'ManageLists', { list });
  const addFromProps = (props: Record<string, unknown>): Node['post'] => () => {
    demandManage();
    const kind = num(props.FieldTypeKind);
    const type = kind !== undefined ? KIND_TO_TYPE[kind] : undefined;
    const title = str(props.Title);
    if (!type || !title) throw invalidQuery('Title and FieldTypeKind are required.');
    const f = store.addField(list, {
      title, type, internalName: str(props.InternalName) ?? str(props.StaticName),
      required: bool(props.Required), indexed: bool(props.Indexed), enforceUniqueValues: bool(props.EnforceUniqueValues),
      choices: stringArray(props.Choices), maxLength: num(props.MaxLength), min: num(props.MinimumValue), max: num(props.MaximumValue),
      description: str(props.Description), group: str(props.Group), defaultValue: str(props.DefaultValue) ?? null
    });
    return entityReply(ctx, fieldSource(ctx, list, f), 201);
  };
  return {
    get: () => {
      store.demand(ctx.actorId, 'ViewListItems', { list });
      return collectionReply(ctx, list.fields.map((f) => fieldSource(ctx, list, f)), 'SP.ApiData.Fields');
    },
    post: () => addFromProps(ctx.json())!(),
    child: (seg) => {
      switch (seg.name) {
        case 'createfieldasxml':
          return {
            post: () => {
              demandManage();
              const p = ctx.parameters();
              const xml = str(p.SchemaXml);
              if (!xml) throw invalidQuery('SchemaXml is required.');
              const f = store.addFieldAsXml(list, xml, num(p.Options) ?? 0);
              return entityReply(ctx, fieldSource(ctx, list, f));
            }
          };
        case 'addfield':
          return { post: () => addFromProps(ctx.parameters())!() };
        case 'getbyinternalnameortitle':
        case 'getbytitle': {
          const name = String(seg.args[0] ?? '');
          const find = seg.name === 'getbytitle'
            ? () => list.fields.find((f) => f.title === name) ?? list.fields.find((f) => f.title.toLowerCase() === name.toLowerCase())
            : () => store.fieldByName(list, name);
          return fieldNode(ctx, list, find, name);
        }
        case 'getbyid':
          return fieldNode(ctx, list, () => list.fields.find((f) => f.id === String(seg.args[0]).replace(/[{}]/g, '').toLowerCase()), String(seg.args[0]));
        default:
          return undefined;
      }
    }
  };
}

function fieldPatchFrom(ctx: RestContext, field: FieldRecord, b: Record<string, unknown>): FieldPatch {
  const patch: Record<string, unknown> = {};
  const map: Record<string, [keyof FieldPatch, (v: unknown) => unknown]> = {
    Title: ['title', str], Description: ['description', str], Indexed: ['indexed', bool], EnforceUniqueValues: ['enforceUniqueValues', bool],
    Choices: ['choices', stringArray], Required: ['required', bool], DefaultValue: ['defaultValue', (v) => (v === null ? null : str(v))],
    Hidden: ['hidden', bool], MaxLength: ['maxLength', num], MinimumValue: ['min', num], MaximumValue: ['max', num],
    FillInChoice: ['fillInChoice', bool], Group: ['group', str]
  };
  const ignored = new Set(['__metadata', 'FieldTypeKind', 'TypeAsString', 'ValidationFormula', 'ValidationMessage', 'JSLink', 'EditFormat',
    'DisplayFormat', 'ShowAsPercentage', 'CurrencyLocaleId', 'RichText', 'NumberOfLines', 'AppendOnly', 'SelectionMode', 'AllowMultipleValues',
    'LookupField', 'ClientSideComponentId', 'CustomFormatter', 'StaticName', 'InternalName', 'EntityPropertyName']);
  for (const [k, v] of Object.entries(b)) {
    if (ignored.has(k) || k.startsWith('odata.')) continue;
    if (k === 'SchemaXml' && typeof v === 'string') {
      const parsed = parseFieldXml(v).field;
      Object.assign(patch, {
        title: parsed.title, required: parsed.required, indexed: parsed.indexed, enforceUniqueValues: parsed.enforceUniqueValues,
        hidden: parsed.hidden, defaultValue: parsed.defaultValue, ...(parsed.choices ? { choices: parsed.choices, fillInChoice: parsed.fillInChoice } : {}),
        ...(parsed.min !== undefined ? { min: parsed.min } : {}), ...(parsed.max !== undefined ? { max: parsed.max } : {}),
        ...(parsed.maxLength !== undefined ? { maxLength: parsed.maxLength } : {})
      });
      continue;
    }
    const def = map[k];
    if (!def) throw propertyNotFound(k, fieldSource(ctx, undefined, field).type);
    patch[def[0]] = def[1](v);
  }
  return patch as FieldPatch;
}

function fieldNode(ctx: RestContext, list: ListRecord, find: () => FieldRecord | undefined, name: string): Node {
  const { store } = ctx;
  const field = (): FieldRecord => {
    const f = find();
    if (!f) throw fieldNotFound(name);
    return f;
  };
  return {
    get: () => {
      store.demand(ctx.actorId, 'ViewListItems', { list });
      return entityReply(ctx, fieldSource(ctx, list, field()));
    },
    merge: () => {
      store.demand(ctx.actorId, 'ManageLists', { list });
      const f = field();
      store.updateField(list, f, fieldPatchFrom(ctx, f, ctx.json()));
      return { status: 204 };
    },
    delete: () => {
      store.demand(ctx.actorId, 'ManageLists', { list });
      store.deleteField(list, field());
      return { status: 200 };
    },
    child: (seg) => {
      if (/^setshowin(display|edit|new)form$/.test(seg.name)) return { post: () => { store.demand(ctx.actorId, 'ManageLists', { list }); return voidReply(ctx, seg.raw); } };
      return propertyNode(ctx, fieldSource(ctx, list, field()), seg);
    }
  };
}

// --------------------------------------------------------------------------------------------------
// Views
// --------------------------------------------------------------------------------------------------

function viewsNode(ctx: RestContext, list: ListRecord): Node {
  const { store } = ctx;
  return {
    get: () => {
      store.demand(ctx.actorId, 'ViewListItems', { list });
      return collectionReply(ctx, list.views.map((v) => viewSource(ctx, list, v)), 'SP.ApiData.Views');
    },
    post: () => {
      store.demand(ctx.actorId, 'ManageLists', { list });
      const b = ctx.json();
      const p = b.parameters && typeof b.parameters === 'object' ? (b.parameters as Record<string, unknown>) : b;
      const title = str(p.Title);
      if (!title) throw invalidQuery('The view Title is required.');
      const v = store.addView(list, {
        title, personalView: bool(p.PersonalView), viewQuery: str(p.ViewQuery), rowLimit: num(p.RowLimit), paged: bool(p.Paged),
        defaultView: bool(p.SetAsDefaultView) ?? bool(p.DefaultView), viewFields: stringArray(p.ViewFields)
      });
      return entityReply(ctx, viewSource(ctx, list, v), 201);
    },
    child: (seg) => {
      if (seg.name === 'getbytitle') {
        const title = String(seg.args[0] ?? '');
        return viewNode(ctx, list, () => list.views.find((v) => v.title === title) ?? list.views.find((v) => v.title.toLowerCase() === title.toLowerCase()));
      }
      if (seg.name === 'getbyid') return viewNode(ctx, list, () => list.views.find((v) => v.id === String(seg.args[0]).replace(/[{}]/g, '').toLowerCase()));
      return undefined;
    }
  };
}

function viewNode(ctx: RestContext, list: ListRecord, find: () => ViewRecord | undefined): Node {
  const { store } = ctx;
  const view = (): ViewRecord => {
    const v = find();
    if (!v) throw new SpError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');
    return v;
  };
  const manage = (): void => store.demand(ctx.actorId, 'ManageLists', { list });
  return {
    get: () => entityReply(ctx, viewSource(ctx, list, view())),
    merge: () => {
      manage();
      const b = ctx.json();
      const allowed = new Set(['__metadata', 'Title', 'ViewQuery', 'RowLimit', 'DefaultView', 'Hidden', 'Paged', 'JSLink', 'CustomFormatter', 'Scope', 'TabularView']);
      for (const k of Object.keys(b)) if (!allowed.has(k) && !k.startsWith('odata.')) throw propertyNotFound(k, 'SP.View');
      store.updateView(list, view(), { title: str(b.Title), viewQuery: str(b.ViewQuery), rowLimit: num(b.RowLimit), defaultView: bool(b.DefaultView), hidden: bool(b.Hidden), paged: bool(b.Paged) });
      return { status: 204 };
    },
    delete: () => {
      manage();
      store.deleteView(list, view());
      return { status: 200 };
    },
    child: (seg) => {
      if (seg.name === 'viewfields') {
        return {
          get: () => entityReply(ctx, viewFieldsSource(ctx, list, view())),
          child: (s) => {
            const name = String(s.args[0] ?? s.named.strfield ?? s.named.field ?? '');
            switch (s.name) {
              case 'addviewfield':
                return { post: () => {
                  manage();
                  const v = view();
                  const f = store.fieldByName(list, name);
                  if (!f) throw fieldNotFound(name);
                  if (!v.viewFields.includes(f.internalName)) store.setViewFields(list, v, [...v.viewFields, f.internalName]);
                  return voidReply(ctx, 'AddViewField');
                } };
              case 'removeviewfield':
                return { post: () => {
                  manage();
                  const v = view();
                  const f = store.fieldByName(list, name);
                  store.setViewFields(list, v, v.viewFields.filter((n) => n !== (f?.internalName ?? name)));
                  return voidReply(ctx, 'RemoveViewField');
                } };
              case 'removeallviewfields':
                return { post: () => { manage(); store.setViewFields(list, view(), []); return voidReply(ctx, 'RemoveAllViewFields'); } };
              case 'moveviewfieldto':
                return { post: () => {
                  manage();
                  const b = ctx.json();
                  const field = str(b.field) ?? '';
                  const index = num(b.index) ?? 0;
                  const v = view();
                  const rest = v.viewFields.filter((n) => n !== field);
                  rest.splice(index, 0, field);
                  store.setViewFields(list, v, rest);
                  return voidReply(ctx, 'MoveViewFieldTo');
                } };
              default:
                return undefined;
            }
          }
        };
      }
      if (seg.name === 'setviewxml') return { post: () => { manage(); return voidReply(ctx, 'SetViewXml'); } };
      return propertyNode(ctx, viewSource(ctx, list, view()), seg);
    }
  };
}
