import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../../server/sample';
import { nextMeeting } from '../../../src/core/steering/overview';
import { helsinkiDay, helsinkiInstant, shiftDay } from '../../../src/core/time/helsinki';
import type { SteeringMeeting } from '../../../src/core/schema';
import type { E2E, OpenOptions } from '../harness';

/**
 * The steering tab's journeys run against the sample (seen as of its own "now") with the workbench's
 * real clock. So that they do not depend on the day they run, the world gets a meeting ten days ahead:
 * there is always a next meeting, and anything reported today is "since the previous meeting".
 */
export async function addUpcomingMeeting(e2e: Omit<E2E, 'stop'>): Promise<SteeringMeeting> {
  const day = shiftDay(helsinkiDay(new Date()), 10);
  await e2e.admin.meetings.add({
    title: `Digijohtoryhmä – Digiledningsgruppen (e2e) ${day}`, startsAt: helsinkiInstant(day, '09:00').toISOString(), endsAt: helsinkiInstant(day, '11:00').toISOString(),
    state: 'scheduled', agenda: '1. Digitiekartan seuranta', minutesUrl: null, decisions: null, calendarEventId: null, snapshot: null, snapshotAt: null
  });
  return theNextMeeting(e2e);
}

/** The meeting the tab shows first (by the tab's own rule). */
export async function theNextMeeting(e2e: Omit<E2E, 'stop'>): Promise<SteeringMeeting> {
  const meeting = nextMeeting(await e2e.admin.meetings.list(), new Date());
  if (!meeting) throw new Error('no next meeting');
  return meeting;
}

/** An active action owned by the sample's owner. */
export async function ownersActiveAction(e2e: Omit<E2E, 'stop'>): Promise<{ id: number; code: string; title: string }> {
  const a = (await e2e.admin.actions.list()).find((x) => x.owner?.email === DEMO_USERS.owner && x.code && x.status === 'in-progress');
  if (!a?.code) throw new Error('the sample has no active action owned by the demo owner');
  return { id: a.id, code: a.code, title: a.title };
}

/** The workbench's steering page, loaded. */
export async function openSteering(e2e: Omit<E2E, 'stop'>, options: OpenOptions = {}): Promise<Page> {
  const query = new URLSearchParams(options.query ?? '');
  query.set('page', 'steering');
  const page = await e2e.open({ user: 'steering', ...options, query: query.toString(), waitForRoadmap: false });
  await page.getByTestId('steering-tab').waitFor({ timeout: 60_000 });
  return page;
}

/** A status report filed through the API as of now (a "later change"), by the steering chair (always entitled). */
export async function reportNow(e2e: Omit<E2E, 'stop'>, actionId: number, light: 'green' | 'yellow' | 'red', progress: number, decisionNote?: string): Promise<void> {
  await e2e.as(DEMO_USERS.steering).statusUpdates.add({
    title: 'e2e', action: actionId, reportedOn: new Date().toISOString(), overallLight: light, scheduleLight: null, scheduleComment: null, costsLight: null,
    costsComment: null, scopeLight: null, scopeComment: null, risksLight: null, risksComment: null, progress, done: null, next: null, decisionNeeded: !!decisionNote, decisionNote: decisionNote ?? null,
    publicSummary: null, isPublic: false
  });
}
