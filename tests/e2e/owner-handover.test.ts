import { DEMO_USERS } from '../../server/sample';
import { sharedE2E } from './harness';

jest.setTimeout(120_000);

const e2e = sharedE2E();

describe('a steering member giving an action a new owner', () => {
  it('saves the owner, says when the new owner gets the rights, and the new owner sees the report right pending', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.code && a.status === 'in-progress' && a.owner && a.owner.email !== DEMO_USERS.reader);
    if (!action?.code) throw new Error('no action in progress with an owner');
    const page = await e2e.open({ user: 'steering', query: `action=${action.code}` });
    await page.getByTestId('action-edit').click();
    const form = page.getByTestId('action-form');
    await form.getByLabel('Vastuuhenkilö', { exact: true }).fill(DEMO_USERS.reader);
    await form.getByTestId('form-save').click();
    // Edit has no Manage Permissions in SharePoint: the save stands, the rights wait for the hourly job.
    await page.getByTestId('notice').getByText(/^Muutokset tallennettu\. Uusi vastuuhenkilö .+ saa oikeuden muokata toimenpidettä ja raportoida siitä viimeistään tunnin kuluttua/).waitFor();
    expect((await e2e.admin.actions.get(action.id)).owner?.email).toBe(DEMO_USERS.reader);
    // The new owner's report form waits for the right to reach the action's folder, and says so.
    const owner = await e2e.open({ user: 'reader', query: `action=${action.code}` });
    await owner.getByTestId('action-report').click();
    await owner.getByTestId('report-right-pending').getByText(/Oikeutesi raportoida tästä toimenpiteestä on vielä tulossa/).waitFor();
  });
});
