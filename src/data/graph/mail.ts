import { KEY_HEADER, base64Utf8, headerText, keyHeaderValue, mailboxAddress, mimeSendMailBody, type ReminderMessage } from '../../core/reminders';
import type { ReminderKind } from '../../core/schema';
import type { BatchRequest } from './batch';

/**
 * Graph requests that deliver a reminder.
 *
 * Mail goes from one configured mailbox (`POST /users/{sender}/sendMail`; in the browser `/me/sendMail`).
 * Default format `mime`: the message is a MIME `multipart/alternative` (plain text + HTML) sent with
 * `Content-Type: text/plain` as base64, the form in which Graph accepts a message with both parts. Inside
 * a JSON batch a non-JSON body is itself base64-encoded (Graph's JSON batching rule, and what the Graph
 * client's own BatchRequestContent does), so the part's body is base64(base64(MIME)). Format `json` sends
 * Graph's JSON message with the HTML body only (Exchange derives a text part for internet mail); use it
 * if a tenant policy rejects MIME submissions.
 */

export type MailFormat = 'mime' | 'json';

export interface MailOptions {
  /** `/users/{upn}` of the sender mailbox, or `/me` with delegated rights. */
  readonly senderPath: string;
  /** The sender's address (From) for MIME. */
  readonly from: string;
  readonly fromName?: string;
  readonly format?: MailFormat;
  /** Keep a copy in the sender's Sent Items (default true: it is the audit trail). */
  readonly saveToSentItems?: boolean;
  /** The message's Date header (MIME). */
  readonly date: Date;
}

export function senderPathFor(sender: string): string {
  return sender === 'me' ? '/me' : `/users/${encodeURIComponent(sender)}`;
}

export async function sendMailRequest(id: string, message: ReminderMessage, options: MailOptions): Promise<BatchRequest> {
  const url = `${options.senderPath}/sendMail`;
  if ((options.format ?? 'mime') === 'mime') {
    return {
      id,
      method: 'POST',
      url,
      headers: { 'Content-Type': 'text/plain' },
      body: base64Utf8(await mimeSendMailBody(message, { from: options.from, fromName: options.fromName, date: options.date }))
    };
  }
  // Graph writes the headers from these fields itself; the values get the same checks as for MIME: one
  // plain address, a name and a subject that are text only, a key header of printable ASCII.
  const address = mailboxAddress(message.to.address);
  if (!address) throw new Error(`Not a plain e-mail address: ${JSON.stringify(message.to.address)}`);
  const name = message.to.name === undefined ? '' : headerText(message.to.name, address.length);
  return {
    id,
    method: 'POST',
    url,
    headers: { 'Content-Type': 'application/json' },
    body: {
      message: {
        subject: headerText(message.subject),
        body: { contentType: 'HTML', content: message.html },
        toRecipients: [{ emailAddress: { address, ...(name ? { name } : {}) } }],
        internetMessageHeaders: [{ name: KEY_HEADER, value: keyHeaderValue(message.key) }]
      },
      saveToSentItems: options.saveToSentItems ?? true
    }
  };
}

/** Activity types declared in the Teams app manifest (`activities.activityTypes`), one per kind. */
export const ACTIVITY_TYPES: Readonly<Record<ReminderKind, string>> = {
  'owner-request': 'statusReportRequested',
  'steering-preread': 'steeringPreReadReady',
  'last-call': 'statusReportLastCall'
};

/** Teams shows the first 150 characters of an activity's preview text. */
export const ACTIVITY_PREVIEW_MAX = 150;

/** A one-line text for a Teams field: controls become spaces, at most `max` characters (code points). */
export function teamsLine(text: string, max: number): string {
  const chars = [...headerText(text)];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A Teams activity-feed notification (`TeamsActivity.Send`). Delivered only to users who have the app
 * installed; the topic is a plain text with a Teams deep link to the tab. Texts are one line each (the
 * preview within Teams' 150 characters); the user id goes into the path encoded.
 */
export function activityNotificationRequest(id: string, userId: string, kind: ReminderKind, message: ReminderMessage): BatchRequest {
  return {
    id,
    method: 'POST',
    url: `/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`,
    headers: { 'Content-Type': 'application/json' },
    body: {
      topic: { source: 'text', value: headerText(message.subject), webUrl: message.openUrl },
      activityType: ACTIVITY_TYPES[kind],
      previewText: { content: teamsLine(message.preview, ACTIVITY_PREVIEW_MAX) },
      templateParameters: [{ name: 'message', value: teamsLine(message.preview, ACTIVITY_PREVIEW_MAX) }]
    }
  };
}
