import type {
  PlannerAction, PlannerLogEntry, PlannerMeeting, PlannerStatusUpdate, ReminderPerson
} from '../../../src/core/reminders';
import { helsinkiInstant } from '../../../src/core/time/helsinki';

/** Helsinki wall-clock time as an ISO instant: `at('2025-03-30', '08:00')`. */
export function at(day: string, time = '09:00'): string {
  return helsinkiInstant(day, time).toISOString();
}

export function meeting(id: number, day: string, time = '09:00', state: PlannerMeeting['state'] = 'scheduled'): PlannerMeeting {
  return { id, title: `Digijohtoryhmä ${day}`, startsAt: at(day, time), state };
}

let nextActionId = 1;
export function action(code: string, owner: string | null, status: PlannerAction['status'] = 'in-progress', name?: string): PlannerAction {
  return {
    id: nextActionId++,
    code,
    title: `Toimenpide ${code}`,
    status,
    owner: owner === null ? null : { email: owner, displayName: name ?? owner.split('@')[0] }
  };
}

export function report(a: PlannerAction, reportedOn: string, extra: Partial<PlannerStatusUpdate> = {}): PlannerStatusUpdate {
  return { action: a.id, reportedOn, overallLight: 'green', ...extra };
}

export function sent(key: string, meetingId: number, meetingStartsAt: string, id = 1): PlannerLogEntry {
  return { id, key, state: 'sent', meeting: meetingId, meetingStartsAt, claimedAt: meetingStartsAt, sentAt: meetingStartsAt };
}

export const PEOPLE: ReminderPerson[] = [
  { email: 'anna.aalto@porvoo.fi', displayName: 'Anna Aalto', language: 'fi', steering: true },
  { email: 'bjorn.berg@borga.fi', displayName: 'Björn Berg', language: 'sv', steering: true },
  { email: 'claire.cole@porvoo.fi', displayName: 'Claire Cole', language: 'en' },
  { email: 'david.dahl@porvoo.fi', displayName: 'David Dahl' }
];
