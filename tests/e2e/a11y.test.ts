import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../server/sample';
import { sharedE2E, type OpenOptions } from './harness';
import { seriousViolations } from './axe';

jest.setTimeout(120_000);

const e2e = sharedE2E();
let ownerCode = '';
let ownerActionId = 0;
beforeAll(async () => {
  const action = (await e2e.admin.actions.list()).find((a) => a.owner?.email === DEMO_USERS.owner && a.code && a.status === 'in-progress');
  if (!action?.code) throw new Error('no active action owned by the demo owner');
  ownerCode = action.code;
  ownerActionId = action.id;
});

type Step = (page: Page) => Promise<void>;

const views: readonly [string, OpenOptions, Step][] = [
  ['table grouped by goal', { user: 'reader' }, async () => undefined],
  ['filter menu open', { user: 'reader', query: 'year=2026' }, async (p) => p.getByTestId('filter-years').getByRole('button').click()],
  ['no matching actions', { user: 'reader', query: 'q=zzzzzzzz' }, async (p) => p.getByTestId('empty-state').waitFor()],
  ['board', { user: 'reader', query: 'view=board' }, async (p) => p.getByTestId('roadmap-board').waitFor()],
  ['timeline', { user: 'reader', query: 'view=timeline' }, async (p) => p.getByTestId('roadmap-timeline').waitFor()],
  ['detail panel with history', { user: 'owner', query: 'action=OWNER' }, async (p) => p.getByTestId('history').waitFor()],
  ['edit form with errors', { user: 'owner', query: 'action=OWNER' }, async (p) => {
    await p.getByTestId('action-edit').click();
    await p.getByTestId('action-form').getByRole('textbox').first().fill('');
    await p.getByTestId('form-save').click();
    await p.getByTestId('action-form').locator('[role="alert"]').first().waitFor();
  }],
  ['new proposal form', { user: 'steering' }, async (p) => {
    await p.getByTestId('new-action').click();
    await p.getByTestId('action-form').waitFor();
  }],
  ['status report, step 1 with an error', { user: 'owner', query: 'action=OWNER&report=1' }, async (p) => {
    await p.getByTestId('report-next').click();
    await p.getByTestId('status-report-form').locator('[role="alert"]').waitFor();
  }],
  ['status report, step 2', { user: 'owner', query: 'action=OWNER&report=1' }, async (p) => {
    await p.getByTestId('status-report-form').getByText(/^(keltainen|gul)/).click();
    await p.getByTestId('report-next').click();
    await p.getByTestId('dimension-risks').waitFor();
  }],
  ['status report, step 3', { user: 'owner', query: 'action=OWNER&report=1' }, async (p) => {
    await p.getByTestId('status-report-form').getByText(/^(vihreä|grön)/).click();
    await p.getByTestId('report-next').click();
    await p.getByTestId('report-next').click();
    await p.getByTestId('report-submit').waitFor();
  }],
  ['conflict view', { user: 'owner', query: 'action=OWNER' }, async (p) => {
    await p.getByTestId('action-edit').click();
    await p.getByTestId('action-form').getByRole('textbox').first().waitFor();
    const current = await e2e.admin.actions.get(ownerActionId);
    await e2e.admin.actions.update(ownerActionId, current.etag, { effectIndicator: `muutettu ${Date.now()}` });
    const indicator = p.getByTestId('action-form').locator('#dt-field-effectIndicator');
    await indicator.fill(`oma ${Date.now()}`);
    await p.getByTestId('form-save').click();
    await p.getByTestId('conflict-view').waitFor();
  }],
  ['Teams tab, dark theme', { user: 'steering', frame: 'teams', theme: 'teams-dark' }, async () => undefined],
  ['Teams tab, high contrast', { user: 'steering', frame: 'teams', theme: 'teams-contrast', query: 'view=board' }, async (p) => p.getByTestId('roadmap-board').waitFor()]
];

describe.each(['fi', 'sv'] as const)('no serious or critical axe violations (%s)', (lang) => {
  it.each(views)('%s', async (_name, options, step) => {
    const page = await e2e.open({ ...options, lang, query: options.query?.replace('OWNER', ownerCode) });
    try {
      await step(page);
      await page.waitForTimeout(300);
      expect(await seriousViolations(page, { legacyMode: true })).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
