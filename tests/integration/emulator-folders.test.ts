import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { startEmulator, type Emulator } from '../../server/emulator';
import { pnp } from './emulator-support';

/**
 * The emulator's permission model with folders, as SharePoint evaluates it: an item inherits from the
 * nearest folder with unique permissions, then the list, then the web; breaking inheritance copies or
 * clears; folders are items (FSObjType 1) reached through `rootFolder`, `getFolderByServerRelativePath`
 * and `ListItemAllFields`; the list forms' calls (`AddValidateUpdateItemUsingPath`,
 * `ValidateUpdateListItem`) need the same rights as plain REST. Every rule is tried as the user would
 * try it: raw HTTP with `Authorization: Bearer emu:<email>`.
 */

const LIST = '/sites/digiohjelma/Lists/Reports';
const OWNER_A = 'anna.owner@porvoo.fi';
const OWNER_B = 'bertil.owner@porvoo.fi';
const READER = 'rea.reader@porvoo.fi';
const STRANGER = 'sten.stranger@porvoo.fi';

type Json = Record<string, unknown>;

describe('emulator: folders and permission inheritance', () => {
  let emu: Emulator;
  let admin: SPFI;
  let roleIds: { read: number; contribute: number };
  let folders: { a: number; b: number };

  const call = (user: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${emu.siteUrl}/_api/${path}`, {
      method,
      headers: {
        Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json',
        ...(user ? { Authorization: `Bearer emu:${user}` } : {}), ...headers
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  const list = `web/GetList(@l)`;
  const q = `?@l='${encodeURIComponent(LIST)}'`;
  const formAdd = (user: string | undefined, folder: string, values: Record<string, string>, datesInUTC = true): Promise<Response> =>
    call(user, 'POST', `${list}/AddValidateUpdateItemUsingPath()${q}`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: folder ? `${LIST}/${folder}` : '' }, UnderlyingObjectType: 0 },
      formValues: Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
      bNewDocumentUpdate: false,
      datesInUTC
    });
  const newId = async (r: Response): Promise<number> => {
    const body = (await r.json()) as { value: { FieldName: string; FieldValue: string; HasException: boolean }[] };
    expect(body.value.filter((v) => v.HasException)).toEqual([]);
    return Number(body.value.find((v) => v.FieldName === 'Id')?.FieldValue);
  };

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: 'empty' });
    admin = pnp(emu.siteUrl);
    await admin.web.lists.add('Reports', 'Reports', 100, false, { EnableVersioning: true });
    const l = admin.web.getList(LIST);
    await l.fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="DtReportedOn" StaticName="DtReportedOn" DisplayName="Raportoitu" Required="TRUE"/>', Options: 8 });
    await l.fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="DtProgress" StaticName="DtProgress" DisplayName="Edistyminen" Min="0" Max="100"/>', Options: 8 });
    await l.update({ WriteSecurity: 2 });
    const defs = await admin.web.roleDefinitions.select('Id', 'RoleTypeKind')<{ Id: number; RoleTypeKind: number }[]>();
    roleIds = { read: defs.find((d) => d.RoleTypeKind === 2)!.Id, contribute: defs.find((d) => d.RoleTypeKind === 3)!.Id };
    // The list: everyone reads (copied from the web), nobody but admins adds.
    await l.breakRoleInheritance(true, false);
    const members = await admin.web.associatedMemberGroup.select('Id')<{ Id: number }>();
    await l.roleAssignments.remove(members.Id, 1073741830);
    // Folder A through rootFolder/folders/addUsingPath, folder B through the new form's folder creation.
    await l.rootFolder.folders.addUsingPath('A');
    await l.addValidateUpdateItemUsingPath([], LIST, false, undefined, { leafName: 'B', objectType: 1 });
    const a = await admin.web.getFolderByServerRelativePath(`${LIST}/A`).getItem<{ Id: number }>('Id');
    const b = await admin.web.getFolderByServerRelativePath(`${LIST}/B`).getItem<{ Id: number }>('Id');
    folders = { a: a.Id, b: b.Id };
    for (const [folder, owner] of [[a, OWNER_A], [b, OWNER_B]] as const) {
      await folder.breakRoleInheritance(true, false);
      const user = await admin.web.ensureUser(owner);
      await folder.roleAssignments.add(user.Id, roleIds.contribute);
    }
    await admin.web.ensureUser(READER);
  });

  afterAll(async () => {
    await emu.stop();
  });

  it('folders are items with FSObjType 1, found by path, with the server-relative path SharePoint gives', async () => {
    const r = await call(undefined, 'GET', `web/GetFolderByServerRelativePath(decodedurl='${LIST}/A')?$select=Name,ServerRelativeUrl,ServerRelativePath,ItemCount,UniqueId`);
    expect(r.status).toBe(200);
    const f = (await r.json()) as Json;
    expect(f).toMatchObject({ Name: 'A', ServerRelativeUrl: `${LIST}/A`, ServerRelativePath: { DecodedUrl: `${LIST}/A` } });
    const item = (await (await call(undefined, 'GET', `web/GetFolderByServerRelativePath(decodedurl='${LIST}/A')/ListItemAllFields?$select=Id,FileSystemObjectType,FileRef,FileDirRef,FSObjType,HasUniqueRoleAssignments`)).json()) as Json;
    expect(item).toMatchObject({ Id: folders.a, FileSystemObjectType: 1, FSObjType: 1, FileRef: `${LIST}/A`, FileDirRef: LIST, HasUniqueRoleAssignments: true });
    const sub = (await (await call(undefined, 'GET', `${list}/RootFolder/Folders${q}&$select=Name`)).json()) as { value: { Name: string }[] };
    expect(sub.value.map((x) => x.Name).sort()).toEqual(['A', 'B']);
    const missing = await call(undefined, 'GET', `web/GetFolderByServerRelativePath(decodedurl='${LIST}/C')`);
    expect(missing.status).toBe(404);
    const root = (await (await call(undefined, 'GET', 'web/RootFolder?$select=ServerRelativeUrl,WelcomePage')).json()) as Json;
    expect(root).toEqual({ ServerRelativeUrl: '/sites/digiohjelma', WelcomePage: 'SitePages/Home.aspx' });
  });

  it('an owner adds in their own folder, and a POST to the list or into another owner’s folder is 403', async () => {
    const own = await formAdd(OWNER_A, 'A', { Title: 'A report', DtReportedOn: '2025-10-27T07:00:00Z', DtProgress: '40' });
    expect(own.status).toBe(200);
    const id = await newId(own);
    const stored = (await (await call(undefined, 'GET', `${list}/items(${id})${q}&$select=FileDirRef,DtReportedOn,DtProgress,AuthorId`)).json()) as Json;
    expect(stored).toMatchObject({ FileDirRef: `${LIST}/A`, DtReportedOn: '2025-10-27T07:00:00Z', DtProgress: 40 });

    const other = await formAdd(OWNER_A, 'B', { Title: 'On someone else’s action', DtReportedOn: '2025-10-27T07:00:00Z' });
    expect(other.status).toBe(403);
    const root = await call(OWNER_A, 'POST', `${list}/items${q}`, { Title: 'At the root', DtReportedOn: '2025-10-27T07:00:00Z' });
    expect(root.status).toBe(403);
    const rootForm = await formAdd(OWNER_A, '', { Title: 'At the root', DtReportedOn: '2025-10-27T07:00:00Z' });
    expect(rootForm.status).toBe(403);
    const reader = await formAdd(READER, 'A', { Title: 'Reader', DtReportedOn: '2025-10-27T07:00:00Z' });
    expect(reader.status).toBe(403);
  });

  it('items inherit their folder’s rights: MERGE and the edit form as another owner are 403, as the owner 204', async () => {
    const id = await newId(await formAdd(OWNER_B, 'B', { Title: 'B report', DtReportedOn: '2025-10-27T07:00:00Z' }));
    const merge = (user: string): Promise<Response> => call(user, 'POST', `${list}/items(${id})${q}`, { Title: `changed by ${user}` }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect((await merge(OWNER_A)).status).toBe(403);
    const form = await call(OWNER_A, 'POST', `${list}/items(${id})/ValidateUpdateListItem()${q}`, { formValues: [{ FieldName: 'Title', FieldValue: 'x' }], bNewDocumentUpdate: false });
    expect(form.status).toBe(403);
    expect((await call(OWNER_A, 'DELETE', `${list}/items(${id})${q}`, undefined, { 'IF-MATCH': '*' })).status).toBe(403);
    expect((await merge(OWNER_B)).status).toBe(204);
    const perms = (await (await call(OWNER_A, 'GET', `${list}/items(${id})/EffectiveBasePermissions${q}`)).json()) as { High: string; Low: string };
    expect(Number(perms.Low) & (1 << (PermissionKind.EditListItems - 1))).toBe(0);
  });

  it('WriteSecurity 2: an owner with Contribute on the folder may not rename or edit the folder item itself', async () => {
    const rename = await call(OWNER_A, 'POST', `${list}/items(${folders.a})${q}`, { FileLeafRef: 'B2' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(rename.status).toBe(403);
    const form = await call(OWNER_A, 'POST', `${list}/items(${folders.a})/ValidateUpdateListItem()${q}`, { formValues: [{ FieldName: 'FileLeafRef', FieldValue: 'B2' }], bNewDocumentUpdate: false });
    expect(form.status).toBe(403);
  });

  it('reads are trimmed by folder: a user without read on a folder sees neither it nor what is in it', async () => {
    const hidden = await newId(await formAdd(undefined, '', { Title: 'placeholder', DtReportedOn: '2025-10-27T07:00:00Z' }));
    await admin.web.getList(LIST).rootFolder.folders.addUsingPath('Secret');
    const secret = await admin.web.getFolderByServerRelativePath(`${LIST}/Secret`).getItem<{ Id: number }>('Id');
    await secret.breakRoleInheritance(false, false);
    const inside = await newId(await formAdd(undefined, 'Secret', { Title: 'inside', DtReportedOn: '2025-10-27T07:00:00Z' }));
    const seen = (await (await call(STRANGER, 'GET', `${list}/items${q}&$select=Id`)).json()) as { value: { Id: number }[] };
    const ids = seen.value.map((v) => v.Id);
    expect(ids).toContain(hidden);
    expect(ids).toContain(folders.a);
    expect(ids).not.toContain(secret.Id);
    expect(ids).not.toContain(inside);
    expect((await call(STRANGER, 'GET', `${list}/items(${inside})${q}`)).status).toBe(403);
    // REST's items collection returns every folder's items, folders included, to someone who may see them.
    const all = (await (await call(undefined, 'GET', `${list}/items${q}&$select=Id,FileSystemObjectType,FileDirRef`)).json()) as { value: Json[] };
    expect(all.value.find((v) => v.Id === inside)).toMatchObject({ FileSystemObjectType: 0, FileDirRef: `${LIST}/Secret` });
    expect(all.value.find((v) => v.Id === secret.Id)).toMatchObject({ FileSystemObjectType: 1 });
  });

  it('breaking with copy keeps the inherited roles, and clearsubscopes and resetroleinheritance restore inheritance below', async () => {
    await admin.web.getList(LIST).rootFolder.folders.addUsingPath('C');
    const c = await admin.web.getFolderByServerRelativePath(`${LIST}/C`).getItem<{ Id: number }>('Id');
    const id = await newId(await formAdd(undefined, 'C', { Title: 'in C', DtReportedOn: '2025-10-27T07:00:00Z' }));
    const item = admin.web.getList(LIST).items.getById(id);
    await item.breakRoleInheritance(false, false);
    expect((await call(READER, 'GET', `${list}/items(${id})${q}`)).status).toBe(403);
    // Breaking the folder with clearsubscopes makes the item inherit again (now from the folder).
    await c.breakRoleInheritance(true, true);
    expect((await call(READER, 'GET', `${list}/items(${id})${q}`)).status).toBe(200);
    const user = await admin.web.ensureUser(STRANGER);
    await c.roleAssignments.add(user.Id, roleIds.contribute);
    const strangerRights = (await (await call(undefined, 'GET', `${list}/items(${id})/getUserEffectivePermissions(@u)${q}&@u='${encodeURIComponent(`i:0#.f|membership|${STRANGER}`)}'`)).json()) as { High: string; Low: string };
    expect(Number(strangerRights.Low) & (1 << (PermissionKind.AddListItems - 1))).not.toBe(0);
    await c.resetRoleInheritance();
    const after = (await (await call(undefined, 'GET', `${list}/items(${id})/getUserEffectivePermissions(@u)${q}&@u='${encodeURIComponent(`i:0#.f|membership|${STRANGER}`)}'`)).json()) as { High: string; Low: string };
    expect(Number(after.Low) & (1 << (PermissionKind.AddListItems - 1))).toBe(0);
  });

  it('the new form parses values as the form would: site-format dates, ISO only with datesInUTC, numbers as text within the field’s range', async () => {
    const local = await formAdd(OWNER_A, 'A', { Title: 'Local date', DtReportedOn: '27.10.2025 9.00' }, false);
    const id = await newId(local);
    const stored = (await (await call(undefined, 'GET', `${list}/items(${id})${q}&$select=DtReportedOn`)).json()) as Json;
    expect(stored.DtReportedOn).toBe('2025-10-27T07:00:00Z');
    const iso = (await (await formAdd(OWNER_A, 'A', { Title: 'ISO date', DtReportedOn: '2025-10-27T07:00:00Z' }, false)).json()) as { value: { FieldName: string; HasException: boolean }[] };
    expect(iso.value.find((v) => v.FieldName === 'DtReportedOn')?.HasException).toBe(true);
    const missing = (await (await formAdd(OWNER_A, 'A', { Title: 'No date' })).json()) as { value: { FieldName: string; HasException: boolean; ErrorMessage: string }[] };
    expect(missing.value.find((v) => v.FieldName === 'DtReportedOn')).toMatchObject({ HasException: true });
    const range = (await (await formAdd(OWNER_A, 'A', { Title: 'Too far', DtReportedOn: '2025-10-27T07:00:00Z', DtProgress: '140' })).json()) as { value: { FieldName: string; HasException: boolean }[] };
    expect(range.value.find((v) => v.FieldName === 'DtProgress')?.HasException).toBe(true);
  });

  it('deleting a folder deletes what is in it', async () => {
    await admin.web.getList(LIST).rootFolder.folders.addUsingPath('D');
    const d = await admin.web.getFolderByServerRelativePath(`${LIST}/D`).getItem<{ Id: number }>('Id');
    const id = await newId(await formAdd(undefined, 'D', { Title: 'in D', DtReportedOn: '2025-10-27T07:00:00Z' }));
    expect((await call(OWNER_A, 'DELETE', `web/GetFolderByServerRelativePath(decodedurl='${LIST}/D')`)).status).toBe(403);
    await admin.web.getFolderByServerRelativePath(`${LIST}/D`).delete();
    expect((await call(undefined, 'GET', `${list}/items(${id})${q}`)).status).toBe(404);
    expect((await call(undefined, 'GET', `${list}/items(${d.Id})${q}`)).status).toBe(404);
  });

  it('a folder name that exists is refused unless overwrite; web/folders/addUsingPath takes a server-relative URL', async () => {
    const again = await call(undefined, 'POST', `${list}/RootFolder/Folders/addUsingPath(DecodedUrl='A',overwrite=false)${q}`);
    expect(again.status).toBe(500);
    const same = await call(undefined, 'POST', `${list}/RootFolder/Folders/addUsingPath(DecodedUrl='A',overwrite=true)${q}`);
    expect(same.status).toBe(200);
    const viaWeb = await call(undefined, 'POST', `web/Folders/addUsingPath(DecodedUrl='${LIST}/E',overwrite=false)`);
    expect(viaWeb.status).toBe(200);
    expect(((await viaWeb.json()) as Json).ServerRelativeUrl).toBe(`${LIST}/E`);
    const asOwner = await call(OWNER_A, 'POST', `web/Folders/addUsingPath(DecodedUrl='${LIST}/F',overwrite=false)`);
    expect(asOwner.status).toBe(403);
    const inOwnFolder = await call(OWNER_A, 'POST', `web/Folders/addUsingPath(DecodedUrl='${LIST}/A/sub',overwrite=false)`);
    expect(inOwnFolder.status).toBe(200);
  });
});
