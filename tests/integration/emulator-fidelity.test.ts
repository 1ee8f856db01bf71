import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { EmulatorStore, startEmulator, type Emulator } from '../../server/emulator';
import { BUILT_IN_FIELD_IDS } from '../../server/emulator/store/builtins';
import { pnp } from './emulator-support';

/**
 * FIDELITY.md rows that need the emulator's own hands (another host name, a second user, a data folder
 * written by an older emulator). The rows both targets can prove are in tests/integration/site/fidelity.test.ts.
 */

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** A request carrying the Host header a client would send when it reaches the emulator under another name. */
function callAs(emu: Emulator, host: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = new URL(emu.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { Host: host, Accept: 'application/json;odata=minimalmetadata', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the emulator answers like SharePoint (emulator-only rows of FIDELITY.md)', () => {
  let emu: Emulator;
  beforeEach(async () => {
    // A host name other than loopback must be allowed explicitly (the emulator's DNS-rebinding guard).
    emu = await startEmulator({ allowedHosts: ['contoso.sharepoint.test'] });
    await pnp(emu.siteUrl).web.lists.add('Hosts', '', 100, false);
    for (let i = 0; i < 3; i++) await pnp(emu.siteUrl).web.lists.getByTitle('Hosts').items.add({ Title: `h${i}` });
  });
  afterEach(() => emu.stop());

  it('builds response URLs from whatever host the client called, item by item, page by page and part by part', async () => {
    const { port } = new URL(emu.baseUrl);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'contoso.sharepoint.test:8443']) {
      const page = await callAs(emu, host, 'GET', "/sites/digiohjelma/_api/web/lists/getByTitle('Hosts')/items?$top=2");
      const json = JSON.parse(page.body) as { 'odata.nextLink': string; value: { 'odata.id': string }[] };
      expect(json['odata.nextLink']).toMatch(new RegExp(`^http://${host.replace(/\./g, '\\.')}/sites/digiohjelma/_api/`));
      expect(json.value[0]['odata.id']).toMatch(new RegExp(`^http://${host.replace(/\./g, '\\.')}/sites/digiohjelma/_api/`));
      const web = JSON.parse((await callAs(emu, host, 'GET', '/sites/digiohjelma/_api/web?$select=Url')).body) as { Url: string };
      expect(web.Url).toBe(`http://${host}/sites/digiohjelma`);

      const boundary = 'batch_x';
      const batch = [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
        "GET /sites/digiohjelma/_api/web/lists/getByTitle('Hosts')/items(1) HTTP/1.1", 'Accept: application/json;odata=minimalmetadata', '', `--${boundary}--`, ''].join('\r\n');
      const answer = await callAs(emu, host, 'POST', '/sites/digiohjelma/_api/$batch', batch, { 'Content-Type': `multipart/mixed; boundary=${boundary}` });
      expect(answer.body).toContain(`"odata.id":"http://${host}/sites/digiohjelma/_api/`);
    }
  });

  it('refuses a second user’s write to a file the first has checked out (423) and shows others the checked-in version', async () => {
    const owner = pnp(emu.siteUrl, { user: 'mikael.sjoberg@porvoo.fi' });
    const other = pnp(emu.siteUrl, { user: 'helena.koskinen@porvoo.fi' });
    const admin = pnp(emu.siteUrl);
    const group = await admin.web.associatedMemberGroup();
    for (const email of ['mikael.sjoberg@porvoo.fi', 'helena.koskinen@porvoo.fi']) await admin.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${email}`);
    const info = await admin.web.getFolderByServerRelativePath('Shared Documents').files.addUsingPath('jaettu.txt', 'julkaistu', { Overwrite: false });
    const mine = owner.web.getFileByServerRelativePath(info.ServerRelativeUrl);
    const theirs = other.web.getFileByServerRelativePath(info.ServerRelativeUrl);
    await mine.checkout();
    await mine.setContent('luonnos');
    expect(await mine.getText()).toBe('luonnos');
    expect(await theirs.getText()).toBe('julkaistu');
    const refused = await theirs.setContent('toinen').catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 423 });
    expect(String((refused as Error).message)).toContain('is checked out for editing by i:0#.f|membership|mikael.sjoberg@porvoo.fi');
    await expect((await theirs.getItem()).update({ Title: 'x' })).rejects.toMatchObject({ status: 423 });
    await expect(theirs.delete()).rejects.toMatchObject({ status: 423 });
    const { CheckedOutByUser } = await theirs.select('CheckedOutByUser/Email').expand('CheckedOutByUser')<{ CheckedOutByUser: { Email: string } }>();
    expect(CheckedOutByUser.Email).toBe('mikael.sjoberg@porvoo.fi');
    await mine.checkin('valmis');
    expect(await theirs.getText()).toBe('luonnos');
  });

  it('refuses renaming a list to a title longer than 255 characters', async () => {
    await expect(pnp(emu.siteUrl).web.lists.getByTitle('Hosts').update({ Title: 'x'.repeat(256) })).rejects.toMatchObject({ status: 400 });
  });

  it('gives built-in columns of a data folder written before the ids were fixed SharePoint’s ids when it is loaded', () => {
    const store = new EmulatorStore();
    const old = structuredClone(store.snapshot());
    for (const list of old.lists) for (const f of list.fields) f.id = randomUUID();
    store.load(old);
    const library = store.lists()[0];
    expect(library.fields.find((f) => f.internalName === 'FileLeafRef')?.id).toBe(BUILT_IN_FIELD_IDS.FileLeafRef);
    expect(library.fields.find((f) => f.internalName === 'Title')?.schemaXml).toContain(BUILT_IN_FIELD_IDS.Title);
  });
});
