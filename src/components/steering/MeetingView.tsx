import * as React from 'react';
import { format, type Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { ACTION } from '../../core/i18n/action';
import { formatDateTime } from '../../core/i18n/format';
import { STEERING } from '../../core/i18n/steering';
import { MEETING_STATES } from '../../core/schema/choices';
import { STEERING_MEETINGS, fieldByKey, type SteeringMeeting, type SteeringMeetingFields } from '../../core/schema';
import { appendDecisionLine, decisionLines, decisionPrefix } from '../../core/steering/decisions';
import { buildSteeringPreRead, meetingsInOrder, nextMeeting, type SteeringEntry } from '../../core/steering/overview';
import { freezePreRead, readFrozenPreRead } from '../../core/steering/snapshot';
import { previousMeetingOf } from '../../core/reminders/preread';
import { Btn } from '../common/Btn';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Notice, type INotice } from '../common/Notice';
import { SafeLink } from '../common/SafeLink';
import { StatusMessage } from '../common/StatusMessage';
import { useApp } from '../shell/AppContext';
import { describeFailure, meetingDayText, meetingWhen, run } from './format';
import type { MeetingConflict } from './MeetingConflictView';
import { PreReadView } from './PreReadView';
import { steeringClasses as classes } from './styles';
import type { ISteeringServices } from './types';
import type { ISteeringData } from './useSteeringData';

const MeetingConflictView = React.lazy(() => import(/* webpackChunkName: "steering-conflict" */ './MeetingConflictView'));

export interface IMeetingViewProps {
  readonly data: ISteeringData;
  readonly steering: ISteeringServices;
  /** A steering member: records decisions and freezes the pre-read. */
  readonly canAct: boolean;
  /** The meeting chosen in the URL; undefined = the next one. */
  readonly meetingId?: number;
  /** Frozen or live view chosen in the URL; undefined = frozen for a meeting that has started, when it has a snapshot. */
  readonly frozen?: boolean;
  readonly onChange: (next: { readonly meetingId?: number; readonly frozen?: boolean }) => void;
}

function isConflict(error: unknown): error is MeetingConflict {
  return error instanceof Error && error.name === 'ConflictError' && 'theirs' in error;
}

function stateLabel(meeting: SteeringMeeting, lang: Lang): string {
  return MEETING_STATES.find((s) => s.code === meeting.state)?.labels[lang] ?? meeting.state;
}

/** The meeting tab: choose a meeting (the next one by default) and see its details. */
export function MeetingView(props: IMeetingViewProps): React.ReactElement {
  const { data, meetingId } = props;
  const { lang, services } = useApp();
  const t = STEERING[lang];
  const ordered = React.useMemo(() => meetingsInOrder(data.meetings), [data.meetings]);
  const next = nextMeeting(ordered, services.now());
  const meeting = (meetingId !== undefined ? ordered.find((m) => m.id === meetingId) : undefined) ?? next ?? ordered[ordered.length - 1];
  if (!meeting) {
    return <EmptyState message={t.noMeetings} action={props.canAct ? <p>{t.noMeetingsHint}</p> : undefined} />;
  }
  return (
    <div className={classes.root}>
      <label className={classes.field} style={{ maxWidth: 560 }}>
        {t.chooseMeeting}
        <select
          className={classes.input}
          value={meeting.id}
          onChange={(e) => props.onChange({ meetingId: Number(e.target.value) === next?.id ? undefined : Number(e.target.value), frozen: undefined })}
          data-testid="meeting-select"
        >
          {ordered.map((m) => (
            <option key={m.id} value={m.id}>
              {`${meetingDayText(m.startsAt, lang)} – ${m.title} (${stateLabel(m, lang)}${m.id === next?.id ? `, ${t.nextTag}` : ''})`}
            </option>
          ))}
        </select>
      </label>
      <MeetingDetails key={meeting.id} {...props} meeting={meeting} isNext={meeting.id === next?.id} />
    </div>
  );
}

interface IMeetingDetailsProps extends IMeetingViewProps {
  readonly meeting: SteeringMeeting;
  readonly isNext: boolean;
}

function MeetingDetails(props: IMeetingDetailsProps): React.ReactElement {
  const { data, steering, canAct, meeting, isNext } = props;
  const { lang, services, announce } = useApp();
  const t = STEERING[lang];
  const now = services.now();
  const [notice, setNoticeState] = React.useState<INotice | null>(null);
  const [freezing, setFreezing] = React.useState<'idle' | 'confirm' | 'busy'>('idle');
  const [draft, setDraft] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [conflict, setConflict] = React.useState<MeetingConflict | null>(null);
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);
  const confirmRef = React.useRef<HTMLSpanElement>(null);
  const focusDraftEnd = React.useRef(false);

  const setNotice = (next: INotice | null): void => {
    setNoticeState(next);
    if (next && next.kind !== 'error') announce(next.text);
  };

  const live = React.useMemo(
    () => buildSteeringPreRead({ meeting, meetings: data.meetings, actions: data.actions, statusUpdates: data.statusUpdates, authority: data.authority }),
    [meeting, data.meetings, data.actions, data.statusUpdates, data.authority]
  );
  const frozen = React.useMemo(
    () => readFrozenPreRead(meeting.snapshot, { meetingId: meeting.id, meetingTitle: meeting.title, actions: data.actions }),
    [meeting.snapshot, meeting.id, meeting.title, data.actions]
  );
  const started = Date.parse(meeting.startsAt) <= now.getTime();
  const showFrozen = !!frozen && (props.frozen ?? started);
  const previous = previousMeetingOf(meeting, data.meetings);

  // The confirmation takes the place of the button that asked for it: focus moves with it. Layout effects
  // move focus in the same commit that removes the button, so focus never falls back to the page body.
  React.useLayoutEffect(() => {
    if (freezing === 'confirm') confirmRef.current?.querySelector('button')?.focus();
  }, [freezing]);

  React.useLayoutEffect(() => {
    if (draft === null || !focusDraftEnd.current || !textareaRef.current) return;
    focusDraftEnd.current = false;
    const el = textareaRef.current;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, [draft]);

  const onFailure = (error: unknown, template: string): void => {
    if (isConflict(error)) {
      setNoticeState(null);
      setConflict(error);
      return;
    }
    setNotice({ kind: 'error', text: format(template, { reason: describeFailure(error, lang) }) });
  };

  const freeze = async (): Promise<void> => {
    setFreezing('busy');
    setNoticeState(null);
    // The etag this person saw: a change to the meeting since then is shown as a conflict.
    const etag = meeting.etag;
    try {
      // Freeze what is stored now, not what was loaded when the tab opened.
      const fresh = await data.refresh();
      const current = fresh.meetings.find((m) => m.id === meeting.id) ?? meeting;
      const preRead = buildSteeringPreRead({ meeting: current, meetings: fresh.meetings, actions: fresh.actions, statusUpdates: fresh.statusUpdates, authority: fresh.authority });
      // Whole seconds: SharePoint keeps snapshotAt to the second, and the two must agree.
      const frozenAt = new Date(Math.floor(services.now().getTime() / 1000) * 1000).toISOString();
      const saved = await services.meetings.update(meeting.id, etag, { snapshot: freezePreRead(preRead, frozenAt, data.rights?.email), snapshotAt: frozenAt });
      data.replaceMeeting(saved);
      setNotice({ kind: 'success', text: format(t.frozenDone, { when: formatDateTime(frozenAt, lang) }) });
      props.onChange({ meetingId: props.meetingId, frozen: true });
    } catch (error) {
      onFailure(error, t.freezeFailed);
    } finally {
      setFreezing('idle');
    }
  };

  const saveDecisions = async (): Promise<void> => {
    if (draft === null) return;
    setSaving(true);
    setNoticeState(null);
    try {
      const saved = await services.meetings.update(meeting.id, meeting.etag, { decisions: draft.trim() ? draft.replace(/\s+$/, '') : null });
      data.replaceMeeting(saved);
      setDraft(null);
      setNotice({ kind: 'success', text: t.decisionsSaved });
    } catch (error) {
      onFailure(error, t.decisionsFailed);
    } finally {
      setSaving(false);
    }
  };

  const resolveConflict = async (changes: Partial<SteeringMeetingFields>): Promise<void> => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    if (Object.keys(changes).length === 0) {
      data.replaceMeeting(theirs);
      setConflict(null);
      setDraft(null);
      setNotice({ kind: 'info', text: ACTION[lang].conflictNothingToSave });
      return;
    }
    setSaving(true);
    try {
      const saved = await services.meetings.update(theirs.id, theirs.etag, changes);
      data.replaceMeeting(saved);
      setConflict(null);
      setDraft(null);
      setNotice({ kind: 'success', text: ACTION[lang].conflictResolved });
    } catch (error) {
      if (isConflict(error)) setConflict(error);
      else setNotice({ kind: 'error', text: format(t.decisionsFailed, { reason: describeFailure(error, lang) }) });
    } finally {
      setSaving(false);
    }
  };

  const discardConflict = (): void => {
    if (conflict) data.replaceMeeting(conflict.theirs);
    setConflict(null);
    setDraft(null);
  };

  const recordDecision = (entry: SteeringEntry): void => {
    focusDraftEnd.current = true;
    setDraft((d) => appendDecisionLine(d ?? meeting.decisions, decisionPrefix(entry.code, entry.title)));
  };

  const startEditing = (): void => {
    focusDraftEnd.current = true;
    setDraft(meeting.decisions ?? '');
  };

  const preRead = showFrozen && frozen ? frozen.preRead : live;

  return (
    <>
      <MeetingHeader meeting={meeting} isNext={isNext} previous={previous} since={live.since} />

      <Notice notice={notice} onDismiss={() => setNoticeState(null)} dismissLabel={COMMON[lang].close} />
      {conflict && (
        <React.Suspense fallback={<LoadingState label={t.loadingPart} size="small" />}>
          <MeetingConflictView lang={lang} conflict={conflict} busy={saving} onResolve={(c) => run(resolveConflict(c))} onDiscard={discardConflict} />
        </React.Suspense>
      )}

      <PreReadSection
        preRead={preRead}
        frozen={frozen}
        showFrozen={showFrozen}
        now={now}
        snapshotUnreadable={!!meeting.snapshot && !frozen}
        canFreeze={canAct && meeting.state !== 'cancelled'}
        freezing={freezing}
        confirmRef={confirmRef}
        roadmapPageUrl={steering.roadmapPageUrl}
        onView={(view) => props.onChange({ meetingId: props.meetingId, frozen: view === 'frozen' })}
        onFreeze={() => (frozen ? setFreezing('confirm') : run(freeze()))}
        onReplace={() => run(freeze())}
        onKeep={() => setFreezing('idle')}
        onRecordDecision={canAct && meeting.state !== 'cancelled' ? recordDecision : undefined}
      />

      <DecisionsSection
        decisions={decisionLines(meeting.decisions)}
        draft={draft}
        canEdit={canAct}
        saving={saving}
        blocked={!!conflict}
        textareaRef={textareaRef}
        onEdit={startEditing}
        onDraft={setDraft}
        onSave={() => run(saveDecisions())}
        onCancel={() => setDraft(null)}
      />
    </>
  );
}

/** The meeting's title, when and where it stands, the previous meeting, the minutes and the agenda. */
function MeetingHeader(props: { readonly meeting: SteeringMeeting; readonly isNext: boolean; readonly previous: { readonly startsAt: string } | undefined; readonly since: string }): React.ReactElement {
  const { meeting, isNext, previous } = props;
  const { lang } = useApp();
  const t = STEERING[lang];
  const agenda = meeting.agenda?.trim();
  const meetingHeadingId = `dt-steering-meeting-${meeting.id}`;
  return (
    <section aria-labelledby={meetingHeadingId} data-testid="meeting">
      <h3 id={meetingHeadingId} className={classes.h3} data-testid="meeting-title">
        {isNext ? `${t.nextMeeting}: ` : ''}
        {meeting.title}
      </h3>
      <p className={classes.muted} data-testid="meeting-when">
        {meetingWhen(meeting, lang)} · {stateLabel(meeting, lang)}
      </p>
      <p className={classes.muted}>
        {previous ? format(t.previousMeeting, { day: meetingDayText(previous.startsAt, lang) }) : format(t.firstMeeting, { day: meetingDayText(props.since, lang) })}
      </p>
      {meeting.minutesUrl && (
        <p className={classes.muted}>
          <SafeLink url={meeting.minutesUrl} className={classes.link}>{t.minutes}</SafeLink>
        </p>
      )}
      {agenda && (
        <details>
          <summary>{fieldByKey(STEERING_MEETINGS, 'agenda').labels[lang]}</summary>
          <p className={classes.pre}>{agenda}</p>
        </details>
      )}
    </section>
  );
}

interface IDecisionsSectionProps {
  /** The recorded decisions, a line each. */
  readonly decisions: readonly string[];
  /** The text being edited; null when not editing. */
  readonly draft: string | null;
  readonly canEdit: boolean;
  readonly saving: boolean;
  /** A conflict is open: saving waits for it to be resolved. */
  readonly blocked: boolean;
  readonly textareaRef: React.RefObject<HTMLTextAreaElement>;
  readonly onEdit: () => void;
  readonly onDraft: (text: string) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
}

/** The meeting's decisions: the recorded lines, and their editor for a steering member. */
function DecisionsSection(props: IDecisionsSectionProps): React.ReactElement {
  const { decisions, draft, saving, textareaRef } = props;
  const { lang } = useApp();
  const t = STEERING[lang];
  return (
    <section aria-labelledby="dt-steering-decisions" data-testid="decisions">
      <h3 id="dt-steering-decisions" className={classes.h3}>{t.decisionsHeading}</h3>
      {draft === null ? (
        <>
          {decisions.length ? (
            <ul className={classes.list} data-testid="decisions-list">
              {decisions.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className={classes.muted}>{t.decisionsNone}</p>
          )}
          {props.canEdit && (
            <Btn onClick={props.onEdit} testId="decisions-edit">
              {t.decisionsEdit}
            </Btn>
          )}
        </>
      ) : (
        <div>
          <label className={classes.field} htmlFor="dt-steering-decisions-input">{t.decisionsLabel}</label>
          <textarea
            id="dt-steering-decisions-input"
            ref={textareaRef}
            className={classes.textarea}
            value={draft}
            onChange={(e) => props.onDraft(e.target.value)}
            data-testid="decisions-input"
          />
          <div className={classes.buttons}>
            <Btn primary onClick={props.onSave} disabled={saving || props.blocked} aria-busy={saving} testId="decisions-save">
              {saving ? t.decisionsSaving : COMMON[lang].save}
            </Btn>
            <Btn onClick={props.onCancel} disabled={saving}>{COMMON[lang].cancel}</Btn>
          </div>
        </div>
      )}
    </section>
  );
}

interface IPreReadSectionProps {
  /** The pre-read shown: the frozen one or the live one. */
  readonly preRead: ReturnType<typeof buildSteeringPreRead>;
  readonly frozen: ReturnType<typeof readFrozenPreRead>;
  readonly showFrozen: boolean;
  readonly now: Date;
  /** The meeting holds a snapshot this version cannot read. */
  readonly snapshotUnreadable: boolean;
  readonly canFreeze: boolean;
  readonly freezing: 'idle' | 'confirm' | 'busy';
  readonly confirmRef: React.RefObject<HTMLSpanElement>;
  readonly roadmapPageUrl: string;
  readonly onView: (view: 'live' | 'frozen') => void;
  /** Freeze, or ask first when a frozen pre-read would be replaced. */
  readonly onFreeze: () => void;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
  readonly onRecordDecision: ((entry: SteeringEntry) => void) | undefined;
}

/** The pre-read, live or frozen, with the controls to switch between them and to freeze it. */
function PreReadSection(props: IPreReadSectionProps): React.ReactElement {
  const { frozen, showFrozen, freezing, now, preRead } = props;
  const { lang, host } = useApp();
  const t = STEERING[lang];
  return (
    <section aria-labelledby="dt-steering-preread" data-testid="preread-section">
      <h3 id="dt-steering-preread" className={classes.h3}>{t.preReadHeading}</h3>
      <div className={classes.buttons}>
        {frozen && (
          <div role="group" aria-label={t.viewLabel} className={classes.toggle}>
            <Btn pressed={!showFrozen} onClick={() => props.onView('live')} testId="view-live">{t.liveView}</Btn>
            <Btn pressed={showFrozen} onClick={() => props.onView('frozen')} testId="view-frozen">{t.frozenView}</Btn>
          </div>
        )}
        {props.canFreeze && freezing !== 'confirm' && (
          <Btn
            primary={!frozen}
            onClick={props.onFreeze}
            disabled={freezing === 'busy'}
            aria-busy={freezing === 'busy'}
            testId="freeze-preread"
          >
            {freezing === 'busy' ? t.freezing : frozen ? t.freezeAgain : t.freeze}
          </Btn>
        )}
      </div>
      {freezing === 'confirm' && frozen && (
        <StatusMessage
          kind="warning"
          testId="freeze-confirm"
          actions={
            <span ref={props.confirmRef} className={classes.buttons} style={{ margin: 0 }}>
              <Btn primary onClick={props.onReplace} testId="freeze-replace">{t.freezeReplaceConfirm}</Btn>
              <Btn onClick={props.onKeep}>{COMMON[lang].cancel}</Btn>
            </span>
          }
        >
          {format(t.freezeReplace, { when: formatDateTime(frozen.frozenAt, lang) })}
        </StatusMessage>
      )}
      {props.snapshotUnreadable && <StatusMessage kind="warning">{t.frozenUnreadable}</StatusMessage>}
      {showFrozen && frozen ? (
        <StatusMessage kind="info" testId="frozen-banner">
          <p>
            {frozen.frozenBy
              ? format(t.frozenBannerBy, { when: formatDateTime(frozen.frozenAt, lang), who: frozen.frozenBy })
              : format(t.frozenBanner, { when: formatDateTime(frozen.frozenAt, lang) })}
          </p>
          {frozen.version === 1 && <p>{t.frozenV1}</p>}
        </StatusMessage>
      ) : (
        <p className={classes.muted} data-testid="live-banner">
          {format(t.liveBanner, { now: formatDateTime(now, lang) })} {frozen ? '' : t.notFrozen}
        </p>
      )}
      <PreReadView
        lang={lang}
        preRead={preRead}
        roadmapPageUrl={props.roadmapPageUrl}
        newWindow={host.kind === 'teams'}
        idPrefix={`dt-steering-${showFrozen ? 'frozen' : 'live'}`}
        onRecordDecision={props.onRecordDecision}
      />
    </section>
  );
}
