import { DEFAULT_LANG, isLang, type Lang } from '../i18n/catalog';
import { helsinkiDay, helsinkiInstant, shiftDay } from '../time/helsinki';
import { screenReports } from '../reports';
import { entriesByKey, isSettled } from './ledger';
import { buildPreRead, compareCodes, preReadActionCodes, reportingSince, reportsByAction } from './preread';
import { mailboxAddress } from './addresses';
import {
  DEFAULT_REMINDER_POLICY, REMINDER_KIND_ORDER, type PlanInput, type PlannerAction, type PlannerLogEntry, type PlannerMeeting,
  type Reminder, type ReminderKind, type ReminderPerson, type ReminderPlan, type ReminderPolicy, type SkippedReminder
} from './types';

/**
 * Decides which reminders are due now. Pure: the same input gives the same plan.
 *
 * Timing (Helsinki calendar days, so daylight saving never shifts a reminder by a day):
 * - each kind is planned `offsetDays[kind]` days before the meeting's day and opens at `earliestHour`;
 * - catch-up: a reminder whose day has passed is still due while it is useful. The owner request stays
 *   due until the day of the last call (from then on the last call replaces it); the pre-read and the
 *   last call stay due until the meeting starts. Nothing is due once the meeting has started;
 * - a cancelled (or held) meeting has no reminders; a moved meeting is planned again from its new day:
 *   the key contains the meeting's day, so reminders already sent for the old day do not block the new
 *   ones (a move to another time on the same day changes nothing).
 *
 * Audience: owners of active actions (planned / in progress / paused) with no status report since the
 * previous meeting get the owner request and the last call (one message per owner listing all such
 * actions); steering group members get the pre-read.
 */

/** `${kind}:${meetingId}:${meetingDay}:${recipient}`: stable across runs, new when the meeting moves to another day. */
export function reminderKey(kind: ReminderKind, meetingId: number, meetingDay: string, recipient: string): string {
  return `${kind}:${meetingId}:${meetingDay}:${recipient.trim().toLowerCase()}`;
}

export interface ReminderWindow {
  readonly kind: ReminderKind;
  /** The Helsinki day it is planned for. */
  readonly plannedDay: string;
  readonly opensAt: number;
  /** Exclusive. */
  readonly closesAt: number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** When each enabled kind of reminder for a meeting may go out. */
export function reminderWindows(meeting: Pick<PlannerMeeting, 'startsAt'>, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): ReminderWindow[] {
  const start = Date.parse(meeting.startsAt);
  const day = helsinkiDay(meeting.startsAt);
  const lastCallOffset = policy.offsetDays['last-call'];
  const windows: ReminderWindow[] = [];
  for (const kind of REMINDER_KIND_ORDER) {
    const offset = policy.offsetDays[kind];
    if (!(offset > 0)) continue;
    const plannedDay = shiftDay(day, -offset);
    const opensAt = helsinkiInstant(plannedDay, `${pad2(policy.earliestHour)}:00`).getTime();
    let closesAt = start;
    if (kind === 'owner-request' && lastCallOffset > 0 && lastCallOffset < offset) {
      closesAt = Math.min(start, helsinkiInstant(shiftDay(day, -lastCallOffset), '00:00').getTime());
    }
    if (opensAt < closesAt) windows.push({ kind, plannedDay, opensAt, closesAt });
  }
  return windows;
}

function languageOf(person: ReminderPerson | undefined): Lang {
  return person && isLang(person.language) ? person.language : DEFAULT_LANG;
}

/** The address as the key and the headers use it; '' when missing or not one plain mailbox (then skipped). */
function normaliseEmail(email: string | null | undefined): string {
  return mailboxAddress(email) ?? '';
}

/** Where an action's owner request goes, or why it cannot. */
type OwnerTarget = { readonly email: string; readonly name?: string } | { readonly skip: 'no-owner' | 'missing-email'; readonly who?: string };

function ownerTarget(action: PlannerAction): OwnerTarget {
  const owner = action.owner;
  if (!owner) return { skip: 'no-owner' };
  const email = normaliseEmail(owner.email);
  if (!email) return { skip: 'missing-email', who: owner.displayName };
  return { email, name: owner.displayName };
}

/** The earlier start of a meeting that has moved since a reminder about it went out. */
function previousStartOf(meeting: PlannerMeeting, meetingDay: string, log: readonly PlannerLogEntry[]): string | undefined {
  let found: string | undefined;
  for (const e of log) {
    if (e.meeting !== meeting.id || e.state !== 'sent' || !e.meetingStartsAt) continue;
    if (helsinkiDay(e.meetingStartsAt) === meetingDay) continue;
    if (!found || Date.parse(e.meetingStartsAt) > Date.parse(found)) found = new Date(e.meetingStartsAt).toISOString();
  }
  return found;
}

/** Who still owes a report since `since`, by owner's address, and the actions that cannot be asked for one. */
function ownersMissingReports(actions: readonly PlannerAction[], reportIndex: ReturnType<typeof reportsByAction>, since: number): {
  readonly byOwner: Map<string, { name?: string; codes: string[] }>;
  /** Actions without an owner. */
  readonly noOwner: string[];
  /** Actions whose owner has no usable address, by the owner's name. */
  readonly noEmail: Map<string, string[]>;
} {
  const byOwner = new Map<string, { name?: string; codes: string[] }>();
  const noOwner: string[] = [];
  const noEmail = new Map<string, string[]>();
  for (const action of actions) {
    const reported = reportIndex.get(action.id)?.[0]?.at;
    if (reported !== undefined && reported > since) continue;
    const code = action.code ?? `#${action.id}`;
    const target = ownerTarget(action);
    if ('skip' in target) {
      if (target.skip === 'no-owner') noOwner.push(code);
      else {
        const who = target.who ?? '';
        noEmail.set(who, [...(noEmail.get(who) ?? []), code]);
      }
      continue;
    }
    const entry = byOwner.get(target.email);
    if (entry) entry.codes.push(code);
    else byOwner.set(target.email, { name: target.name, codes: [code] });
  }
  return { byOwner, noOwner, noEmail };
}

export function planReminders(input: PlanInput): ReminderPlan {
  const policy = input.policy ?? DEFAULT_REMINDER_POLICY;
  const now = new Date(input.now).getTime();
  const today = helsinkiDay(new Date(now));
  const logByKey = entriesByKey(input.log);
  const people = new Map<string, ReminderPerson>();
  for (const p of input.people) {
    const email = normaliseEmail(p.email);
    if (email) people.set(email, { ...people.get(email), ...p });
  }
  const steering = input.people.filter((p) => p.steering);
  const activeStatuses = new Set(policy.activeStatuses);
  const activeActions = input.actions.filter((a) => activeStatuses.has(a.status));

  // Each action's reports that count, latest first: one pass (dates parsed once), shared by every meeting and
  // the pre-read. A report by someone not entitled to it neither suppresses the owner's reminder nor shows.
  const screened = screenReports(input.statusUpdates, input.authority);
  const reportIndex = reportsByAction(screened.accepted);

  const due: Reminder[] = [];
  const skipped: SkippedReminder[] = [];
  const meetingIds: number[] = [];

  const meetings = [...input.meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const meeting of meetings) {
    if (meeting.state !== 'scheduled') continue;
    const start = Date.parse(meeting.startsAt);
    if (!(start > now)) continue;
    const open = reminderWindows(meeting, policy).filter((w) => w.opensAt <= now && now < w.closesAt);
    if (open.length === 0) continue;
    meetingIds.push(meeting.id);

    const meetingDay = helsinkiDay(meeting.startsAt);
    const meetingStart = new Date(start).toISOString();
    const previousStart = previousStartOf(meeting, meetingDay, input.log);
    const make = (window: ReminderWindow, recipient: string, name: string | undefined, actions: readonly string[]): Reminder | undefined => {
      const key = reminderKey(window.kind, meeting.id, meetingDay, recipient);
      const entries = logByKey.get(key);
      if (entries && isSettled(entries, policy)) return undefined;
      const person = people.get(recipient);
      return {
        key,
        kind: window.kind,
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingStart,
        meetingDay,
        recipient,
        recipientName: person?.displayName ?? name,
        language: languageOf(person),
        actions,
        plannedDay: window.plannedDay,
        catchUp: window.plannedDay !== today,
        ...(previousStart ? { previousStart } : {})
      };
    };

    for (const window of open) {
      if (window.kind === 'steering-preread') {
        const preRead = buildPreRead({ meeting, meetings: input.meetings, actions: input.actions, statusUpdates: input.statusUpdates, policy, reportIndex, authority: input.authority });
        const codes = preReadActionCodes(preRead);
        const sent = new Set<string>();
        for (const member of steering) {
          const email = normaliseEmail(member.email);
          if (!email) {
            skipped.push({ kind: window.kind, meetingId: meeting.id, meetingStart, reason: 'missing-email', who: member.displayName, actions: [] });
            continue;
          }
          if (sent.has(email)) continue;
          sent.add(email);
          const r = make(window, email, member.displayName, codes);
          if (r) due.push(r);
        }
        continue;
      }
      // owner-request and last-call: owners still missing a report since the previous meeting.
      const since = Date.parse(reportingSince(meeting, input.meetings, policy));
      const { byOwner, noOwner, noEmail } = ownersMissingReports(activeActions, reportIndex, since);
      const sortCodes = (codes: string[]): string[] => codes.sort(compareCodes);
      for (const [email, { name, codes }] of byOwner) {
        const r = make(window, email, name, sortCodes(codes));
        if (r) due.push(r);
      }
      if (noOwner.length) skipped.push({ kind: window.kind, meetingId: meeting.id, meetingStart, reason: 'no-owner', actions: sortCodes(noOwner) });
      for (const [who, codes] of noEmail) {
        skipped.push({ kind: window.kind, meetingId: meeting.id, meetingStart, reason: 'missing-email', who: who || undefined, actions: sortCodes(codes) });
      }
    }
  }

  const kindRank = (k: ReminderKind): number => REMINDER_KIND_ORDER.indexOf(k);
  due.sort((a, b) => (a.meetingStart < b.meetingStart ? -1 : a.meetingStart > b.meetingStart ? 1 : 0) || kindRank(a.kind) - kindRank(b.kind) || (a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0));
  return { due, skipped, meetingIds, ignoredReports: screened.flagged };
}
