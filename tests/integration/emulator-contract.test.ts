import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../server/emulator';

/**
 * Contract tests: the emulator's answers have the keys, types and layout of the samples Microsoft
 * publishes for the SharePoint REST service (tests/fixtures/sharepoint-samples, each naming its source).
 */

const SAMPLES = join(__dirname, '..', 'fixtures', 'sharepoint-samples');
const sample = <T>(name: string): T => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as T;

interface PropertySample {
  source: string;
  properties: Record<string, string | null>;
  sampleValues?: Record<string, unknown>;
}

const VERBOSE = 'application/json;odata=verbose';
const MINIMAL = 'application/json;odata=minimalmetadata';
const NONE = 'application/json;odata=nometadata';
type Json = Record<string, unknown>;

/** Whether a JSON value has the shape OData gives an EDM type in the flavour (verbose or JSON Light). */
function hasEdmShape(value: unknown, edm: string | null, verbose: boolean): boolean {
  if (edm === null) return value === null || typeof value === 'string';
  if (value === null) return edm === 'Edm.String' || edm === 'Edm.Guid' || edm === 'Edm.DateTime';
  switch (edm) {
    case 'Edm.Boolean': return typeof value === 'boolean';
    case 'Edm.Int32': case 'Edm.Byte': case 'Edm.Double': return typeof value === 'number';
    case 'Edm.Int64': return typeof value === 'string' && /^-?\d+$/.test(value);
    case 'Edm.DateTime': return typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value);
    case 'Edm.Guid': return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
    case 'Edm.String': return typeof value === 'string';
    default: {
      const m = /^Collection\((.+)\)$/.exec(edm);
      if (!m) throw new Error(`unknown EDM type ${edm}`);
      const arr = verbose ? (value as { results?: unknown }).results : value;
      return Array.isArray(arr) && arr.every((v) => hasEdmShape(v, m[1], verbose));
    }
  }
}

function expectProperties(entity: Json, properties: Record<string, string | null>, verbose: boolean, caseInsensitive = false): void {
  const keys = Object.keys(entity);
  for (const [name, edm] of Object.entries(properties)) {
    const key = caseInsensitive ? keys.find((k) => k.toLowerCase() === name.toLowerCase()) : name;
    expect({ property: name, present: key !== undefined && key in entity }).toEqual({ property: name, present: true });
    expect({ property: name, edm, value: entity[key!], ok: hasEdmShape(entity[key!], edm, verbose) }).toMatchObject({ ok: true });
  }
}

describe('the emulator against Microsoft’s published SharePoint REST samples', () => {
  let emu: Emulator;
  const call = async (method: string, path: string, opts: { accept?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> =>
    fetch(`${emu.siteUrl}/${path}`, { method, body: opts.body, headers: { Accept: opts.accept ?? VERBOSE, 'Content-Type': 'application/json;odata=verbose', ...opts.headers } });
  const json = async (r: Response): Promise<Json> => (await r.json()) as Json;

  beforeEach(async () => {
    emu = await startEmulator();
    // The list of the samples, created with the documented body.
    const created = await call('POST', '_api/web/lists', {
      body: JSON.stringify({ __metadata: { type: 'SP.List' }, AllowContentTypes: true, BaseTemplate: 100, ContentTypesEnabled: true, Description: 'My list description', Title: 'Test' })
    });
    expect(created.status).toBe(201);
  });
  afterEach(() => emu.stop());

  it('returns the list properties of the documented list sample, in verbose and JSON Light', async () => {
    const spec = sample<PropertySample>('list-properties.json');
    const byTitle = await json(await call('GET', "_api/web/lists/GetByTitle('Test')"));
    const d = byTitle.d as Json;
    expect((d.__metadata as Json).type).toBe('SP.List');
    expectProperties(d, spec.properties, true);
    expect(d.ListItemEntityTypeFullName).toBe('SP.Data.TestListItem');
    expect(d.EntityTypeName).toBe('TestList');
    expect(d.TemplateFeatureId).toBe(spec.sampleValues!.TemplateFeatureId);
    expect(d.BaseTemplate).toBe(spec.sampleValues!.BaseTemplate);

    const byId = await json(await call('GET', `_api/web/lists(guid'${String(d.Id)}')`, { accept: MINIMAL }));
    expect(byId['odata.type']).toBe('SP.List');
    expectProperties(byId, spec.properties, false);
    expectProperties(await json(await call('GET', `_api/web/lists(guid'${String(d.Id)}')`, { accept: NONE })), spec.properties, false);

    // MERGE with the documented body and headers, then DELETE with IF-MATCH.
    const merged = await call('POST', `_api/web/lists(guid'${String(d.Id)}')`, {
      headers: { 'IF-MATCH': (d.__metadata as Json).etag as string, 'X-HTTP-Method': 'MERGE' }, body: JSON.stringify({ __metadata: { type: 'SP.List' }, Title: 'New title' })
    });
    expect(merged.status).toBe(204);
    expect((await json(await call('GET', `_api/web/lists(guid'${String(d.Id)}')/Title`))).d).toEqual({ Title: 'New title' });
    expect((await call('POST', `_api/web/lists(guid'${String(d.Id)}')`, { headers: { 'IF-MATCH': '"1"', 'X-HTTP-Method': 'DELETE' } })).status).toBe(412);
    expect((await call('POST', `_api/web/lists(guid'${String(d.Id)}')`, { headers: { 'IF-MATCH': '*', 'X-HTTP-Method': 'DELETE' } })).status).toBe(200);
  });

  it('returns the list item properties of the documented item sample and follows the documented write rules', async () => {
    const spec = sample<PropertySample>('list-item-properties.json');
    const added = await call('POST', "_api/web/lists/GetByTitle('Test')/items", { body: JSON.stringify({ __metadata: { type: 'SP.Data.TestListItem' }, Title: 'Test' }) });
    expect(added.status).toBe(201);
    const item = (await json(await call('GET', "_api/web/lists/GetByTitle('Test')/items(1)"))).d as Json;
    expectProperties(item, spec.properties, true);
    expect((item.__metadata as Json).type).toBe('SP.Data.TestListItem');
    expect((item.__metadata as Json).etag).toBe('"1"');
    expect(item.OData__UIVersionString).toBe(spec.sampleValues!.OData__UIVersionString);
    expect(String(item.ContentTypeId)).toMatch(/^0x0100[0-9A-F]+$/);
    const light = await json(await call('GET', "_api/web/lists/GetByTitle('Test')/items(1)", { accept: MINIMAL }));
    expectProperties(light, spec.properties, false);
    expect(light['odata.etag']).toBe('"1"');

    const update = (ifMatch: string | undefined, title: string): Promise<Response> => call('POST', "_api/web/lists/GetByTitle('Test')/items(1)", {
      headers: { 'X-HTTP-Method': 'MERGE', ...(ifMatch ? { 'IF-MATCH': ifMatch } : {}) }, body: JSON.stringify({ __metadata: { type: 'SP.Data.TestListItem' }, Title: title })
    });
    expect((await update('"1"', 'TestUpdated')).status).toBe(204);
    const stale = await update('"1"', 'Lost');
    expect(stale.status).toBe(412);
    const error = (await json(stale)).error as { code: string; message: { lang: string; value: string } };
    expect(error.code).toMatch(/^-?\d+, [\w.]+$/);
    expect(error.message.lang).toBe('en-US');
    expect((await update('*', 'Forced')).status).toBe(204);
    expect((await update(undefined, 'No etag')).status).toBe(204);
    expect(((await json(await call('GET', "_api/web/lists/GetByTitle('Test')/items(1)"))).d as Json).Title).toBe('No etag');
    // The type in __metadata must be the list's ListItemEntityTypeFullName.
    expect((await call('POST', "_api/web/lists/GetByTitle('Test')/items", { body: JSON.stringify({ __metadata: { type: 'SP.Data.OtherListItem' }, Title: 'x' }) })).status).toBe(400);
    // $skip does not work on list items; $skiptoken does.
    for (let i = 2; i <= 4; i++) await call('POST', "_api/web/lists/GetByTitle('Test')/items", { body: JSON.stringify({ Title: `T${i}` }) });
    const skipped = await json(await call('GET', "_api/web/lists/GetByTitle('Test')/items?$select=Id&$skip=2"));
    expect(((skipped.d as Json).results as Json[]).map((r) => r.Id)).toEqual([1, 2, 3, 4]);
    const paged = await json(await call('GET', "_api/web/lists/GetByTitle('Test')/items?$select=Id&$top=2&$skiptoken=Paged%3DTRUE%26p_ID%3D2"));
    expect(((paged.d as Json).results as Json[]).map((r) => r.Id)).toEqual([3, 4]);
  });

  it('answers contextinfo with SP.ContextWebInformation in both flavours', async () => {
    const types = sample<{ types: Record<string, Record<string, string>> }>('complex-types.json').types;
    const verbose = await json(await call('POST', '_api/contextinfo'));
    const info = (verbose.d as Json).GetContextWebInformation as Json;
    expect((info.__metadata as Json).type).toBe('SP.ContextWebInformation');
    expectProperties(info, types['SP.ContextWebInformation'], true);
    expect(info.WebFullUrl).toBe(emu.siteUrl);
    const light = await json(await call('POST', '_api/contextinfo', { accept: MINIMAL }));
    expectProperties(light, types['SP.ContextWebInformation'], false);
  });

  it('returns SP.BasePermissions with Int64 High and Low', async () => {
    const types = sample<{ types: Record<string, Record<string, string>> }>('complex-types.json').types;
    const verbose = await json(await call('GET', '_api/web/EffectiveBasePermissions'));
    const perms = (verbose.d as Json).EffectiveBasePermissions as Json;
    expect((perms.__metadata as Json).type).toBe('SP.BasePermissions');
    expectProperties(perms, types['SP.BasePermissions'], true);
    const light = await json(await call('GET', "_api/web/lists/GetByTitle('Test')/EffectiveBasePermissions", { accept: NONE }));
    expectProperties(light, types['SP.BasePermissions'], false);
    // A reader's list permissions: ViewListItems (0x1) without AddListItems (0x2).
    const reader = await json(await call('GET', "_api/web/lists/GetByTitle('Test')/EffectiveBasePermissions", { accept: NONE, headers: { Authorization: 'Bearer emu:lukija@porvoo.fi' } }));
    expect(Number(reader.Low) & 0x3).toBe(0x1);
  });

  it('serves files with the documented SP.File properties, $value download and PUT overwrite', async () => {
    const spec = sample<PropertySample>('file-properties.json');
    const path = '/sites/digiohjelma/Shared Documents/filename.txt';
    const upload = await fetch(`${emu.siteUrl}/_api/web/getfolderbyserverrelativeurl('/sites/digiohjelma/Shared Documents')/files/add(url='filename.txt',overwrite=true)`, {
      method: 'POST', body: 'first', headers: { Accept: VERBOSE }
    });
    expect(upload.status).toBe(200);
    const file = (await json(await call('GET', `_api/web/getfilebyserverrelativeurl('${path}')`))).d as Json;
    expect((file.__metadata as Json).type).toBe('SP.File');
    expectProperties(file, spec.properties, true, true);
    expect(await (await call('GET', `_api/web/getfilebyserverrelativeurl('${path}')/$value`)).text()).toBe('first');
    const put = await fetch(`${emu.siteUrl}/_api/web/getfilebyserverrelativeurl('${path}')/$value`, { method: 'POST', body: 'Updated contents of the file go here', headers: { 'X-HTTP-Method': 'PUT' } });
    expect(put.status).toBe(204);
    expect(await (await call('GET', `_api/web/getfilebyserverrelativeurl('${path}')/$value`)).text()).toBe('Updated contents of the file go here');
    expect((await json(await call('GET', `_api/web/getfilebyserverrelativeurl('${path}')/Name`))).d).toEqual({ Name: 'filename.txt' });
    const removed = await call('POST', `_api/web/getfilebyserverrelativeurl('${path}')`, { headers: { 'X-HTTP-Method': 'DELETE' } });
    expect(removed.status).toBe(200);
    expect((await call('GET', `_api/web/getfilebyserverrelativeurl('${path}')`)).status).toBe(404);
  });

  it('runs the documented $batch requests (CRLF, changesets, If-Match) and answers part by part', async () => {
    const spec = sample<{ samples: { name: string; parts: { changeset: boolean; method: string; path: string; headers: Record<string, string> }[] }[] }>('batch-requests.json');
    for (const title of ['Composed Looks', 'User Information List', 'OldList']) {
      await call('POST', '_api/web/lists', { body: JSON.stringify({ __metadata: { type: 'SP.List' }, BaseTemplate: 100, Title: title }) });
    }
    await call('POST', "_api/web/lists/getbytitle('Composed%20Looks')/items", { body: JSON.stringify({ Title: 'Look 1' }) });
    for (const s of spec.samples) {
      const batch = 'batch_e3b6819b-13c3-43bb-85b2-24b14122fed1';
      const changeset = 'changeset_efb6b37c-a5cd-45cb-8f5f-4d648006e65d';
      const lines: string[] = [];
      let inChangeset = false;
      for (const part of s.parts) {
        if (part.changeset && !inChangeset) {
          lines.push(`--${batch}`, `Content-Type: multipart/mixed; boundary=${changeset}`, '');
          inChangeset = true;
        } else if (!part.changeset && inChangeset) {
          lines.push(`--${changeset}--`);
          inChangeset = false;
        }
        lines.push(part.changeset ? `--${changeset}` : `--${batch}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
        lines.push(`${part.method} ${emu.siteUrl}/${part.path} HTTP/1.1`, ...Object.entries(part.headers).map(([k, v]) => `${k}: ${v}`), '');
      }
      if (inChangeset) lines.push(`--${changeset}--`);
      lines.push(`--${batch}--`, '');
      const r = await fetch(`${emu.siteUrl}/_api/$batch`, { method: 'POST', body: lines.join('\r\n'), headers: { 'Content-Type': `multipart/mixed; boundary=${batch}`, Accept: VERBOSE } });
      expect(r.status).toBe(200);
      const boundary = /boundary=(\S+)/.exec(r.headers.get('content-type') ?? '')![1];
      expect(boundary).toMatch(/^batchresponse_/);
      const parts = (await r.text()).split(`--${boundary}`).slice(1, -1).map((p) => p.replace(/^\r?\n/, ''));
      expect(parts.length).toBe(s.parts.length);
      parts.forEach((p, i) => {
        const [head, statusLine] = p.split(/\r?\n\r?\n/);
        expect(head).toMatch(/Content-Type: application\/http/);
        expect(head).toMatch(/Content-Transfer-Encoding: binary/);
        const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)![1]);
        expect({ sample: s.name, part: i, status }).toEqual({ sample: s.name, part: i, status: 200 });
      });
    }
    expect((await call('GET', "_api/web/lists/getbytitle('OldList')")).status).toBe(404);
  });

  it('follows the documented “set custom permissions on a list” sequence', async () => {
    const steps = sample<{ steps: { method: string; path: string; reads?: string; headers?: Record<string, string> }[] }>('set-custom-permissions.json').steps;
    await call('POST', '_api/web/sitegroups', { body: JSON.stringify({ __metadata: { type: 'SP.Group' }, Title: 'Group A' }) });
    const vars: Record<string, string> = { group: 'Group A', list: 'Test' };
    const fill = (p: string): string => p.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);
    const results: number[] = [];
    for (const step of steps) {
      const r = await call(step.method, fill(step.path), { headers: step.headers });
      results.push(r.status);
      if (step.reads) {
        const value = step.reads.split('.').reduce<unknown>((o, k) => (o as Json)[k], await json(r));
        expect(typeof value).toBe('number');
        vars[vars.groupId ? 'roleDefId' : 'groupId'] = String(value);
      }
    }
    expect(results).toEqual([200, 200, 200, 200, 200]);
    const assignments = await json(await call('GET', "_api/web/lists/getbytitle('Test')/roleassignments?$expand=Member,RoleDefinitionBindings", { accept: NONE }));
    const mine = (assignments.value as Json[]).find((a) => a.PrincipalId === Number(vars.groupId))!;
    expect((mine.RoleDefinitionBindings as Json[]).map((b) => b.Name)).toEqual(['Contribute']);
    expect((mine.Member as Json).Title).toBe('Group A');
  });
});
