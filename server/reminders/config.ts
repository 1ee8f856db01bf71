import { MAX_STALE_CLAIM_MINUTES, MIN_STALE_CLAIM_MINUTES, reminderPolicy, type ReminderLinks, type ReminderPolicy } from '../../src/core/reminders';
import type { MailFormat, ReminderJobConfig } from '../../src/data/graph';
import { MessageError, type CliKey, type MessageValues } from '../../src/core/i18n/cli';

/**
 * The reminder job's settings from the environment (the Function app's application settings, or a
 * shell for the CLI). Nothing secret lives here: credentials come from managed identity or a
 * certificate through @azure/identity.
 */

/** A missing or wrong setting: English in the Function's log, the run's language in the CLI. */
export class ConfigError extends MessageError {
  public constructor(key: CliKey, values?: MessageValues) {
    super({ key, values });
  }
}

/** Defaults that make the CLI work against the local emulator without flags. */
export const EMULATOR_DEFAULTS = {
  sender: 'digitiekartta@porvoo.fi',
  steeringGroupId: '6d1f0e9a-51c2-4b7e-9b1a-d1d1e7a0a001'
} as const;

export function isLocalUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]';
  } catch {
    return false;
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(/[,;\s]+/).map((v) => v.trim()).filter(Boolean);
}

function int(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ConfigError('envWholeNumber', { name, value });
  return n;
}

/**
 * Where the job keeps ReminderLog: SharePoint REST (default; `$batch` of 100, so claims and marks cost one
 * request per 100 reminders) or Graph's lists API (20 per batch; one API permission fewer).
 */
export const LOG_STORES = ['sharepoint', 'graph'] as const;
export type LogStore = (typeof LOG_STORES)[number];

export function isLogStore(value: string): value is LogStore {
  return (LOG_STORES as readonly string[]).includes(value);
}

export interface ReminderSettings {
  readonly siteUrl?: string;
  readonly logStore?: LogStore;
  readonly graphUrl?: string;
  readonly sender?: string;
  readonly senderName?: string;
  readonly steeringGroupId?: string;
  readonly steeringMembers?: readonly string[];
  readonly statusPageUrl?: string;
  readonly teamsAppId?: string;
  readonly teamsEntityId?: string;
  readonly teamsChannelId?: string;
  readonly teamsNotifications?: boolean;
  readonly mailFormat?: MailFormat;
  readonly verifySentItems?: boolean;
  readonly policy?: ReminderPolicy;
}

/** Settings from `REMINDERS_*` variables (see docs/reminders.md for the list). */
export function settingsFromEnv(env: NodeJS.ProcessEnv): ReminderSettings {
  const format = env.REMINDERS_MAIL_FORMAT;
  const logStore = env.REMINDERS_LOG_STORE;
  if (logStore && !isLogStore(logStore)) throw new ConfigError('envLogStore', { value: logStore });
  if (format && format !== 'mime' && format !== 'json') throw new ConfigError('envMailFormat');
  const offsets = {
    ...(int(env.REMINDERS_OWNER_REQUEST_DAYS, 'REMINDERS_OWNER_REQUEST_DAYS') !== undefined ? { 'owner-request': Number(env.REMINDERS_OWNER_REQUEST_DAYS) } : {}),
    ...(int(env.REMINDERS_PREREAD_DAYS, 'REMINDERS_PREREAD_DAYS') !== undefined ? { 'steering-preread': Number(env.REMINDERS_PREREAD_DAYS) } : {}),
    ...(int(env.REMINDERS_LAST_CALL_DAYS, 'REMINDERS_LAST_CALL_DAYS') !== undefined ? { 'last-call': Number(env.REMINDERS_LAST_CALL_DAYS) } : {})
  };
  const earliestHour = int(env.REMINDERS_EARLIEST_HOUR, 'REMINDERS_EARLIEST_HOUR');
  const stale = int(env.REMINDERS_STALE_CLAIM_MINUTES, 'REMINDERS_STALE_CLAIM_MINUTES');
  // Below the minimum a runner could take over a claim its claimer may still send on (the send window is the
  // same for the tab and the Function); above it a crashed run's reminders could come after the meeting.
  if (stale !== undefined && (stale < MIN_STALE_CLAIM_MINUTES || stale > MAX_STALE_CLAIM_MINUTES)) {
    throw new ConfigError('envStaleClaimRange', { min: MIN_STALE_CLAIM_MINUTES, max: MAX_STALE_CLAIM_MINUTES, value: stale });
  }
  return {
    siteUrl: env.REMINDERS_SITE_URL || undefined,
    logStore: (logStore as LogStore | undefined) || undefined,
    graphUrl: env.REMINDERS_GRAPH_URL || undefined,
    sender: env.REMINDERS_SENDER || undefined,
    senderName: env.REMINDERS_SENDER_NAME || undefined,
    steeringGroupId: env.REMINDERS_STEERING_GROUP_ID || undefined,
    steeringMembers: list(env.REMINDERS_STEERING_MEMBERS),
    statusPageUrl: env.REMINDERS_STATUS_PAGE_URL || undefined,
    teamsAppId: env.REMINDERS_TEAMS_APP_ID || undefined,
    teamsEntityId: env.REMINDERS_TEAMS_ENTITY_ID || undefined,
    teamsChannelId: env.REMINDERS_TEAMS_CHANNEL_ID || undefined,
    teamsNotifications: env.REMINDERS_TEAMS_NOTIFICATIONS === 'true' || env.REMINDERS_TEAMS_NOTIFICATIONS === '1',
    mailFormat: (format as MailFormat | undefined) || undefined,
    verifySentItems: env.REMINDERS_VERIFY_SENT_ITEMS === 'true' || env.REMINDERS_VERIFY_SENT_ITEMS === '1',
    policy: reminderPolicy({
      offsetDays: offsets,
      ...(earliestHour !== undefined ? { earliestHour } : {}),
      ...(stale !== undefined ? { staleClaimMinutes: stale } : {})
    })
  };
}

/** The job's configuration; missing required settings are a ConfigError naming the setting. */
export function jobConfig(s: ReminderSettings): ReminderJobConfig {
  const siteUrl = s.siteUrl;
  if (!siteUrl) throw new ConfigError('configSiteMissing');
  const local = isLocalUrl(siteUrl);
  const sender = s.sender ?? (local ? EMULATOR_DEFAULTS.sender : undefined);
  if (!sender) throw new ConfigError('configSenderMissing');
  const steeringGroupId = s.steeringGroupId ?? (local && !(s.steeringMembers ?? []).length ? EMULATOR_DEFAULTS.steeringGroupId : undefined);
  if (!steeringGroupId && !(s.steeringMembers ?? []).length) {
    throw new ConfigError('configGroupMissing');
  }
  const links: ReminderLinks = {
    statusPageUrl: s.statusPageUrl ?? `${siteUrl.replace(/\/+$/, '')}/SitePages/Tiekartta.aspx`,
    ...(s.teamsAppId && s.teamsEntityId ? { teams: { appId: s.teamsAppId, entityId: s.teamsEntityId, label: 'Digitiekartta', ...(s.teamsChannelId ? { channelId: s.teamsChannelId } : {}) } } : {})
  };
  return {
    siteUrl,
    sender,
    senderName: s.senderName ?? 'Digitiekartta',
    steeringGroupId,
    steeringMembers: s.steeringMembers,
    links,
    policy: s.policy,
    mailFormat: s.mailFormat,
    teamsNotifications: s.teamsNotifications,
    verifySentItems: s.verifySentItems
  };
}
