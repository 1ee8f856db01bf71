import type { Page } from 'playwright-core';
import { buildSteeringPreRead } from '../../src/core/steering/overview';
import { freezePreRead } from '../../src/core/steering/snapshot';
import { startE2E, type E2E, type OpenOptions } from './harness';
import { addUpcomingMeeting, openSteering, ownersActiveAction, reportNow } from './steering/world';
import { seriousViolations } from './axe';

jest.setTimeout(300_000);

let e2e: E2E;
let meetingId = 0;
beforeAll(async () => {
  e2e = await startE2E();
  const action = await ownersActiveAction(e2e);
  await reportNow(e2e, action.id, 'red', 40, 'Hyväksytäänkö lisäbudjetti?');
  const meeting = await addUpcomingMeeting(e2e);
  meetingId = meeting.id;
});
afterAll(async () => {
  await e2e?.stop();
});

/** Freezes the next meeting's pre-read through the API (so the frozen views exist in both languages). */
async function ensureFrozen(): Promise<void> {
  const meeting = await e2e.admin.meetings.get(meetingId);
  if (meeting.snapshot) return;
  const [meetings, actions, statusUpdates] = await Promise.all([e2e.admin.meetings.list(), e2e.admin.actions.list(), e2e.admin.statusUpdates.list()]);
  const at = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  await e2e.admin.meetings.update(meeting.id, meeting.etag, { snapshot: freezePreRead(buildSteeringPreRead({ meeting, meetings, actions, statusUpdates }), at, 'helena.koskinen@porvoo.fi'), snapshotAt: at });
}

type Step = (page: Page) => Promise<void>;

/**
 * Each view of the tab, checked on the whole page. The SharePoint dark theme is checked on the tab only:
 * the workbench's own site header is not themed (a frame issue, not the product's).
 */
const views: readonly [string, OpenOptions & { only?: string }, Step][] = [
  ['meeting and its pre-read', {}, async (p) => p.getByTestId('preread').waitFor()],
  ['agenda open', {}, async (p) => p.getByTestId('meeting').locator('summary').click()],
  ['recording decisions', {}, async (p) => {
    await p.getByTestId('record-decision').first().click();
    await p.getByTestId('decisions-input').waitFor();
  }],
  ['conflict on decisions', {}, async (p) => {
    await p.getByTestId('decisions-edit').click();
    await p.getByTestId('decisions-input').fill(`Oma ${Date.now()}`);
    const m = await e2e.admin.meetings.get(meetingId);
    await e2e.admin.meetings.update(meetingId, m.etag, { decisions: `Toisen ${Date.now()}` });
    await p.getByTestId('decisions-save').click();
    await p.getByTestId('conflict-view').waitFor();
  }],
  ['frozen pre-read', { query: 'frozen=1' }, async (p) => {
    await ensureFrozen();
    await p.reload();
    await p.getByTestId('frozen-banner').waitFor();
  }],
  ['freezing again asks first', {}, async (p) => {
    await ensureFrozen();
    await p.reload();
    await p.getByTestId('freeze-preread').click();
    await p.getByTestId('freeze-confirm').waitFor();
  }],
  ['reminders with a message open', { query: 'stab=reminders' }, async (p) => {
    await p.getByTestId('reminder-kind-last-call').check();
    const preview = p.getByTestId('reminder-preview');
    await preview.waitFor();
    const first = preview.getByTestId('reminder-message').first();
    if (await first.count()) {
      await first.getByRole('button').click();
      await preview.getByTestId('reminder-message-body').waitFor();
    }
  }],
  ['meetings and calendar, with an input error', { query: 'stab=calendar' }, async (p) => {
    await p.getByTestId('plan-time').fill('klo 9');
    await p.getByTestId('meeting-planner').locator('[role="alert"]').waitFor();
  }],
  ['meeting deck', { query: 'stab=followup' }, async (p) => p.getByTestId('deck-panel').waitFor()],
  ['roadmap cycle', { query: 'stab=cycle' }, async (p) => p.getByTestId('cycle-area').waitFor()],
  ['a reader', { user: 'reader' }, async (p) => p.getByTestId('steering-read-only').waitFor()],
  ['Teams tab, dark theme', { frame: 'teams', theme: 'teams-dark' }, async (p) => p.getByTestId('preread').waitFor()],
  ['Teams tab, high contrast, reminders', { frame: 'teams', theme: 'teams-contrast', query: 'stab=reminders' }, async (p) => p.getByTestId('reminder-preview').waitFor()],
  ['SharePoint dark theme, calendar', { theme: 'site-dark', query: 'stab=calendar', only: '[data-testid="steering-tab"]' }, async (p) => p.getByTestId('calendar-events').waitFor()]
];

describe.each(['fi', 'sv'] as const)('the steering tab has no serious or critical axe violations (%s)', (lang) => {
  it.each(views)('%s', async (_name, options, step) => {
    const page = await openSteering(e2e, { ...options, lang });
    try {
      await step(page);
      await page.waitForTimeout(300);
      expect(await seriousViolations(page, { only: options.only })).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the outbox page', async () => {
    const page = await e2e.open({ user: 'steering', lang, query: 'page=outbox', waitForRoadmap: false });
    try {
      await page.getByTestId('outbox-page').waitFor();
      await page.frameLocator('[data-testid="outbox-frame"]').getByRole('heading', { level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
