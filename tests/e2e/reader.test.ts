import { chooseInMenu, startE2E, type E2E } from './harness';

jest.setTimeout(120_000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

describe('a reader', () => {
  it('filters to 2025 statutory actions, shares the filter in the URL and opens one', async () => {
    const page = await e2e.open({ user: 'reader', lang: 'fi' });
    const all = await e2e.admin.actions.list();
    const expected = all.filter((a) => a.roadmapYear === 2025 && a.statutory);
    expect(expected.length).toBeGreaterThan(0);

    await chooseInMenu(page, 'filter-years', ['2025']);
    await chooseInMenu(page, 'filter-statutory', ['Lakisääteiset']);

    await expect(page.getByTestId('result-count').textContent()).resolves.toBe(`Näytetään ${expected.length} / ${all.length} toimenpidettä`);
    // The URL follows the filter (a moment later, so typing stays fast).
    await page.waitForURL((u) => u.searchParams.get('year') === '2025' && u.searchParams.get('statutory') === '1');

    // "Copy a link to this view" puts the page link with the filter on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('share-view').click();
    await page.getByTestId('notice').getByText('Linkki kopioitu leikepöydälle.').waitFor();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe('/sites/digiohjelma/SitePages/Tiekartta.aspx');
    expect(link.searchParams.get('year')).toBe('2025');
    expect(link.searchParams.get('statutory')).toBe('1');

    // The same link opened fresh shows the same view.
    const shared = await e2e.open({ user: 'reader', query: new URL(page.url()).search });
    await expect(shared.getByTestId('result-count').textContent()).resolves.toBe(`Näytetään ${expected.length} / ${all.length} toimenpidettä`);
    await shared.close();

    const target = expected.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))[0];
    await page.getByRole('link', { name: target.title, exact: true }).click();
    const panel = page.getByRole('dialog');
    await expect(panel.getByRole('heading', { name: `${target.code} ${target.title}` }).isVisible()).resolves.toBe(true);
    const details = panel.getByTestId('action-details');
    await expect(details.locator('[data-field="statutory"]').textContent()).resolves.toBe('Kyllä');
    await expect(details.locator('[data-field="roadmapYear"]').textContent()).resolves.toBe('2025');
    expect(new URL(page.url()).searchParams.get('action')).toBe(target.code);
    // The history is loaded for the reader too.
    await panel.getByRole('heading', { name: 'Tilannepäivitysten historia' }).waitFor();
  });

  it('has no way to edit: no edit, report or new-action buttons, and the report link says why', async () => {
    const page = await e2e.open({ user: 'reader', query: 'action=DT25-01' });
    const panel = page.getByRole('dialog');
    await panel.getByTestId('action-details').waitFor();
    await expect(page.getByTestId('new-action').count()).resolves.toBe(0);
    await expect(panel.getByTestId('action-edit').count()).resolves.toBe(0);
    await expect(panel.getByTestId('action-report').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Muokkaa|Tee tilannepäivitys/ }).count()).resolves.toBe(0);

    const reportLink = await e2e.open({ user: 'reader', query: 'action=DT25-01&report=1' });
    await reportLink.getByText('Vain toimenpiteen vastuuhenkilö tai digijohtoryhmän jäsen voi tehdä tilannepäivityksen.').waitFor();
    await expect(reportLink.getByTestId('status-report-form').count()).resolves.toBe(0);
  });

  it('prints the whole filtered roadmap, not only the rows in view', async () => {
    const page = await e2e.open({ user: 'reader', query: 'year=2025' });
    const count = (await e2e.admin.actions.list()).filter((a) => a.roadmapYear === 2025).length;
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('print').click();
    await page.emulateMedia({ media: 'print' });
    const print = page.getByTestId('roadmap-print');
    await expect(print.isVisible()).resolves.toBe(true);
    await expect(print.locator('tbody tr').count()).resolves.toBe(count);
    await expect(page.getByTestId('filters').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('roadmap-table').isVisible()).resolves.toBe(false);
  });
});
