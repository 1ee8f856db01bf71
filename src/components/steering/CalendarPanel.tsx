import * as React from 'react';
import { LOCALE_OF, format, type Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { STEERING } from '../../core/i18n/steering';
import { MEETING_STATES } from '../../core/schema/choices';
import type { SteeringMeeting, SteeringMeetingFields } from '../../core/schema';
import type { MeetingUpdate } from '../../core/reminders/calendar';
import {
  meetingPlanProblems, planYearMeetings, type MeetingPlanOptions, type MeetingPlanProblem, type WeekOfMonth, type Weekday
} from '../../core/steering/meetingPlan';
import { meetingsInOrder } from '../../core/steering/overview';
import { helsinkiDay } from '../../core/time/helsinki';
import { createMeetingEvents, syncMeetingsFromCalendar } from '../../data/graph/calendar';
import { GraphLists } from '../../data/graph/sites';
import { Btn } from '../common/Btn';
import { Notice, type INotice } from '../common/Notice';
import { StatusMessage } from '../common/StatusMessage';
import { useApp } from '../shell/AppContext';
import { describeFailure, meetingWhen, run } from './format';
import { steeringClasses as classes } from './styles';
import type { ISteeringServices } from './types';
import type { ISteeringData } from './useSteeringData';

/**
 * The meetings: the year's six meetings into SteeringMeetings (the pure planner; months that have one are
 * skipped), then into the steering group's calendar as events with Teams meetings, and moves and
 * cancellations made in the calendar back into the list (delegated Graph). Loaded on demand.
 */
export interface ICalendarPanelProps {
  readonly data: ISteeringData;
  readonly steering: ISteeringServices;
}

export default function CalendarPanel(props: ICalendarPanelProps): React.ReactElement {
  return (
    <div className={classes.root} data-testid="calendar-panel">
      <MeetingPlanner {...props} />
      <CalendarEvents {...props} />
    </div>
  );
}

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKS: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

function weekdayName(weekday: Weekday, lang: Lang): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

function monthsText(first: 1 | 2, lang: Lang): string {
  const f = new Intl.DateTimeFormat(LOCALE_OF[lang], { month: 'long', timeZone: 'UTC' });
  return [0, 2, 4, 6, 8, 10].map((i) => f.format(new Date(Date.UTC(2024, first - 1 + i, 1)))).join(', ');
}

function newMeeting(p: { title: string; startsAt: string; endsAt: string }): SteeringMeetingFields {
  return { title: p.title, startsAt: p.startsAt, endsAt: p.endsAt, state: 'scheduled', agenda: null, minutesUrl: null, decisions: null, calendarEventId: null, snapshot: null, snapshotAt: null };
}

function MeetingPlanner(props: ICalendarPanelProps): React.ReactElement {
  const { data } = props;
  const { lang, services, announce } = useApp();
  const t = STEERING[lang];
  const thisYear = Number(helsinkiDay(services.now()).slice(0, 4));
  const [year, setYear] = React.useState(thisYear);
  const [weekday, setWeekday] = React.useState<Weekday>(5);
  const [week, setWeek] = React.useState<WeekOfMonth>(2);
  const [time, setTime] = React.useState('9.00');
  const [duration, setDuration] = React.useState('120');
  const [firstMonth, setFirstMonth] = React.useState<1 | 2>(2);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<INotice | null>(null);

  const options: MeetingPlanOptions = { year, weekday, week, time, durationMinutes: Number(duration), firstMonth };
  const problems = meetingPlanProblems(options);
  const plan = problems.length ? undefined : planYearMeetings(options, data.meetings);
  const problemText: Readonly<Record<MeetingPlanProblem, string>> = { year: t.calProblemYear, time: t.calProblemTime, duration: t.calProblemDuration };
  const problemOf = (p: MeetingPlanProblem): string | undefined => (problems.indexOf(p) >= 0 ? problemText[p] : undefined);

  const create = async (): Promise<void> => {
    if (!plan || plan.create.length === 0) return;
    setBusy(true);
    setNotice(null);
    try {
      // Planned against what is stored now, so that a second click (or a colleague) adds nothing twice.
      const fresh = await data.refresh();
      const again = planYearMeetings(options, fresh.meetings);
      const result = await services.meetings.addMany(again.create.map(newMeeting));
      data.addMeetings(result.saved);
      if (result.failed.length) setNotice({ kind: 'error', text: format(t.calCreateFailed, { reason: describeFailure(result.failed[0].error, lang) }) });
      else {
        const text = again.create.length ? format(t.calCreated, { count: result.saved.length }) : t.calNothingToCreate;
        setNotice({ kind: 'success', text });
        announce(text);
      }
    } catch (error) {
      setNotice({ kind: 'error', text: format(t.calCreateFailed, { reason: describeFailure(error, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, control: React.ReactElement, problem?: string): React.ReactElement => (
    <div className={classes.field}>
      <label htmlFor={id}>{label}</label>
      {control}
      {problem && <span id={`${id}-error`} role="alert" style={{ fontWeight: 400 }}>{problem}</span>}
    </div>
  );

  return (
    <section aria-labelledby="dt-plan-heading" data-testid="meeting-planner">
      <h3 id="dt-plan-heading" className={classes.h3}>{t.calPlanHeading}</h3>
      <p className={classes.muted}>{t.calPlanIntro}</p>
      <div className={classes.row}>
        {field('dt-plan-year', t.calYear, (
          <select id="dt-plan-year" className={classes.input} value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="plan-year">
            {[thisYear, thisYear + 1].map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        ))}
        {field('dt-plan-months', t.calMonths, (
          <select id="dt-plan-months" className={classes.input} value={firstMonth} onChange={(e) => setFirstMonth(e.target.value === '1' ? 1 : 2)} data-testid="plan-months">
            {([2, 1] as const).map((m) => <option key={m} value={m}>{monthsText(m, lang)}</option>)}
          </select>
        ))}
        {field('dt-plan-week', t.calWeek, (
          <select id="dt-plan-week" className={classes.input} value={week} onChange={(e) => setWeek(Number(e.target.value) as WeekOfMonth)} data-testid="plan-week">
            {WEEKS.map((w) => <option key={w} value={w}>{w === -1 ? t.calWeekLast : format(t.calWeekN, { n: w })}</option>)}
          </select>
        ))}
        {field('dt-plan-weekday', t.calWeekday, (
          <select id="dt-plan-weekday" className={classes.input} value={weekday} onChange={(e) => setWeekday(Number(e.target.value) as Weekday)} data-testid="plan-weekday">
            {WEEKDAYS.map((d) => <option key={d} value={d}>{weekdayName(d, lang)}</option>)}
          </select>
        ))}
        {field('dt-plan-time', t.calTime, (
          <input id="dt-plan-time" className={classes.input} value={time} onChange={(e) => setTime(e.target.value)} size={6} inputMode="numeric"
            aria-invalid={!!problemOf('time')} aria-describedby={problemOf('time') ? 'dt-plan-time-error' : undefined} data-testid="plan-time" />
        ), problemOf('time'))}
        {field('dt-plan-duration', t.calDuration, (
          <input id="dt-plan-duration" className={classes.input} value={duration} onChange={(e) => setDuration(e.target.value)} size={5} inputMode="numeric"
            aria-invalid={!!problemOf('duration')} aria-describedby={problemOf('duration') ? 'dt-plan-duration-error' : undefined} data-testid="plan-duration" />
        ), problemOf('duration'))}
      </div>
      {plan && (
        <>
          <h4 className={classes.h4}>{format(t.calToCreate, { count: plan.create.length })}</h4>
          {plan.create.length === 0 ? (
            <p data-testid="plan-nothing">{t.calNothingToCreate}</p>
          ) : (
            <ul className={classes.list} data-testid="plan-create">
              {plan.create.map((m) => <li key={m.day}>{meetingWhen(m, lang)} – {m.title}</li>)}
            </ul>
          )}
          {plan.existing.length > 0 && (
            <ul className={classes.list} data-testid="plan-existing">
              {plan.existing.map((e) => <li key={e.month}>{format(t.calExisting, { title: `${meetingWhen(e.meeting, lang)} – ${e.meeting.title}` })}</li>)}
            </ul>
          )}
        </>
      )}
      <div className={classes.buttons}>
        <Btn primary onClick={() => run(create())} disabled={busy || !plan || plan.create.length === 0} aria-busy={busy} testId="plan-create-button">
          {busy ? t.calCreating : format(t.calCreate, { count: plan?.create.length ?? 0 })}
        </Btn>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={COMMON[lang].close} />
    </section>
  );
}

function reasonText(reason: MeetingUpdate['reasons'][number], lang: Lang): string {
  const t = STEERING[lang];
  return { moved: t.reasonMoved, retitled: t.reasonRetitled, cancelled: t.reasonCancelled, deleted: t.reasonDeleted }[reason];
}

function CalendarEvents(props: ICalendarPanelProps): React.ReactElement {
  const { data, steering } = props;
  const { lang, services, announce } = useApp();
  const t = STEERING[lang];
  const [busy, setBusy] = React.useState<'events' | 'sync' | null>(null);
  const [notice, setNoticeState] = React.useState<INotice | null>(null);
  const setNotice = (next: INotice): void => {
    setNoticeState(next);
    if (next.kind !== 'error') announce(next.text);
  };
  const graph = steering.graph;
  const groupId = steering.graphSettings.steeringGroupId;
  const now = services.now().getTime();
  const upcoming = meetingsInOrder(data.meetings).filter((m) => Date.parse(m.startsAt) > now);
  const withoutEvent = upcoming.filter((m) => m.state === 'scheduled' && !m.calendarEventId);
  const titleOf = (id: number): string => data.meetings.find((m) => m.id === id)?.title ?? `#${id}`;

  const createEvents = async (): Promise<void> => {
    if (!graph || !groupId || withoutEvent.length === 0) return;
    setBusy('events');
    setNoticeState(null);
    try {
      const created = await createMeetingEvents(graph, groupId, withoutEvent);
      const ok = created.filter((c) => c.eventId);
      const byId = new Map(withoutEvent.map((m) => [m.id, m]));
      // The event id goes on the meeting with the etag read: a meeting changed meanwhile is reported, not overwritten.
      const result = await services.meetings.updateMany(ok.map((c) => ({ id: c.meetingId, etag: byId.get(c.meetingId)?.etag ?? '*', changes: { calendarEventId: c.eventId ?? null } })));
      for (const saved of result.saved) data.replaceMeeting(saved);
      const failed = created.filter((c) => !c.eventId);
      const lost = [...result.conflicts.map((c) => c.id), ...result.failed.map((f) => ok[f.index]?.meetingId ?? 0)];
      if (failed.length || lost.length) {
        setNotice({ kind: 'warning', text: format(t.calEventsFailed, { count: failed.length + lost.length, list: [...failed.map((f) => `${titleOf(f.meetingId)} (${f.error ?? ''})`), ...lost.map(titleOf)].join(', ') }) });
      } else setNotice({ kind: 'success', text: format(t.calEventsCreated, { count: result.saved.length }) });
    } catch (error) {
      setNotice({ kind: 'error', text: format(t.calEventsFailed, { count: withoutEvent.length, list: describeFailure(error, lang) }) });
    } finally {
      setBusy(null);
    }
  };

  const sync = async (): Promise<void> => {
    if (!graph || !groupId) return;
    setBusy('sync');
    setNoticeState(null);
    try {
      const from = new Date(now - 60 * 86_400_000).toISOString();
      const to = new Date(now + 400 * 86_400_000).toISOString();
      const lists = new GraphLists(graph, { siteUrl: steering.siteUrl });
      const result = await syncMeetingsFromCalendar(graph, lists, groupId, { from, to });
      await data.refresh();
      const conflicts = result.results.filter((r) => !r.ok && r.status === 412).length;
      if (result.updates.length === 0) setNotice({ kind: 'info', text: t.calSyncNone });
      else if (conflicts) setNotice({ kind: 'warning', text: format(t.calSyncConflicts, { count: conflicts }) });
      else {
        const list = result.updates.map((u) => `${titleOf(u.id)} (${u.reasons.map((r) => reasonText(r, lang)).join(', ')})`).join('; ');
        setNotice({ kind: 'success', text: format(t.calSynced, { count: result.updates.length, list }) });
      }
    } catch (error) {
      setNotice({ kind: 'error', text: format(t.calSyncFailed, { reason: describeFailure(error, lang) }) });
    } finally {
      setBusy(null);
    }
  };

  const stateLabel = (m: SteeringMeeting): string => MEETING_STATES.find((s) => s.code === m.state)?.labels[lang] ?? m.state;
  return (
    <section aria-labelledby="dt-events-heading" data-testid="calendar-events">
      <h3 id="dt-events-heading" className={classes.h3}>{t.calEventsHeading}</h3>
      <p className={classes.muted}>{t.calEventsIntro}</p>
      {!graph ? (
        <StatusMessage kind="warning">{t.remNoGraph}</StatusMessage>
      ) : !groupId ? (
        <StatusMessage kind="info">{t.calNoGroup}</StatusMessage>
      ) : (
        <div className={classes.buttons}>
          <Btn primary onClick={() => run(createEvents())} disabled={busy !== null || withoutEvent.length === 0} aria-busy={busy === 'events'} testId="create-events">
            {busy === 'events' ? t.calCreatingEvents : format(t.calCreateEvents, { count: withoutEvent.length })}
          </Btn>
          <Btn onClick={() => run(sync())} disabled={busy !== null} aria-busy={busy === 'sync'} testId="sync-calendar">
            {busy === 'sync' ? t.calSyncing : t.calSync}
          </Btn>
        </div>
      )}
      <Notice notice={notice} onDismiss={() => setNoticeState(null)} dismissLabel={COMMON[lang].close} />
      {upcoming.length > 0 && (
        <div className={classes.tableWrap}>
          <table className={classes.table} aria-labelledby="dt-events-heading" data-testid="calendar-meetings">
            <thead>
              <tr>
                <th scope="col">{t.calColDay}</th>
                <th scope="col">{t.calColTitle}</th>
                <th scope="col">{t.calColState}</th>
                <th scope="col">{t.calColEvent}</th>
              </tr>
            </thead>
            <tbody>
              {upcoming.map((m) => (
                <tr key={m.id} data-testid="calendar-meeting">
                  <th scope="row"><span className={classes.nowrap}>{meetingWhen(m, lang)}</span></th>
                  <td>{m.title}</td>
                  <td>{stateLabel(m)}</td>
                  <td>{m.calendarEventId ? COMMON[lang].yes : COMMON[lang].no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {upcoming.length > 0 && withoutEvent.length === 0 && graph && groupId && <p className={classes.muted}>{t.calEventsNone}</p>}
    </section>
  );
}
