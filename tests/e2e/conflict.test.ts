import { DEMO_USERS } from '../../server/sample';
import { startE2E, type E2E } from './harness';

jest.setTimeout(120_000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

describe('two people editing the same action', () => {
  it('shows the second a conflict view with both values, and nothing is lost', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.owner?.email === DEMO_USERS.owner && a.code && a.status !== 'completed');
    if (!action?.code) throw new Error('no action owned by the demo owner');
    const steeringPage = await e2e.open({ user: 'steering', query: `action=${action.code}` });
    const ownerPage = await e2e.open({ user: 'owner', query: `action=${action.code}`, context: await e2e.browser() });

    // Both open the form on the same version of the action.
    await steeringPage.getByTestId('action-edit').click();
    await ownerPage.getByTestId('action-edit').click();
    const steeringForm = steeringPage.getByTestId('action-form');
    const ownerForm = ownerPage.getByTestId('action-form');

    // The steering member saves first: a new title and a description.
    await steeringForm.getByLabel('Toimenpide', { exact: true }).fill('Digijohtoryhmän otsikko');
    await steeringForm.getByLabel('Kuvaus', { exact: true }).fill('Digijohtoryhmän tarkennus kuvaukseen.');
    await steeringForm.getByTestId('form-save').click();
    await steeringPage.getByText('Muutokset tallennettu.').waitFor();

    // The owner saves second, on the old etag: a different title and a new end.
    await ownerForm.getByLabel('Toimenpide', { exact: true }).fill('Vastuuhenkilön otsikko');
    await ownerForm.getByLabel('Päättyy', { exact: true }).fill('2026 Q2');
    await ownerForm.getByTestId('form-save').click();

    const conflict = ownerPage.getByTestId('conflict-view');
    await conflict.waitFor();
    await conflict.getByText('Joku muu tallensi tämän toimenpiteen ensin').waitFor();
    const titleRow = conflict.getByTestId('conflict-row-title');
    await expect(titleRow.getByTestId('conflict-mine').textContent()).resolves.toBe('Vastuuhenkilön otsikko');
    await expect(titleRow.getByTestId('conflict-theirs').textContent()).resolves.toBe('Digijohtoryhmän otsikko');
    const endRow = conflict.getByTestId('conflict-row-end');
    await expect(endRow.getByTestId('conflict-mine').textContent()).resolves.toBe('2026 Q2');
    // The steering member's description was not part of the owner's edit: it is simply kept.
    await expect(conflict.getByTestId('conflict-row-description').count()).resolves.toBe(0);

    // The owner keeps the stored title, and their own end.
    await titleRow.getByText('Tallennettu arvo', { exact: true }).click();
    await conflict.getByTestId('conflict-save').click();
    await ownerPage.getByText('Valintasi tallennettu.').waitFor();

    const stored = await e2e.admin.actions.get(action.id);
    expect(stored.title).toBe('Digijohtoryhmän otsikko');
    expect(stored.description).toBe('Digijohtoryhmän tarkennus kuvaukseen.');
    expect(stored.end).toBe('2026-Q2');
    await expect(ownerPage.getByTestId('action-details').locator('[data-field="end"]').textContent()).resolves.toBe('2026 Q2');
  });

  it('keeps my value when I choose it, over what was stored in between', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.owner?.email === DEMO_USERS.owner && a.code && a.status !== 'completed');
    if (!action?.code) throw new Error('no action owned by the demo owner');
    const page = await e2e.open({ user: 'owner', query: `action=${action.code}` });
    await page.getByTestId('action-edit').click();
    const form = page.getByTestId('action-form');
    await form.getByLabel('Vaikuttavuusmittari', { exact: true }).fill('Oma mittari');
    // Someone else saves the same field in between.
    await e2e.admin.actions.update(action.id, (await e2e.admin.actions.get(action.id)).etag, { effectIndicator: 'Toisen mittari' });
    await form.getByTestId('form-save').click();
    const conflict = page.getByTestId('conflict-view');
    await conflict.waitFor();
    await conflict.getByTestId('conflict-save').click();
    await page.getByText('Valintasi tallennettu.').waitFor();
    expect((await e2e.admin.actions.get(action.id)).effectIndicator).toBe('Oma mittari');
  });
});
