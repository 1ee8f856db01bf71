import { compileFilter, filterFields, parseFilter, type Column } from '../../server/emulator/odata/filter';
import { parseSegments } from '../../server/emulator/odata/segments';
import { parseFaultSpec, FaultInjector } from '../../server/emulator/faults';
import { defaultRoleDefinitions, mask } from '../../server/emulator/store/permissions';
import { internalNameFromDisplayName, parseFieldXml } from '../../server/emulator/store/fieldxml';
import { formatBatchResponse, parseBatch } from '../../server/emulator/http/batch';

type Row = Record<string, unknown>;
const col = (path: string): Column<Row> => ({ kind: path === 'When' ? 'datetime' : 'other', get: (r) => r[path] });
const run = (filter: string, rows: Row[]): unknown[] => rows.filter(compileFilter(parseFilter(filter), col)).map((r) => r.Id);

describe('the emulator OData $filter', () => {
  const rows: Row[] = [
    { Id: 1, Title: "O'Brien", N: 5, B: true, When: '2025-01-01T00:00:00Z', M: ['a', 'b'], U: null },
    { Id: 2, Title: 'Ääkköset', N: 50, B: false, When: '2025-06-01T00:00:00Z', M: ['c'], U: 7 },
    { Id: 3, Title: 'plain', N: null, B: true, When: null, M: null, U: 8 }
  ];

  it('compares with eq ne lt le gt ge, and/or and parentheses', () => {
    expect(run('N gt 4 and N le 50', rows)).toEqual([1, 2]);
    expect(run('(N eq 5 or Id eq 3) and B eq true', rows)).toEqual([1, 3]);
    expect(run("Title ne 'plain'", rows)).toEqual([1, 2]);
    expect(run('N lt 10 or N ge 50', rows)).toEqual([1, 2]);
  });

  it('reads string escapes, numbers with suffixes, booleans as 1/0, null and datetime literals', () => {
    expect(run("Title eq 'O''Brien'", rows)).toEqual([1]);
    expect(run('N eq 5L', rows)).toEqual([1]);
    expect(run('B eq 1', rows)).toEqual([1, 3]);
    expect(run('U eq null', rows)).toEqual([1]);
    expect(run('U ne null', rows)).toEqual([2, 3]);
    expect(run("When lt datetime'2025-03-01T00:00:00Z'", rows)).toEqual([1]);
  });

  it('supports substringof and startswith (case-insensitive) and any-of for multi-values', () => {
    expect(run("substringof('brie', Title)", rows)).toEqual([1]);
    expect(run("startswith(Title, 'ää')", rows)).toEqual([2]);
    expect(run("substringof('E', Title) eq true", rows)).toEqual([1, 2]);
    expect(run("M eq 'b'", rows)).toEqual([1]);
  });

  it('lists the fields a filter uses and refuses bad syntax', () => {
    expect(filterFields(parseFilter("A eq 1 and (B/EMail eq 'x' or startswith(C,'y'))"))).toEqual(['A', 'B/EMail', 'C']);
    expect(() => parseFilter("Title eq 'open")).toThrow(/Unterminated/);
    expect(() => parseFilter('Title eq')).toThrow();
  });
});

describe('the emulator URL segments', () => {
  it('splits at slashes outside quotes and parentheses and resolves aliases', () => {
    const segs = parseSegments(
      "web/getList('%2Fsites%2Fdigiohjelma%2FLists%2FX')/items(12)/breakroleinheritance(copyroleassignments=true, clearsubscopes=false)/getUserEffectivePermissions(@user)",
      (name) => (name === '@user' ? "'i:0#.f|membership|a@b.fi'" : undefined)
    );
    expect(segs.map((s) => s.name)).toEqual(['web', 'getlist', 'items', 'breakroleinheritance', 'getusereffectivepermissions']);
    expect(segs[1].args).toEqual(['/sites/digiohjelma/Lists/X']);
    expect(segs[2].args).toEqual([12]);
    expect(segs[3].named).toEqual({ copyroleassignments: true, clearsubscopes: false });
    expect(segs[4].args).toEqual(['i:0#.f|membership|a@b.fi']);
    const file = parseSegments("web/getFileByServerRelativePath(decodedUrl='/sites/x/Shared Documents/a (1)''s.xlsx')/$value", () => undefined);
    expect(file[1].named.decodedurl).toBe("/sites/x/Shared Documents/a (1)'s.xlsx");
    expect(file[2].name).toBe('$value');
  });
});

describe('the emulator permission masks', () => {
  it('match SharePoint Online’s role definitions', () => {
    const byName = Object.fromEntries(defaultRoleDefinitions().map((r) => [r.name, r.basePermissions]));
    expect(byName.Read).toEqual({ high: 176, low: 138612833 });
    expect(byName.Contribute).toEqual({ high: 432, low: 1011028719 });
    expect(byName.Edit).toEqual({ high: 432, low: 1011030767 });
    expect(mask('ViewListItems', 'AddListItems', 'EditListItems', 'DeleteListItems', 'ManageLists')).toEqual({ high: 0, low: 0x80f });
  });
});

describe('the emulator Field XML', () => {
  it('reads the attributes provisioning uses', () => {
    const f = parseFieldXml('<Field Type="Choice" Name="DtStatus" DisplayName="Tila" Required="TRUE" Indexed="TRUE" FillInChoice="FALSE"><CHOICES><CHOICE>A &amp; B</CHOICE><CHOICE>C</CHOICE></CHOICES><Default>C</Default></Field>');
    expect(f.field).toMatchObject({ type: 'Choice', required: true, indexed: true, choices: ['A & B', 'C'], fillInChoice: false, defaultValue: 'C' });
    expect(parseFieldXml('<Field Type="UserMulti" Name="X" DisplayName="X" UserSelectionMode="PeopleOnly" Mult="TRUE"/>').field).toMatchObject({ type: 'User', multi: true });
    expect(parseFieldXml('<Field Type="Number" Name="P" DisplayName="P" Min="0" Max="100" Decimals="0"/>').field).toMatchObject({ min: 0, max: 100, decimals: 0 });
    expect(internalNameFromDisplayName('Tila ja vaihe')).toBe('Tila_x0020_ja_x0020_vaihe');
  });
});

describe('the emulator fault injection', () => {
  it('parses the CLI spec and repeats the same faults for the same seed', () => {
    expect(parseFaultSpec('throttle=0.3,error=0.05,drop=0.02,retryAfter=2,seed=7')).toEqual({ throttleRate: 0.3, serverErrorRate: 0.05, dropRate: 0.02, retryAfterSeconds: 2, seed: 7 });
    expect(() => parseFaultSpec('throttle=2')).toThrow();
    const a = new FaultInjector({ throttleRate: 0.3, seed: 5 });
    const b = new FaultInjector({ throttleRate: 0.3, seed: 5 });
    const seqA = Array.from({ length: 200 }, () => a.before());
    expect(Array.from({ length: 200 }, () => b.before())).toEqual(seqA);
    const throttled = seqA.filter((x) => x === 'throttle').length;
    expect(throttled).toBeGreaterThan(40);
    expect(throttled).toBeLessThan(80);
  });
});

describe('the emulator $batch wire format', () => {
  it('parses nested changesets and formats flat batchresponse parts', () => {
    const body = ['--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_2"', '', '--changeset_2', 'Content-Type: application/http',
      'Content-Transfer-Encoding: binary', '', 'MERGE http://h/_api/web/lists/getbytitle(\'A\')/items(1) HTTP/1.1', 'IF-Match: "1"', 'Content-Type: application/json', '',
      '{"Title":"x"}', '', '--changeset_2--', '', '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'GET http://h/_api/web HTTP/1.1', 'Accept: application/json', '', '--batch_1--', ''].join('\r\n');
    const parts = parseBatch(body, 'multipart/mixed; boundary=batch_1');
    expect(parts.map((p) => [p.method, p.headers['if-match'], p.body])).toEqual([['MERGE', '"1"', '{"Title":"x"}'], ['GET', undefined, '']]);
    const out = formatBatchResponse([{ status: 204, headers: { ETag: '"2"' } }, { status: 200, body: { Title: 'w' }, headers: { 'Content-Type': 'application/json' } }]);
    expect(out.body.split('\n').filter((l) => l.startsWith('HTTP/1.1'))).toEqual(['HTTP/1.1 204 No Content', 'HTTP/1.1 200 OK']);
    expect(out.body.endsWith('--\n')).toBe(true);
  });
});
