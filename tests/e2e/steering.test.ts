import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../server/sample';
import { readFrozenPreRead } from '../../src/core/steering/snapshot';
import { startE2E, type E2E } from './harness';
import { addUpcomingMeeting, openSteering, ownersActiveAction, reportNow, theNextMeeting } from './steering/world';

jest.setTimeout(240_000);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
  await addUpcomingMeeting(e2e);
});
afterAll(async () => {
  await e2e?.stop();
});

/** The owner files a red report asking for a decision, through the status form as in the reminder's link. */
async function ownerFilesRedReport(code: string): Promise<void> {
  const page = await e2e.open({ user: 'owner', lang: 'fi', query: `action=${code}&report=1` });
  const form = page.getByTestId('status-report-form');
  await form.waitFor();
  await form.getByText(/^punainen/).click();
  await form.getByTestId('report-next').click();
  await form.getByTestId('dimension-risks').getByText('punainen', { exact: true }).click();
  await form.getByLabel('Kommentti: Riskit').fill('Toimittaja myöhässä.');
  await form.getByTestId('report-next').click();
  await form.getByLabel('Edistyminen %').fill('35');
  await form.getByText('Tarvitaan digijohtoryhmän päätös', { exact: true }).click();
  await form.getByLabel(/Mitä päätetään/).fill('Hyväksytäänkö lisäbudjetti?');
  await form.getByTestId('report-submit').click();
  await page.getByText('Tilannepäivitys tallennettu. Toimenpiteen liikennevalo ja edistyminen päivitettiin.').first().waitFor();
  await page.close();
}

function row(page: Page, section: string, code: string) {
  return page.getByTestId(`preread-${section}`).locator(`tr[data-code="${code}"]`);
}

describe('the steering tab', () => {
  it('shows an owner’s red light under “changed since the last meeting”; a member records a decision, freezes the pre-read and reopens it as it was', async () => {
    const action = await ownersActiveAction(e2e);
    await ownerFilesRedReport(action.code);
    const meeting = await theNextMeeting(e2e);

    const page = await openSteering(e2e, { lang: 'fi' });
    await expect(page.getByTestId('meeting-title').innerText()).resolves.toBe(`Seuraava kokous: ${meeting.title}`);
    const changed = row(page, 'changed', action.code);
    await changed.waitFor();
    await expect(changed.getAttribute('data-light')).resolves.toBe('red');
    await expect(changed.innerText()).resolves.toMatch(/valo (vihreä|keltainen|ei raporttia) → punainen|ensimmäinen tilannepäivitys/);
    await expect(changed.innerText()).resolves.toContain('pyytää päätöstä');
    await row(page, 'red', action.code).waitFor();
    await expect(row(page, 'decisions', action.code).innerText()).resolves.toContain('Hyväksytäänkö lisäbudjetti?');
    await expect(row(page, 'missing', action.code).count()).resolves.toBe(0);
    // Each action links to its details on the roadmap page.
    await expect(changed.getByRole('link').getAttribute('href')).resolves.toMatch(new RegExp(`/SitePages/Tiekartta\\.aspx\\?action=${action.code}$`));

    // A decision about the action, started from its "decision needed" row.
    await row(page, 'decisions', action.code).getByTestId('record-decision').click();
    const input = page.getByTestId('decisions-input');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(input.inputValue()).resolves.toBe(`${action.code} ${action.title}: `);
    await page.keyboard.type('Lisäbudjetti hyväksyttiin, aikataulu siirtyy Q1:lle.');
    await page.getByTestId('decisions-save').click();
    await page.getByTestId('notice').getByText('Päätökset tallennettu.').waitFor();
    await page.getByTestId('decisions-list').getByText(`${action.code} ${action.title}: Lisäbudjetti hyväksyttiin, aikataulu siirtyy Q1:lle.`).waitFor();
    expect((await e2e.admin.meetings.get(meeting.id)).decisions).toBe(`${action.code} ${action.title}: Lisäbudjetti hyväksyttiin, aikataulu siirtyy Q1:lle.`);

    // Freeze the pre-read: stored on the meeting, shown as frozen.
    await page.getByTestId('freeze-preread').click();
    await page.getByTestId('notice').getByText(/Ennakkomateriaali jäädytettiin/).waitFor();
    await page.getByTestId('frozen-banner').getByText(/Jäädytetty ennakkomateriaali .* \(helena\.koskinen@porvoo\.fi\)/).waitFor();
    const stored = await e2e.admin.meetings.get(meeting.id);
    const frozen = readFrozenPreRead(stored.snapshot, { meetingId: stored.id, meetingTitle: stored.title });
    expect(stored.snapshotAt).toBe(frozen?.frozenAt);
    expect(frozen?.preRead.red.map((e) => e.code)).toContain(action.code);
    expect(frozen?.frozenBy).toBe(DEMO_USERS.steering);
    await page.close();

    // Later the owner's light turns green: the live pre-read follows, the frozen one shows the old state.
    await reportNow(e2e, action.id, 'green', 60);
    const later = await openSteering(e2e, { lang: 'fi' });
    await expect(row(later, 'changed', action.code).getAttribute('data-light')).resolves.toBe('green');
    await expect(row(later, 'red', action.code).count()).resolves.toBe(0);
    await later.getByTestId('view-frozen').click();
    await later.getByTestId('frozen-banner').waitFor();
    await expect(row(later, 'changed', action.code).getAttribute('data-light')).resolves.toBe('red');
    await row(later, 'red', action.code).waitFor();
    await expect(row(later, 'changed', action.code).innerText()).resolves.toMatch(/\b35\s%/);
    // The frozen view is in the URL: a reload (or a shared link) opens it again.
    expect(new URL(later.url()).searchParams.get('frozen')).toBe('1');
    await later.reload();
    await later.getByTestId('frozen-banner').waitFor();
    await row(later, 'red', action.code).waitFor();
    await later.close();
  });

  it('shows the meeting as stored by someone else when two save decisions, with both values and nothing lost', async () => {
    const meeting = await theNextMeeting(e2e);
    const page = await openSteering(e2e, { lang: 'fi' });
    await page.getByTestId('decisions-edit').click();
    await page.getByTestId('decisions-input').fill('Minun päätökseni.');
    const current = await e2e.admin.meetings.get(meeting.id);
    await e2e.admin.meetings.update(meeting.id, current.etag, { decisions: 'Sihteerin päätös.' });
    await page.getByTestId('decisions-save').click();
    const conflict = page.getByTestId('conflict-view');
    await conflict.waitFor();
    await expect(conflict.getByTestId('conflict-mine').innerText()).resolves.toBe('Minun päätökseni.');
    await expect(conflict.getByTestId('conflict-theirs').innerText()).resolves.toBe('Sihteerin päätös.');
    await conflict.getByTestId('conflict-save').click();
    await page.getByTestId('notice').getByText('Valintasi tallennettu.').waitFor();
    expect((await e2e.admin.meetings.get(meeting.id)).decisions).toBe('Minun päätökseni.');
    await page.close();
  });

  it('gives a reader and an owner no steering actions', async () => {
    for (const user of ['reader', 'owner'] as const) {
      const page = await openSteering(e2e, { user, lang: 'sv' });
      await page.getByTestId('preread').waitFor();
      await page.getByTestId('steering-read-only').waitFor();
      await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual(['Möte', 'Mötespresentation', 'Beredning av vägkartan']);
      for (const id of ['freeze-preread', 'decisions-edit', 'record-decision', 'steering-tab-reminders', 'steering-tab-calendar']) {
        await expect(page.getByTestId(id).count()).resolves.toBe(0);
      }
      // A link to the reminders tab does not open it either.
      await page.goto(page.url().replace('page=steering', 'page=steering&stab=reminders'));
      await page.getByTestId('preread').waitFor();
      await expect(page.getByTestId('reminders-panel').count()).resolves.toBe(0);
      await page.close();
    }
  });

  it('sends the owners’ requests now, early: the mails are in the emulator’s outbox and the workbench shows them; the pre-read goes to the channel', async () => {
    const outbox = async (): Promise<{ type: string; to: string[]; subject: string; from: string; html?: string }[]> =>
      ((await (await fetch(`${e2e.stack.site.emulator.graphUrl}/_emulator/outbox`)).json()) as { value: { type: string; to: string[]; subject: string; from: string; html?: string }[] }).value;
    const before = (await outbox()).length;
    const page = await openSteering(e2e, { lang: 'fi', query: 'stab=reminders' });
    await page.getByTestId('reminders-panel').waitFor();
    await page.getByTestId('reminder-kind-owner-request').check();
    const preview = page.getByTestId('reminder-preview');
    await preview.waitFor();
    const count = await preview.getByTestId('reminder-message').count();
    expect(count).toBeGreaterThan(0);
    // The message as it will be read (its HTML, cleaned, in its own language).
    await preview.getByTestId('reminder-message').first().getByRole('button').click();
    const body = preview.getByTestId('reminder-message-body');
    await body.getByRole('heading', { level: 5 }).waitFor();
    await expect(body.getAttribute('lang')).resolves.toMatch(/^(fi|sv|en)$/);
    await expect(body.locator('script, style, [style], [onerror]').count()).resolves.toBe(0);
    // Nothing was sent by the preview.
    expect((await outbox()).length).toBe(before);

    await page.getByTestId('reminders-send').click();
    const notice = page.getByTestId('reminders-panel').getByTestId('notice').first();
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(new RegExp(`^Lähetettiin ${count} viestiä\\.`));
    const mails = (await outbox()).slice(before);
    expect(mails).toHaveLength(count);
    expect(mails.every((m) => m.type === 'mail' && m.from === DEMO_USERS.steering)).toBe(true);
    expect(mails.map((m) => m.subject).filter((s) => /^(Tilannepäivitys digijohtoryhmän kokoukseen|Lägesrapport till digiledningsgruppens möte) /.test(s))).toHaveLength(count);
    // Claimed and marked in ReminderLog: the preview now has nothing more to send.
    await page.getByTestId('reminder-nothing').waitFor();
    expect((await e2e.admin.reminderLog.list()).filter((l) => l.kind === 'owner-request' && l.state === 'sent')).toHaveLength(count);

    await page.getByTestId('channel-post-button').click();
    await page.getByTestId('channel-post').getByText('Ennakkomateriaali julkaistiin kanavalla.').waitFor();
    const post = (await outbox()).find((m) => m.type === 'channel');
    expect(post?.subject).toMatch(/^Ennakkomateriaali: digijohtoryhmän kokous/);
    expect(post?.html).toContain('<h1');
    await page.close();

    // The workbench's outbox page shows what went out.
    const box = await e2e.open({ user: 'steering', query: 'page=outbox', waitForRoadmap: false });
    const frame = box.frameLocator('[data-testid="outbox-frame"]');
    await frame.getByRole('heading', { name: `Outbox (${before + count + 1})` }).waitFor();
    await frame.getByText(mails[0].subject).first().waitFor();
    await box.close();
  });

  it('plans next year’s meetings once, creates them as calendar events with Teams meetings and brings a move back from the calendar', async () => {
    const nextYear = new Date().getFullYear() + 1;
    const page = await openSteering(e2e, { lang: 'sv', query: 'stab=calendar' });
    const planner = page.getByTestId('meeting-planner');
    await planner.waitFor();
    await planner.getByTestId('plan-year').selectOption(String(nextYear));
    await planner.getByTestId('plan-time').fill('25.00');
    await planner.getByText('Ange tiden som 9.00 eller 09:00.').waitFor();
    await expect(planner.getByTestId('plan-create-button').isDisabled()).resolves.toBe(true);
    await planner.getByTestId('plan-time').fill('13.00');
    await expect(planner.getByTestId('plan-create').locator('li').count()).resolves.toBe(6);
    await planner.getByTestId('plan-create-button').click();
    await planner.getByText('6 möten lades till i listan.').waitFor();
    await planner.getByTestId('plan-nothing').waitFor();
    const ours = (await e2e.admin.meetings.list()).filter((m) => m.startsAt.startsWith(String(nextYear)) || m.startsAt.startsWith(`${nextYear - 1}-12-31`));
    expect(ours).toHaveLength(6);

    const events = page.getByTestId('calendar-events');
    const withoutEvent = (await e2e.admin.meetings.list()).filter((m) => m.state === 'scheduled' && !m.calendarEventId && Date.parse(m.startsAt) > Date.now()).length;
    await events.getByTestId('create-events').click();
    await events.getByText(`${withoutEvent} händelser skapades med Teams-möten.`).waitFor();
    const stored = (await e2e.admin.meetings.list()).filter((m) => ours.some((o) => o.id === m.id));
    expect(stored.every((m) => m.calendarEventId)).toBe(true);

    // In Outlook, the first of them moves a week later.
    const first = stored.sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    const moved = new Date(Date.parse(first.startsAt) + 7 * 86_400_000);
    const graph = e2e.stack.site.emulator.graphUrl;
    const answer = await fetch(`${graph}/v1.0/groups/6d1f0e9a-51c2-4b7e-9b1a-d1d1e7a0a001/events/${first.calendarEventId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer emu:${DEMO_USERS.steering}` },
      body: JSON.stringify({ start: { dateTime: moved.toISOString().slice(0, 19), timeZone: 'UTC' }, end: { dateTime: new Date(moved.getTime() + 2 * 3_600_000).toISOString().slice(0, 19), timeZone: 'UTC' } })
    });
    expect(answer.status).toBe(200);
    await events.getByTestId('sync-calendar').click();
    await events.getByText(/1 möten uppdaterades enligt kalendern: .*\(flyttat\)/).waitFor();
    expect((await e2e.admin.meetings.get(first.id)).startsAt).toBe(moved.toISOString());
    await page.close();
  });

  it('works with the keyboard only: a member reaches the decisions, records one and freezes the pre-read again', async () => {
    const page = await openSteering(e2e, { lang: 'sv' });
    const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
    const tabTo = async (testId: string, max = 200): Promise<void> => {
      for (let i = 0; i < max && (await focused()) !== testId; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(testId);
    };
    // The tab list is one tab stop; arrow keys move between the views.
    await tabTo('steering-tab-meeting');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('steering-tab-reminders');
    await page.getByTestId('reminders-panel').waitFor();
    await page.keyboard.press('Home');
    expect(await focused()).toBe('steering-tab-meeting');
    await page.getByTestId('preread').waitFor();

    await tabTo('decisions-edit');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('decisions-input');
    await page.keyboard.type('\nTangentbordets beslut.');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('decisions-save');
    await page.keyboard.press('Enter');
    await page.getByTestId('notice').getByText('Besluten har sparats.').waitFor();
    await page.getByTestId('decisions-list').getByText('Tangentbordets beslut.').waitFor();

    // Freezing again asks first; the confirmation is reached with Tab.
    await tabTo('freeze-preread');
    await page.keyboard.press('Enter');
    await tabTo('freeze-replace', 10);
    await page.keyboard.press('Enter');
    await page.getByTestId('notice').getByText(/Förhandsmaterialet frystes/).waitFor();
    await page.close();
  });
});
