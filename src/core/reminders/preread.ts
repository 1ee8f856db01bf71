import { screenReports, type ReportAuthority, type UnauthorisedReason } from '../reports';
import type { ActionStatus, TrafficLight } from '../schema';
import { DEFAULT_REMINDER_POLICY, type PlannerAction, type PlannerMeeting, type PlannerStatusUpdate, type ReminderPolicy } from './types';

/**
 * The steering group's pre-read for one meeting: what changed since the previous meeting, red and
 * yellow lights, decisions needed and missing reports. Pure; the reminder e-mail and the steering tab
 * both render it, and it is frozen as the meeting's snapshot when it is sent.
 */

export interface PreReadEntry {
  readonly actionId: number;
  readonly code: string;
  readonly title: string;
  readonly status: ActionStatus;
  readonly ownerName?: string;
  /** The light now: the latest report's, else the action's own. */
  readonly light: TrafficLight | null;
  /** The light of the latest report before the previous meeting, when it differs. */
  readonly previousLight?: TrafficLight | null;
  readonly progress: number | null;
  /** The latest report since the previous meeting, if any. */
  readonly reportedOn?: string;
  readonly done?: string;
  readonly next?: string;
  readonly decisionNeeded: boolean;
  readonly decisionNote?: string;
}

export interface PreRead {
  readonly meetingId: number;
  readonly meetingTitle: string;
  readonly meetingStart: string;
  /** Reports filed after this instant are "since the previous meeting". */
  readonly since: string;
  readonly previousMeetingId?: number;
  /** Actions with a report since the previous meeting, by code. */
  readonly changed: readonly PreReadEntry[];
  readonly red: readonly PreReadEntry[];
  readonly yellow: readonly PreReadEntry[];
  /** Latest reports since the previous meeting that ask the steering group for a decision. */
  readonly decisions: readonly PreReadEntry[];
  /** Active actions with no report since the previous meeting. */
  readonly missing: readonly PreReadEntry[];
  /**
   * Reports since the previous meeting left out of everything above because their writer was neither the
   * action's owner nor a steering member when writing them (absent in snapshots frozen before this existed).
   */
  readonly ignored?: readonly IgnoredPreReadReport[];
}

export interface IgnoredPreReadReport {
  readonly actionId: number;
  readonly code: string;
  readonly title: string;
  readonly reportedOn: string;
  readonly reason: UnauthorisedReason;
  /** Who wrote (or last changed) it, lower case, when known. */
  readonly who: string | null;
}

export interface PreReadInput {
  readonly meeting: PlannerMeeting;
  /** Every meeting (to find the previous one). */
  readonly meetings: readonly PlannerMeeting[];
  readonly actions: readonly PlannerAction[];
  readonly statusUpdates: readonly PlannerStatusUpdate[];
  readonly policy?: ReminderPolicy;
  /**
   * `reportsByAction(statusUpdates)` of the reports that count, when the caller has it already (the
   * planner), to parse dates once.
   */
  readonly reportIndex?: ReportIndex;
  /** Who was entitled to report on what (src/core/reports); reports by anyone else do not count. */
  readonly authority?: ReportAuthority;
}

export type ReportIndex = ReadonlyMap<number, readonly { readonly at: number; readonly update: PlannerStatusUpdate }[]>;

const DAY_MS = 86_400_000;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Action codes in natural order (DT25-2 before DT25-10), without allocating: runs of digits compare as
 * numbers, everything else character by character. (Intl collation is ~100× slower per comparison.)
 */
export function compareCodes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      let ej = j;
      while (ei < a.length && a.charCodeAt(ei) === 48) ei++;
      while (ej < b.length && b.charCodeAt(ej) === 48) ej++;
      let ni = ei;
      let nj = ej;
      while (ni < a.length && isDigit(a.charCodeAt(ni))) ni++;
      while (nj < b.length && isDigit(b.charCodeAt(nj))) nj++;
      if (ni - ei !== nj - ej) return ni - ei - (nj - ej);
      for (let k = 0; k < ni - ei; k++) {
        const d = a.charCodeAt(ei + k) - b.charCodeAt(ej + k);
        if (d !== 0) return d;
      }
      i = ni;
      j = nj;
      continue;
    }
    const la = ca >= 97 && ca <= 122 ? ca - 32 : ca;
    const lb = cb >= 97 && cb <= 122 ? cb - 32 : cb;
    if (la !== lb) return la - lb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** The latest meeting before this one that was not cancelled. */
export function previousMeetingOf(meeting: PlannerMeeting, meetings: readonly PlannerMeeting[]): PlannerMeeting | undefined {
  const start = Date.parse(meeting.startsAt);
  let best: PlannerMeeting | undefined;
  let bestStart = -Infinity;
  for (const m of meetings) {
    if (m.id === meeting.id || m.state === 'cancelled') continue;
    const s = Date.parse(m.startsAt);
    if (s < start && s > bestStart) {
      best = m;
      bestStart = s;
    }
  }
  return best;
}

/** The instant after which a report counts for this meeting. */
export function reportingSince(meeting: PlannerMeeting, meetings: readonly PlannerMeeting[], policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): string {
  const previous = previousMeetingOf(meeting, meetings);
  if (previous) return new Date(previous.startsAt).toISOString();
  return new Date(Date.parse(meeting.startsAt) - policy.firstMeetingLookbackDays * DAY_MS).toISOString();
}

/** Each action's reports, latest first, limited to those filed before `until`. */
export function reportsByAction<U extends PlannerStatusUpdate>(updates: readonly U[], until = Infinity): Map<number, { readonly at: number; readonly update: U }[]> {
  const map = new Map<number, { at: number; update: U }[]>();
  for (const u of updates) {
    const at = Date.parse(u.reportedOn);
    if (!(at < until)) continue;
    const list = map.get(u.action);
    if (list) list.push({ at, update: u });
    else map.set(u.action, [{ at, update: u }]);
  }
  for (const list of map.values()) list.sort((a, b) => b.at - a.at);
  return map;
}

function byCode(a: PreReadEntry, b: PreReadEntry): number {
  return compareCodes(a.code, b.code);
}

export function buildPreRead(input: PreReadInput): PreRead {
  const policy = input.policy ?? DEFAULT_REMINDER_POLICY;
  const { meeting, meetings } = input;
  const previous = previousMeetingOf(meeting, meetings);
  const since = reportingSince(meeting, meetings, policy);
  const sinceMs = Date.parse(since);
  const start = Date.parse(meeting.startsAt);
  const screened = screenReports(input.statusUpdates, input.authority);
  const reports: ReportIndex = input.reportIndex ?? reportsByAction(screened.accepted, start);
  const active = new Set<ActionStatus>(policy.activeStatuses);

  const changed: PreReadEntry[] = [];
  const red: PreReadEntry[] = [];
  const yellow: PreReadEntry[] = [];
  const decisions: PreReadEntry[] = [];
  const missing: PreReadEntry[] = [];

  for (const action of input.actions) {
    let history = reports.get(action.id) ?? [];
    // Reports filed after the meeting started are not part of its pre-read.
    if (history.length && history[0].at >= start) history = history.filter((r) => r.at < start);
    const latest = history[0];
    const recent = latest && latest.at > sinceMs ? latest.update : undefined;
    const before = history.find((r) => r.at <= sinceMs)?.update;
    const light = (latest?.update.overallLight ?? action.trafficLight ?? null) as TrafficLight | null;
    const isActive = active.has(action.status);
    // Most actions are listed nowhere: build an entry only for those that are.
    if (!recent && !(isActive && (light === 'red' || light === 'yellow' || !recent))) continue;
    const previousLight = recent && before && before.overallLight !== recent.overallLight ? (before.overallLight ?? null) : undefined;
    const entry: PreReadEntry = {
      actionId: action.id,
      code: action.code ?? '',
      title: action.title,
      status: action.status,
      ownerName: action.owner?.displayName ?? action.owner?.email ?? undefined,
      light,
      previousLight,
      progress: recent?.progress ?? action.progress ?? null,
      reportedOn: recent ? new Date(recent.reportedOn).toISOString() : undefined,
      done: recent?.done ?? undefined,
      next: recent?.next ?? undefined,
      decisionNeeded: recent?.decisionNeeded === true,
      decisionNote: recent?.decisionNote ?? undefined
    };
    if (recent) changed.push(entry);
    if (recent?.decisionNeeded) decisions.push(entry);
    if (isActive) {
      if (light === 'red') red.push(entry);
      else if (light === 'yellow') yellow.push(entry);
      if (!recent) missing.push(entry);
    }
  }
  const actionsById = new Map(input.actions.map((a) => [a.id, a]));
  const ignored: IgnoredPreReadReport[] = screened.flagged
    .filter((f) => {
      const at = Date.parse(f.reportedOn);
      return at > sinceMs && at < start;
    })
    .map((f) => {
      const action = actionsById.get(f.actionId);
      return { actionId: f.actionId, code: action?.code ?? `#${f.actionId}`, title: action?.title ?? '', reportedOn: new Date(f.reportedOn).toISOString(), reason: f.reason, who: f.who };
    })
    .sort((a, b) => compareCodes(a.code, b.code) || a.reportedOn.localeCompare(b.reportedOn));
  return {
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    meetingStart: new Date(meeting.startsAt).toISOString(),
    since,
    previousMeetingId: previous?.id,
    changed: changed.sort(byCode),
    red: red.sort(byCode),
    yellow: yellow.sort(byCode),
    decisions: decisions.sort(byCode),
    missing: missing.sort(byCode),
    ignored
  };
}

/** The codes a pre-read talks about (changed, red, yellow, decisions), for the log and `--json`. */
export function preReadActionCodes(preRead: PreRead): string[] {
  const codes = new Set<string>();
  for (const list of [preRead.changed, preRead.red, preRead.yellow, preRead.decisions]) for (const e of list) codes.add(e.code);
  return [...codes].sort(compareCodes);
}
