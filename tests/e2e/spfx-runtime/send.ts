import { format, type Lang } from '../../../src/core/i18n/catalog';
import { STEERING } from '../../../src/core/i18n/steering';
import { DEMO_USERS } from '../../../server/sample';
import type { Opened, SpfxWorld } from './world';

/**
 * The steering tab's "send now" for the owners' report requests, asserted end to end: the web part's
 * delegated Graph client gets its token from SPFx's AadTokenProvider (the principal and permissions of
 * MSGraphClientV3; the token from SharePoint's token endpoint) and sends through
 * https://graph.microsoft.com, which the harness answers with the emulator's Graph part.
 * The ReminderLog is emptied first, so that each setting has the same reminders to send.
 */
export async function sendNowThroughGraph(world: SpfxWorld, opened: Opened, lang: Lang): Promise<void> {
  for (const entry of await world.admin.reminderLog.list()) await world.admin.reminderLog.delete(entry.id, entry.etag);
  const before = (await world.outbox()).length;
  const graphBefore = world.browser.graphRequests.length;
  const { frame } = opened;
  if ((await frame.getByTestId('reminders-panel').count()) === 0) {
    await frame.getByRole('tab', { name: STEERING[lang].tabReminders }).click();
  }
  await frame.getByTestId('reminder-kind-owner-request').check();
  await frame.getByTestId('reminder-preview').getByTestId('reminder-message').first().waitFor();
  await frame.getByTestId('reminders-send').click();
  // "Sent N messages." in the UI language, N from the notice itself.
  const [head, tail] = format(STEERING[lang].remSent, { sent: '\u0000' }).split('\u0000');
  const notice = frame.getByTestId('reminders-panel').getByTestId('notice').getByText(new RegExp(`^${escape(head)}\\d+${escape(tail)}$`));
  await notice.waitFor();
  const count = Number((await notice.innerText()).slice(head.length, -tail.length || undefined));
  expect(count).toBeGreaterThan(0);
  const mails = (await world.outbox()).slice(before);
  expect(mails).toHaveLength(count);
  expect(mails.every((m) => m.type === 'mail' && m.from === DEMO_USERS.steering)).toBe(true);
  // The token came from SharePoint's token endpoint for the signed-in member, for Microsoft Graph.
  expect(world.host.tokensIssued).toContainEqual({ resource: 'https://graph.microsoft.com', email: DEMO_USERS.steering });
  const sent = world.browser.graphRequests.slice(graphBefore).filter((r) => r.method === 'POST' && r.path === '/v1.0/$batch');
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((r) => r.status === 200)).toBe(true);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
