import type { Lang } from '../i18n/catalog';
import type { FlaggedReport, ReportAuthority } from '../reports';
import type { ActionStatus, ReminderKind, ReminderLogEntry, RoadmapAction, StatusUpdate, SteeringMeeting } from '../schema';

export type { ReminderKind };

/** The three kinds, in the order they go out before a meeting. */
export const REMINDER_KIND_ORDER: readonly ReminderKind[] = ['owner-request', 'steering-preread', 'last-call'];

/**
 * When and to whom reminders go. Defaults follow domain.md (14 / 3 / 1 days); everything is configurable.
 */
export interface ReminderPolicy {
  /** Helsinki calendar days before the meeting day on which each kind is planned. 0 or less disables a kind. */
  readonly offsetDays: Readonly<Record<ReminderKind, number>>;
  /**
   * Helsinki hour (0–23) from which a planned day's reminders go out, so an hourly job does not send at
   * 00:05. Catch-up sends on later days are not held back.
   */
  readonly earliestHour: number;
  /** Action statuses whose owners are asked for a report (planned / in progress / paused). */
  readonly activeStatuses: readonly ActionStatus[];
  /**
   * For a meeting with no earlier meeting in the list, reports filed this many days before it count as
   * "since the previous meeting" (the group meets every second month).
   */
  readonly firstMeetingLookbackDays: number;
  /**
   * A claim in ReminderLog older than this without `sent` (on the server's clock) is considered crashed
   * and is re-sent. Between `MIN_STALE_CLAIM_MINUTES` and `MAX_STALE_CLAIM_MINUTES` (see there).
   */
  readonly staleClaimMinutes: number;
  /** Sending attempts per reminder before a transient failure is final. */
  readonly maxAttempts: number;
}

/**
 * How long after making (or taking over) a claim a run may still send on it, measured on the runner's own
 * clock from the answer to its claim. The same for every runner (the Function, the CLI, the steering tab),
 * whatever their stale time: a run that is slower stops and leaves the rest claimed for recovery.
 */
export const CLAIM_SEND_WINDOW_MINUTES = 10;

/**
 * The stale time's limits. At least twice the send window, so that no runner, with any allowed setting,
 * takes over a claim on which its claimer may still send (the margin covers clock rates and one request
 * in flight). At most a day: a crashed run's reminders must still go out before the meeting.
 */
export const MIN_STALE_CLAIM_MINUTES = 2 * CLAIM_SEND_WINDOW_MINUTES;
export const MAX_STALE_CLAIM_MINUTES = 24 * 60;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  offsetDays: { 'owner-request': 14, 'steering-preread': 3, 'last-call': 1 },
  earliestHour: 8,
  activeStatuses: ['planned', 'in-progress', 'paused'],
  firstMeetingLookbackDays: 61,
  staleClaimMinutes: 30,
  maxAttempts: 3
};

/** Merges a partial policy (e.g. from settings) over the defaults. */
export function reminderPolicy(overrides: Partial<Omit<ReminderPolicy, 'offsetDays'>> & { readonly offsetDays?: Partial<Record<ReminderKind, number>> } = {}): ReminderPolicy {
  return {
    ...DEFAULT_REMINDER_POLICY,
    ...overrides,
    offsetDays: { ...DEFAULT_REMINDER_POLICY.offsetDays, ...(overrides.offsetDays ?? {}) }
  };
}

/**
 * What the directory says about a person: language preference and steering membership. Owners come
 * from the actions; a person missing here gets Finnish, the default.
 */
export interface ReminderPerson {
  /** May be empty when the directory has no address (reported as skipped, never a crash). */
  readonly email: string | null;
  readonly displayName?: string;
  /** The recipient's preferred language; Finnish when unknown. */
  readonly language?: Lang | null;
  /** A member of the steering group: receives the pre-read. */
  readonly steering?: boolean;
}

/** The inputs the planner needs; a subset of the entities is enough. */
export type PlannerMeeting = Pick<SteeringMeeting, 'id' | 'title' | 'startsAt' | 'state'> & Partial<Pick<SteeringMeeting, 'endsAt'>>;
export type PlannerAction = Pick<RoadmapAction, 'id' | 'code' | 'title' | 'status' | 'owner'> & Partial<Pick<RoadmapAction, 'trafficLight' | 'progress' | 'decisionNeeded'>>;
export type PlannerStatusUpdate = Pick<StatusUpdate, 'action' | 'reportedOn'> & Partial<StatusUpdate>;
export type PlannerLogEntry = Pick<ReminderLogEntry, 'key' | 'state'> & Partial<ReminderLogEntry>;

export interface PlanInput {
  readonly meetings: readonly PlannerMeeting[];
  readonly actions: readonly PlannerAction[];
  readonly statusUpdates: readonly PlannerStatusUpdate[];
  readonly people: readonly ReminderPerson[];
  readonly log: readonly PlannerLogEntry[];
  readonly policy?: ReminderPolicy;
  readonly now: Date | string;
  /** Who was entitled to report on what (src/core/reports); reports by anyone else do not count. */
  readonly authority?: ReportAuthority;
}

/** One message to one person about one meeting. */
export interface Reminder {
  /** Idempotency key: `${kind}:${meetingId}:${meetingDay}:${recipient}` (see `reminderKey`). */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly meetingId: number;
  readonly meetingTitle: string;
  /** The meeting's start (ISO instant). */
  readonly meetingStart: string;
  /** The meeting's Helsinki calendar day. */
  readonly meetingDay: string;
  /** E-mail address, lower case. */
  readonly recipient: string;
  readonly recipientName?: string;
  readonly language: Lang;
  /** Action codes the message is about (the owner's missing reports; the pre-read's listed actions). */
  readonly actions: readonly string[];
  /** The Helsinki day this reminder was planned for. */
  readonly plannedDay: string;
  /** True when it goes out later than planned (the job was not running on the planned day). */
  readonly catchUp: boolean;
  /** When the meeting moved after a reminder went out: the earlier start, so the message can say so. */
  readonly previousStart?: string;
}

export type SkipReason = 'missing-email' | 'no-owner';

/** A reminder that should go out but cannot: reported, never a crash. */
export interface SkippedReminder {
  readonly kind: ReminderKind;
  readonly meetingId: number;
  readonly meetingStart: string;
  readonly reason: SkipReason;
  /** Who it was for, as far as known (a display name when the e-mail is missing). */
  readonly who?: string;
  readonly actions: readonly string[];
}

export interface ReminderPlan {
  /** Due now and not yet sent (claims in flight are the delivery step's business). */
  readonly due: readonly Reminder[];
  readonly skipped: readonly SkippedReminder[];
  /** Meetings that are being reminded about now (scheduled, not started, within the longest offset). */
  readonly meetingIds: readonly number[];
  /** Reports that did not count because their writer was not entitled to them (the job logs them). */
  readonly ignoredReports: readonly FlaggedReport[];
}
