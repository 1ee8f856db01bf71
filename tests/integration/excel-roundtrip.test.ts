import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { startEmulator, type Emulator } from '../../server/emulator';
import { main } from '../../server/cli/main';
import { createSp } from '../../src/data/sp';
import { provision } from '../../src/data/provision';
import { actionsRepository } from '../../src/data/repository';
import { readLibraryWorkbook, writeLibraryWorkbook, libraryFileEtag, LibraryFileTooLargeError } from '../../src/excel/library';
import { EXCEL } from '../../src/core/i18n/excel';
import { format } from '../../src/core/i18n/catalog';
import { bombWithLocalSizes } from '../support/zipBomb';
import type { ImportSummary } from '../../src/core/excel/report';
import type { RoadmapActionFields } from '../../src/core/schema';
import type { SPFI } from '@pnp/sp';

/**
 * The Excel round trip end to end in Node: the real CLI, PnPjs and ExcelJS against the emulator over
 * HTTP. Export → edit in "Excel" (ExcelJS) → import (preview) → apply → the list has the changes.
 */
jest.setTimeout(60_000);

const NOW = new Date('2025-03-14T10:00:00Z');
const LIBRARY_FILE = 'Shared Documents/tiekartta_v2.xlsx';

function fields(n: number, overrides: Partial<RoadmapActionFields> = {}): RoadmapActionFields {
  return {
    title: `Toimenpide ${n}`, code: `DT25-${String(n).padStart(2, '0')}`, description: n === 1 ? '=SUMMA(A1) ei ole kaava' : null, roadmapYear: 2025,
    goal: 'A', level: 'shared', statutory: n % 2 === 0, longTermBenefit: 'renewal', beneficiaries: ['residents', 'staff'], costClass: 'S',
    impactClass: 'M', developmentModel: 'network', needSource: 'strategy', responsibleDirector: 'hallinto',
    owner: n === 1 ? { email: 'anna.lindqvist@porvoo.fi' } : null, status: 'planned', trafficLight: null, progress: 10 * n,
    start: '2025-Q1', end: '2025-12-31', oneTimeCost: 1000 * n + 0.5, annualCost: null, actualCost: null, funding: 'own-budget',
    impacts: null, effectIndicator: null, approvedOn: '2024-11-08', lastReportOn: null, decisionNeeded: false, approvalState: null,
    boardDecisionRef: null, carriedFrom: null, fromIdea: null, ...overrides
  };
}

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW, lang: 'fi', env: {} });
  return { code, out, err };
}

async function cliJson(...argv: string[]): Promise<{ code: number; summary: ImportSummary }> {
  const run = await cli(...argv, '--json');
  if (run.out.length !== 1) throw new Error(`expected one JSON line, got: ${run.out.join('\n')} ${run.err.join('\n')}`);
  return { code: run.code, summary: JSON.parse(run.out[0]) as ImportSummary };
}

const ROOT = resolve(__dirname, '../..');

/**
 * The real `tiekartta` command in a process of its own, as people run it, with its peak resident memory
 * (VmHWM at exit, through tests/support/peakRssAtExit.mjs).
 */
async function cliProcess(dir: string, ...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string; peakRssMb: number }> {
  const peakFile = join(dir, `peak-${Date.now()}.txt`);
  // Asynchronously: the emulator answers from this process meanwhile.
  const child = spawn(process.execPath, ['--import', join(ROOT, 'tests/support/peakRssAtExit.mjs'), join(ROOT, 'bin/tiekartta.mjs'), ...argv], {
    cwd: ROOT, env: { ...process.env, PEAK_RSS_FILE: peakFile }
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, stderr, peakRssMb: Number(readFileSync(peakFile, 'utf8')) };
}

/** Edits cells of the roadmap sheet by header, as a person would in Excel. */
async function editWorkbook(path: string, edits: { row: number; header: string; value: ExcelJS.CellValue }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  for (const e of edits) {
    const col = headers.indexOf(e.header);
    if (col < 1) throw new Error(`no column ${e.header}`);
    ws.getRow(e.row).getCell(col).value = e.value;
  }
  await wb.xlsx.writeFile(path);
}

describe('the Excel round trip against the emulator', () => {
  let emu: Emulator;
  let sp: SPFI;
  let dir: string;

  beforeEach(async () => {
    emu = await startEmulator();
    sp = createSp({ siteUrl: emu.siteUrl });
    await provision(sp);
    const added = await actionsRepository(sp).addMany([1, 2, 3, 4, 5].map((n) => fields(n)));
    expect(added.failed).toEqual([]);
    dir = mkdtempSync(join(tmpdir(), 'tiekartta-excel-'));
  });
  afterEach(async () => {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports, finds exactly the two edited cells, applies them, and finds nothing the second time', async () => {
    const file = join(dir, 'tiekartta.xlsx');
    const exported = await cli('export', '--site', emu.siteUrl, '--out', file, '--lang', 'fi');
    expect(exported).toMatchObject({ code: 0, out: ['Viety 5 toimenpidettä: ' + file + '.'] });

    expect((await cliJson('import', '--site', emu.siteUrl, '--file', file)).summary).toEqual({
      created: 0, updated: 0, unchanged: 5, deleted: 0, conflicts: [], errors: [], warnings: []
    });

    await editWorkbook(file, [{ row: 2, header: 'Tila', value: 'käynnissä' }, { row: 4, header: 'Edistyminen %', value: 55 }]);
    const preview = await cli('import', '--site', emu.siteUrl, '--file', file);
    expect(preview.code).toBe(0);
    expect(preview.out).toEqual(expect.arrayContaining([
      '~ rivi 2: DT25-01 ”Toimenpide 1”: Tila: Suunniteltu → Käynnissä',
      '~ rivi 4: DT25-03 ”Toimenpide 3”: Edistyminen %: 30 → 55',
      'Uusia 0, muutettuja 2, ennallaan 3, poistettavia 0, ristiriitoja 0, virheitä 0.',
      'Esikatselu: mitään ei tallennettu. Tallenna muutokset valitsimella --apply.'
    ]));
    // The preview wrote nothing.
    expect((await actionsRepository(sp).list()).find((a) => a.code === 'DT25-01')?.status).toBe('planned');

    emu.resetCounters();
    const applied = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply');
    expect(applied).toEqual({ code: 0, summary: { created: 0, updated: 2, unchanged: 3, deleted: 0, conflicts: [], errors: [], warnings: [] } });
    expect(emu.counters().total).toBeLessThanOrEqual(2 / 20 + 5 + 1);

    const after = await actionsRepository(sp).list();
    expect(after.find((a) => a.code === 'DT25-01')).toMatchObject({ status: 'in-progress', description: '=SUMMA(A1) ei ole kaava', owner: { email: 'anna.lindqvist@porvoo.fi' } });
    expect(after.find((a) => a.code === 'DT25-03')?.progress).toBe(55);

    // The same file again: the items are newer than the file now, but nothing is left to change.
    expect((await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply')).summary).toEqual({
      created: 0, updated: 0, unchanged: 5, deleted: 0, conflicts: [], errors: [], warnings: []
    });
  });

  it('reports a field changed in both places as a conflict, writes nothing of that row, and exits 1', async () => {
    const file = join(dir, 'tiekartta.xlsx');
    await cli('export', '--site', emu.siteUrl, '--out', file);
    const repo = actionsRepository(sp);
    const one = (await repo.list()).find((a) => a.code === 'DT25-01')!;
    await repo.update(one.id, one.etag, { status: 'paused' });
    await editWorkbook(file, [{ row: 2, header: 'Tila', value: 'Valmis' }, { row: 2, header: 'Edistyminen %', value: 100 }, { row: 3, header: 'Kuvaus', value: 'uusi kuvaus' }]);

    const result = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply');
    expect(result.code).toBe(1);
    expect(result.summary).toMatchObject({ updated: 1, conflicts: [{ row: 2, code: 'DT25-01', reason: 'bothChanged', fields: [{ column: 'Tila', file: 'Valmis', sharepoint: 'Keskeytetty', base: 'Suunniteltu' }] }] });
    const now = await repo.get(one.id);
    expect([now.status, now.progress]).toEqual(['paused', 10]);
    expect((await repo.list()).find((a) => a.code === 'DT25-02')?.description).toBe('uusi kuvaus');
  });

  it('writes nothing when a row is invalid, and only the valid rows with --skip-invalid', async () => {
    const file = join(dir, 'tiekartta.xlsx');
    await cli('export', '--site', emu.siteUrl, '--out', file, '--lang', 'en');
    await editWorkbook(file, [{ row: 2, header: 'Status', value: 'maybe' }, { row: 3, header: 'Progress %', value: 42 }]);

    const refused = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.summary.errors).toEqual([{ row: 2, column: 'Status', value: 'maybe', message: 'Unknown value. Allowed values: Proposed, Planned, In progress, Completed, Paused, Cancelled.' }]);
    expect(refused.summary.updated).toBe(0);
    expect((await actionsRepository(sp).list()).find((a) => a.code === 'DT25-02')?.progress).toBe(20);

    const skipped = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--skip-invalid', '--lang', 'en');
    expect(skipped).toMatchObject({ code: 1, summary: { updated: 1, errors: [{ row: 2 }] } });
    expect((await actionsRepository(sp).list()).find((a) => a.code === 'DT25-02')?.progress).toBe(42);
  });

  it('imports the city’s own workbook (title rows, Swedish headers, no ids) and creates missing codes once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Vägkarta 2025');
    ws.addRow(['Borgå stads digitala vägkarta 2025']);
    ws.addRow([]);
    ws.addRow(['Kod', 'Åtgärd', 'Vägkartans år', 'Mål eller kompetens', 'Nivå', 'Status', 'Engångskostnad €', 'Förmånstagare', 'Lagstadgad', 'Kommentar']);
    ws.addRow(['DT25-02', 'Toimenpide 2', 2025, 'a', 'TORI', 'Pågående', '2 000,50 €', 'kommuninvånarna, personalen', 'Ja', 'ok']);
    ws.addRow([null, 'Kartalla-palaute', 2025, 'K4', 'Analytik och data', 'Föreslagen', 5700, 'invånare; klimatet', 'x', '']);
    ws.addRow([null, 'Kybermittari', 2025, 'K3', 'Digital grund', 'Planerad', { formula: '1400*2', result: 2800 }, 'personalen', 'nej', '']);
    const file = join(dir, 'tiekartta_v2.xlsx');
    await wb.xlsx.writeFile(file);

    const first = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--lang', 'sv');
    expect(first.summary).toMatchObject({ created: 2, updated: 1, unchanged: 0, conflicts: [], errors: [] });
    expect(first.summary.warnings.map((w) => w.column ?? w.message)).toEqual(expect.arrayContaining(['Kommentar']));
    const all = await actionsRepository(sp).list();
    expect(all.find((a) => a.title === 'Kartalla-palaute')).toMatchObject({ code: 'DT25-06', goal: 'K4', level: 'data', status: 'proposed', oneTimeCost: 5700, beneficiaries: ['residents', 'climate'], statutory: true });
    expect(all.find((a) => a.title === 'Kybermittari')).toMatchObject({ code: 'DT25-07', oneTimeCost: 2800, statutory: false });
    expect(all.find((a) => a.code === 'DT25-02')).toMatchObject({ status: 'in-progress', oneTimeCost: 2000.5 });

    const second = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--lang', 'sv');
    expect(second.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, conflicts: [], errors: [] });
  });

  it('imports cost cells as the city writes them; words after an amount are a note of their row, two amounts or a yearly one-time cost an error', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tiekartta 2025');
    ws.addRow(['Tunnus', 'Toimenpide', 'Tiekarttavuosi', 'Tavoite tai kyvykkyys', 'Taso', 'Tila', 'Kertakustannus €', 'Vuosikustannus €/v']);
    ws.addRow(['DT25-01', 'Toimenpide 1', 2025, 'A', 'TORI', 'Suunniteltu', '2800 e kertainvestointi hankerahoituksella', '3 100 €/v']);
    ws.addRow(['DT25-02', 'Toimenpide 2', 2025, 'A', 'TORI', 'Suunniteltu', '2\u00a0000,50 €', '5700 e/ vuosi']);
    ws.addRow(['DT25-03', 'Toimenpide 3', 2025, 'A', 'TORI', 'Suunniteltu', 'a) 8750 e b) 9900 e', null]);
    ws.addRow(['DT25-04', 'Toimenpide 4', 2025, 'A', 'TORI', 'Suunniteltu', '3100 e/ vuosi', null]);
    const file = join(dir, 'kustannukset.xlsx');
    await wb.xlsx.writeFile(file);

    const preview = await cli('import', '--site', emu.siteUrl, '--file', file);
    expect(preview.out).toEqual(expect.arrayContaining([
      'x rivi 4, sarake ”Kertakustannus €”, arvo ”a) 8750 e b) 9900 e”: Solussa on kaksi summaa (8750 e, 9900 e). Kirjoita yksi summa, tai jaa rivi kahdeksi toimenpiteeksi.',
      'x rivi 5, sarake ”Kertakustannus €”, arvo ”3100 e/ vuosi”: ”/ vuosi” tarkoittaa vuodessa, mutta sarakkeeseen ”Kertakustannus €” kirjoitetaan kertasumma. Kirjoita vuosittainen summa sarakkeeseen ”Vuosikustannus €/v”.',
      '  huomautus: 2 · Kertakustannus € · arvo ”2800 e kertainvestointi hankerahoituksella” · Summa 2800 e tuotiin; tekstiä ”kertainvestointi hankerahoituksella” ei tuotu. Jos se on tarpeen, kirjoita se toiseen sarakkeeseen.'
    ]));

    const applied = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--skip-invalid', '--lang', 'sv');
    expect(applied.summary).toMatchObject({ updated: 2, errors: [{ row: 4, value: 'a) 8750 e b) 9900 e' }, { row: 5, value: '3100 e/ vuosi' }] });
    expect(applied.summary.warnings.filter((w) => w.leftOut)).toEqual([expect.objectContaining({ row: 2, column: 'Kertakustannus €', leftOut: 'kertainvestointi hankerahoituksella' })]);
    const stored = await actionsRepository(sp).list();
    expect(['DT25-01', 'DT25-02', 'DT25-03'].map((code) => stored.find((a) => a.code === code)).map((a) => [a?.oneTimeCost, a?.annualCost]))
      .toEqual([[2800, 3100], [2000.5, 5700], [3000.5, null]]);
  });

  it('keeps the workbook in the document library as versions and never overwrites a newer one', async () => {
    const created = await cli('export', '--site', emu.siteUrl, '--file', LIBRARY_FILE, '--lang', 'fi');
    expect(created.code).toBe(0);
    const v1 = await readLibraryWorkbook(sp, LIBRARY_FILE);
    expect(v1.version).toBe('1.0');

    // Import straight from the library: nothing to change.
    const fromLibrary = await cli('import', '--site', emu.siteUrl, '--file', LIBRARY_FILE);
    expect(fromLibrary.out[0]).toBe(`Luettu kirjastosta: ${LIBRARY_FILE} (versio 1.0, ETag ${v1.etag}).`);
    expect(fromLibrary.code).toBe(0);

    // A colleague edits the file in Excel Online and saves: version 2.0.
    const edited = join(dir, 'edited.xlsx');
    writeFileSync(edited, v1.content);
    await editWorkbook(edited, [{ row: 2, header: 'Tila', value: 'Valmis' }, { row: 2, header: 'Edistyminen %', value: 100 }]);
    await writeLibraryWorkbook(sp, LIBRARY_FILE, new Uint8Array(readFileSync(edited)), v1.etag);

    // Writing back against the version read first is refused: 412, the colleague's version stays.
    const stale = await cli('export', '--site', emu.siteUrl, '--file', LIBRARY_FILE, '--if-match', v1.etag);
    expect(stale.code).toBe(1);
    expect(stale.err).toEqual([`tiekartta export: Tiedostoon ${LIBRARY_FILE} on tallennettu uudempi versio sen jälkeen, kun se luettiin. Mitään ei korvattu: lue tiedosto uudelleen.`]);
    const v2 = await readLibraryWorkbook(sp, LIBRARY_FILE);
    expect(v2.version).toBe('2.0');

    // Nor is the colleague's version replaced while its edits are not imported.
    const pending = await cli('export', '--site', emu.siteUrl, '--file', LIBRARY_FILE);
    expect(pending.code).toBe(1);
    expect(pending.err[0]).toMatch(/muutoksia, joita ei ole tuotu tiekarttaan \(1 riviä\)/);

    // Import them from the library, then write the refreshed workbook back as version 3.0.
    expect((await cliJson('import', '--site', emu.siteUrl, '--file', LIBRARY_FILE, '--apply')).summary).toMatchObject({ updated: 1, conflicts: [], errors: [] });
    const back = await cli('export', '--site', emu.siteUrl, '--file', LIBRARY_FILE, '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out[0])).toMatchObject({ actions: 5, file: LIBRARY_FILE, etag: await libraryFileEtag(sp, LIBRARY_FILE) });
    expect((await readLibraryWorkbook(sp, LIBRARY_FILE)).version).toBe('3.0');
    expect((await cliJson('import', '--site', emu.siteUrl, '--file', LIBRARY_FILE)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });

  it('writes nothing at all for a damaged or foreign file: the site is not even contacted', async () => {
    const file = join(dir, 'tiekartta.xlsx');
    await cli('export', '--site', emu.siteUrl, '--out', file);
    const bytes = readFileSync(file);
    const truncated = join(dir, 'katkennut.xlsx');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const renamed = join(dir, 'muistio.xlsx');
    writeFileSync(renamed, 'Tunnus;Toimenpide\nDT25-01;Muutettu nimi\n');
    emu.resetCounters();
    for (const [path, message] of [[truncated, 'Excel-tiedosto on vioittunut tai keskeneräinen, eikä sitä voi lukea.'], [renamed, 'Tiedosto ei ole Excel-työkirja (.xlsx).']]) {
      const result = await cliJson('import', '--site', emu.siteUrl, '--file', path, '--apply', '--delete-missing');
      expect(result).toMatchObject({ code: 1, summary: { created: 0, updated: 0, deleted: 0, errors: [{ row: 0, message }] } });
    }
    expect(emu.counters().total).toBe(0);
  });

  it('says clearly when the library file does not exist', async () => {
    const run = await cli('import', '--site', emu.siteUrl, '--file', 'Shared Documents/ei-ole.xlsx', '--lang', 'en');
    expect(run).toMatchObject({ code: 1, err: ['tiekartta import: The file Shared Documents/ei-ole.xlsx was not found in the site’s document library.'] });
    const json = await cliJson('import', '--site', emu.siteUrl, '--file', 'Shared Documents/ei-ole.xlsx', '--lang', 'en');
    expect(json).toEqual({ code: 1, summary: { created: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: [], warnings: [],
      errors: [{ row: 0, column: '', value: 'ei-ole.xlsx', message: 'The file Shared Documents/ei-ole.xlsx was not found in the site’s document library.' }] } });
  });

  it('reads other headers through a mapping file, and refuses a mapping that is not one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Projektit');
    ws.addRow(['Projektin nimi', 'Vuosi', 'Tavoite', 'Taso', 'Vaihe', 'Budjetti', 'Muistiinpanot']);
    ws.addRow(['Sähköinen asiointi', 2026, 'A', 'TOSI', 'ehdotettu', '12 400 €', 'ei tuoda']);
    const file = join(dir, 'projektit.xlsx');
    await wb.xlsx.writeFile(file);
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ 'Projektin nimi': 'title', Vaihe: 'Tila', Budjetti: 'oneTimeCost', Muistiinpanot: null }));
    const result = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--mapping', mapping, '--apply');
    expect(result).toEqual({ code: 0, summary: { created: 1, updated: 0, unchanged: 0, deleted: 0, conflicts: [], errors: [], warnings: [] } });
    expect((await actionsRepository(sp).list()).find((a) => a.roadmapYear === 2026)).toMatchObject({ title: 'Sähköinen asiointi', code: 'DT26-01', status: 'proposed', oneTimeCost: 12400 });

    writeFileSync(mapping, '["title"]');
    const bad = await cli('import', '--site', emu.siteUrl, '--file', file, '--mapping', mapping, '--lang', 'en');
    expect(bad).toMatchObject({ code: 1, err: [`tiekartta import: The column mapping file ${mapping} is not a JSON object whose values are column names.`] });
  });

  it('refuses a crafted workbook that inflates to 400 MB, local or in the library, without inflating it (the process needs under 150 MB beyond reading a real workbook) and leaves the list untouched', async () => {
    // The yardstick is the same CLI previewing the sample's own export: it loads the same modules and parses a
    // real workbook, so what the process needs beyond it is what the crafted file cost (inflating it would be 400 MB).
    const real = join(dir, 'oikea.xlsx');
    await cli('export', '--site', emu.siteUrl, '--out', real);
    const yardstick = await cliProcess(dir, 'import', '--site', emu.siteUrl, '--file', real, '--lang', 'sv');
    expect(yardstick.code).toBe(0);
    const bomb = await bombWithLocalSizes(400);
    const local = join(dir, 'pommi.xlsx');
    writeFileSync(local, bomb);
    await writeLibraryWorkbook(sp, 'Shared Documents/pommi.xlsx', bomb, null);
    const before = await actionsRepository(sp).list();
    for (const file of [local, 'Shared Documents/pommi.xlsx']) {
      const run = await cliProcess(dir, 'import', '--site', emu.siteUrl, '--file', file, '--apply', '--delete-missing', '--lang', 'sv');
      expect(run).toMatchObject({ code: 1, stderr: `tiekartta import: ${format(EXCEL.sv.unpacksTooLarge, { max: 48 })}\n` });
      // The guard lets at most 48 MB out of the inflater before refusing; with its buffers that measures 60-70 MB here.
      expect(run.peakRssMb - yardstick.peakRssMb).toBeLessThan(150);
    }
    expect(await actionsRepository(sp).list()).toEqual(before);
  });

  it('checks a library workbook’s size before downloading it', async () => {
    const file = join(dir, 'tiekartta.xlsx');
    await cli('export', '--site', emu.siteUrl, '--out', file);
    const content = new Uint8Array(readFileSync(file));
    await writeLibraryWorkbook(sp, 'Shared Documents/iso.xlsx', content, null);
    const asked: string[] = [];
    const watched = createSp({ siteUrl: emu.siteUrl, fetch: (input, init) => {
      asked.push(decodeURIComponent(String(input instanceof Request ? input.url : input)));
      return fetch(input, init);
    } });
    const refusal = readLibraryWorkbook(watched, 'Shared Documents/iso.xlsx', { maxBytes: content.length - 1 });
    await expect(refusal).rejects.toBeInstanceOf(LibraryFileTooLargeError);
    await expect(refusal).rejects.toMatchObject({ bytes: content.length, maxBytes: content.length - 1 });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((url) => /\$value|\/openbinarystream/i.test(url))).toEqual([]);
    // At the limit it is read, and in full.
    expect((await readLibraryWorkbook(watched, 'Shared Documents/iso.xlsx', { maxBytes: content.length })).content).toEqual(content);
  });

  it('never deletes an action that an ambiguous row might be (--delete-missing --skip-invalid)', async () => {
    const repo = actionsRepository(sp);
    const all = await repo.list();
    for (const code of ['DT25-04', 'DT25-05']) {
      const item = all.find((a) => a.code === code)!;
      await repo.update(item.id, item.etag, { title: 'Sama nimi' });
    }
    // The city's own workbook: no ids; one row names the twins by title and year only; DT25-02 and -03 are gone.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tiekartta 2025');
    ws.addRow(['Tunnus', 'Toimenpide', 'Tiekarttavuosi', 'Tavoite tai kyvykkyys', 'Taso', 'Tila']);
    ws.addRow(['DT25-01', 'Toimenpide 1', 2025, 'A', 'TORI', 'Suunniteltu']);
    ws.addRow([null, 'Sama nimi', 2025, 'A', 'TORI', 'Valmis']);
    const file = join(dir, 'kaupunki.xlsx');
    await wb.xlsx.writeFile(file);

    const result = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--delete-missing', '--skip-invalid');
    expect(result).toMatchObject({ code: 1, summary: { deleted: 2, errors: [{ row: 3, column: 'Toimenpide', value: 'Sama nimi' }] } });
    expect((await repo.list()).map((a) => a.code).sort()).toEqual(['DT25-01', 'DT25-04', 'DT25-05']);
  });

  it('does not replace a library workbook whose invalid rows were skipped: their edits are still only in the file', async () => {
    expect((await cli('export', '--site', emu.siteUrl, '--file', LIBRARY_FILE)).code).toBe(0);
    const v1 = await readLibraryWorkbook(sp, LIBRARY_FILE);
    const edited = join(dir, 'edited.xlsx');
    writeFileSync(edited, v1.content);
    await editWorkbook(edited, [{ row: 2, header: 'Tila', value: 'ehkä' }, { row: 3, header: 'Edistyminen %', value: 77 }]);
    await writeLibraryWorkbook(sp, LIBRARY_FILE, new Uint8Array(readFileSync(edited)), v1.etag);

    const partly = await cliJson('import', '--site', emu.siteUrl, '--file', LIBRARY_FILE, '--apply', '--skip-invalid');
    expect(partly.summary).toMatchObject({ updated: 1, errors: [{ row: 2, column: 'Tila', value: 'ehkä' }] });
    const v2 = await readLibraryWorkbook(sp, LIBRARY_FILE);
    const refused = await cli('export', '--site', emu.siteUrl, '--file', LIBRARY_FILE);
    expect(refused).toMatchObject({ code: 1, err: [`tiekartta export: ${format(EXCEL.fi.pendingChanges, { path: LIBRARY_FILE, count: 1 })}`] });
    expect((await readLibraryWorkbook(sp, LIBRARY_FILE)).etag).toBe(v2.etag);
  });

  it('deletes missing actions only when asked', async () => {
    const file = join(dir, 'tiekartta.xlsx');
    await cli('export', '--site', emu.siteUrl, '--out', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.worksheets[0].spliceRows(6, 1); // the row of DT25-05
    await wb.xlsx.writeFile(file);

    const kept = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply');
    expect(kept.summary).toMatchObject({ deleted: 0, warnings: [{ message: 'Toimenpide DT25-05 ”Toimenpide 5” puuttuu tiedostosta. Sitä ei poistettu.' }] });
    expect(await actionsRepository(sp).list()).toHaveLength(5);
    const deleted = await cliJson('import', '--site', emu.siteUrl, '--file', file, '--apply', '--delete-missing');
    expect(deleted.summary).toMatchObject({ deleted: 1, conflicts: [], errors: [] });
    expect((await actionsRepository(sp).list()).map((a) => a.code).sort()).toEqual(['DT25-01', 'DT25-02', 'DT25-03', 'DT25-04']);
  });
});
