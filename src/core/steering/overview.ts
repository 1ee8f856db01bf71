import type { TrafficLight } from '../schema';
import { screenReports } from '../reports';
import { buildPreRead, reportsByAction, type PreRead, type PreReadEntry, type PreReadInput } from '../reminders/preread';
import { DEFAULT_REMINDER_POLICY, type PlannerMeeting } from '../reminders/types';

/**
 * What the steering tab shows about a meeting: the reminder job's pre-read (`buildPreRead`, the same
 * rules as the e-mail), with each changed action's state before the previous meeting next to its state
 * now, so "what changed" reads as "green → red, 40 % → 55 %". Pure.
 */

/** A meeting without an end is taken to last this long. */
export const DEFAULT_MEETING_MINUTES = 120;

export type OverviewMeeting = PlannerMeeting;

function endOf(meeting: OverviewMeeting): number {
  return meeting.endsAt ? Date.parse(meeting.endsAt) : Date.parse(meeting.startsAt) + DEFAULT_MEETING_MINUTES * 60_000;
}

/**
 * The meeting the steering group is working towards at `now`: the one in progress, else the next one
 * (cancelled meetings do not count). Undefined when none is planned.
 */
export function nextMeeting<M extends OverviewMeeting>(meetings: readonly M[], now: Date): M | undefined {
  const t = now.getTime();
  let best: M | undefined;
  for (const m of meetings) {
    if (m.state === 'cancelled' || endOf(m) <= t) continue;
    if (!best || Date.parse(m.startsAt) < Date.parse(best.startsAt)) best = m;
  }
  return best;
}

/** Meetings in date order. */
export function meetingsInOrder<M extends OverviewMeeting>(meetings: readonly M[]): M[] {
  return [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id - b.id);
}

/** What an action looked like at the previous meeting, for one listed in the pre-read. */
export type ChangeKind = 'first-report' | 'light' | 'progress' | 'decision';

export interface SteeringEntry extends PreReadEntry {
  /** Only for actions with a report since the previous meeting: the light and progress of the latest report before it. */
  readonly lightBefore?: TrafficLight | null;
  readonly progressBefore?: number | null;
  /** Only for changed actions: what the new report changed. */
  readonly changes?: readonly ChangeKind[];
}

export interface SteeringPreRead extends Omit<PreRead, 'changed' | 'red' | 'yellow' | 'decisions' | 'missing'> {
  readonly changed: readonly SteeringEntry[];
  readonly red: readonly SteeringEntry[];
  readonly yellow: readonly SteeringEntry[];
  readonly decisions: readonly SteeringEntry[];
  readonly missing: readonly SteeringEntry[];
}

/** The pre-read's own input; the report index is built here, once, for both passes. */
export type SteeringPreReadInput = Omit<PreReadInput, 'reportIndex'>;

/** The pre-read of a meeting with, for each changed action, what the new report changed. */
export function buildSteeringPreRead(input: SteeringPreReadInput): SteeringPreRead {
  const policy = input.policy ?? DEFAULT_REMINDER_POLICY;
  const start = Date.parse(input.meeting.startsAt);
  const reports = reportsByAction(screenReports(input.statusUpdates, input.authority).accepted, start);
  const preRead = buildPreRead({ ...input, policy, reportIndex: reports });
  const since = Date.parse(preRead.since);
  const enriched = new Map<number, SteeringEntry>();
  for (const entry of preRead.changed) {
    const before = (reports.get(entry.actionId) ?? []).find((r) => r.at <= since)?.update;
    const lightBefore = before ? (before.overallLight ?? null) : null;
    const progressBefore = before ? (before.progress ?? null) : null;
    const changes: ChangeKind[] = [];
    if (!before) changes.push('first-report');
    else {
      if (lightBefore !== entry.light) changes.push('light');
      if (progressBefore !== entry.progress) changes.push('progress');
    }
    if (entry.decisionNeeded) changes.push('decision');
    enriched.set(entry.actionId, { ...entry, lightBefore, progressBefore, changes });
  }
  const upgrade = (list: readonly PreReadEntry[]): SteeringEntry[] => list.map((e) => enriched.get(e.actionId) ?? e);
  return {
    ...preRead,
    changed: upgrade(preRead.changed),
    red: upgrade(preRead.red),
    yellow: upgrade(preRead.yellow),
    decisions: upgrade(preRead.decisions),
    missing: upgrade(preRead.missing)
  };
}

/** How many actions each section lists (for headings and summaries). */
export function preReadCounts(preRead: Pick<SteeringPreRead, 'changed' | 'red' | 'yellow' | 'decisions' | 'missing'>): Readonly<Record<PreReadSection, number>> {
  return { changed: preRead.changed.length, red: preRead.red.length, yellow: preRead.yellow.length, decisions: preRead.decisions.length, missing: preRead.missing.length };
}

export type PreReadSection = 'changed' | 'red' | 'yellow' | 'decisions' | 'missing';
export const PRE_READ_SECTIONS: readonly PreReadSection[] = ['changed', 'red', 'yellow', 'decisions', 'missing'];
