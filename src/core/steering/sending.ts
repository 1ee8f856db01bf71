import { reminderWindows } from '../reminders/planner';
import { DEFAULT_REMINDER_POLICY, type PlannerMeeting, type ReminderKind, type ReminderPolicy } from '../reminders/types';

/**
 * What the steering tab may send for a meeting, and "as of" when. A kind whose window is open is sent as
 * it is due now; one whose day has not come yet may be sent early: it is planned and claimed as of the
 * moment its window opens, so the scheduled job later finds it sent and never sends it again. A kind
 * whose window has closed (or a meeting that has started, was held or cancelled) offers nothing. Pure.
 */
export type SendState = 'due' | 'early';

export interface SendOption {
  readonly kind: ReminderKind;
  /** The Helsinki day the job would send it. */
  readonly plannedDay: string;
  readonly state: SendState;
  /** The instant to plan and send it as of: `now` when due, else the moment its window opens. */
  readonly asOf: string;
}

export function sendOptions(meeting: PlannerMeeting, now: Date, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): SendOption[] {
  const t = now.getTime();
  if (meeting.state !== 'scheduled' || !(Date.parse(meeting.startsAt) > t)) return [];
  const options: SendOption[] = [];
  for (const w of reminderWindows(meeting, policy)) {
    if (t >= w.closesAt) continue;
    const due = w.opensAt <= t;
    options.push({ kind: w.kind, plannedDay: w.plannedDay, state: due ? 'due' : 'early', asOf: new Date(due ? t : w.opensAt).toISOString() });
  }
  return options;
}
