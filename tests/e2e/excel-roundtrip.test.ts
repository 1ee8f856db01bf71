import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../server/sample';
import { columnByKey, columnHeader } from '../../src/core/excel/columns';
import type { Lang } from '../../src/core/i18n/catalog';
import type { RoadmapAction } from '../../src/core/schema';
import { createSp } from '../../src/data/sp';
import { libraryFileEtag, readLibraryWorkbook, writeLibraryWorkbook } from '../../src/excel/library';
import { exportRoadmapWorkbook } from '../../src/excel/roundtrip';
import { startE2E, type E2E } from './harness';
import { seriousViolations } from './axe';
import { launchChromium } from '../../server/workbench/chromium';
import { EXCEL } from '../../src/core/i18n/excel';
import { format } from '../../src/core/i18n/catalog';
import { rendererPeakGrowth, resetRendererPeaks } from '../support/chromiumMemory';
import { bombWithDataDescriptor, bombWithLocalSizes } from '../support/zipBomb';

/**
 * The Excel round trip in the roadmap web part, in Chromium: export (a real download), edit the file
 * with ExcelJS as a person would in Excel, import it through the panel, see exactly the edits in the
 * preview, save with a visible progress indicator and see them in the table. Rights decide who imports.
 */
jest.setTimeout(180_000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

/** Exports from the web part and returns the downloaded workbook. */
async function exportWorkbook(page: Page, viaMenu: boolean): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('excel-export').click();
  if (viaMenu) await page.getByRole('menuitem', { name: /^(Lataa tiedostona|Ladda ner som fil|Download as a file)$/ }).click();
  const file = await download;
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const header = (key: string, lang: Lang): string => {
  const column = columnByKey(key);
  if (!column) throw new Error(`no workbook column ${key}`);
  return columnHeader(column, lang);
};

/** Sets cells (by field and action code) in the first sheet, as someone editing in Excel would. */
async function editWorkbook(bytes: Buffer, edits: readonly { code: string; key: string; value: string }[], lang: Lang = 'fi'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const codeColumn = headers.indexOf(header('code', lang));
  for (const edit of edits) {
    const column = headers.indexOf(header(edit.key, lang));
    if (column < 0 || codeColumn < 0) throw new Error(`no column ${edit.key} in ${headers.join(', ')}`);
    let found = false;
    ws.eachRow((row) => {
      if (String(row.getCell(codeColumn).value ?? '') === edit.code) {
        row.getCell(column).value = edit.value;
        found = true;
      }
    });
    if (!found) throw new Error(`no row for ${edit.code}`);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function chooseFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('excel-import-file').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
}

const byCode = (list: readonly RoadmapAction[]) => [...list].filter((a) => a.code).sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));

describe('the Excel round trip in the roadmap web part', () => {
  it('a steering member exports, edits two cells, sees exactly two changes, saves them with progress and sees them in the table', async () => {
    const all = await e2e.admin.actions.list();
    const year2025 = byCode(all.filter((a) => a.roadmapYear === 2025 && a.status !== 'cancelled'));
    const [first, second] = [year2025[0], year2025[1]];
    const page = await e2e.open({ user: 'steering', lang: 'fi', query: 'year=2025' });

    // Export the filtered year: a real download of the roadmap workbook, only 2025's actions in it.
    const exported = await exportWorkbook(page, true);
    expect(exported.name).toBe('tiekartta-2025.xlsx');
    await page.getByTestId('notice').getByText('Excel-tiedosto on ladattu.').waitFor();
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(exported.bytes as unknown as ExcelJS.Buffer);
    expect(check.worksheets[0].actualRowCount - 1).toBe(all.filter((a) => a.roadmapYear === 2025).length);

    // Two cells changed in "Excel": one action's title, another's status.
    const newTitle = `${first.title} (päivitetty Excelissä)`;
    const newStatus = second.status === 'paused' ? 'Käynnissä' : 'Keskeytetty';
    const edited = await editWorkbook(exported.bytes, [
      { code: first.code as string, key: 'title', value: newTitle },
      { code: second.code as string, key: 'status', value: newStatus }
    ]);

    await page.getByTestId('excel-import').click();
    const panel = page.getByRole('dialog');
    await chooseFile(page, 'tiekartta-2025.xlsx', edited);
    await panel.getByTestId('excel-import-preview').waitFor();
    const changes = panel.getByTestId('excel-import-change');
    await expect(changes.count()).resolves.toBe(2);
    await expect(changes.allTextContents()).resolves.toEqual(expect.arrayContaining([
      `Toimenpide: ${first.title} → ${newTitle}`,
      expect.stringMatching(new RegExp(`^Tila: .+ → ${newStatus}$`))
    ]));
    await expect(panel.getByTestId('excel-import-summary').textContent()).resolves.toMatch(/Uusia 0, muutettuja 2, ennallaan \d+, poistettavia 0, ristiriitoja 0, virheitä 0\./);

    // Saving is held back a moment at the network, so that the progress indicator can be seen.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route((url) => url.pathname.endsWith('/_api/$batch'), async (route) => {
      await held;
      await route.continue();
    }, { times: 1 });
    await panel.getByTestId('excel-import-apply').click();
    const progress = panel.getByTestId('excel-import-progress');
    await progress.waitFor();
    await expect(progress.isVisible()).resolves.toBe(true);
    await expect(progress.textContent()).resolves.toContain('Tallennetaan 0/2…');
    await expect(progress.locator('.ms-ProgressIndicator').count()).resolves.toBe(1);
    release();
    await panel.getByText('Tallennettu: uusia 0, muutettuja 2, poistettuja 0. Ristiriitoja 0, virheitä 0.').waitFor();

    // The table is refreshed behind the panel, and the shell's live region says so.
    const announced = 'Excel-tuonti tallennettu: uusia 0, muutettuja 2, poistettuja 0. Taulukko on päivitetty.';
    await page.getByTestId('live-region').getByText(announced).waitFor();
    await panel.getByRole('button', { name: 'Sulje' }).first().click();
    await panel.waitFor({ state: 'detached' });
    await page.getByTestId('roadmap-table').getByRole('link', { name: newTitle, exact: true }).waitFor();
    await page.getByTestId('filter-search').fill(second.code as string);
    await page.getByTestId('roadmap-table').getByText(newStatus, { exact: true }).waitFor();

    const stored = await e2e.admin.actions.list();
    expect(stored.find((a) => a.id === first.id)?.title).toBe(newTitle);
    expect(stored.find((a) => a.id === second.id)?.status).toBe(newStatus === 'Käynnissä' ? 'in-progress' : 'paused');
    // Nothing else changed.
    const changed = stored.filter((a) => a.etag !== all.find((b) => b.id === a.id)?.etag).map((a) => a.id).sort();
    expect(changed).toEqual([first.id, second.id].sort());
  });

  it('a steering member works on the workbook in the site library: export, import, save back, never over a newer version', async () => {
    const path = 'Shared Documents/tiekartta_v2.xlsx';
    const sp = createSp({ siteUrl: e2e.stack.site.emulator.siteUrl });
    const all = byCode((await e2e.admin.actions.list()).filter((a) => a.roadmapYear === 2025));
    const page = await e2e.open({ user: 'steering', lang: 'fi' });

    // Export to the library: the file is created there.
    await page.getByTestId('excel-export').click();
    await page.getByRole('menuitem', { name: `Tallenna kirjastoon: ${path}` }).click();
    await page.getByTestId('notice').getByText('Tallennettu kirjastoon uutena versiona.').waitFor();
    const created = await readLibraryWorkbook(sp, path);

    // Someone edits it in Excel for the web (a new version in the library).
    const online = async (code: string, value: string): Promise<void> => {
      const current = await readLibraryWorkbook(sp, path);
      await writeLibraryWorkbook(sp, path, await editWorkbook(Buffer.from(current.content), [{ code, key: 'description', value }]), current.etag);
    };
    await online(all[2].code as string, 'Muokattu Excel Onlinessa');

    // The import reads the library file, saves the change and writes the refreshed workbook back.
    await page.getByTestId('excel-import').click();
    const panel = page.getByRole('dialog');
    await panel.getByTestId('excel-import-library').click();
    await panel.getByTestId('excel-import-preview').waitFor();
    await expect(panel.getByTestId('excel-import-change').allTextContents()).resolves.toEqual(['Kuvaus: – → Muokattu Excel Onlinessa']);
    await panel.getByTestId('excel-import-apply').click();
    await panel.getByTestId('excel-import-done').waitFor();
    await panel.getByTestId('excel-import-save-library').click();
    await panel.getByText('Tallennettu kirjastoon uutena versiona.').waitFor();
    const saved = await readLibraryWorkbook(sp, path);
    expect(saved.etag).not.toBe(created.etag);
    expect(Number(saved.version)).toBeGreaterThan(Number(created.version));

    // Read again; someone saves a newer version before "save back": nothing is overwritten.
    await online(all[3].code as string, 'Toinen muutos');
    await panel.getByRole('button', { name: 'Tuo Excelistä' }).click();
    await panel.getByTestId('excel-import-library').click();
    await panel.getByTestId('excel-import-preview').waitFor();
    await panel.getByTestId('excel-import-apply').click();
    await panel.getByTestId('excel-import-done').waitFor();
    await online(all[4].code as string, 'Kolmas, tallennettu välissä');
    const newer = await readLibraryWorkbook(sp, path);
    await panel.getByTestId('excel-import-save-library').click();
    await panel.getByText(`Tiedostoon ${path} on tallennettu uudempi versio sen jälkeen, kun se luettiin.`, { exact: false }).waitFor();
    expect((await readLibraryWorkbook(sp, path)).etag).toBe(newer.etag);
  });

  it('after an import that skipped invalid rows, "save back to the library" is not offered: the panel says why and the file stays', async () => {
    const path = 'Shared Documents/tiekartta_v2.xlsx';
    const sp = createSp({ siteUrl: e2e.stack.site.emulator.siteUrl });
    const all = byCode((await e2e.admin.actions.list()).filter((a) => a.roadmapYear === 2025));
    // The library file as exported now (a new version), then edited in Excel: one valid change, one invalid cell.
    const etag = (await libraryFileEtag(sp, path)) ?? null;
    await writeLibraryWorkbook(sp, path, await exportRoadmapWorkbook(await e2e.admin.actions.list(), { lang: 'fi', now: new Date() }), etag);
    const current = await readLibraryWorkbook(sp, path);
    const edited = await editWorkbook(Buffer.from(current.content), [
      { code: all[5].code as string, key: 'description', value: 'Kelvollinen muutos' },
      { code: all[5].code as string, key: 'oneTimeCost', value: '2 800 e kertainvestointi' },
      { code: all[6].code as string, key: 'status', value: 'ehkä' }
    ]);
    await writeLibraryWorkbook(sp, path, edited, current.etag);
    const withEdits = await readLibraryWorkbook(sp, path);

    const page = await e2e.open({ user: 'steering', lang: 'fi' });
    await page.getByTestId('excel-import').click();
    const panel = page.getByRole('dialog');
    await panel.getByTestId('excel-import-library').click();
    await panel.getByTestId('excel-import-preview').waitFor();
    // The words after the amount are a note with the row, the column and the cell's value.
    const note = panel.getByTestId('excel-import-warnings').getByRole('row').filter({ hasText: 'kertainvestointi' });
    await expect(note.getByRole('cell').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\d+$/), header('oneTimeCost', 'fi'), '2 800 e kertainvestointi', format(EXCEL.fi.amountTextLeftOut, { amount: '2 800 e', text: 'kertainvestointi' })
    ]);
    await panel.getByText('Tallenna kelvolliset rivit, vaikka osa riveistä on virheellisiä').click();
    await panel.getByTestId('excel-import-apply').click();
    await panel.getByText(/^Tallennettu: uusia 0, muutettuja 1, poistettuja 0\./).waitFor();
    await expect(panel.getByTestId('excel-import-library-kept').textContent()).resolves.toBe(format(EXCEL.fi.libraryKeptRowsNotWritten, { count: 1 }));
    await expect(panel.getByTestId('excel-import-save-library').count()).resolves.toBe(0);
    expect((await readLibraryWorkbook(sp, path)).etag).toBe(withEdits.etag);

    // Nor does "save to the library" in the export menu replace it while the invalid row's edit is only there.
    await panel.getByRole('button', { name: 'Sulje' }).first().click();
    await page.getByTestId('excel-export').click();
    await page.getByRole('menuitem', { name: `Tallenna kirjastoon: ${path}` }).click();
    await page.getByTestId('notice').getByText(format(EXCEL.fi.pendingChanges, { path, count: 1 })).waitFor();
    expect((await readLibraryWorkbook(sp, path)).etag).toBe(withEdits.etag);
  });

  it('refuses crafted workbooks that inflate to 400 MB and 2.6 GB with the usual localised message, the page’s process growing less than 250 MB', async () => {
    const own = await launchChromium();
    const dir = mkdtempSync(join(tmpdir(), 'tiekartta-bomb-'));
    try {
      const page = await e2e.open({ user: 'steering', lang: 'sv', context: own.context });
      const expected = format(EXCEL.sv.unpacksTooLarge, { max: 48 });
      for (const [name, bytes] of [['pommi-400.xlsx', await bombWithLocalSizes(400)], ['pommi-2600.xlsx', bombWithDataDescriptor(2600)]] as const) {
        // Chosen from disk, as a person would: the browser reads the file, not a copy sent by the test.
        const path = join(dir, name);
        writeFileSync(path, bytes);
        await page.getByTestId('excel-import').click();
        const panel = page.getByRole('dialog');
        await panel.getByTestId('excel-import-file').waitFor();
        // VmHWM, reset before this file: the renderers' peak, so a spike between two samples is not missed.
        const before = resetRendererPeaks(own.profile);
        await panel.getByTestId('excel-import-file').setInputFiles(path);
        await panel.getByText(expected).waitFor();
        const growth = rendererPeakGrowth(own.profile, before);
        expect(growth).toBeGreaterThan(0);
        expect(growth).toBeLessThan(250);
        await panel.getByRole('button', { name: 'Stäng' }).first().click();
        await panel.waitFor({ state: 'detached' });
      }
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a reader exports but is offered no import', async () => {
    const page = await e2e.open({ user: 'reader', lang: 'fi' });
    await page.getByTestId('excel-export').waitFor();
    await expect(page.getByTestId('excel-import').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Tuo Excelistä' }).count()).resolves.toBe(0);
    // Without a menu (no library writes for readers): the button downloads the whole roadmap.
    const exported = await exportWorkbook(page, false);
    expect(exported.name).toBe('tiekartta.xlsx');
  });

  it('an owner imports changes to their own actions only: another owner’s row is an error, never written', async () => {
    const all = await e2e.admin.actions.list();
    const mine = byCode(all.filter((a) => a.owner?.email === DEMO_USERS.owner))[0];
    const theirs = byCode(all.filter((a) => a.owner && a.owner.email !== DEMO_USERS.owner && a.roadmapYear === mine.roadmapYear))[0];
    if (!mine || !theirs) throw new Error('the sample lacks an owner’s action and another owner’s action in the same year');
    const page = await e2e.open({ user: 'owner', lang: 'fi', query: `year=${mine.roadmapYear}` });
    const exported = await exportWorkbook(page, false);
    const edited = await editWorkbook(exported.bytes, [
      { code: mine.code as string, key: 'description', value: 'Vastuuhenkilön tarkennus' },
      { code: theirs.code as string, key: 'description', value: 'Yritys muuttaa toisen toimenpidettä' }
    ]);
    await page.getByTestId('excel-import').click();
    const panel = page.getByRole('dialog');
    await chooseFile(page, 'oma.xlsx', edited);
    await panel.getByTestId('excel-import-preview').waitFor();
    await expect(panel.getByTestId('excel-import-change').count()).resolves.toBe(1);
    await panel.getByTestId('excel-import-errors').getByText(`Toimenpide ${theirs.code} ei ole vastuullasi`, { exact: false }).waitFor();
    // Deleting is not offered; saving waits until the refused row is explicitly skipped.
    await expect(panel.getByText('Poista toimenpiteet, jotka puuttuvat tiedostosta').count()).resolves.toBe(0);
    await expect(panel.getByTestId('excel-import-apply').isDisabled()).resolves.toBe(true);
    await panel.getByText('Tallenna kelvolliset rivit, vaikka osa riveistä on virheellisiä').click();
    await panel.getByTestId('excel-import-apply').click();
    await panel.getByText(/^Tallennettu: uusia 0, muutettuja 1, poistettuja 0\./).waitFor();
    const stored = await e2e.admin.actions.list();
    expect(stored.find((a) => a.id === mine.id)?.description).toBe('Vastuuhenkilön tarkennus');
    expect(stored.find((a) => a.id === theirs.id)?.etag).toBe(theirs.etag);
  });

  it('the commands and the import panel are reachable with the keyboard', async () => {
    const page = await e2e.open({ user: 'steering', lang: 'fi' });
    const focusedTestId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const tabTo = async (testId: string): Promise<void> => {
      for (let i = 0; i < 40 && (await focusedTestId()) !== testId; i++) await page.keyboard.press('Tab');
      expect(await focusedTestId()).toBe(testId);
    };
    await page.getByTestId('excel-export').waitFor();
    await tabTo('excel-export');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Lataa tiedostona' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await tabTo('excel-import');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    // The dialog element itself has no box (the panel inside is fixed): wait for its content.
    await panel.getByTestId('excel-import-file').waitFor();
    // Focus moves into the panel (Fluent's focus trap takes it once the panel has mounted, which can be a
    // frame after its content is visible); the file picker and the library file are reached with Tab.
    await page.waitForFunction(() => !!document.activeElement?.closest('[role=dialog]'), undefined, { timeout: 5_000 });
    await tabTo('excel-import-file');
    await tabTo('excel-import-library');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // Closing returns focus to the command that opened the panel.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'excel-import', undefined, { timeout: 5000 });
  });

  describe.each(['fi', 'sv'] as const)('the import panel has no serious or critical axe violations (%s)', (lang) => {
    it('when choosing a file and in the preview', async () => {
      const page = await e2e.open({ user: 'steering', lang, query: 'year=2025' });
      try {
        const exported = await exportWorkbook(page, true);
        const action = byCode((await e2e.admin.actions.list()).filter((a) => a.roadmapYear === 2025))[0];
        const edited = await editWorkbook(exported.bytes, [{ code: action.code as string, key: 'description', value: `axe ${lang}` }], lang);

        await page.getByTestId('excel-import').click();
        const panel = page.getByRole('dialog');
        await panel.getByTestId('excel-import-file').waitFor();
        await page.waitForTimeout(300);
        expect(await seriousViolations(page, { legacyMode: true })).toEqual([]);

        await chooseFile(page, 'axe.xlsx', edited);
        await panel.getByTestId('excel-import-preview').waitFor();
        await page.waitForTimeout(300);
        expect(await seriousViolations(page, { legacyMode: true })).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
