import type { SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { SPQueryable, spPost } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import {
  allFields, choiceSpValue, decisionsListOf, entityToItem, fieldByKey, hasDecisionValues, isDecisionField, itemToEntity, ROADMAP_ACTIONS, SCHEMA_VERSION_FIELD,
  storedFields, type FieldDef, type Fields, type GroupKey, type ListDef, type RawItem, type ViewDef
} from '../../core/schema';
import { syncOwnerRights, type OwnedAction } from '../permissions';
import { httpStatusOf, toDataError } from '../errors';
import { webPathOf } from '../sp';
import { fieldSchemaXml, normaliseCaml, schemaVersionFieldXml, SP_FIELD_TYPE, viewFieldName, viewQuery } from './field-xml';
import { ROLE_TYPE_KIND, type SchemaDefinition } from './schema-definition';
import '../pnp';

/**
 * Provisioning as an ordered list of small named steps. Each step reads what is there, changes only what
 * differs from the schema and says what it did, so a second run reports every step `unchanged`.
 * Nothing is ever deleted: no list, field, item or view; an existing field's type is never changed.
 */

export type StepOutcome = 'created' | 'updated' | 'unchanged' | 'warning';

export interface StepResult {
  readonly step: string;
  readonly outcome: StepOutcome;
  /** What was created or changed, or why something was left alone. */
  readonly details: readonly string[];
}

/** Shared state of one provisioning run. */
export interface ProvisionContext {
  readonly sp: SPFI;
  readonly webPath: string;
  readonly schema: SchemaDefinition;
  /** List key → list GUID, filled by the list steps (lookups need the target's id). */
  readonly listIds: Map<string, string>;
  /** Our groups' principal ids, filled by the group steps. */
  readonly groupIds: Map<GroupKey, number>;
  /** The lowest schema version found on the site's lists (0 on a new site). */
  storedVersion: number;
  roleDefinitionIds?: Promise<Map<number, number>>;
}

export interface ProvisionStep {
  readonly name: string;
  run(ctx: ProvisionContext): Promise<StepResult>;
}

/** Thrown when the site was provisioned by a newer schema than this code knows: never downgrade. */
export class NewerSchemaError extends Error {
  public readonly name = 'NewerSchemaError';
  public constructor(public readonly siteVersion: number, public readonly knownVersion: number) {
    super(`the site is at schema version ${siteVersion}, newer than this tool's ${knownVersion}; update Digitiekartta first`);
  }
}

export function createContext(sp: SPFI, schema: SchemaDefinition): ProvisionContext {
  return { sp, webPath: webPathOf(sp), schema, listIds: new Map(), groupIds: new Map(), storedVersion: 0 };
}

class Changes {
  public readonly created: string[] = [];
  public readonly updated: string[] = [];
  public readonly warnings: string[] = [];

  public result(step: string): StepResult {
    const outcome: StepOutcome = this.created.length > 0 ? 'created' : this.updated.length > 0 ? 'updated' : this.warnings.length > 0 ? 'warning' : 'unchanged';
    return { step, outcome, details: [...this.created, ...this.updated, ...this.warnings] };
  }
}

function listOf(ctx: ProvisionContext, def: ListDef, sp: SPFI = ctx.sp): IList {
  return sp.web.getList(`${ctx.webPath}/${def.url}`);
}

/** Runs a read; a 404 (list or field not there yet) is `undefined`, anything else is an error. */
async function maybe<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}

/** JSON Light gives a string collection as an array; the verbose flavour as `{ results }`. */
function stringsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const results = (value as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? results.map(String) : [];
}

// -------------------------------------------------------------------------------------------------- site

function siteStep(): ProvisionStep {
  return {
    name: 'site',
    async run(ctx) {
      const web = await ctx.sp.web.select('Title', 'ServerRelativeUrl')<{ Title: string; ServerRelativeUrl: string }>();
      return { step: 'site', outcome: 'unchanged', details: [`${web.Title} (${web.ServerRelativeUrl})`] };
    }
  };
}

interface VersionField {
  readonly Id: string;
  readonly DefaultValue: string | null;
}

/**
 * The version field of a list, found by filtering the field collection: `getByInternalNameOrTitle` on a
 * missing field answers 400 "Column does not exist", which cannot be told from other errors reliably.
 * Undefined when the list itself does not exist.
 */
async function readVersionField(ctx: ProvisionContext, def: ListDef): Promise<VersionField | null | undefined> {
  const found = await maybe(listOf(ctx, def).fields.filter(`InternalName eq '${SCHEMA_VERSION_FIELD}'`).select('Id', 'DefaultValue')<VersionField[]>());
  if (found === undefined) return undefined;
  return found[0] ?? null;
}

async function readStoredVersion(ctx: ProvisionContext, def: ListDef): Promise<number | undefined> {
  const field = await readVersionField(ctx, def);
  if (field === undefined) return undefined;
  // A list provisioned before versions were recorded counts as version 0.
  return field === null ? 0 : Number(field.DefaultValue ?? 0) || 0;
}

function schemaVersionStep(): ProvisionStep {
  return {
    name: 'schema version',
    async run(ctx) {
      const found: number[] = [];
      for (const def of ctx.schema.lists) {
        const version = await readStoredVersion(ctx, def);
        if (version !== undefined) found.push(version);
      }
      const newest = found.length > 0 ? Math.max(...found) : 0;
      if (newest > ctx.schema.version) throw new NewerSchemaError(newest, ctx.schema.version);
      ctx.storedVersion = found.length > 0 ? Math.min(...found) : 0;
      const detail = found.length === 0
        ? `new site: provisioning schema version ${ctx.schema.version}`
        : ctx.storedVersion < ctx.schema.version
          ? `site at schema version ${ctx.storedVersion}: upgrading to ${ctx.schema.version}`
          : `site at schema version ${ctx.storedVersion}`;
      return { step: 'schema version', outcome: 'unchanged', details: [detail] };
    }
  };
}

// ------------------------------------------------------------------------------------------------ groups

function groupStep(key: GroupKey): ProvisionStep {
  const name = `group ${key}`;
  return {
    name,
    async run(ctx) {
      const def = ctx.schema.groups.filter((g) => g.key === key)[0];
      const groups = await ctx.sp.web.siteGroups.select('Id', 'Title', 'OnlyAllowMembersViewMembership')<{ Id: number; Title: string; OnlyAllowMembersViewMembership: boolean }[]>();
      const existing = groups.filter((g) => g.Title === def.name)[0];
      if (existing) {
        ctx.groupIds.set(key, existing.Id);
        if (def.membershipVisible && existing.OnlyAllowMembersViewMembership) {
          await ctx.sp.web.siteGroups.getById(existing.Id).update({ OnlyAllowMembersViewMembership: false });
          return { step: name, outcome: 'updated', details: [`${def.name}: membership visible to everyone`] };
        }
        return { step: name, outcome: 'unchanged', details: [def.name] };
      }
      const created = await ctx.sp.web.siteGroups.add({
        Title: def.name, Description: def.description.fi, ...(def.membershipVisible ? { OnlyAllowMembersViewMembership: false } : {})
      });
      ctx.groupIds.set(key, created.Id);
      return { step: name, outcome: 'created', details: [def.name] };
    }
  };
}

// ------------------------------------------------------------------------------------------------- lists

interface ListInfo {
  readonly Id: string;
  readonly EnableVersioning: boolean;
  readonly WriteSecurity: number;
  readonly EnableFolderCreation: boolean;
}

/**
 * SharePoint's UI cultures for our three languages (the language packs are fi-FI, sv-SE and en-US; there
 * is no sv-FI UI). The site's default culture's value is the list's own Title.
 */
export const UI_CULTURES: Readonly<Record<'fi' | 'sv' | 'en', string>> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

type UserResource = 'TitleResource' | 'DescriptionResource';

function userResource(list: IList, resource: UserResource, method: 'GetValueForUICulture' | 'SetValueForUICulture'): IList {
  return SPQueryable(list, `${resource}/${method}`) as IList;
}

/**
 * Localised display titles and descriptions through the lists' multilingual user resources. Title is read
 * and written per culture, never through `Title` itself: SharePoint answers `Title` in the caller's UI
 * language, so comparing it with the Finnish title would flip an English admin's translation every run.
 */
async function localiseListTexts(ctx: ProvisionContext, def: ListDef, changes: Changes): Promise<void> {
  const wanted: { resource: UserResource; culture: string; value: string }[] = [];
  for (const lang of ['fi', 'sv', 'en'] as const) {
    wanted.push({ resource: 'TitleResource', culture: UI_CULTURES[lang], value: def.titles[lang] });
    wanted.push({ resource: 'DescriptionResource', culture: UI_CULTURES[lang], value: def.description[lang] });
  }
  const [batched, execute] = ctx.sp.batched();
  const reads = wanted.map((w) => spPost<string>(userResource(listOf(ctx, def, batched), w.resource, 'GetValueForUICulture'), body({ cultureName: w.culture })));
  await execute();
  const current = await Promise.all(reads);
  const differing = wanted.filter((w, i) => current[i] !== w.value);
  if (differing.length === 0) return;
  // Write all of them: a culture without its own value answers the default one, so a translation that
  // merely looked right (`Ideas` before the Finnish title was set) would follow the Finnish title away.
  const [writer, write] = ctx.sp.batched();
  const writes = wanted.map((w) => spPost(userResource(listOf(ctx, def, writer), w.resource, 'SetValueForUICulture'), body({ cultureName: w.culture, value: w.value })));
  await write();
  await Promise.all(writes);
  if (changes.created.length === 0) {
    changes.updated.push(...differing.map((w) => `${w.resource === 'TitleResource' ? 'title' : 'description'} (${w.culture}) → ${w.value}`));
  }
}

function listStep(def: ListDef): ProvisionStep {
  const name = `list ${def.url}`;
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      const wanted: Readonly<Record<string, string | number | boolean>> = {
        EnableVersioning: def.versioning,
        WriteSecurity: ctx.schema.security[def.key]?.writeSecurity ?? 1,
        // Per-item folders are made by code, but SharePoint may refuse folders in a list that does not allow them.
        ...(def.folderPer ? { EnableFolderCreation: true } : {})
      };
      const read = (): Promise<ListInfo | undefined> =>
        maybe(listOf(ctx, def).select('Id', 'EnableVersioning', 'WriteSecurity', 'EnableFolderCreation')<ListInfo>());
      let info = await read();
      if (!info) {
        // SharePoint derives the URL from the title at creation: create with the URL's last segment, then
        // give the list its titles. The URL stays, so code keeps finding it whatever the title.
        const segment = def.url.split('/').pop() ?? def.url;
        await ctx.sp.web.lists.add(segment, def.description.fi, 100, false, { EnableVersioning: def.versioning });
        info = await read();
        if (!info) throw new Error(`SharePoint did not create ${def.url}; is a list titled "${segment}" using another URL?`);
        changes.created.push(`created ${def.url}`);
      }
      const current = info as unknown as Readonly<Record<string, unknown>>;
      const differing = Object.keys(wanted).filter((k) => current[k] !== wanted[k]);
      if (differing.length > 0) {
        const update: Record<string, unknown> = {};
        for (const k of differing) update[k] = wanted[k];
        await listOf(ctx, def).update(update);
        if (changes.created.length === 0) changes.updated.push(...differing.map((k) => `${k}: ${String(current[k])} → ${String(wanted[k])}`));
      }
      await localiseListTexts(ctx, def, changes);
      ctx.listIds.set(def.key, info.Id);
      return changes.result(name);
    }
  };
}

// ------------------------------------------------------------------------------------------------ fields

interface FieldInfo {
  readonly Id: string;
  readonly InternalName: string;
  readonly TypeAsString: string;
  readonly Title: string;
  readonly Required: boolean;
  readonly Indexed: boolean;
  readonly EnforceUniqueValues: boolean;
  readonly SchemaXml: string;
}

/**
 * SharePoint names a field created from XML after its DisplayName unless told to take the XML's `Name`
 * (SP.AddFieldOptions.AddFieldInternalNameHint = 8): without it DtCode would become `Tunnus`.
 */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

function asXmlCreation(schemaXml: string): { SchemaXml: string; Options: number } {
  return { SchemaXml: schemaXml, Options: ADD_FIELD_INTERNAL_NAME_HINT };
}

function choicesIn(schemaXml: string): string[] {
  const out: string[] = [];
  const re = /<CHOICE>([^<]*)<\/CHOICE>/g;
  for (let m = re.exec(schemaXml); m !== null; m = re.exec(schemaXml)) {
    out.push(m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  }
  return out;
}

/** Reconciles one existing field with its definition: label, required, index. Never its type. */
async function reconcileField(ctx: ProvisionContext, def: ListDef, field: FieldDef, info: FieldInfo, changes: Changes): Promise<void> {
  const expectedType = SP_FIELD_TYPE[field.kind];
  if (info.TypeAsString !== expectedType && !(expectedType === 'User' && info.TypeAsString === 'UserMulti')) {
    changes.warnings.push(`${field.internalName} is ${info.TypeAsString} on the site, ${expectedType} in the schema: left as is`);
    return;
  }
  const update: Record<string, unknown> = {};
  if (info.Title !== field.labels.fi) update.Title = field.labels.fi;
  if (info.Required !== (field.required === true)) update.Required = field.required === true;
  if ((field.indexed === true || field.unique === true) && !info.Indexed) update.Indexed = true;
  if (Object.keys(update).length > 0) {
    await listOf(ctx, def).fields.getById(info.Id).update(update, 'SP.Field');
    const what: Readonly<Record<string, string>> = { Title: `display name "${field.labels.fi}"`, Required: `required ${String(update.Required)}`, Indexed: 'indexed' };
    changes.updated.push(`${field.internalName}: ${Object.keys(update).map((k) => what[k] ?? k).join(', ')}`);
  }
  if (field.unique === true && !info.EnforceUniqueValues) {
    try {
      await listOf(ctx, def).fields.getById(info.Id).update({ EnforceUniqueValues: true }, 'SP.Field');
      changes.updated.push(`${field.internalName}: EnforceUniqueValues`);
    } catch (error) {
      // Existing duplicate values make SharePoint refuse; the data must be fixed by a person first.
      changes.warnings.push(`${field.internalName}: could not enforce unique values (${toDataError(error, 'enforce unique').message.split('\n')[0]})`);
    }
  }
  if (field.choices && (field.kind === 'choice' || field.kind === 'multichoice')) {
    const onSite = new Set(choicesIn(info.SchemaXml ?? ''));
    const missing = field.choices.map(choiceSpValue).filter((v) => !onSite.has(v));
    if (missing.length > 0) changes.warnings.push(`${field.internalName}: choices missing on the site (${missing.join(', ')}): add them in the list settings`);
  }
}

function fieldsStep(def: ListDef): ProvisionStep {
  const name = `fields ${def.url}`;
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      const onSite = await listOf(ctx, def).fields.select('Id', 'InternalName', 'TypeAsString', 'Title', 'Required', 'Indexed', 'EnforceUniqueValues', 'SchemaXml')<FieldInfo[]>();
      const byName: Map<string, FieldInfo> = new Map(onSite.map((f) => [f.InternalName, f]));
      const missing: FieldDef[] = [];
      for (const field of storedFields(def)) {
        const info = byName.get(field.internalName);
        if (info) await reconcileField(ctx, def, field, info, changes);
        else missing.push(field);
      }
      // The steering group's fields that an older schema kept here: no longer read or written (their values
      // moved to the decisions list), never required, left in place with their history.
      for (const field of allFields(def).filter((f) => isDecisionField(def, f.key))) {
        const info = byName.get(field.internalName);
        if (info?.Required) {
          await listOf(ctx, def).fields.getById(info.Id).update({ Required: false }, 'SP.Field');
          changes.updated.push(`${field.internalName}: kept from schema ${field.since}, no longer required (its values live in ${def.decisions?.list ?? ''})`);
        }
      }
      if (missing.length > 0) {
        const [batched, execute] = ctx.sp.batched({ maxRequests: 100 });
        const failures: string[] = [];
        const pending = missing.map((field) => {
          const target = field.lookupList !== undefined ? ctx.listIds.get(field.lookupList) : undefined;
          if (field.kind === 'lookup' && target === undefined) {
            failures.push(`${field.internalName}: list ${String(field.lookupList)} is not in this schema`);
            return Promise.resolve();
          }
          return listOf(ctx, def, batched).fields.createFieldAsXml(asXmlCreation(fieldSchemaXml(field, target))).then(
            () => {
              const note = field.since <= ctx.storedVersion ? ' (was missing)' : field.since > 1 && ctx.storedVersion > 0 ? ` (schema ${field.since})` : '';
              changes.created.push(`${field.internalName}${note}`);
            },
            (error: unknown) => {
              failures.push(`${field.internalName}: ${toDataError(error, 'create field').message.split('\n')[0]}`);
            }
          );
        });
        await execute();
        await Promise.all(pending);
        if (failures.length > 0) throw new Error(`could not create fields in ${def.url}: ${failures.join('; ')}`);
      }
      return changes.result(name);
    }
  };
}

// ------------------------------------------------------------------------------------------------- views

interface ViewInfo {
  readonly Id: string;
  readonly Title: string;
  readonly ServerRelativeUrl: string;
  readonly DefaultView: boolean;
  readonly ViewQuery: string | null;
  readonly RowLimit: number;
}

/** Our views are found by URL (`<key>.aspx`), like lists; the default view may be the list's own AllItems. */
function findView(views: readonly ViewInfo[], view: ViewDef): ViewInfo | undefined {
  const byUrl = views.filter((v) => v.ServerRelativeUrl.toLowerCase().endsWith(`/${view.key.toLowerCase()}.aspx`))[0];
  if (byUrl || !view.isDefault) return byUrl;
  return views.filter((v) => v.DefaultView)[0];
}

function viewsStep(def: ListDef): ProvisionStep {
  const name = `views ${def.url}`;
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      const views = await listOf(ctx, def).views.select('Id', 'Title', 'ServerRelativeUrl', 'DefaultView', 'ViewQuery', 'RowLimit')<ViewInfo[]>();
      for (const view of def.views) {
        const wantedQuery = viewQuery(def, view);
        const wantedFields = view.fields.map((k) => viewFieldName(def, k));
        const rowLimit = view.rowLimit ?? 100;
        let existing = findView(views, view);
        let created = false;
        if (!existing) {
          // Created with the key as title so that its URL is `<key>.aspx`; then given its Finnish title.
          existing = (await listOf(ctx, def).views.add(view.key, false, {
            ViewQuery: wantedQuery, RowLimit: rowLimit, DefaultView: view.isDefault === true, Paged: true
          })) as ViewInfo;
          created = true;
          changes.created.push(`view ${view.key} (${view.title.fi})`);
        }
        const viewRef = listOf(ctx, def).views.getById(existing.Id);
        const update: Record<string, unknown> = {};
        if (existing.Title !== view.title.fi) update.Title = view.title.fi;
        if (normaliseCaml(existing.ViewQuery) !== normaliseCaml(wantedQuery)) update.ViewQuery = wantedQuery;
        if (Number(existing.RowLimit) !== rowLimit) update.RowLimit = rowLimit;
        if (view.isDefault === true && !existing.DefaultView) update.DefaultView = true;
        if (Object.keys(update).length > 0) {
          await viewRef.update(update);
          if (!created) changes.updated.push(`view ${view.key}: ${Object.keys(update).join(', ')}`);
        }
        const shown = stringsOf(((await viewRef.fields()) as { Items?: unknown }).Items);
        if (shown.join('|') !== wantedFields.join('|')) {
          const [batched, execute] = ctx.sp.batched();
          const batchedView = listOf(ctx, def, batched).views.getById(existing.Id);
          const pending = [batchedView.fields.removeAll(), ...wantedFields.map((f) => batchedView.fields.add(f))];
          await execute();
          await Promise.all(pending);
          if (!created) changes.updated.push(`view ${view.key}: columns`);
        }
      }
      return changes.result(name);
    }
  };
}

// ------------------------------------------------------------------------------------------- permissions

/** RoleTypeKind → role definition id, read once per run. */
function roleDefinitionIds(ctx: ProvisionContext): Promise<Map<number, number>> {
  if (!ctx.roleDefinitionIds) {
    ctx.roleDefinitionIds = ctx.sp.web.roleDefinitions
      .select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>()
      .then((defs) => new Map(defs.map((d) => [d.RoleTypeKind, d.Id])));
  }
  return ctx.roleDefinitionIds;
}

interface RoleAssignmentInfo {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings: readonly { readonly Id: number }[] | { readonly results: readonly { readonly Id: number }[] };
}

function bindingIds(assignment: RoleAssignmentInfo | undefined): number[] {
  if (!assignment) return [];
  const bindings = assignment.RoleDefinitionBindings;
  const list = Array.isArray(bindings) ? bindings : (bindings as { results: readonly { Id: number }[] }).results;
  return list.map((b) => b.Id);
}

function permissionsStep(def: ListDef): ProvisionStep {
  const name = `permissions ${def.url}`;
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      const security = ctx.schema.security[def.key];
      if (!security) return changes.result(name);
      const roleIds = await roleDefinitionIds(ctx);
      const list = listOf(ctx, def);
      const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (!HasUniqueRoleAssignments) {
        // Not copied: the site's Members would otherwise keep editing every action (security.ts decides).
        await list.breakRoleInheritance(false, false);
        changes.updated.push('stopped inheriting the site permissions');
        // The site's owners keep administering the list (when the site has an owners group).
        const owners = await maybe(ctx.sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>());
        const fullControl = roleIds.get(ROLE_TYPE_KIND.fullControl);
        if (owners && owners.Id && fullControl !== undefined) await list.roleAssignments.add(owners.Id, fullControl);
      }
      const assignments = await list.roleAssignments.expand('RoleDefinitionBindings')<RoleAssignmentInfo[]>();
      for (const group of ctx.schema.groups) {
        const principal = ctx.groupIds.get(group.key);
        if (principal === undefined) continue;
        const role = security.roles[group.key];
        const wantedId = role !== undefined ? roleIds.get(ROLE_TYPE_KIND[role]) : undefined;
        if (role !== undefined && wantedId === undefined) throw new Error(`the site has no role definition for ${role}`);
        const current = bindingIds(assignments.filter((a) => a.PrincipalId === principal)[0]);
        if (wantedId !== undefined && current.indexOf(wantedId) < 0) {
          await list.roleAssignments.add(principal, wantedId);
          changes.updated.push(`${group.key}: ${String(role)}`);
        }
        // Our own groups get exactly the schema's role here; other principals are left alone.
        for (const extra of current.filter((id) => id !== wantedId)) {
          await list.roleAssignments.remove(principal, extra);
          changes.updated.push(`${group.key}: removed role ${extra}`);
        }
      }
      return changes.result(name);
    }
  };
}

/**
 * The document library of the roadmap workbook: it keeps the site's roles (copied when inheritance is
 * broken, so everyone keeps reading and the site's members editing) and our groups get the schema's role
 * on top. Roles given by others are left alone. A site without the library is left as it is.
 */
function documentsPermissionStep(): ProvisionStep {
  const name = 'permissions documents';
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      const security = ctx.schema.documents;
      if (!security) return changes.result(name);
      const library = ctx.sp.web.getList(`${ctx.webPath}/${security.url}`);
      const info = await maybe(library.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>());
      if (!info) {
        changes.warnings.push(`no library at ${security.url}: left as it is`);
        return changes.result(name);
      }
      const roleIds = await roleDefinitionIds(ctx);
      const assignments = info.HasUniqueRoleAssignments ? await library.roleAssignments.expand('RoleDefinitionBindings')<RoleAssignmentInfo[]>() : [];
      for (const group of ctx.schema.groups) {
        const role = security.roles[group.key];
        const principal = ctx.groupIds.get(group.key);
        if (role === undefined || principal === undefined) continue;
        const wantedId = roleIds.get(ROLE_TYPE_KIND[role]);
        if (wantedId === undefined) throw new Error(`the site has no role definition for ${role}`);
        if (bindingIds(assignments.filter((a) => a.PrincipalId === principal)[0]).indexOf(wantedId) >= 0) continue;
        if (!info.HasUniqueRoleAssignments && changes.updated.length === 0) {
          await library.breakRoleInheritance(true, false);
          changes.updated.push('own permissions, copied from the site');
        }
        await library.roleAssignments.add(principal, wantedId);
        changes.updated.push(`${group.key}: ${role}`);
      }
      return changes.result(name);
    }
  };
}

// ---------------------------------------------------------------------------------------------- decisions

/**
 * Schema 3 moved the steering group's fields (an action's code and approval, an idea's triage) into lists
 * of their own. On a site provisioned before, each item's values are copied once into its decision item;
 * the old columns stay on the items with their version history. Idempotent: an item that has a decision
 * item is left alone, so a rerun (or a steering member's later decision) is never overwritten.
 */
function decisionsStep(def: ListDef): ProvisionStep {
  const name = `decisions ${def.url}`;
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      const target = decisionsListOf(def);
      const spec = def.decisions;
      if (!target || !spec) return changes.result(name);
      const onSite = new Set((await listOf(ctx, def).fields.select('InternalName')<{ InternalName: string }[]>()).map((f) => f.InternalName));
      const legacy = allFields(def).filter((f) => spec.fields.indexOf(f.key) >= 0 && onSite.has(f.internalName));
      if (legacy.length === 0) return changes.result(name);
      const by = fieldByKey(target, spec.by).internalName;
      const decided = new Set<number>();
      for await (const page of listOf(ctx, target).items.select(`${by}Id`).top(5000)) {
        for (const raw of page as Record<string, unknown>[]) if (typeof raw[`${by}Id`] === 'number') decided.add(raw[`${by}Id`] as number);
      }
      const select = ['Id', ...legacy.map((f) => (f.kind === 'lookup' || f.kind === 'user' ? `${f.internalName}Id` : f.internalName))];
      const toCopy: { id: number; values: Record<string, unknown> }[] = [];
      for await (const page of listOf(ctx, def).items.select(...select).top(5000)) {
        for (const raw of page as RawItem[]) {
          const id = Number(raw.Id);
          if (decided.has(id)) continue;
          const entity = itemToEntity(def, raw) as unknown as Record<string, unknown>;
          const values: Record<string, unknown> = {};
          for (const f of legacy) values[f.key] = entity[f.key];
          if (hasDecisionValues(def, values)) toCopy.push({ id, values: { ...values, [spec.by]: id } });
        }
      }
      const root = `${ctx.webPath}/${target.url}`;
      const failures: string[] = [];
      for (let start = 0; start < toCopy.length; start += 100) {
        const [batched, execute] = ctx.sp.batched({ maxRequests: 100 });
        const pending = toCopy.slice(start, start + 100).map((c) => batched.web.getList(root).items.add(entityToItem(target, c.values as Partial<Fields<ListDef>>)).then(
          () => undefined,
          (error: unknown) => {
            failures.push(`item ${c.id}: ${toDataError(error, 'copy a decision').message.split('\n')[0]}`);
          }
        ));
        await execute();
        await Promise.all(pending);
      }
      if (failures.length > 0) throw new Error(`could not copy decisions into ${target.url}: ${failures.join('; ')}`);
      if (toCopy.length > 0) changes.created.push(`${toCopy.length} items' values copied into ${target.url}`);
      return changes.result(name);
    }
  };
}

// ------------------------------------------------------------------------------------- owner rights

/**
 * Lists with a folder per item of another list (StatusUpdates: one per action) get those folders, each
 * with its owner's right, in the same run that takes the list-wide right away (schema 4): on an upgraded
 * site every owner keeps reporting on their own actions, and only there. Reports filed before stay where
 * they are: nothing is moved, so no version is lost.
 */
function ownerRightsStep(): ProvisionStep {
  const name = 'owner rights';
  return {
    name,
    async run(ctx) {
      const changes = new Changes();
      if (!ctx.schema.lists.some((l) => l.folderPer) || !ctx.schema.lists.some((l) => l.key === ROADMAP_ACTIONS.key)) return changes.result(name);
      const owner = fieldByKey(ROADMAP_ACTIONS, 'owner').internalName;
      const actions: OwnedAction[] = [];
      const items = listOf(ctx, ROADMAP_ACTIONS).items.select('Id', `${owner}/EMail`).expand(owner).top(5000);
      for await (const page of items) {
        for (const raw of page as Record<string, unknown>[]) {
          const email = (raw[owner] as { EMail?: string } | null | undefined)?.EMail;
          actions.push({ id: Number(raw.Id), code: null, owner: email ? { email } : null });
        }
      }
      const result = await syncOwnerRights(ctx.sp, actions);
      if (result.foldersCreated > 0) changes.created.push(`${result.foldersCreated} report folders`);
      if (result.granted > 0) changes.updated.push(`${result.granted} owners' rights granted`);
      if (result.revoked > 0) changes.updated.push(`${result.revoked} former owners' rights removed`);
      for (const f of result.failed) changes.warnings.push(`action ${f.code}: ${f.message.split('\n')[0]}`);
      return changes.result(name);
    }
  };
}

// -------------------------------------------------------------------------------------------- version

function versionStampStep(def: ListDef): ProvisionStep {
  const name = `schema version ${def.url}`;
  return {
    name,
    async run(ctx) {
      const version = ctx.schema.version;
      const fields = listOf(ctx, def).fields;
      const field = await readVersionField(ctx, def);
      if (!field) {
        await fields.createFieldAsXml(asXmlCreation(schemaVersionFieldXml(version)));
        return { step: name, outcome: 'created', details: [`version ${version}`] };
      }
      if (Number(field.DefaultValue) === version) return { step: name, outcome: 'unchanged', details: [`version ${version}`] };
      await fields.getById(field.Id).update({ DefaultValue: String(version) }, 'SP.FieldNumber');
      return { step: name, outcome: 'updated', details: [`version ${String(field.DefaultValue)} → ${version}`] };
    }
  };
}

/**
 * The ordered steps for a schema: the site, the stored version, groups, lists (all of them first, so that
 * lookups find their target), fields, views, permissions, and last the version stamp, so that an
 * interrupted run is simply run again.
 */
export function provisioningSteps(schema: SchemaDefinition): ProvisionStep[] {
  return [
    siteStep(),
    schemaVersionStep(),
    ...schema.groups.map((g) => groupStep(g.key)),
    ...schema.lists.map(listStep),
    ...schema.lists.map(fieldsStep),
    ...schema.lists.map(viewsStep),
    ...schema.lists.map(permissionsStep),
    documentsPermissionStep(),
    ...schema.lists.map(decisionsStep),
    ownerRightsStep(),
    ...schema.lists.map(versionStampStep)
  ];
}
