import type { SteeringMeeting } from '../schema';
import { helsinkiDay, helsinkiInstant, helsinkiTime } from '../time/helsinki';

/**
 * The steering group's calendar and the `SteeringMeetings` list, kept in agreement. The list is what the
 * reminder job reads (app-only access to group calendars is not reliable); the steering tab creates the
 * meetings as group events with delegated rights and brings moves and cancellations back with
 * `reconcileMeetings`. Pure.
 */

/** A Graph `dateTimeTimeZone`. */
export interface GraphDateTime {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** The part of a Graph `event` used here (also delta items with `@removed`). */
export interface CalendarEvent {
  readonly id: string;
  readonly subject?: string | null;
  readonly start?: GraphDateTime | null;
  readonly end?: GraphDateTime | null;
  readonly isCancelled?: boolean | null;
  readonly '@removed'?: { readonly reason?: string } | null;
  readonly onlineMeeting?: { readonly joinUrl?: string | null } | null;
}

export type ReconcileMeeting = Pick<SteeringMeeting, 'id' | 'etag' | 'title' | 'startsAt' | 'state' | 'calendarEventId'> & Partial<Pick<SteeringMeeting, 'endsAt'>>;

export type MeetingChange = Partial<Pick<SteeringMeeting, 'title' | 'startsAt' | 'endsAt' | 'state'>>;

export interface MeetingUpdate {
  readonly id: number;
  readonly etag: string;
  readonly changes: MeetingChange;
  readonly reasons: readonly ('moved' | 'retitled' | 'cancelled' | 'deleted')[];
}

const HELSINKI_ZONES = new Set(['europe/helsinki', 'fle standard time']);

/** A Graph `dateTimeTimeZone` as an ISO instant (UTC and Helsinki zones; others are read as UTC). */
export function eventInstant(value: GraphDateTime): string {
  const local = value.dateTime.replace(/\.\d+$/, '').replace(/Z$/, '');
  if (HELSINKI_ZONES.has(value.timeZone.toLowerCase())) {
    const [day, time = '00:00:00'] = local.split('T');
    const [hh, mm, ss = '0'] = time.split(':');
    return new Date(helsinkiInstant(day, `${hh}:${mm}`).getTime() + Number(ss) * 1000).toISOString();
  }
  return new Date(`${local}Z`).toISOString();
}

function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return Date.parse(a) === Date.parse(b);
}

export interface ReconcileWindow {
  /** The calendar was read for meetings starting in [from, to). Outside it a missing event says nothing. */
  readonly from: string;
  readonly to: string;
}

/**
 * What to change in the list so it agrees with the calendar: a moved or renamed event updates the
 * meeting; a cancelled, deleted or missing event cancels it. Only meetings created as events (with a
 * `calendarEventId`) and still `scheduled` are touched; held and cancelled meetings are history.
 */
export function reconcileMeetings(listMeetings: readonly ReconcileMeeting[], calendarEvents: readonly CalendarEvent[], window?: ReconcileWindow): MeetingUpdate[] {
  const events = new Map<string, CalendarEvent>();
  for (const e of calendarEvents) events.set(e.id, e);
  const from = window ? Date.parse(window.from) : -Infinity;
  const to = window ? Date.parse(window.to) : Infinity;
  const updates: MeetingUpdate[] = [];
  for (const m of listMeetings) {
    if (!m.calendarEventId || m.state !== 'scheduled') continue;
    const event = events.get(m.calendarEventId);
    if (!event) {
      const start = Date.parse(m.startsAt);
      if (start >= from && start < to) updates.push({ id: m.id, etag: m.etag, changes: { state: 'cancelled' }, reasons: ['deleted'] });
      continue;
    }
    if (event['@removed'] || event.isCancelled) {
      updates.push({ id: m.id, etag: m.etag, changes: { state: 'cancelled' }, reasons: [event['@removed'] ? 'deleted' : 'cancelled'] });
      continue;
    }
    const changes: { -readonly [K in keyof MeetingChange]: MeetingChange[K] } = {};
    const reasons: MeetingUpdate['reasons'][number][] = [];
    if (event.start) {
      const startsAt = eventInstant(event.start);
      if (!sameInstant(startsAt, m.startsAt)) changes.startsAt = startsAt;
    }
    if (event.end) {
      const endsAt = eventInstant(event.end);
      if (!sameInstant(endsAt, m.endsAt)) changes.endsAt = endsAt;
    }
    if (changes.startsAt || changes.endsAt) reasons.push('moved');
    if (event.subject && event.subject !== m.title) {
      changes.title = event.subject;
      reasons.push('retitled');
    }
    if (reasons.length) updates.push({ id: m.id, etag: m.etag, changes, reasons });
  }
  return updates;
}

/** A Graph `event` body for a steering meeting in the group calendar, with a Teams online meeting. */
export function meetingEventBody(meeting: Pick<SteeringMeeting, 'title' | 'startsAt'> & Partial<Pick<SteeringMeeting, 'endsAt' | 'agenda'>>, defaultMinutes = 120): Record<string, unknown> {
  const end = meeting.endsAt ?? new Date(Date.parse(meeting.startsAt) + defaultMinutes * 60_000).toISOString();
  const local = (instant: string): GraphDateTime => ({ dateTime: `${helsinkiDay(instant)}T${helsinkiTime(instant)}:00`, timeZone: 'Europe/Helsinki' });
  return {
    subject: meeting.title,
    start: local(meeting.startsAt),
    end: local(end),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...(meeting.agenda ? { body: { contentType: 'text', content: meeting.agenda } } : {})
  };
}
