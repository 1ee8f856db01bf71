import { headerText, type Reminder } from '../../core/reminders';
import type { ReportAuthoritySource } from '../reportAuthority';
import type { GraphClientLike } from './client';
import { runReminders, type ReminderJobConfig, type ReminderRunResult } from './reminderJob';

/**
 * What the steering tab calls with the signed-in user's delegated Graph client (browser-safe):
 * preview what the job would send now, send it now (the same claims, so the timer never sends it again),
 * and post the pre-read to the team's channel. Delegated permissions: see docs/reminders.md
 * (`Sites.ReadWrite.All` or `Sites.Selected`, `Mail.Send`/`Mail.Send.Shared`, `User.ReadBasic.All`,
 * `GroupMember.Read.All`, `ChannelMessage.Send`).
 */

/** The reminders due now, rendered, without writing or sending anything. */
export function previewReminders(graph: GraphClientLike, config: ReminderJobConfig, now: Date, reportAuthority?: ReportAuthoritySource): Promise<ReminderRunResult> {
  return runReminders({ graph, config, ...(reportAuthority ? { reportAuthority } : {}) }, now, { dryRun: true });
}

/**
 * Sends now what is due now (optionally only some, e.g. one meeting's pre-read). `config.sender` is
 * `me` to send as the signed-in user, or a shared mailbox the user may send as.
 */
export function sendRemindersNow(
  graph: GraphClientLike, config: ReminderJobConfig, now: Date, only?: (r: Reminder) => boolean, reportAuthority?: ReportAuthoritySource
): Promise<ReminderRunResult> {
  return runReminders({ graph, config, ...(reportAuthority ? { reportAuthority } : {}) }, now, { only });
}

/** The part of a rendered message that a Teams channel message can hold (no html/head/body wrapper). */
export function channelHtml(html: string): string {
  const m = /<div role="article"[^>]*>([\s\S]*)<\/div>\s*<\/body>/i.exec(html);
  return (m ? m[1] : html).replace(/ style="[^"]*"/g, '');
}

/**
 * Posts a rendered pre-read to the steering group's channel (delegated `ChannelMessage.Send`; app-only
 * cannot post to channels). Returns the message id.
 */
export async function postPreReadToChannel(graph: GraphClientLike, teamId: string, channelId: string, message: { readonly subject: string; readonly html: string }): Promise<string> {
  const posted = (await graph
    .api(`/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages`)
    .post({ subject: headerText(message.subject), body: { contentType: 'html', content: channelHtml(message.html) } })) as { id?: string };
  return posted.id ?? '';
}

