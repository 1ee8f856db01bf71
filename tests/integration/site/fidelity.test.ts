import '@pnp/sp/files';
import '@pnp/sp/folders';
import { CheckinType } from '@pnp/sp/files';
import { LibraryConflictError, readLibraryWorkbook, writeLibraryWorkbook } from '../../../src/excel/library';
import { sharedTarget, TARGET_TIMEOUT } from './target';

/**
 * The rows of server/emulator/FIDELITY.md that say "same as SharePoint". They run against the emulator in
 * `npm test` and, unchanged, against a real site with `npm run test:tenant`: a tenant run proves each row.
 */

jest.setTimeout(TARGET_TIMEOUT);

const target = sharedTarget();
const run = Date.now().toString(36);
const LIST = `Fidelity${run}`;
const listPath = () => `${new URL(target.siteUrl).pathname}/Lists/${LIST}`;
const JSON_LIGHT = { Accept: 'application/json;odata=minimalmetadata' };

beforeAll(async () => {
  await target.sp.web.lists.add(LIST, 'FIDELITY.md', 100, false);
  const list = target.sp.web.getList(listPath());
  const xml = [
    '<Field Type="Choice" Name="DtLight" StaticName="DtLight" DisplayName="DtLight"><CHOICES><CHOICE>green</CHOICE><CHOICE>red</CHOICE></CHOICES></Field>',
    '<Field Type="MultiChoice" Name="DtTags" StaticName="DtTags" DisplayName="DtTags"><CHOICES><CHOICE>a</CHOICE><CHOICE>b</CHOICE></CHOICES></Field>',
    '<Field Type="Number" Name="DtProgress" StaticName="DtProgress" DisplayName="DtProgress" Min="0" Max="100"/>',
    '<Field Type="Text" Name="DtCode" StaticName="DtCode" DisplayName="DtCode" MaxLength="32"/>',
    '<Field Type="Text" Name="DtNeeded" StaticName="DtNeeded" DisplayName="DtNeeded" Required="TRUE"/>',
    '<Field Type="DateTime" Name="DtDay" StaticName="DtDay" DisplayName="DtDay" Format="DateOnly"/>',
    '<Field Type="Note" Name="DtNotes" StaticName="DtNotes" DisplayName="DtNotes" NumLines="6" RichText="FALSE"/>'
  ];
  for (const SchemaXml of xml) await list.fields.createFieldAsXml({ SchemaXml, Options: 8 });
}, TARGET_TIMEOUT);

describe('response URLs', () => {
  it('builds odata.id, odata.nextLink and the URLs in batch answers from the host the client called', async () => {
    const origin = new URL(target.siteUrl).origin;
    const list = target.sp.web.getList(listPath());
    for (let i = 0; i < 3; i++) await list.items.add({ Title: `u${i}` });
    const page = (await (await target.fetch(`_api/web/lists/getByTitle('${LIST}')/items?$top=2`, { headers: JSON_LIGHT })).json()) as Record<string, unknown>;
    expect(String(page['odata.metadata'])).toMatch(new RegExp(`^${origin}/`));
    expect(String(page['odata.nextLink'])).toMatch(new RegExp(`^${origin}/`));
    const first = (page.value as Record<string, unknown>[])[0];
    expect(String(first['odata.id'])).toMatch(new RegExp(`^${origin}/`));

    const [batched, execute] = target.sp.batched();
    const added = batched.web.getList(listPath()).items.add({ Title: 'in a batch' });
    await execute();
    expect(String((await added)['odata.id'])).toMatch(new RegExp(`^${origin}/`));
  });
});

describe('built-in fields', () => {
  it('have SharePoint’s fixed ids in every list and library', async () => {
    const ids = async (path: string, names: string[]) => {
      const fields = await target.sp.web.getList(path).fields.select('InternalName', 'Id')<{ InternalName: string; Id: string }[]>();
      return Object.fromEntries(names.map((n) => [n, fields.find((f) => f.InternalName === n)?.Id]));
    };
    expect(await ids(listPath(), ['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'Attachments', 'GUID'])).toEqual({
      Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
      Created: '8c06beca-0777-48f7-91c7-6da68bc07b69', Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
      Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18', Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
      Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4', GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0'
    });
    expect(await ids(`${new URL(target.siteUrl).pathname}/Shared Documents`, ['FileLeafRef', 'Title'])).toEqual({
      FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8', Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247'
    });
  });
});

describe('lists', () => {
  it('refuse a title longer than 255 characters and take one of 255', async () => {
    const long = `L${run}`.padEnd(256, 'x');
    await expect(target.sp.web.lists.add(long, '', 100, false)).rejects.toMatchObject({ status: expect.any(Number) });
    expect(await target.sp.web.lists.filter(`Title eq '${long}'`)()).toEqual([]);
    const fits = long.slice(0, 255);
    const created = await target.sp.web.lists.add(fits, '', 100, false);
    expect(created.Title).toBe(fits);
    await target.sp.web.lists.getById(created.Id).delete();
  });

  it('name the web they belong to (ParentWeb), and the web names its parent', async () => {
    const { ParentWeb } = await target.sp.web.getList(listPath()).select('ParentWeb/Url').expand('ParentWeb')<{ ParentWeb: { Url: string } }>();
    expect(ParentWeb.Url).toBe(target.siteUrl);
    const parent = await target.sp.web.getParentWeb();
    const parentUrl = parent ? (await parent.select('Url')<{ Url: string }>()).Url : null;
    expect(parentUrl).toBe(target.parentWebUrl);
  });
});

describe('document library files', () => {
  const library = () => target.sp.web.getFolderByServerRelativePath(`${new URL(target.siteUrl).pathname}/Shared Documents`);

  it('take names with % and # through addUsingPath, and give library items their EncodedAbsUrl', async () => {
    const name = `Budjetti 100% #${run}.xlsx`;
    const info = await library().files.addUsingPath(name, 'sisältö', { Overwrite: false });
    expect(info.Name).toBe(name);
    const file = target.sp.web.getFileByServerRelativePath(info.ServerRelativeUrl);
    expect(await file.getText()).toBe('sisältö');
    const { EncodedAbsUrl } = await file.listItemAllFields.select('EncodedAbsUrl')<{ EncodedAbsUrl: string }>();
    expect(EncodedAbsUrl).toBe(`${new URL(target.siteUrl).origin}${info.ServerRelativeUrl.split('/').map(encodeURIComponent).join('/')}`);
  });

  it('save the roadmap workbook under such a name, and tell an existing file from an invalid name', async () => {
    const path = `Shared Documents/Tiekartta 2026 #${run} (100%).xlsx`;
    await writeLibraryWorkbook(target.sp, path, new TextEncoder().encode('v1'), null);
    expect(new TextDecoder().decode((await readLibraryWorkbook(target.sp, path)).content)).toBe('v1');
    await expect(writeLibraryWorkbook(target.sp, path, new TextEncoder().encode('v2'), null)).rejects.toBeInstanceOf(LibraryConflictError);
    const invalid = writeLibraryWorkbook(target.sp, `Shared Documents/a:b${run}.xlsx`, new TextEncoder().encode('x'), null);
    await expect(invalid).rejects.toThrow();
    await expect(invalid).rejects.not.toBeInstanceOf(LibraryConflictError);
  });

  it('check out and in: the check-in makes the draft a new version with its comment, undoing drops it', async () => {
    const info = await library().files.addUsingPath(`checkout-${run}.txt`, 'one', { Overwrite: false });
    const file = target.sp.web.getFileByServerRelativePath(info.ServerRelativeUrl);
    await file.checkout();
    expect(await file.select('CheckOutType')()).toMatchObject({ CheckOutType: 0 });
    await expect(file.checkout()).rejects.toMatchObject({ status: 423 });
    await file.setContent('two');
    await file.checkin('tarkistettu', CheckinType.Major);
    expect(await file.select('CheckOutType', 'CheckInComment', 'UIVersionLabel')()).toMatchObject({ CheckOutType: 2, CheckInComment: 'tarkistettu', UIVersionLabel: '2.0' });
    expect(await file.getText()).toBe('two');
    await expect(file.checkin('again')).rejects.toMatchObject({ status: 423 });

    await file.checkout();
    await file.setContent('three');
    await file.undoCheckout();
    expect(await file.getText()).toBe('two');
    expect(await file.select('CheckOutType', 'UIVersionLabel')()).toMatchObject({ CheckOutType: 2, UIVersionLabel: '2.0' });
  });
});

describe('field values on REST writes', () => {
  const items = () => target.sp.web.getList(listPath()).items;
  const read = (id: number) => items().getById(id).select('Title', 'DtLight', 'DtTags', 'DtProgress', 'DtCode', 'DtNeeded', 'DtDay', 'DtNotes')<Record<string, unknown>>();

  it('store a choice outside the choices, a number outside min/max, text over its MaxLength, a long note and an empty required field as sent', async () => {
    const code = 'X'.repeat(40);
    const notes = 'Pitkä muistiinpano. '.repeat(1000);
    const added = await items().add({ Title: 'loose', DtLight: '"><script>', DtTags: ['a', 'zzz'], DtProgress: 250, DtCode: code, DtNotes: notes });
    expect(await read(added.Id)).toMatchObject({ DtLight: '"><script>', DtTags: ['a', 'zzz'], DtProgress: 250, DtCode: code, DtNeeded: null, DtNotes: notes });
    await items().getById(added.Id).update({ DtNeeded: '' , DtProgress: -5 });
    expect(await read(added.Id)).toMatchObject({ DtNeeded: null, DtProgress: -5 });
  });

  it('refuse more than 255 characters in a single line of text, a value of the wrong type, an unknown column and a date outside 1900–8900', async () => {
    await expect(items().add({ Title: 'x'.repeat(256) })).rejects.toMatchObject({ status: 400 });
    const fits = await items().add({ Title: 'x'.repeat(255), DtDay: '1900-01-01T00:00:00Z' });
    expect(((await read(fits.Id)).Title as string).length).toBe(255);
    await expect(items().add({ Title: 'x', DtProgress: 'paljon' })).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'x', DtNope: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'x', DtDay: '1899-12-31T00:00:00Z' })).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'x', DtDay: '8901-01-01T00:00:00Z' })).rejects.toMatchObject({ status: 400 });
  });
});
