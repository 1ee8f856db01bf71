import { sharedE2E } from './harness';

jest.setTimeout(120_000);

const e2e = sharedE2E();

const PAYLOAD = '<img src=x onerror=alert(1)>';

describe('descriptions are plain text', () => {
  it('renders HTML and script in a description, title and status report inert', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.code);
    if (!action?.code) throw new Error('no action');
    await e2e.admin.actions.update(action.id, action.etag, {
      description: `${PAYLOAD}\n<script>window.__xss = 1</script>`,
      title: `<b onmouseover=alert(2)>Otsikko</b> ${PAYLOAD}`,
      impacts: '<a href="javascript:alert(3)">klikkaa</a>'
    });
    await e2e.admin.statusUpdates.add({
      title: 'xss', action: action.id, reportedOn: new Date().toISOString(), overallLight: 'yellow',
      scheduleLight: null, scheduleComment: null, costsLight: null, costsComment: null, scopeLight: null, scopeComment: null,
      risksLight: 'yellow', risksComment: PAYLOAD, progress: 10, done: PAYLOAD, next: null, decisionNeeded: false, decisionNote: null,
      publicSummary: null, isPublic: false
    });

    const page = await e2e.open({ user: 'steering', query: `action=${action.code}` });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const details = page.getByTestId('action-details');
    await details.waitFor();
    await page.getByTestId('history-item').first().waitFor();
    // Give any injected handler the chance to fire (an <img src=x> errors at once).
    await page.waitForTimeout(500);

    await expect(details.locator('[data-field="description"]').textContent()).resolves.toContain(PAYLOAD);
    await expect(details.locator('[data-field="impacts"]').textContent()).resolves.toBe('<a href="javascript:alert(3)">klikkaa</a>');
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="action-details"] script, [data-testid="history"] script, b[onmouseover]').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.getByTestId('history-item').first().textContent()).resolves.toContain(PAYLOAD);

    // The table, board, timeline and edit form show it as text too.
    await page.getByRole('dialog').getByRole('button', { name: 'Sulje' }).click();
    for (const view of ['board', 'timeline', 'table']) {
      await page.getByTestId(`view-${view}`).click();
      await page.getByText(PAYLOAD, { exact: false }).first().waitFor();
    }
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });
});
