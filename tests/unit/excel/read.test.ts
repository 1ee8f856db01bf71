import { columnForHeader, headerCollisions, WORKBOOK_COLUMNS, columnHeader } from '../../../src/core/excel/columns';
import { readRoadmapRows, type WorkbookRows } from '../../../src/core/excel/read';
import { sheet, workbook, text } from './fixtures';

describe('matching headers', () => {
  it.each([
    ['Tunnus', 'code'], ['KOD', 'code'], ['code', 'code'], ['Toimenpide', 'title'], ['Åtgärd', 'title'], ['atgard', 'title'],
    ['Pitkän aikavälin hyöty', 'longTermBenefit'], ['pitkan  aikavalin   hyoty', 'longTermBenefit'], ['Långsiktig nytta', 'longTermBenefit'],
    ['Edistyminen %', 'progress'], ['Edistyminen (%)', 'progress'], ['EDISTYMINEN%', 'progress'], ['Framsteg', 'progress'],
    ['Kertakustannus €', 'oneTimeCost'], ['Kertakustannus (EUR)', 'oneTimeCost'], ['One-time cost €', 'oneTimeCost'],
    ['Vuosikustannus €/v', 'annualCost'], ['Årlig kostnad €/år', 'annualCost'], ['Annual cost €/yr', 'annualCost'],
    ['Toteutuneet kustannukset €', 'actualCost'], ['Käytetyt resurssit', 'actualCost'], ['Utfall €', 'actualCost'],
    ['Tila', 'status'], ['Status', 'status'], ['Liikennevalo', 'trafficLight'], ['Päättyy', 'end'], ['Paattyy', 'end'],
    ['Tiekarttavuosi', 'roadmapYear'], ['Vuosi', 'roadmapYear'], ['Vastuuhenkilö', 'owner'], ['Ansvarsperson', 'owner'],
    ['Toimenpide*', 'title'], ['SharePoint-tunniste', 'id'], ['SharePoint ID', 'id'], ['SharePoint-versio', 'etag']
  ])('reads the header %p as %s', (header, key) => {
    expect(columnForHeader(header)?.key).toBe(key);
  });

  it('gives every column a header of its own in each language, with no spelling naming two columns', () => {
    expect(headerCollisions()).toEqual([]);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const c of WORKBOOK_COLUMNS) expect(columnForHeader(columnHeader(c, lang))?.key).toBe(c.key);
    }
  });

  it('knows nothing of unknown headers', () => {
    expect(columnForHeader('Kommentit')).toBeUndefined();
    expect(columnForHeader('')).toBeUndefined();
  });
});

function read(rows: Parameters<typeof sheet>[1], options: Partial<Parameters<typeof readRoadmapRows>[1]> = {}): WorkbookRows {
  const result = readRoadmapRows(workbook(sheet('Taulukko1', rows)), { lang: 'fi', ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('finding the table', () => {
  it('finds the header row below title rows', () => {
    const r = read([
      ['Porvoon kaupungin digitiekartta 2025'],
      ['Päivitetty 8.11.2024'],
      null,
      ['Tunnus', 'Toimenpide', 'Tiekarttavuosi', 'Tila'],
      ['DT25-01', 'Kybermittari', 2025, 'Käynnissä']
    ]);
    expect(r.headerRow).toBe(4);
    expect(r.rows).toEqual([{ row: 5, id: undefined, etag: undefined, values: { code: 'DT25-01', title: 'Kybermittari', roadmapYear: 2025, status: 'in-progress' }, valid: true }]);
  });

  it('reads Swedish and English headers', () => {
    const r = read([['Kod', 'Åtgärd', 'Status'], ['DT25-01', 'Cybermätare', 'Pågående']]);
    expect(r.rows[0].values).toEqual({ code: 'DT25-01', title: 'Cybermätare', status: 'in-progress' });
    const e = read([['code', 'ACTION', 'status'], ['DT25-01', 'Cyber meter', 'in progress']]);
    expect(e.rows[0].values).toEqual({ code: 'DT25-01', title: 'Cyber meter', status: 'in-progress' });
  });

  it('reports unknown columns and ignores them', () => {
    const r = read([['Toimenpide', 'Kommentit', 'Tila'], ['Kybermittari', 'kysy Annalta', 'Valmis']]);
    expect(r.warnings).toEqual([{ column: 'Kommentit', message: 'Tuntematon sarake ohitettiin.' }]);
    expect(r.rows[0].values).toEqual({ title: 'Kybermittari', status: 'completed' });
  });

  it('takes the first of two columns with the same meaning and says so', () => {
    const r = read([['Toimenpide', 'Tila', 'Status'], ['Kybermittari', 'Valmis', 'Peruttu']]);
    expect(r.rows[0].values.status).toBe('completed');
    expect(r.warnings).toEqual([{ column: 'Status', message: 'Sarake on kahdesti; käytetään ensimmäistä.' }]);
  });

  it('uses a user mapping by field key or by Finnish header, and can ignore a column', () => {
    const r = read([['Projektin nimi', 'Vaihe', 'Budjetti', 'Muistiinpanot'], ['Kybermittari', 'Valmis', '2 800 €', 'x']], {
      mapping: { 'projektin nimi': 'title', Vaihe: 'Tila', Budjetti: 'Kertakustannus €', Muistiinpanot: null }
    });
    expect(r.rows[0].values).toEqual({ title: 'Kybermittari', status: 'completed', oneTimeCost: 2800 });
    expect(r.warnings).toEqual([]);
  });

  it('refuses a mapping to an unknown field', () => {
    const result = readRoadmapRows(workbook(sheet('S', [['A', 'B']])), { lang: 'en', mapping: { A: 'budget' } });
    expect(result).toEqual({ ok: false, error: { code: 'mappingInvalid', message: 'The column mapping target “budget” is not a roadmap column.' } });
  });

  it('says clearly when there is no roadmap table', () => {
    const result = readRoadmapRows(workbook(sheet('S', [['Nimi', 'Osoite'], ['a', 'b']])), { lang: 'sv' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ code: 'noHeader', message: expect.stringContaining('”Åtgärd”') });
  });

  it('finds the roadmap on a later sheet', () => {
    const result = readRoadmapRows(workbook(sheet('Kansi', [['Digitiekartta']]), sheet('Tiekartta', [['Toimenpide', 'Tila'], ['A', 'Valmis']])), { lang: 'fi' });
    expect(result.ok && result.value.sheet).toBe('Tiekartta');
  });

  it('refuses more rows than a roadmap can have', () => {
    const rows = [['Toimenpide', 'Tila'], ...Array.from({ length: 11 }, (_, i) => [`T${i}`, 'Valmis'])];
    const result = readRoadmapRows(workbook(sheet('S', rows)), { lang: 'fi', maxRows: 10 });
    expect(result.ok).toBe(false);
  });
});

describe('reading rows', () => {
  it('skips empty rows, also ones whose only value is a hidden id', () => {
    const r = read([['Toimenpide', 'Tila', 'SharePoint-tunniste'], ['A', 'Valmis', 1], [' ', null, 2], null, ['B', 'Peruttu', null]]);
    expect(r.rows.map((x) => x.row)).toEqual([2, 5]);
  });

  it('skips a totals row', () => {
    const r = read([['Toimenpide', 'Kertakustannus €'], ['A', 100], ['Yhteensä', 100]]);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
    expect(r.warnings).toEqual([{ row: 3, message: 'Summarivi ohitettiin.' }]);
  });

  it('reports each problem with the Excel row, the header as in the file, the value and a localised message', () => {
    const r = read([
      ['Otsikko'],
      ['TOIMENPIDE', 'tila', 'Kertakustannus (EUR)', 'Hyödynsaajat', 'Vastuuhenkilö', 'Edistyminen %'],
      ['A', 'ehkä', 'paljon', 'kuntalaiset; lemmikit', 'Anna', 140],
      [null, 'Valmis']
    ], { lang: 'en' });
    expect(r.errors).toEqual([
      { row: 3, column: 'tila', value: 'ehkä', message: 'Unknown value. Allowed values: Proposed, Planned, In progress, Completed, Paused, Cancelled.' },
      { row: 3, column: 'Kertakustannus (EUR)', value: 'paljon', message: 'Not a number.' },
      { row: 3, column: 'Hyödynsaajat', value: 'kuntalaiset; lemmikit', message: expect.stringMatching(/^Unknown values: lemmikit\. Allowed values: residents, businesses/) },
      { row: 3, column: 'Vastuuhenkilö', value: 'Anna', message: 'Not an e-mail address.' },
      { row: 3, column: 'Edistyminen %', value: '140', message: 'Field Progress %: value 140 is not within 0–100' },
      { row: 4, column: 'TOIMENPIDE', value: '', message: 'Field Action: a value is required' }
    ]);
    expect(r.rows.map((x) => x.valid)).toEqual([false, false]);
  });

  it('reads cost cells as the 8.11.2024 slides write them; a per-year marker or two amounts in the wrong place is an error of its row, column and value', () => {
    const sheetRows = [
      ['Toimenpide', 'Kertakustannus €', 'Vuosikustannus €/v'],
      ['Kybermittari', '2800 e kertainvestointi', '3100 e/ vuosi'],
      ['Kartalla', '5 700 €', '5700 e/ vuosi'],
      ['Palaute', '3100 e/ vuosi', null],
      ['Kaksi', 'a) 8750 e b) 9900 e', null]
    ];
    const fi = read(sheetRows, { lang: 'fi' });
    expect(fi.rows.map((r) => [r.row, r.valid, r.values.oneTimeCost, r.values.annualCost])).toEqual([
      [2, true, 2800, 3100], [3, true, 5700, 5700], [4, false, undefined, null], [5, false, undefined, null]
    ]);
    expect(fi.errors).toEqual([
      { row: 4, column: 'Kertakustannus €', value: '3100 e/ vuosi', message: '”/ vuosi” tarkoittaa vuodessa, mutta sarakkeeseen ”Kertakustannus €” kirjoitetaan kertasumma. Kirjoita vuosittainen summa sarakkeeseen ”Vuosikustannus €/v”.' },
      { row: 5, column: 'Kertakustannus €', value: 'a) 8750 e b) 9900 e', message: 'Solussa on kaksi summaa (8750 e, 9900 e). Kirjoita yksi summa, tai jaa rivi kahdeksi toimenpiteeksi.' }
    ]);
    // The words after the amount are never lost silently: a note of their row, column and value.
    expect(fi.warnings).toEqual([{
      row: 2, column: 'Kertakustannus €', value: '2800 e kertainvestointi', leftOut: 'kertainvestointi',
      message: 'Summa 2800 e tuotiin; tekstiä ”kertainvestointi” ei tuotu. Jos se on tarpeen, kirjoita se toiseen sarakkeeseen.'
    }]);
    // The columns are named as the file names them, whatever the language of the messages.
    const sv = read(sheetRows, { lang: 'sv' });
    expect(sv.errors.map((e) => e.message)).toEqual([
      '”/ vuosi” betyder per år, men i kolumnen ”Kertakustannus €” skrivs ett engångsbelopp. Skriv det årliga beloppet i kolumnen ”Vuosikustannus €/v”.',
      'Cellen innehåller två belopp (8750 e, 9900 e). Skriv ett belopp, eller dela upp raden i två åtgärder.'
    ]);
    expect(read(sheetRows, { lang: 'en' }).warnings[0].message).toBe('The amount 2800 e was imported; the text “kertainvestointi” was not. Write it in another column if needed.');
  });

  it('lists goal codes as the allowed values, since codes are what people write', () => {
    const r = read([['Toimenpide', 'Tavoite'], ['A', 'D']]);
    expect(r.errors[0].message).toBe('Tuntematon arvo. Sallitut arvot: A, B, C, K1, K2, K3, K4.');
  });

  it('reads the hidden id and version', () => {
    const r = read([['Toimenpide', 'SharePoint-tunniste', 'SharePoint-versio'], ['A', 12, '"3"'], ['B', 'x', '"1"'], ['C', null, '"1"']]);
    expect(r.rows.map((x) => [x.id, x.etag])).toEqual([[12, '"3"'], [undefined, undefined], [undefined, undefined]]);
    expect(r.errors).toEqual([{ row: 3, column: 'SharePoint-tunniste', value: 'x', message: 'Piilotetun SharePoint-tunnisteen arvo on virheellinen.' }]);
  });

  it('reads formula results as values', () => {
    // The adapter hands a formula over as its cached result; a formula without one is an error.
    const r = read([['Toimenpide', 'Kertakustannus €'], ['A', { kind: 'formula', formula: 'B1*2' }], ['B', 5600]]);
    expect(r.errors[0]).toEqual({ row: 2, column: 'Kertakustannus €', value: '=B1*2', message: expect.stringContaining('Kaavalla ei ole') });
    expect(r.rows[1].values.oneTimeCost).toBe(5600);
  });

  it('keeps text cells exactly, whatever they start with', () => {
    const r = read([['Toimenpide', 'Kuvaus'], ['=1+1', text('@kaikki -huom +1')]]);
    expect(r.rows[0].values).toEqual({ title: '=1+1', description: '@kaikki -huom +1' });
  });
});
