import ExcelJS from 'exceljs';
import { diffWorkbookAgainstList } from '../../../src/core/excel/diff';
import { roadmapWorkbookModel } from '../../../src/core/excel/export';
import { readRoadmapRows } from '../../../src/core/excel/read';
import { readWorkbookGrid } from '../../../src/excel/readWorkbook';
import { writeRoadmapWorkbook } from '../../../src/excel/writeWorkbook';
import { NOW, action } from './fixtures';

const items = [
  action(1, { title: '=HYPERLINK("http://evil")', description: '+358 40 123 4567\n-rivi\n@maininta', statutory: true, approvedOn: '2024-01-22', start: '2025-03-01', end: '2025-Q4', progress: 45, oneTimeCost: 2800.5 }),
  action(2, { title: 'Kartalla-palaute', annualCost: 5700, beneficiaries: ['residents', 'staff'], responsibleDirector: 'Digijohtaja', goal: 'K3' }),
  action(3, { roadmapYear: 2024, code: 'DT24-05', status: 'completed', progress: 100, owner: null })
];

async function exportBytes(lang: 'fi' | 'sv' | 'en' = 'fi') {
  return writeRoadmapWorkbook(roadmapWorkbookModel(items, { lang, now: NOW, years: null }), { now: NOW });
}

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('the exported workbook', () => {
  it('has the roadmap, the instructions, the hidden lists and the very hidden base, in the chosen language', async () => {
    const wb = await load(await exportBytes('sv'));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Vägkarta', 'visible'], ['Instruktioner', 'visible'], ['Val', 'hidden'], ['_tiekartta', 'veryHidden']]);
    const ws = wb.getWorksheet('Vägkarta')!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Kod', 'Åtgärd', 'Beskrivning']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:AC4');
  });

  it('writes one row per action in the spreadsheet’s layout, with hidden id and version columns', async () => {
    const wb = await load(await exportBytes());
    const ws = wb.getWorksheet('Tiekartta')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 27)).toEqual([
      'Tunnus', 'Toimenpide', 'Kuvaus', 'Tiekarttavuosi', 'Tavoite tai kyvykkyys', 'Taso', 'Lakisääteinen',
      'Pitkän aikavälin hyöty', 'Hyödynsaajat', 'Kustannusluokka', 'Vaikuttavuus', 'Kehittämismalli', 'Tarve',
      'Vastuujohtaja', 'Vastuuhenkilö', 'Tila', 'Liikennevalo', 'Edistyminen %', 'Alkaa', 'Päättyy',
      'Kertakustannus €', 'Vuosikustannus €/v', 'Toteutuneet kustannukset €', 'Rahoitus', 'Vaikutukset',
      'Vaikuttavuusmittari', 'Hyväksytty'
    ]);
    expect(headers.slice(27)).toEqual(['SharePoint-tunniste', 'SharePoint-versio']);
    expect([ws.getColumn(28).hidden, ws.getColumn(29).hidden, ws.getColumn(2).hidden]).toEqual([true, true, false]);
    expect(ws.rowCount).toBe(4);
    const row = ws.getRow(3); // item 1 (2024's item 3 sorts first)
    const at = (h: string) => row.getCell(headers.indexOf(h) + 1);
    expect(at('Toimenpide').value).toBe('=HYPERLINK("http://evil")');
    expect(at('Toimenpide').type).toBe(ExcelJS.ValueType.String);
    expect(at('Lakisääteinen').value).toBe('Kyllä');
    expect(at('Hyödynsaajat').value).toBe('kuntalaiset');
    expect(at('Kertakustannus €').value).toBe(2800.5);
    expect(at('Kertakustannus €').numFmt).toBe('#,##0.00 "€"');
    expect(at('Hyväksytty').value).toEqual(new Date(Date.UTC(2024, 0, 22)));
    expect(at('Hyväksytty').numFmt).toBe('d.m.yyyy');
    expect(at('Alkaa').value).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(at('Päättyy').value).toBe('2025 Q4');
    expect(at('Edistyminen %').value).toBe(45);
    expect(at('SharePoint-tunniste').value).toBe(1);
    expect(at('SharePoint-versio').value).toBe('"1"');
    expect(at('Toimenpide').numFmt).toBe('@');
  });

  it('never writes a formula: text that looks like one is a string cell', async () => {
    const bytes = await exportBytes();
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f>/);
  });

  it('offers drop-downs fed by the hidden lists', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await exportBytes());
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // Tila (P) from the choices sheet; yes/no (G); the editable director list (N) accepts other values.
    expect(sheetXml).toMatch(/<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning"[^>]*sqref="P2:P1004"><formula1>&apos;Valinnat&apos;!\$[A-Z]+\$2:\$[A-Z]+\$7<\/formula1>/);
    expect(sheetXml).toMatch(/sqref="G2:G1004"><formula1>&apos;Valinnat&apos;!\$[A-Z]+\$2:\$[A-Z]+\$3</);
    expect(sheetXml).toMatch(/<dataValidation type="list" allowBlank="1" errorStyle="warning"[^>]*sqref="N2:N1004"/);
    const wb = await load(await exportBytes());
    const lists = wb.getWorksheet('Valinnat')!;
    const columns = [] as unknown[][];
    lists.eachRow((r) => columns.push((r.values as unknown[]).slice(1)));
    expect(columns[0]).toContain('Tila');
    expect(columns.map((r) => r[0])).toEqual(['Tavoite tai kyvykkyys', 'A', 'B', 'C', 'K1', 'K2', 'K3', 'K4', undefined, undefined, undefined]);
  });

  it('comes back unchanged', async () => {
    const grid = await readWorkbookGrid(await exportBytes());
    if (!grid.ok) throw new Error(grid.problem);
    const rows = readRoadmapRows(grid.grid, { lang: 'fi' });
    if (!rows.ok) throw new Error(rows.error.message);
    expect(rows.value.errors).toEqual([]);
    expect(rows.value.warnings).toEqual([]);
    const diff = diffWorkbookAgainstList(rows.value, items, { lang: 'fi' }, NOW);
    expect(diff.unchanged).toHaveLength(3);
    expect([diff.created, diff.updated, diff.conflicts, diff.missing]).toEqual([[], [], [], []]);
    const row = rows.value.rows.find((r) => r.id === 1)!;
    expect(row.values).toMatchObject({ title: '=HYPERLINK("http://evil")', description: '+358 40 123 4567\n-rivi\n@maininta', approvedOn: '2024-01-22', start: '2025-03-01', end: '2025-Q4' });
  });
});
