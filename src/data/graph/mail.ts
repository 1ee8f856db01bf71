import { base64Utf8, KEY_HEADER, mimeSendMailBody, type ReminderMessage } from '../../core/reminders';
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
}

export function senderPathFor(sender: string): string {
  return sender === 'me' ? '/me' : `/users/${encodeURIComponent(sender)}`;
}

export function sendMailRequest(id: string, message: ReminderMessage, options: MailOptions): BatchRequest {
  const url = `${options.senderPath}/sendMail`;
  if ((options.format ?? 'mime') === 'mime') {
    return {
      id,
      method: 'POST',
      url,
      headers: { 'Content-Type': 'text/plain' },
      body: base64Utf8(mimeSendMailBody(message, { from: options.from, fromName: options.fromName }))
    };
  }
  return {
    id,
    method: 'POST',
    url,
    headers: { 'Content-Type': 'application/json' },
    body: {
      message: {
        subject: message.subject,
        body: { contentType: 'HTML', content: message.html },
        toRecipients: [{ emailAddress: { address: message.to.address, ...(message.to.name ? { name: message.to.name } : {}) } }],
        internetMessageHeaders: [{ name: KEY_HEADER, value: message.key }]
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

/**
 * A Teams activity-feed notification (`TeamsActivity.Send`). Delivered only to users who have the app
 * installed; the topic is a plain text with a Teams deep link to the tab.
 */
export function activityNotificationRequest(id: string, userId: string, kind: ReminderKind, message: ReminderMessage): BatchRequest {
  return {
    id,
    method: 'POST',
    url: `/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`,
    headers: { 'Content-Type': 'application/json' },
    body: {
      topic: { source: 'text', value: message.subject, webUrl: message.openUrl },
      activityType: ACTIVITY_TYPES[kind],
      previewText: { content: message.preview },
      templateParameters: [{ name: 'message', value: message.preview }]
    }
  };
}
