import { DEMO_USERS } from '../../server/sample';
import { sharedE2E } from './harness';

jest.setTimeout(120_000);

const e2e = sharedE2E();

async function ownedActiveAction(): Promise<{ id: number; code: string; title: string }> {
  const actions = await e2e.admin.actions.list();
  const mine = actions.find((a) => a.owner?.email === DEMO_USERS.owner && a.status === 'in-progress' && a.roadmapYear === 2025)
    ?? actions.find((a) => a.owner?.email === DEMO_USERS.owner);
  if (!mine || !mine.code) throw new Error('the sample has no action owned by the demo owner');
  return { id: mine.id, code: mine.code, title: mine.title };
}

describe('an action owner', () => {
  it('follows the reminder’s deep link, files a red report with a risk and sees it in the history', async () => {
    const action = await ownedActiveAction();
    const before = (await e2e.admin.statusUpdates.list({ where: [{ key: 'action', op: 'eq', value: action.id }] })).length;
    const page = await e2e.open({ user: 'owner', lang: 'fi', query: `action=${action.code}&report=1` });
    const form = page.getByTestId('status-report-form');
    await form.waitFor();
    await expect(form.getByTestId('report-step').textContent()).resolves.toBe('Vaihe 1/3: Kokonaistilanne');

    // Step 1: the overall light is required.
    await form.getByTestId('report-next').click();
    await form.getByText('Valitse kokonaistilanne.').waitFor();
    await form.getByText(/^punainen/).click();
    await form.getByTestId('report-next').click();

    // Step 2: a red risk needs a comment.
    await expect(form.getByTestId('report-step').textContent()).resolves.toBe('Vaihe 2/3: Osa-alueet');
    await form.getByTestId('dimension-risks').getByText('punainen', { exact: true }).click();
    await form.getByTestId('report-next').click();
    await form.getByText('Kerro, miksi tilanne on punainen.').waitFor();
    await form.getByLabel('Kommentti: Riskit').fill('Toimittaja ei ehdi toimittaa integraatiota ennen vuodenvaihdetta.');
    await form.getByTestId('dimension-schedule').getByText('keltainen', { exact: true }).click();
    await form.getByTestId('report-next').click();

    // Step 3: progress, done/next, decision needed.
    await expect(form.getByTestId('report-step').textContent()).resolves.toBe('Vaihe 3/3: Edistyminen ja päätökset');
    await form.getByLabel('Edistyminen %').fill('55');
    await form.getByLabel('Tehty').fill('Määrittely valmis.');
    await form.getByLabel('Seuraavaksi').fill('Toimittajan kanssa uusi aikataulu.');
    await form.getByText('Tarvitaan digijohtoryhmän päätös', { exact: true }).click();
    await form.getByLabel(/Mitä päätetään/).fill('Hyväksytäänkö aikataulun siirto Q1:lle?');
    // Publishing is off by default; ticked, it needs the public summary.
    const publish = form.getByRole('checkbox', { name: 'Julkaise tiivistelmä' });
    await expect(publish.isChecked()).resolves.toBe(false);
    await form.getByText('Julkaise tiivistelmä', { exact: true }).click();
    await expect(publish.isChecked()).resolves.toBe(true);
    await form.getByTestId('report-submit').click();
    await form.getByText('Kirjoita julkinen tiivistelmä tai poista julkaisu.').waitFor();
    await form.getByLabel(/Julkinen tiivistelmä/).fill('Aikataulu tarkentuu, käyttöönotto siirtyy alkuvuoteen.');
    await form.getByTestId('report-submit').click();

    // Back in the details, the new report is the first in the history.
    await page.getByText('Tilannepäivitys tallennettu. Toimenpiteen liikennevalo ja edistyminen päivitettiin.').first().waitFor();
    const first = page.getByTestId('history-item').first();
    await first.getByText('Toimittaja ei ehdi toimittaa integraatiota ennen vuodenvaihdetta.').waitFor();
    await first.getByText('Hyväksytäänkö aikataulun siirto Q1:lle?').waitFor();
    await expect(first.getByRole('heading').textContent()).resolves.toMatch(/punainen$/);
    await expect(page.getByTestId('action-details').locator('[data-field="trafficLight"]').textContent()).resolves.toBe('punainen');
    await expect(page.getByTestId('action-details').locator('[data-field="progress"]').textContent()).resolves.toBe('55 %');
    expect(new URL(page.url()).searchParams.get('report')).toBeNull();

    // Stored: the report, and the action following it (light, progress, report time, decision flag).
    const reports = await e2e.admin.statusUpdates.list({ where: [{ key: 'action', op: 'eq', value: action.id }] });
    expect(reports.length).toBe(before + 1);
    const latest = reports.sort((a, b) => b.reportedOn.localeCompare(a.reportedOn))[0];
    expect(latest).toMatchObject({ overallLight: 'red', risksLight: 'red', scheduleLight: 'yellow', progress: 55, decisionNeeded: true, authorEmail: DEMO_USERS.owner,
      publicSummary: 'Aikataulu tarkentuu, käyttöönotto siirtyy alkuvuoteen.', isPublic: true });
    const stored = await e2e.admin.actions.get(action.id);
    expect(stored).toMatchObject({ trafficLight: 'red', progress: 55, decisionNeeded: true, lastReportOn: latest.reportedOn });

    // A fresh page shows the red light in the table too.
    const again = await e2e.open({ user: 'owner', query: `q=${encodeURIComponent(action.code)}` });
    await again.getByTestId('roadmap-table').locator('[data-light="red"]').first().waitFor();
  });

  it('edits their own action but not others’', async () => {
    const action = await ownedActiveAction();
    const page = await e2e.open({ user: 'owner', query: `action=${action.code}` });
    await page.getByTestId('action-edit').waitFor();
    const others = (await e2e.admin.actions.list()).find((a) => a.owner?.email !== DEMO_USERS.owner && a.code);
    const other = await e2e.open({ user: 'owner', query: `action=${others?.code ?? ''}` });
    await other.getByTestId('action-details').waitFor();
    await expect(other.getByTestId('action-edit').count()).resolves.toBe(0);
    await expect(other.getByTestId('action-report').count()).resolves.toBe(0);
  });
});
