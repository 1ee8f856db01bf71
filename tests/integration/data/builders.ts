import type { Person, RoadmapActionFields, SteeringMeetingFields } from '../../../src/core/schema';
import { actionFields } from '../../support/actionFields';

/** A complete, valid action (every field present, as the type demands), numbered for unique codes. */
export function newAction(n: number, extra: Partial<RoadmapActionFields> = {}): RoadmapActionFields {
  return {
    ...actionFields({
      title: `Toimenpide ${n}`,
      code: `T-${String(n).padStart(5, '0')}`,
      roadmapYear: 2025,
      goal: (['A', 'B', 'C', 'K1', 'K2', 'K3', 'K4'] as const)[n % 7],
      level: (['foundation', 'shared', 'sector', 'data'] as const)[n % 4],
      statutory: n % 3 === 0,
      beneficiaries: n % 2 === 0 ? ['residents', 'staff'] : [],
      status: 'planned',
      progress: n % 101
    }),
    ...extra
  };
}

export const person = (email: string): Person => ({ email });

export function newMeeting(n: number): SteeringMeetingFields {
  return {
    title: `Digijohtoryhmä ${n}`,
    startsAt: new Date(Date.UTC(2025, 0, 10 + n, 8)).toISOString(),
    endsAt: null,
    state: 'scheduled',
    agenda: null,
    minutesUrl: null,
    decisions: null,
    calendarEventId: null,
    snapshot: null,
    snapshotAt: null
  };
}
