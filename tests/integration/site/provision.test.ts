import type { SPFI } from '@pnp/sp';
import {
  ACTION_DECISIONS, DOCUMENTS_SECURITY, GROUPS, IDEAS, LISTS, ROADMAP_ACTIONS, SCHEMA_VERSION, SCHEMA_VERSION_FIELD, storedFields, type Fields, type ListDef
} from '../../../src/core/schema';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/regional-settings/list';
import { NewerSchemaError, provision, UI_CULTURES } from '../../../src/data/provision';
import { createListRepository, createRepositories } from '../../../src/data/repository';
import { webPathOf } from '../../../src/data/sp';
import { SCHEMA_V1 } from '../../fixtures/schema-v1';
import { newAction, person } from '../data/builders';
import { sharedTarget, TARGET_TIMEOUT } from './target';

/** Provisioning from the schema module: a new site, a second run, and an upgrade from version 1 (both targets). */

jest.setTimeout(TARGET_TIMEOUT);

interface FieldInfo { InternalName: string; TypeAsString: string; Indexed: boolean; Title: string; DefaultValue: string | null }

async function fieldsOf(sp: SPFI, def: ListDef): Promise<Map<string, FieldInfo>> {
  const fields = await sp.web.getList(`${webPathOf(sp)}/${def.url}`).fields.select('InternalName', 'TypeAsString', 'Indexed', 'Title', 'DefaultValue')<FieldInfo[]>();
  return new Map(fields.map((f) => [f.InternalName, f]));
}

describe('provisioning a new site', () => {
  const site = sharedTarget();

  it('creates every list by URL with its Finnish title, fields, indexes, views, groups and the schema version', async () => {
    const result = await provision(site.sp);
    expect(result).toMatchObject({ fromVersion: 0, toVersion: SCHEMA_VERSION, changed: true });
    expect(result.steps.filter((s) => s.step.startsWith('list ')).every((s) => s.outcome === 'created')).toBe(true);

    for (const def of LISTS) {
      const list = await site.sp.web.getList(`${webPathOf(site.sp)}/${def.url}`).select('Title', 'EnableVersioning')<{ Title: string; EnableVersioning: boolean }>();
      expect(list).toEqual(expect.objectContaining({ Title: def.titles.fi, EnableVersioning: def.versioning }));
      const fields = await fieldsOf(site.sp, def);
      for (const f of storedFields(def).filter((x) => x.internalName !== 'Title')) {
        expect(fields.get(f.internalName)).toMatchObject({ Title: f.labels.fi, Indexed: f.indexed === true || f.unique === true });
      }
      expect(Number(fields.get(SCHEMA_VERSION_FIELD)?.DefaultValue)).toBe(SCHEMA_VERSION);
    }
    const views = await site.sp.web.getList(`${webPathOf(site.sp)}/${ROADMAP_ACTIONS.url}`).views.select('Title', 'DefaultView')<{ Title: string; DefaultView: boolean }[]>();
    expect(views.map((v) => v.Title)).toEqual(expect.arrayContaining(ROADMAP_ACTIONS.views.map((v) => v.title.fi)));
    expect(views.filter((v) => v.DefaultView).map((v) => v.Title)).toEqual(['Kaikki toimenpiteet']);
    const groups = await site.sp.web.siteGroups.select('Title')<{ Title: string }[]>();
    expect(groups.map((g) => g.Title)).toEqual(expect.arrayContaining(GROUPS.map((g) => g.name)));
  });

  it('gives every list its Swedish and English title and description, answered in the caller\'s UI language', async () => {
    for (const def of LISTS) {
      const list = site.sp.web.getList(`${webPathOf(site.sp)}/${def.url}`);
      for (const lang of ['fi', 'sv', 'en'] as const) {
        expect(await list.titleResource(UI_CULTURES[lang])).toBe(def.titles[lang]);
        expect(await list.descriptionResource(UI_CULTURES[lang])).toBe(def.description[lang]);
      }
      const swedish = await list.using(InjectHeaders({ 'Accept-Language': 'sv-SE' })).select('Title')<{ Title: string }>();
      expect(swedish.Title).toBe(def.titles.sv);
    }
  });

  it('lets the steering group edit the document library of the roadmap workbook, keeping the site’s roles there', async () => {
    interface Assignment { PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: { Name: string; RoleTypeKind: number }[] }
    const site_ = await site.sp.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Assignment[]>();
    const library = await site.sp.web.getList(`${webPathOf(site.sp)}/${DOCUMENTS_SECURITY.url}`).roleAssignments.expand('Member', 'RoleDefinitionBindings')<Assignment[]>();
    const steering = GROUPS.filter((g) => g.key === 'steering')[0].name;
    expect(library.filter((a) => a.Member.Title === steering).flatMap((a) => a.RoleDefinitionBindings.map((r) => r.RoleTypeKind))).toEqual([6]);
    // Everyone who could read or edit there before still can (the site's roles were copied).
    for (const a of site_) {
      expect(library.find((l) => l.PrincipalId === a.PrincipalId)?.RoleDefinitionBindings.map((r) => r.RoleTypeKind)).toEqual(a.RoleDefinitionBindings.map((r) => r.RoleTypeKind));
    }
  });

  it('changes nothing on a second run and says so', async () => {
    const again = await provision(site.sp);
    expect(again.changed).toBe(false);
    expect(again.fromVersion).toBe(SCHEMA_VERSION);
    expect(again.steps.filter((s) => s.outcome !== 'unchanged')).toEqual([]);
  });

  it('refuses to touch a site provisioned by a newer schema', async () => {
    const fields = site.sp.web.getList(`${webPathOf(site.sp)}/${ROADMAP_ACTIONS.url}`).fields;
    const [{ Id }] = await fields.filter(`InternalName eq '${SCHEMA_VERSION_FIELD}'`).select('Id')<{ Id: string }[]>();
    await fields.getById(Id).update({ DefaultValue: String(SCHEMA_VERSION + 1) }, 'SP.FieldNumber');
    await expect(provision(site.sp)).rejects.toBeInstanceOf(NewerSchemaError);
    await fields.getById(Id).update({ DefaultValue: String(SCHEMA_VERSION) }, 'SP.FieldNumber');
  });
});

describe('upgrading a site provisioned by schema version 1', () => {
  const site = sharedTarget();

  it('adds the new list and fields in place, keeping every item and value', async () => {
    const owner = site.people.owner;
    const v1 = await provision(site.sp, { schema: SCHEMA_V1 });
    expect(v1).toMatchObject({ fromVersion: 0, toVersion: 1 });
    expect((await fieldsOf(site.sp, ROADMAP_ACTIONS)).has('DtApprovalState')).toBe(false);
    await expect(site.sp.web.getList(`${webPathOf(site.sp)}/${IDEAS.url}`)()).rejects.toMatchObject({ status: 404 });

    // Items written by the version-1 data layer (its own field set).
    const v1Actions = SCHEMA_V1.lists.filter((l) => l.key === 'actions')[0];
    const v1Repo = createListRepository(site.sp, v1Actions);
    const written = await v1Repo.addMany(
      [1, 2, 3].map((n) => {
        const { approvalState: _a, boardDecisionRef: _b, carriedFrom: _c, fromIdea: _d, ...v1Fields } = newAction(n, { owner: person(owner), trafficLight: 'red', oneTimeCost: 2800 * n });
        return v1Fields as unknown as Fields<typeof v1Actions>;
      })
    );
    expect(written.failed).toEqual([]);

    const upgrade = await provision(site.sp);
    expect(upgrade).toMatchObject({ fromVersion: 1, toVersion: SCHEMA_VERSION, changed: true });
    const created = upgrade.steps.filter((s) => s.outcome === 'created').map((s) => s.step);
    expect(created).toEqual(expect.arrayContaining(['list Lists/Ideas', 'fields Lists/RoadmapActions', 'fields Lists/Ideas']));
    const fields = await fieldsOf(site.sp, ROADMAP_ACTIONS);
    for (const key of ['carriedFrom', 'fromIdea']) {
      const def = ROADMAP_ACTIONS.fields.filter((f) => f.key === key)[0];
      expect(fields.get(def.internalName)).toBeDefined();
    }
    // The steering group's fields of schema 2 went straight to their own list (schema 4), the v1 codes with them.
    const decisionFields = await fieldsOf(site.sp, ACTION_DECISIONS);
    expect(fields.has('DtApprovalState')).toBe(false);
    expect(decisionFields.get('DtApprovalState')?.Indexed).toBe(true);
    expect(decisionFields.get('DtCode')).toMatchObject({ Indexed: true });

    const repos = createRepositories(site.sp);
    const actions = await repos.actions.list({ orderBy: { key: 'code' } });
    expect(actions.map((a) => [a.code, a.trafficLight, a.oneTimeCost, a.owner?.email, a.approvalState])).toEqual([
      ['T-00001', 'red', 2800, owner, null],
      ['T-00002', 'red', 5600, owner, null],
      ['T-00003', 'red', 8400, owner, null]
    ]);
    // The new fields work on the old items; the new list takes items.
    await repos.actions.update(actions[0].id, actions[0].etag, { approvalState: 'approved', carriedFrom: actions[1].id });
    expect(await repos.actions.get(actions[0].id)).toMatchObject({ approvalState: 'approved', carriedFrom: actions[1].id, trafficLight: 'red' });
    const idea = await repos.ideas.add({
      title: 'Chatbot', what: 'Neuvontabotti', why: null, beneficiaries: ['residents'], goal: 'A', costClass: null, impactClass: null,
      state: 'new', outcome: null, action: actions[2].id, proposer: null, language: null
    });
    expect(idea.action).toBe(actions[2].id);

    const again = await provision(site.sp);
    expect(again.changed).toBe(false);
  });
});
