import { meetingEventBody, reconcileMeetings, type CalendarEvent, type MeetingUpdate, type ReconcileWindow } from '../../core/reminders';
import { STEERING_MEETINGS, type SteeringMeeting } from '../../core/schema';
import { executeBatched, type BatchOptions, type BatchRequest } from './batch';
import { relativeGraphPath, type GraphClientLike } from './client';
import type { GraphLists, ItemWriteResult } from './sites';

/**
 * The steering group's calendar through delegated Graph (the steering tab's delegated client; app-only
 * access to group calendars is not reliable, see architecture.md). Creating events needs
 * `Group.ReadWrite.All` (delegated); reading them back `Group.Read.All`.
 */

export interface CreatedMeetingEvent {
  readonly meetingId: number;
  readonly eventId?: string;
  readonly joinUrl?: string;
  readonly error?: string;
}

/** Creates each meeting as a group event with a Teams online meeting (JSON batches of 20). */
export async function createMeetingEvents(
  graph: GraphClientLike,
  groupId: string,
  meetings: readonly Pick<SteeringMeeting, 'id' | 'title' | 'startsAt' | 'endsAt' | 'agenda'>[],
  batch?: BatchOptions
): Promise<CreatedMeetingEvent[]> {
  const requests: BatchRequest[] = meetings.map((m, i) => ({
    id: String(i + 1),
    method: 'POST',
    url: `/groups/${encodeURIComponent(groupId)}/events`,
    headers: { 'Content-Type': 'application/json' },
    body: meetingEventBody(m)
  }));
  const answers = await executeBatched(graph, requests, batch);
  return meetings.map((m, i) => {
    const a = answers.get(String(i + 1));
    if (!a || a.status >= 300) return { meetingId: m.id, error: a ? `HTTP ${a.status}` : 'no response' };
    const event = a.body as CalendarEvent;
    return { meetingId: m.id, eventId: event.id, joinUrl: event.onlineMeeting?.joinUrl ?? undefined };
  });
}

/** The group's events in a window (calendarView expands series; times in UTC). */
export async function readCalendarEvents(graph: GraphClientLike, groupId: string, window: ReconcileWindow): Promise<CalendarEvent[]> {
  const out: CalendarEvent[] = [];
  const select = '$select=id,subject,start,end,isCancelled,onlineMeeting';
  let next: string | undefined = `/groups/${encodeURIComponent(groupId)}/calendarView?startDateTime=${encodeURIComponent(window.from)}&endDateTime=${encodeURIComponent(window.to)}&${select}&$top=100`;
  while (next) {
    const page = (await graph.api(next).header('Prefer', 'outlook.timezone="UTC"').get()) as { value?: CalendarEvent[]; '@odata.nextLink'?: string };
    out.push(...(page.value ?? []));
    next = page['@odata.nextLink'] ? relativeGraphPath(page['@odata.nextLink']) : undefined;
  }
  return out;
}

export interface CalendarSync {
  readonly updates: readonly MeetingUpdate[];
  readonly results: readonly ItemWriteResult<typeof STEERING_MEETINGS>[];
}

/**
 * Brings moved, renamed and cancelled events back into SteeringMeetings (IF-Match: a meeting edited in
 * the list meanwhile is a 412 result, not overwritten). `dryRun` only computes the updates.
 */
export async function syncMeetingsFromCalendar(graph: GraphClientLike, lists: GraphLists, groupId: string, window: ReconcileWindow, options: { dryRun?: boolean } = {}): Promise<CalendarSync> {
  const [meetings, events] = await Promise.all([lists.readItems(STEERING_MEETINGS), readCalendarEvents(graph, groupId, window)]);
  const updates = reconcileMeetings(meetings, events, window);
  if (options.dryRun || updates.length === 0) return { updates, results: [] };
  const results = await lists.updateItems(STEERING_MEETINGS, updates.map((u) => ({ id: u.id, etag: u.etag, changes: u.changes })));
  return { updates, results };
}

