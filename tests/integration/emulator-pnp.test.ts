import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../../server/emulator';
import { ACTIONS_URL, pnp, provisionActions } from './emulator-support';

jest.setTimeout(60_000);

interface ActionItem {
  Id: number;
  Title: string;
  DtCode: string | null;
  DtStatus: string | null;
  DtProgress: number | null;
  DtOwnerId: number | null;
  'odata.etag'?: string;
}

describe('the SharePoint emulator through the real @pnp/sp', () => {
  let emu: Emulator;
  let sp: SPFI;

  beforeEach(async () => {
    emu = await startEmulator();
    sp = pnp(emu.siteUrl);
    await provisionActions(sp, { versioning: true });
  });
  afterEach(() => emu.stop());

  it('creates, reads, updates and deletes items with etags and versions', async () => {
    const list = sp.web.getList(ACTIONS_URL);
    const owner = await sp.web.ensureUser('matti.virtanen@porvoo.fi');
    const added = await list.items.add({ Title: 'Sähköinen asiointi', DtCode: 'DT25-01', DtStatus: 'Käynnissä', DtProgress: 10, DtOwnerId: owner.Id });
    expect(added).toMatchObject({ Id: 1, Title: 'Sähköinen asiointi', DtStatus: 'Käynnissä', DtOwnerId: owner.Id, 'odata.etag': '"1"' });

    const read = await list.items.getById(1).select('Id', 'Title', 'DtOwner/EMail', 'DtOwner/Title', 'OData__UIVersionString').expand('DtOwner')();
    expect(read.DtOwner).toMatchObject({ EMail: 'matti.virtanen@porvoo.fi' });
    expect(read.OData__UIVersionString).toBe('1.0');

    const { etag } = await list.items.getById(1).update({ DtProgress: 50 }, '"1"');
    expect(etag).toBe('"2"');
    await list.items.getById(1).update({ DtStatus: 'Valmis' }, etag);
    const versions = await list.items.getById(1).versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions.map((v: { DtProgress: number }) => v.DtProgress)).toEqual([50, 50, 10]);

    await list.items.getById(1).delete('"3"');
    await expect(list.items.getById(1)()).rejects.toMatchObject({ status: 404 });
  });

  it('answers a stale etag with 412 and keeps the newer value', async () => {
    const list = sp.web.getList(ACTIONS_URL);
    await list.items.add({ Title: 'A', DtStatus: 'Suunniteltu' });
    await list.items.getById(1).update({ Title: 'B' }, '"1"');
    const error = await list.items.getById(1).update({ Title: 'C' }, '"1"').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 412 });
    expect(String((error as Error).message)).toContain('does not match');
    expect((await list.items.getById(1)()).Title).toBe('B');
    // "*" overwrites whatever is there.
    await list.items.getById(1).update({ Title: 'D' }, '*');
    expect((await list.items.getById(1)()).Title).toBe('D');
  });

  it('filters, orders and selects with OData like SharePoint', async () => {
    const list = sp.web.getList(ACTIONS_URL);
    const [batched, execute] = sp.batched();
    const bl = batched.web.getList(ACTIONS_URL);
    const statuses = ['Suunniteltu', 'Käynnissä', 'Valmis'];
    for (let i = 1; i <= 30; i++) {
      void bl.items.add({ Title: `Toimenpide ${i}`, DtCode: `DT-${String(i).padStart(2, '0')}`, DtStatus: statuses[i % 3], DtProgress: i * 3, DtRoadmapYear: 2024 + (i % 2),
        DtApprovedOn: `2025-0${1 + (i % 9)}-15T12:00:00Z`, DtBeneficiaries: i % 2 ? ['Asukkaat', 'Henkilöstö'] : ['Yritykset'] });
    }
    await execute();
    const q = (filter: string): Promise<ActionItem[]> => list.items.filter(filter).select('Id', 'Title', 'DtProgress').top(5000)();
    expect((await q("DtStatus eq 'Valmis' and DtProgress gt 50")).map((i) => i.Id)).toEqual([17, 20, 23, 26, 29]);
    expect((await q("(DtRoadmapYear eq 2024 or DtProgress le 6) and substringof('1', Title)")).map((i) => i.Id)).toEqual([1, 10, 12, 14, 16, 18]);
    expect((await q("startswith(DtCode, 'DT-0')")).length).toBe(9);
    expect((await q("DtApprovedOn ge datetime'2025-09-01T00:00:00Z'")).map((i) => i.Id)).toEqual([8, 17, 26]);
    expect((await q("DtBeneficiaries eq 'Yritykset'")).length).toBe(15);
    expect((await q('DtOwnerId eq null')).length).toBe(30);
    expect((await q("Title ne 'Toimenpide 1' and Id lt 4")).map((i) => i.Id)).toEqual([2, 3]);
    const ordered = await list.items.select('Id', 'DtStatus', 'DtProgress').orderBy('DtStatus', true).orderBy('DtProgress', false).top(4)();
    expect(ordered.map((i: ActionItem) => [i.DtStatus, i.DtProgress])).toEqual([['Käynnissä', 84], ['Käynnissä', 75], ['Käynnissä', 66], ['Käynnissä', 57]]);
    const page = await list.items.select('Id', 'Title')();
    expect(Object.keys(page[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Title']);
  });

  it('pages through 6 000 items in two requests with top(5000) and next links', async () => {
    const list = emu.store.listByUrl('Lists/RoadmapActions')!;
    const admin = emu.store.siteAdmin.id;
    for (let i = 1; i <= 6000; i++) emu.store.addItem(list, { Title: `T${i}`, DtCode: `C${i}`, DtStatus: 'Käynnissä', DtRoadmapYear: 2025 }, admin);
    emu.resetCounters();
    const ids: number[] = [];
    let pages = 0;
    for await (const items of sp.web.getList(ACTIONS_URL).items.select('Id', 'Title').top(5000)) {
      pages++;
      ids.push(...(items as ActionItem[]).map((i) => i.Id));
    }
    expect(pages).toBe(2);
    expect(emu.counters().total).toBe(2);
    expect(ids.length).toBe(6000);
    expect(new Set(ids).size).toBe(6000);
    expect(ids[0]).toBe(1);
    expect(ids[5999]).toBe(6000);
  });

  it('refuses unindexed queries on lists over 5 000 items with SPQueryThrottledException', async () => {
    const list = emu.store.listByUrl('Lists/RoadmapActions')!;
    const admin = emu.store.siteAdmin.id;
    for (let i = 1; i <= 5003; i++) emu.store.addItem(list, { Title: `T${i}`, DtCode: `C${i}`, DtStatus: i === 7 ? 'Valmis' : 'Käynnissä', DtProgress: i % 100, DtRoadmapYear: 2025 }, admin);
    // PnPjs query builders keep their options: take a fresh one for every query.
    const items = { filter: (f: string) => sp.web.getList(ACTIONS_URL).items.filter(f), orderBy: (o: string) => sp.web.getList(ACTIONS_URL).items.orderBy(o),
      top: (n: number) => sp.web.getList(ACTIONS_URL).items.top(n) };
    const throttled = await items.filter('DtProgress eq 5').top(100)().catch((e: unknown) => e);
    expect(throttled).toMatchObject({ status: 500 });
    expect(String((throttled as Error).message)).toContain('Microsoft.SharePoint.SPQueryThrottledException');
    await expect(items.orderBy('Title').top(10)()).rejects.toMatchObject({ status: 500 });
    // An indexed column that narrows below the threshold is fine, also with unindexed terms ANDed.
    expect((await items.filter("DtStatus eq 'Valmis' and DtProgress eq 7")()).map((i: ActionItem) => i.Id)).toEqual([7]);
    // An indexed column that matches more than 5 000 items is not.
    await expect(items.filter("DtStatus eq 'Käynnissä'")()).rejects.toMatchObject({ status: 500 });
    await expect(items.filter("substringof('T1', Title)")()).rejects.toMatchObject({ status: 500 });
    expect((await items.filter('Id gt 5000')()).map((i: ActionItem) => i.Id)).toEqual([5001, 5002, 5003]);
    // Reading everything in ID order always works.
    expect((await items.top(5000).orderBy('ID')()).length).toBe(5000);
  });

  it('runs a batch of 100 adds in one HTTP request, each part with its own status', async () => {
    emu.resetCounters();
    const [batched, execute] = sp.batched({ maxRequests: 100 });
    const list = batched.web.getList(ACTIONS_URL);
    const results: Promise<ActionItem>[] = [];
    for (let i = 1; i <= 100; i++) results.push(list.items.add({ Title: `B${i}`, DtCode: `B${i}`, DtStatus: 'Suunniteltu' }));
    await execute();
    const added = await Promise.all(results);
    expect(added.map((a) => a.Id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(emu.counters()).toMatchObject({ total: 1, batchParts: 100, byKind: { batch: 1 } });

    // A stale etag in one part fails that part only.
    const [b2, exec2] = sp.batched();
    const l2 = b2.web.getList(ACTIONS_URL);
    const ok = l2.items.getById(1).update({ Title: 'ok' }, '"1"');
    const stale = l2.items.getById(2).update({ Title: 'stale' }, '"9"').catch((e: unknown) => e);
    const dup = l2.items.add({ Title: 'dup', DtCode: 'B3', DtStatus: 'Suunniteltu' }).catch((e: unknown) => e);
    const fine = l2.items.add({ Title: 'fine', DtCode: 'NEW', DtStatus: 'Suunniteltu' });
    await exec2();
    expect(await ok).toEqual({ etag: '"2"' });
    expect(await stale).toMatchObject({ status: 412 });
    expect(await dup).toMatchObject({ status: 400 });
    expect(String(((await dup) as Error).message)).toContain('SPDuplicateValuesFoundException');
    expect((await fine).Id).toBe(101);
  });

  it('refuses writes SharePoint refuses: unknown properties, wrong types, unknown users (the rest: site/fidelity)', async () => {
    const items = sp.web.getList(ACTIONS_URL).items;
    await expect(items.add({ Title: 'x', Nope: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(items.add({ Title: 'x', DtProgress: 'abc' })).rejects.toMatchObject({ status: 400 });
    await expect(items.add({ Title: 'x', DtOwnerId: 9999 })).rejects.toMatchObject({ status: 400 });
    const ok = await items.add({ Title: 'x' });
    expect(ok.DtStatus).toBe('Suunniteltu');
  });

  it('answers 403 to a reader who writes and lets the same user read', async () => {
    const reader = pnp(emu.siteUrl, { user: 'lukija@porvoo.fi' });
    const list = sp.web.getList(ACTIONS_URL);
    await list.items.add({ Title: 'A', DtStatus: 'Suunniteltu' });
    expect((await reader.web.getList(ACTIONS_URL).items()).length).toBe(1);
    const denied = await reader.web.getList(ACTIONS_URL).items.add({ Title: 'B' }).catch((e: unknown) => e);
    expect(denied).toMatchObject({ status: 403 });
    expect(String((denied as Error).message)).toContain('System.UnauthorizedAccessException');
    await expect(reader.web.getList(ACTIONS_URL).items.getById(1).update({ Title: 'X' })).rejects.toMatchObject({ status: 403 });
    await expect(reader.web.lists.add('Mine')).rejects.toMatchObject({ status: 403 });
    const me = await reader.web.currentUser();
    expect(me.Email).toBe('lukija@porvoo.fi');
  });

  it('grants item-level rights and WriteSecurity=2 like SharePoint', async () => {
    const list = sp.web.getList(ACTIONS_URL);
    const owner = await sp.web.ensureUser('omistaja@porvoo.fi');
    const steering = await sp.web.siteGroups.add({ Title: 'Digijohtoryhmä' });
    await sp.web.siteGroups.getById(steering.Id).users.add('i:0#.f|membership|jasen@porvoo.fi');
    const roles = await sp.web.roleDefinitions();
    const edit = roles.find((r: { Name: string }) => r.Name === 'Edit')!;
    const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
    await list.breakRoleInheritance(true, true);
    await list.roleAssignments.add(steering.Id, edit.Id);
    await list.items.add({ Title: 'Oma', DtStatus: 'Suunniteltu' });
    await list.items.add({ Title: 'Muu', DtStatus: 'Suunniteltu' });
    await list.items.getById(1).breakRoleInheritance(true, false);
    await list.items.getById(1).roleAssignments.add(owner.Id, contribute.Id);

    const asOwner = pnp(emu.siteUrl, { user: 'omistaja@porvoo.fi' }).web.getList(ACTIONS_URL);
    await asOwner.items.getById(1).update({ Title: 'Oma 2' });
    await expect(asOwner.items.getById(2).update({ Title: 'Muu 2' })).rejects.toMatchObject({ status: 403 });
    const perms = await asOwner.items.getById(1).select('EffectiveBasePermissions')();
    expect(Number(perms.EffectiveBasePermissions.Low) & 0x4).toBe(0x4);
    const perms2 = await asOwner.items.getById(2).select('EffectiveBasePermissions')();
    expect(Number(perms2.EffectiveBasePermissions.Low) & 0x4).toBe(0);

    const asMember = pnp(emu.siteUrl, { user: 'jasen@porvoo.fi' }).web.getList(ACTIONS_URL);
    await asMember.items.getById(2).update({ Title: 'Muu 3' });
    const listPerms = await sp.web.getList(ACTIONS_URL).getUserEffectivePermissions('i:0#.f|membership|jasen@porvoo.fi');
    expect(Number(listPerms.Low) & 0x800).toBe(0x800);

    // WriteSecurity=2: edit only your own items (unless you can manage the list).
    await list.update({ WriteSecurity: 2 });
    await list.roleAssignments.add(owner.Id, contribute.Id);
    const mine = await asOwner.items.add({ Title: 'Omani', DtStatus: 'Suunniteltu' });
    await asOwner.items.getById(mine.Id).update({ Title: 'Omani 2' });
    await list.items.getById(1).resetRoleInheritance();
    await expect(asOwner.items.getById(2).update({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    await asMember.items.getById(mine.Id).update({ Title: 'Johtoryhmä muutti' });
  });

  it('completes everything through PnPjs retries while 30 % of requests are throttled, without duplicates', async () => {
    const retrying = pnp(emu.siteUrl, { retries: 12 });
    emu.setFaults({ throttleRate: 0.3, retryAfterSeconds: 0, serverErrorRate: 0.05, dropRate: 0.05, seed: 42 });
    const list = retrying.web.getList(ACTIONS_URL);
    for (let i = 1; i <= 60; i++) await list.items.add({ Title: `R${i}`, DtCode: `R${i}`, DtStatus: 'Suunniteltu' });
    const [batched, execute] = retrying.batched();
    const bl = batched.web.getList(ACTIONS_URL);
    const adds: Promise<unknown>[] = [];
    for (let i = 61; i <= 140; i++) adds.push(bl.items.add({ Title: `R${i}`, DtCode: `R${i}`, DtStatus: 'Suunniteltu' }));
    await execute();
    await Promise.all(adds);
    for (let i = 1; i <= 20; i++) await list.items.getById(i).update({ DtProgress: i });
    const stats = emu.counters().faults;
    expect(stats.throttled).toBeGreaterThan(10);
    expect(stats.dropped + stats.serverErrors).toBeGreaterThan(0);
    emu.setFaults({});
    const all = await sp.web.getList(ACTIONS_URL).items.select('Id', 'DtCode', 'DtProgress').top(5000)();
    expect(all.length).toBe(140);
    expect(new Set(all.map((i: ActionItem) => i.DtCode)).size).toBe(140);
    expect(all.filter((i: ActionItem) => i.DtProgress !== null).length).toBe(20);
  });

  it('serves the verbose and nometadata flavours chosen by the Accept header', async () => {
    await sp.web.getList(ACTIONS_URL).items.add({ Title: 'A', DtStatus: 'Suunniteltu', DtBeneficiaries: ['Asukkaat'] });
    const get = async (accept: string, path: string): Promise<Record<string, unknown>> => {
      const r = await fetch(`${emu.siteUrl}/_api/${path}`, { headers: { Accept: accept } });
      return (await r.json()) as Record<string, unknown>;
    };
    const verbose = await get('application/json;odata=verbose', "web/getList('/sites/digiohjelma/Lists/RoadmapActions')/items?$top=1");
    const d = verbose.d as { results: Record<string, unknown>[]; __next?: string };
    expect(d.results[0].__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.RoadmapActionsListItem' });
    expect(d.results[0].DtBeneficiaries).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Asukkaat'] });
    const none = await get('application/json;odata=nometadata', "web/getList('/sites/digiohjelma/Lists/RoadmapActions')/items");
    const value = none.value as Record<string, unknown>[];
    expect(Object.keys(value[0]).some((k) => k.startsWith('odata.'))).toBe(false);
    expect(value[0].DtBeneficiaries).toEqual(['Asukkaat']);
    const minimal = await get('application/json', "web/getList('/sites/digiohjelma/Lists/RoadmapActions')/items(1)");
    expect(minimal['odata.etag']).toBe('"1"');
    expect(minimal['odata.type']).toBe('SP.Data.RoadmapActionsListItem');
  });
});
