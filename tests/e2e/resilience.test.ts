import { startE2E, type E2E } from './harness';

jest.setTimeout(120_000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});
afterEach(() => {
  e2e.stack.site.emulator.setFaults({});
});

describe('when SharePoint fails', () => {
  it('shows a readable error with a retry, and the retry loads the roadmap', async () => {
    e2e.stack.site.emulator.setFaults({ serverErrorRate: 1 });
    const page = await e2e.open({ user: 'reader', waitForRoadmap: false });
    const error = page.getByTestId('error-state');
    await error.waitFor();
    await expect(error.getAttribute('role')).resolves.toBe('alert');
    await expect(error.textContent()).resolves.toMatch(/Odottamaton virhe|SharePoint/);
    e2e.stack.site.emulator.setFaults({});
    await error.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await page.getByTestId('result-count').waitFor();
  });

  it('shows an edit at once and rolls it back visibly when the save fails, keeping what was typed', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.code && a.roadmapYear === 2025);
    if (!action?.code) throw new Error('no action');
    const page = await e2e.open({ user: 'steering', query: `action=${action.code}` });
    await page.getByTestId('action-edit').click();
    await page.getByTestId('action-form').getByLabel('Toimenpide', { exact: true }).fill('Optimistinen otsikko');

    // The update answers slowly and then fails, as a server error would.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_api\/.*items\(\d+\)/, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await released;
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'Palvelinvirhe' } } }) });
    });
    await page.getByTestId('form-save').click();

    // Optimistic: the new title is shown while the save is under way.
    await page.getByTestId('action-details').locator('[data-field="title"]').getByText('Optimistinen otsikko').waitFor();
    release();

    // Rolled back, with a message, and the form is back with the typed value.
    await page.getByText(/Tallennus epäonnistui, ja näkymä palautettiin ennalleen/).first().waitFor();
    await expect(page.getByTestId('action-form').getByLabel('Toimenpide', { exact: true }).inputValue()).resolves.toBe('Optimistinen otsikko');
    await page.getByRole('dialog').getByRole('button', { name: 'Peruuta' }).click();
    await expect(page.getByTestId('action-details').locator('[data-field="title"]').textContent()).resolves.toBe(action.title);
    expect((await e2e.admin.actions.get(action.id)).title).toBe(action.title);
  });
});

describe('in Teams', () => {
  it('opens the action a Teams deep link names and offers a Teams link back to it', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.code);
    if (!action?.code) throw new Error('no action');
    const page = await e2e.open({ user: 'steering', frame: 'teams', theme: 'teams-dark', query: `subEntityId=${encodeURIComponent(`action=${action.code}`)}` });
    await page.getByTestId('frame-teams').waitFor();
    const panel = page.getByRole('dialog');
    await panel.getByRole('heading', { name: `${action.code} ${action.title}` }).waitFor();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByTestId('copy-teams-link').click();
    await panel.getByText(/Linkki kopioitu|Kopioi linkki:/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    const shown = link || ((await panel.getByText(/Kopioi linkki:/).textContent()) ?? '').replace(/^.*?: /, '');
    const url = new URL(shown);
    expect(url.origin).toBe('https://teams.microsoft.com');
    expect(url.pathname).toMatch(/^\/l\/entity\/[0-9a-f-]{36}\//);
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toMatchObject({ subEntityId: `action=${action.code}` });
  });
});

describe('a steering member', () => {
  it('proposes a new action: it is saved as a proposal with the next free code', async () => {
    const page = await e2e.open({ user: 'steering', lang: 'en' });
    await page.getByTestId('new-action').click();
    const form = page.getByTestId('action-form');
    await form.getByTestId('form-save').click();
    await form.getByText('Nothing can be saved until the marked fields are corrected', { exact: false }).waitFor();
    await form.getByLabel('Action', { exact: true }).fill('Chatbot for library opening hours');
    await form.getByLabel('Roadmap year', { exact: true }).fill('2026');
    await form.locator('#dt-field-goal').click();
    await page.getByRole('option', { name: 'Comprehensive service through human-centred e-services' }).click();
    await form.locator('#dt-field-level').click();
    await page.getByRole('option', { name: 'City-wide shared solutions (TORI)' }).click();
    await form.getByLabel('Start', { exact: true }).fill('2026 Q1');
    await form.getByLabel('End', { exact: true }).fill('2025 Q4');
    await form.getByTestId('form-save').click();
    // Cross-field validation from src/core/validation: the end is before the start.
    await form.locator('#dt-field-end').evaluate((el) => el.getAttribute('aria-invalid')).then((v) => expect(v).toBe('true'));
    await form.getByLabel('End', { exact: true }).fill('2026 Q3');
    await form.getByTestId('form-save').click();
    await page.getByText(/Action proposal DT26-\d+ saved\./).waitFor();
    const created = (await e2e.admin.actions.list()).find((a) => a.title === 'Chatbot for library opening hours');
    expect(created).toMatchObject({ status: 'proposed', approvalState: 'proposed', roadmapYear: 2026, goal: 'A', level: 'shared', start: '2026-Q1', end: '2026-Q3' });
    expect(created?.code).toMatch(/^DT26-\d{2,}$/);
    await page.getByRole('dialog').getByRole('heading', { name: `${created?.code ?? ''} Chatbot for library opening hours` }).waitFor();
  });
});
