import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { readWorkbookGrid } from '../../../src/excel/readWorkbook';
import { exportRoadmapWorkbook, readWorkbookRows } from '../../../src/excel/roundtrip';
import { EXCEL } from '../../../src/core/i18n/excel';
import { format } from '../../../src/core/i18n/catalog';
import { Unzip, UnzipInflate } from 'fflate';
import { inspectZip } from '../../../src/excel/inspect';
import { DECLARED_SHEET_BYTES, bombWithDataDescriptor, bombWithLocalSizes } from '../../support/zipBomb';
import { NOW, action } from './fixtures';

/**
 * Whatever the bytes, the import ends in a clear reason or a correct result, in bounded memory, and
 * never throws. Big fixtures are generated here, in a temporary folder, never committed.
 */

const ROOT = resolve(__dirname, '../../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiekartta-robust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = [action(1), action(2, { title: 'Kartalla' }), action(3, { description: 'x'.repeat(2000) })];
let valid: Uint8Array;
beforeAll(async () => {
  valid = await exportRoadmapWorkbook(small, { lang: 'fi', now: NOW });
});

/** Reads a file in a child process with a capped heap: an out-of-memory or a crash fails the test. */
function readInChild(path: string, heapMb: number, lang = 'en'): { ok: boolean; message?: string; rows?: number; errors?: number; warnings?: number; peakRssMb: number } {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'tests/support/readWorkbookChild.ts'), path, lang], {
    cwd: ROOT, encoding: 'utf8', timeout: 280000
  });
  if (run.status !== 0) throw new Error(`child failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as ReturnType<typeof readInChild>;
}

describe('a damaged or foreign file', () => {
  it('says a truncated workbook is damaged', async () => {
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      const result = await readWorkbookGrid(valid.slice(0, Math.floor(valid.length * fraction)));
      expect(result).toEqual({ ok: false, problem: 'corrupt' });
    }
  });

  it('never throws on corrupted bytes, whatever is damaged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 << 30 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 255 }), async (seed, length, byte) => {
        const bytes = valid.slice();
        const at = seed % bytes.length;
        bytes.fill(byte, at, Math.min(bytes.length, at + length));
        const result = await readWorkbookRows(bytes, { lang: 'fi' });
        // Either a reason, or rows that were read correctly enough to be shown and validated.
        if (!result.ok) expect(typeof result.message).toBe('string');
      }),
      { numRuns: 40 }
    );
  });

  it.each([
    ['a text file', new TextEncoder().encode('Tunnus;Toimenpide\nDT25-01;Kybermittari\n'), 'notXlsx'],
    ['an empty file', new Uint8Array(0), 'notXlsx'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'notXlsx'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'notXlsx'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'oldXls']
  ])('refuses %s renamed .xlsx', async (_name, bytes, problem) => {
    expect(await readWorkbookGrid(bytes)).toEqual({ ok: false, problem });
  });

  it('refuses a ZIP that is not a workbook (a .docx, a zipped folder)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await readWorkbookGrid(await zip.generateAsync({ type: 'uint8array' }))).toEqual({ ok: false, problem: 'notXlsx' });
  });

  it('gives localised reasons', async () => {
    const result = await readWorkbookRows(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), { lang: 'sv' });
    expect(result).toEqual({ ok: false, message: 'Filen är i det gamla .xls-formatet. Spara den som .xlsx i Excel och försök igen.' });
  });
});

describe('a big or odd workbook', () => {
  it('reads a 10 000-row sheet correctly in bounded memory', async () => {
    const many = Array.from({ length: 10000 }, (_, i) => action(i + 1, { code: `DT25-${i + 1}`, description: 'Kuvaus '.repeat(20) }));
    const path = join(dir, 'rows10000.xlsx');
    writeFileSync(path, await exportRoadmapWorkbook(many, { lang: 'fi', now: NOW }));
    const result = readInChild(path, 768);
    expect(result).toMatchObject({ ok: true, rows: 10000, errors: 0, warnings: 0 });
    expect(result.peakRssMb).toBeLessThan(1024);
  }, 300000);

  it('reads a sheet 16 384 columns wide: the roadmap columns, the rest reported once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Leveä');
    const header = ['Toimenpide', 'Tila', 'Tiekarttavuosi', ...Array.from({ length: 16384 - 3 }, (_, i) => `Sarake ${i + 4}`)];
    ws.addRow(header);
    for (let r = 0; r < 3; r++) ws.addRow([`Toimenpide ${r}`, 'Käynnissä', 2025, ...Array.from({ length: 16384 - 3 }, (_, i) => i)]);
    const path = join(dir, 'wide.xlsx');
    writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const result = readInChild(path, 768);
    expect(result).toMatchObject({ ok: true, rows: 3, errors: 0, warnings: 21 });
  }, 300000);

  it('reads a 50 MB workbook whose size is a picture, in bounded memory', async () => {
    const zip = await JSZip.loadAsync(valid);
    const picture = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < picture.length; i += 4) picture[i] = (i * 2654435761) >>> 24; // incompressible enough
    zip.file('xl/media/image1.png', picture, { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeGreaterThan(40 * 1024 * 1024);
    const path = join(dir, 'picture.xlsx');
    writeFileSync(path, bytes);
    const result = readInChild(path, 512);
    expect(result).toMatchObject({ ok: true, rows: 3, errors: 0 });
    expect(result.peakRssMb).toBeLessThan(900);
  }, 300000);

  it('refuses a 50 MB sheet, and a small file that would inflate to hundreds of MB, without unpacking them', async () => {
    const zip = await JSZip.loadAsync(valid);
    const row = '<row><c t="inlineStr"><is><t>Toimenpide</t></is></c></row>';
    const huge = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}</sheetData></worksheet>`;
    zip.file('xl/worksheets/sheet1.xml', huge, { compression: 'STORE' });
    const stored = await zip.generateAsync({ type: 'uint8array' });
    zip.file('xl/worksheets/sheet1.xml', huge.repeat(2), { compression: 'DEFLATE' });
    const bomb = await zip.generateAsync({ type: 'uint8array' });
    expect(stored.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    for (const [name, bytes] of [['sheet50mb.xlsx', stored], ['bomb.xlsx', bomb]] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const result = readInChild(path, 256);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^The file is too large to read \(\d+ MB; at most 48 MB of sheet data\)\.$/) });
      expect(result.peakRssMb).toBeLessThan(400);
    }
  }, 300000);

  describe('a file that lies about its sizes (the worksheet declares 1 000 bytes)', () => {
    const flavours = [
      ['with a data descriptor (a streaming ZIP writer)', (mb: number) => Promise.resolve(bombWithDataDescriptor(mb))],
      ['with the sizes in the local header', bombWithLocalSizes]
    ] as const;

    it.each(flavours)('is a real bomb %s: inflating it gives hundreds of MB where 1 000 bytes are declared', async (_name, make) => {
      const bytes = await make(400);
      expect(bytes.length).toBeLessThan(1.8 * 1024 * 1024);
      // Inflated by fflate directly, counted and dropped: the sheet is hundreds of MB where the ZIP says 1 000 bytes.
      const sizes = new Map<string, number>();
      const unzip = new Unzip((file) => {
        sizes.set(file.name, 0);
        file.ondata = (error, data) => {
          if (error) throw error;
          sizes.set(file.name, (sizes.get(file.name) ?? 0) + data.length);
        };
        file.start();
      });
      unzip.register(UnzipInflate);
      for (let at = 0; at < bytes.length; at += 65536) unzip.push(bytes.subarray(at, at + 65536), at + 65536 >= bytes.length);
      expect(sizes.get('xl/worksheets/sheet1.xml')).toBeGreaterThan(400 * 1000 * 1000);
      const directory = inspectZip(bytes);
      expect(directory.ok && directory.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressedSize).toBe(DECLARED_SHEET_BYTES);
    }, 120000);

    it.each(flavours)('is refused %s, 1.5 MB → 400 MB and 10 MB → 2.6 GB, with the usual localised message, the process under 250 MB', async (_name, make) => {
      for (const [megabytes, lang] of [[400, 'fi'], [2600, 'sv']] as const) {
        const bytes = await make(megabytes);
        const path = join(dir, `bomb-${megabytes}.xlsx`);
        writeFileSync(path, bytes);
        // A 1 GB heap: the bound comes from counting, not from the heap limit.
        const result = readInChild(path, 1024, lang);
        expect(result).toMatchObject({ ok: false, message: format(EXCEL[lang].unpacksTooLarge, { max: 48 }) });
        expect(result.peakRssMb).toBeLessThan(250);
      }
    }, 300000);
  });

  it('refuses more rows than a roadmap can hold, while reading', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['Toimenpide', 'Tila']);
    for (let i = 0; i < 250; i++) ws.addRow([`T${i}`, 'Valmis']);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readWorkbookRows(bytes, { lang: 'en', limits: { maxRows: 100 } })).toEqual({ ok: false, message: 'The sheet has too many rows (at most 100).' });
  });
});
