import { spPost } from '@pnp/sp';
import { File } from '@pnp/sp/files';
import { startEmulator, type Emulator } from '../../server/emulator';
import { pnp } from './emulator-support';

jest.setTimeout(30_000);

const URL_PATH = '/sites/digiohjelma/Shared Documents/tiekartta.xlsx';

describe('the emulator document library (Shared Documents)', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startEmulator();
  });
  afterEach(() => emu.stop());

  it('uploads, downloads and overwrites a file as new versions, keeping the earlier ones', async () => {
    const sp = pnp(emu.siteUrl);
    const added = await sp.web.getFolderByServerRelativePath('Shared Documents').files.addUsingPath('tiekartta.xlsx', Buffer.from('version one'), { Overwrite: true });
    expect(added).toMatchObject({ Name: 'tiekartta.xlsx', ServerRelativeUrl: URL_PATH, UIVersionLabel: '1.0', Length: '11' });
    const file = sp.web.getFileByServerRelativePath(URL_PATH);
    expect(await file.getText()).toBe('version one');

    await sp.web.getFolderByServerRelativePath('/sites/digiohjelma/Shared Documents').files.addUsingPath('tiekartta.xlsx', Buffer.from('version two'), { Overwrite: true });
    await file.setContent('version three');
    const info = await file();
    expect(info).toMatchObject({ UIVersionLabel: '3.0', MajorVersion: 3 });
    const versions = await file.versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['1.0', '2.0']);
    expect(await file.versions.getById(512).getText()).toBe('version one');
    expect(await file.versions.getById(1024).getText()).toBe('version two');
    const history = await fetch(`${emu.baseUrl}/sites/digiohjelma/${versions[0].Url}`);
    expect(await history.text()).toBe('version one');

    const item = await file.listItemAllFields.select('Id', 'FileLeafRef', 'OData__UIVersionString')();
    expect(item).toMatchObject({ Id: 1, FileLeafRef: 'tiekartta.xlsx', OData__UIVersionString: '3.0' });

    // Refusing to overwrite without the flag, like SharePoint.
    await expect(sp.web.getFolderByServerRelativePath('Shared Documents').files.addUsingPath('tiekartta.xlsx', Buffer.from('x'))).rejects.toMatchObject({ status: 400 });
  });

  it('refuses an overwrite with a stale etag (412) and serves the ETag header on download', async () => {
    const sp = pnp(emu.siteUrl);
    await sp.web.getFolderByServerRelativePath('Shared Documents').files.addUsingPath('tiekartta.xlsx', Buffer.from('a'), { Overwrite: true });
    const download = await fetch(`${emu.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(URL_PATH)}')/$value`);
    const readEtag = download.headers.get('etag')!;
    expect(readEtag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);

    const file = sp.web.getFileByServerRelativePath(URL_PATH);
    // Someone else saves meanwhile.
    await file.setContent('b');
    // Writing back what was read with its etag: 412, nothing overwritten.
    const put = (etag: string, body: string): Promise<unknown> =>
      spPost(File(file, '$value'), { body, headers: { 'X-HTTP-Method': 'PUT', 'IF-Match': etag } });
    await expect(put(readEtag, 'c')).rejects.toMatchObject({ status: 412 });
    expect(await file.getText()).toBe('b');
    const current = (await file()).ETag as string;
    await put(current, 'c');
    expect(await file.getText()).toBe('c');
    expect((await file()).UIVersionLabel).toBe('3.0');
  });

  it('lets a reader download but not upload', async () => {
    await pnp(emu.siteUrl).web.getFolderByServerRelativePath('Shared Documents').files.addUsingPath('tiekartta.xlsx', Buffer.from('a'), { Overwrite: true });
    const reader = pnp(emu.siteUrl, { user: 'lukija@porvoo.fi' });
    expect(await reader.web.getFileByServerRelativePath(URL_PATH).getText()).toBe('a');
    await expect(reader.web.getFileByServerRelativePath(URL_PATH).setContent('b')).rejects.toMatchObject({ status: 403 });
    await expect(reader.web.getFolderByServerRelativePath('Shared Documents').files.addUsingPath('new.xlsx', Buffer.from('b'))).rejects.toMatchObject({ status: 403 });
  });

  it('supports the older files/add(url, overwrite) call and 404 for missing files', async () => {
    const r = await fetch(`${emu.siteUrl}/_api/web/getFolderByServerRelativeUrl('Shared Documents')/files/add(url='vanha.txt',overwrite=true)`, {
      method: 'POST', body: 'hello', headers: { Accept: 'application/json;odata=verbose' }
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { d: { Name: string } }).d.Name).toBe('vanha.txt');
    await expect(pnp(emu.siteUrl).web.getFileByServerRelativePath('/sites/digiohjelma/Shared Documents/none.xlsx')()).rejects.toMatchObject({ status: 404 });
  });
});
