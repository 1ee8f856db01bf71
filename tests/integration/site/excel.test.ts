import ExcelJS from 'exceljs';
import { provision } from '../../../src/data/provision';
import { actionsRepository } from '../../../src/data/repository';
import { readLibraryWorkbook, writeLibraryWorkbook } from '../../../src/excel/library';
import { newAction } from '../data/builders';
import { cli } from '../reminders/world';
import { sharedTarget, TARGET_TIMEOUT } from './target';

/**
 * The Excel round trip with the workbook in the site's document library, through the CLI as a city admin
 * runs it: export to the library, a colleague's edit saved as a new version, import and apply, export
 * back as the next version (both targets).
 */

jest.setTimeout(TARGET_TIMEOUT);

const site = sharedTarget();
const FILE = 'Shared Documents/Tiekartta testi.xlsx';

beforeAll(async () => {
  await provision(site.sp);
  const added = await actionsRepository(site.sp).addMany([1, 2, 3].map((n) => newAction(n, { progress: 10 * n })));
  expect(added.failed).toEqual([]);
}, TARGET_TIMEOUT);

async function json(args: string[]): Promise<Record<string, unknown>> {
  const run = await cli([...args, ...site.siteArgs, '--json'], site.cliEnv);
  expect({ args: args.join(' '), code: run.code, err: run.err }).toEqual({ args: args.join(' '), code: 0, err: [] });
  return JSON.parse(run.out[0]) as Record<string, unknown>;
}

/** A colleague opens the library file, changes one cell by its header and saves (a new version). */
async function editInLibrary(code: string, header: string, value: ExcelJS.CellValue): Promise<void> {
  const read = await readLibraryWorkbook(site.sp, FILE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(read.content.buffer.slice(read.content.byteOffset, read.content.byteOffset + read.content.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  let edited = 0;
  ws.eachRow((row, n) => {
    if (n > 1 && headers.some((h, col) => h === 'Tunnus' && row.getCell(col).value === code)) {
      row.getCell(headers.indexOf(header)).value = value;
      edited++;
    }
  });
  expect(edited).toBe(1);
  await writeLibraryWorkbook(site.sp, FILE, new Uint8Array(await wb.xlsx.writeBuffer()), read.etag);
}

describe('the roadmap workbook in the document library', () => {
  it('goes out, comes back with a colleague’s edit, is applied, and is saved as the next version', async () => {
    expect(await json(['export', '--file', FILE, '--lang', 'fi'])).toMatchObject({ actions: 3, file: FILE });
    expect((await readLibraryWorkbook(site.sp, FILE)).version).toBe('1.0');
    expect(await json(['import', '--file', FILE])).toMatchObject({ created: 0, updated: 0, unchanged: 3, conflicts: [], errors: [] });

    await editInLibrary('T-00002', 'Edistyminen %', 55);
    expect((await readLibraryWorkbook(site.sp, FILE)).version).toBe('2.0');
    expect(await json(['import', '--file', FILE])).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await actionsRepository(site.sp).list()).find((a) => a.code === 'T-00002')?.progress).toBe(20);
    expect(await json(['import', '--file', FILE, '--apply'])).toMatchObject({ updated: 1, unchanged: 2, conflicts: [], errors: [] });
    expect((await actionsRepository(site.sp).list()).find((a) => a.code === 'T-00002')?.progress).toBe(55);

    expect(await json(['export', '--file', FILE])).toMatchObject({ actions: 3, file: FILE });
    expect((await readLibraryWorkbook(site.sp, FILE)).version).toBe('3.0');
    expect(await json(['import', '--file', FILE])).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });
});
