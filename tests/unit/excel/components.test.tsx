/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import ExcelImportPanel from '../../../src/components/excel/ExcelImportPanel';
import { exportRoadmapWorkbook } from '../../../src/excel/roundtrip';
import type { IListRepository, BulkResult } from '../../../src/data/contracts';
import type { ROADMAP_ACTIONS, RoadmapAction } from '../../../src/core/schema';
import { NOW, action } from './fixtures';
import ExcelJS from 'exceljs';
import { setIconOptions } from '@fluentui/react';

// The web part registers Fluent's icon font; this test does not need it.
setIconOptions({ disableWarnings: true });

/**
 * The import panel in a DOM: pick a file, see exactly the changed rows in the preview, save with a
 * progress indicator, see the result. The repository is an in-memory implementation of our own data
 * contract (the PnPjs one is covered by the integration tests).
 */
jest.setTimeout(30_000);

// jsdom lacks TextDecoder, which every browser has.
if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: (require('node:util') as typeof import('node:util')).TextDecoder });
}

type Repo = IListRepository<typeof ROADMAP_ACTIONS>;

function memoryRepository(items: RoadmapAction[], gate: Promise<void>): Repo & { saved: unknown[] } {
  const saved: unknown[] = [];
  const none = async (): Promise<never> => { throw new Error('not used'); };
  return {
    saved,
    def: undefined as unknown as typeof ROADMAP_ACTIONS,
    list: async () => items,
    get: none, add: none, update: none, delete: none,
    addMany: async (): Promise<BulkResult<typeof ROADMAP_ACTIONS>> => ({ saved: [], conflicts: [], failed: [] }),
    updateMany: async (changes) => {
      await gate;
      saved.push(...changes);
      return { saved: changes.map((c) => ({ ...items.find((i) => i.id === c.id)!, ...c.changes })), conflicts: [], failed: [] };
    }
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 25)));
  if (!check()) throw new Error(`timed out; page: ${document.body.textContent}`);
}

describe('the import panel', () => {
  it('previews exactly the edited rows and saves them with a progress indicator', async () => {
    const items = [action(1), action(2), action(3)];
    const bytes = await exportRoadmapWorkbook(items, { lang: 'fi', now: NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const headers = (wb.worksheets[0].getRow(1).values as unknown[]).map(String);
    wb.worksheets[0].getRow(3).getCell(headers.indexOf('Tila')).value = 'Käynnissä';
    wb.worksheets[0].getRow(4).getCell(headers.indexOf('Kuvaus')).value = 'Uusi kuvaus';
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    let open = (): void => undefined;
    const repo = memoryRepository(items, new Promise<void>((resolve) => { open = resolve; }));
    const applied = jest.fn();
    const host = document.createElement('div');
    document.body.appendChild(host);
    await act(async () => {
      ReactDom.render(<ExcelImportPanel repositories={{ actions: repo }} lang="fi" rights={{ email: "johto@porvoo.fi", canEditAllActions: true }} isOpen onDismiss={() => undefined} onApplied={applied} now={() => NOW} />, host);
    });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input).not.toBeNull();
    const file = new File([edited as BlobPart], 'tiekartta.xlsx');
    // jsdom's File lacks arrayBuffer(); the browser's has it.
    Object.defineProperty(file, 'arrayBuffer', { value: async () => edited.buffer.slice(edited.byteOffset, edited.byteOffset + edited.byteLength) });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });

    // Fluent's MessageBar shows its text a moment later (for screen readers).
    await until(() => (document.body.textContent ?? '').includes('Muuttuneet toimenpiteet (2)') && (document.body.textContent ?? '').includes('tiekartta.xlsx:'));
    const text = document.body.textContent ?? '';
    expect(text).toContain('tiekartta.xlsx: Uusia 0, muutettuja 2, ennallaan 1, poistettavia 0, ristiriitoja 0, virheitä 0.');
    expect(text).toContain('Tila: Suunniteltu → Käynnissä');
    expect(text).toContain('Kuvaus: – → Uusi kuvaus');

    const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Tallenna muutokset')!;
    await act(async () => { save.click(); });
    // While saving, a progress indicator says how far it is.
    await until(() => (document.body.textContent ?? '').includes('Tallennetaan 0/2…'));
    expect(document.querySelector('.ms-ProgressIndicator')).not.toBeNull();
    open();
    await until(() => (document.body.textContent ?? '').includes('Tallennettu: uusia 0, muutettuja 2, poistettuja 0.'));
    expect(repo.saved).toEqual([
      { id: 2, etag: '"1"', changes: { status: 'in-progress' } },
      { id: 3, etag: '"1"', changes: { description: 'Uusi kuvaus' } }
    ]);
    expect(applied).toHaveBeenCalledWith(expect.objectContaining({ updated: 2, conflicts: [], errors: [] }));
    act(() => { ReactDom.unmountComponentAtNode(host); });
  });
});
