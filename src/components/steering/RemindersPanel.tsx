import * as React from 'react';
import { LANGUAGES, format, type Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { formatDay } from '../../core/i18n/format';
import { STEERING } from '../../core/i18n/steering';
import { renderReminder, type ReminderMessage } from '../../core/reminders/messages';
import { preReadActionCodes } from '../../core/reminders/preread';
import type { Reminder, ReminderKind } from '../../core/reminders/types';
import { LANGUAGE_CHOICES, REMINDER_KINDS } from '../../core/schema/choices';
import type { SteeringMeeting } from '../../core/schema';
import { buildSteeringPreRead, nextMeeting } from '../../core/steering/overview';
import { readFrozenPreRead } from '../../core/steering/snapshot';
import { sendOptions, type SendOption } from '../../core/steering/sending';
import { helsinkiDay } from '../../core/time/helsinki';
import type { GraphClientLike } from '../../data/graph/client';
import type { ReminderJobConfig, ReminderRunResult } from '../../data/graph/reminderJob';
import { postPreReadToChannel, previewReminders, sendRemindersNow } from '../../data/graph/steering';
import { Btn } from '../common/Btn';
import { LoadingState } from '../common/LoadingState';
import { Notice, type INotice } from '../common/Notice';
import { StatusMessage } from '../common/StatusMessage';
import { useApp } from '../shell/AppContext';
import { describeFailure, meetingDayText, meetingWhen, run } from './format';
import { loadMessageSanitiser } from './messageHtml';
import { steeringClasses as classes } from './styles';
import type { ISteeringServices } from './types';
import type { ISteeringData } from './useSteeringData';

/**
 * The reminders before the next meeting, from the tab with the signed-in member's delegated rights:
 * preview what would go out (rendered exactly as the job renders it), send it now (or early, before its
 * day: the same claims in ReminderLog, so the scheduled job never sends it again), and post the pre-read
 * to the team's channel. Loaded on demand (the Graph adapters and message rendering are their own chunk).
 */
export interface IRemindersPanelProps {
  readonly data: ISteeringData;
  readonly steering: ISteeringServices;
}

function kindLabel(kind: ReminderKind, lang: Lang): string {
  return REMINDER_KINDS.find((k) => k.code === kind)?.labels[lang] ?? kind;
}

function optionLabel(o: SendOption, lang: Lang): string {
  const t = STEERING[lang];
  return o.state === 'due' ? format(t.remDue, { kind: kindLabel(o.kind, lang) }) : format(t.remEarly, { kind: kindLabel(o.kind, lang), day: formatDay(o.plannedDay, lang) });
}

export default function RemindersPanel(props: IRemindersPanelProps): React.ReactElement {
  const { data, steering } = props;
  const { lang, services } = useApp();
  const t = STEERING[lang];
  const meeting = nextMeeting(data.meetings, services.now());
  if (!steering.graph) return <StatusMessage kind="warning" testId="reminders-no-graph">{t.remNoGraph}</StatusMessage>;
  if (!meeting) return <p data-testid="reminders-no-meeting">{t.remNoMeeting}</p>;
  return <MeetingReminders key={`${meeting.id}:${meeting.startsAt}`} {...props} graph={steering.graph} meeting={meeting} />;
}

interface IMeetingRemindersProps extends IRemindersPanelProps {
  readonly graph: GraphClientLike;
  readonly meeting: SteeringMeeting;
}

type Preview = { readonly status: 'loading' } | { readonly status: 'ready'; readonly result: ReminderRunResult } | { readonly status: 'error'; readonly reason: string };

function MeetingReminders(props: IMeetingRemindersProps): React.ReactElement {
  const { data, steering, graph, meeting } = props;
  const { lang, services, announce } = useApp();
  const t = STEERING[lang];
  const options = React.useMemo(() => sendOptions(meeting, services.now()), [meeting, services]);
  const [kind, setKind] = React.useState<ReminderKind | undefined>(options[0]?.kind);
  const option = options.find((o) => o.kind === kind) ?? options[0];
  const [preview, setPreview] = React.useState<Preview>({ status: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const [sending, setSending] = React.useState(false);
  const [notice, setNoticeState] = React.useState<INotice | null>(null);
  const setNotice = (next: INotice | null): void => {
    setNoticeState(next);
    if (next && next.kind !== 'error') announce(next.text);
  };

  const config = React.useMemo<ReminderJobConfig>(() => {
    const sender = steering.graphSettings.sender || 'me';
    return {
      siteUrl: steering.siteUrl,
      sender,
      ...(sender === 'me' && data.rights?.email ? { senderAddress: data.rights.email } : {}),
      ...(sender === 'me' && data.rights?.displayName ? { senderName: data.rights.displayName } : {}),
      ...(steering.graphSettings.steeringGroupId ? { steeringGroupId: steering.graphSettings.steeringGroupId } : {}),
      links: { statusPageUrl: steering.roadmapPageUrl, ...(steering.teamsTab ? { teams: steering.teamsTab } : {}) }
    };
  }, [steering, data.rights]);

  const ofThisChoice = React.useCallback((key: string) => !!option && key.startsWith(`${option.kind}:${meeting.id}:`), [option, meeting.id]);

  React.useEffect(() => {
    if (!option) return undefined;
    let cancelled = false;
    setPreview({ status: 'loading' });
    previewReminders(graph, config, new Date(option.asOf), steering.followup.reportAuthority)
      .then((result) => {
        if (!cancelled) setPreview({ status: 'ready', result });
      })
      .catch((error: unknown) => {
        if (!cancelled) setPreview({ status: 'error', reason: describeFailure(error, lang) });
      });
    return () => {
      cancelled = true;
    };
  }, [graph, config, option, lang, generation, steering]);

  const send = async (): Promise<void> => {
    if (!option) return;
    setSending(true);
    setNoticeState(null);
    try {
      const result = await sendRemindersNow(graph, config, new Date(option.asOf), (r: Reminder) => r.kind === option.kind && r.meetingId === meeting.id, steering.followup.reportAuthority);
      if (result.failed.length) {
        setNotice({ kind: 'warning', text: format(t.remSentSome, { sent: result.sent.length, failed: result.failed.length, list: result.failed.map((f) => `${f.recipient} (${f.reason})`).join(', ') }) });
      } else setNotice({ kind: 'success', text: format(t.remSent, { sent: result.sent.length }) });
      // A sent pre-read is frozen on the meeting by the job: show it.
      if (option.kind === 'steering-preread') await data.refresh().catch(() => undefined);
    } catch (error) {
      setNotice({ kind: 'error', text: format(t.remSendFailed, { reason: describeFailure(error, lang) }) });
    } finally {
      setSending(false);
      setGeneration((g) => g + 1);
    }
  };

  const messages: readonly ReminderMessage[] = preview.status === 'ready' ? preview.result.messages.filter((m) => ofThisChoice(m.key)) : [];
  const skipped = preview.status === 'ready' ? preview.result.skipped.filter((s) => option && s.kind === option.kind && s.meeting === new Date(meeting.startsAt).toISOString()) : [];
  const senderText = config.sender === 'me' ? format(t.remSender, { who: data.rights?.email ?? '' }) : format(t.remSenderMailbox, { who: config.sender });

  return (
    <div className={classes.root} data-testid="reminders-panel">
      <h3 className={classes.h3}>{format(t.remHeading, { day: meetingDayText(meeting.startsAt, lang) })}</h3>
      <p className={classes.muted}>{meeting.title} · {meetingWhen(meeting, lang)}</p>
      <Notice notice={notice} onDismiss={() => setNoticeState(null)} dismissLabel={COMMON[lang].close} />
      {!option ? (
        <p data-testid="reminders-closed">{t.remClosed}</p>
      ) : (
        <>
          <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend className={classes.field}>{t.remChoose}</legend>
            {options.map((o) => (
              <label key={o.kind} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '4px 0' }}>
                <input type="radio" name="dt-reminder-kind" checked={o.kind === option.kind} onChange={() => setKind(o.kind)} data-testid={`reminder-kind-${o.kind}`} />
                {optionLabel(o, lang)}
              </label>
            ))}
          </fieldset>
          {option.state === 'early' && <p className={classes.muted}>{t.remEarlyNote}</p>}
          <p className={classes.muted}>{senderText}</p>
          {preview.status === 'loading' && <LoadingState label={t.remPreviewing} size="small" />}
          {preview.status === 'error' && (
            <StatusMessage kind="error" actions={<Btn onClick={() => setGeneration((g) => g + 1)}>{COMMON[lang].retry}</Btn>}>
              {format(t.remPreviewFailed, { reason: preview.reason })}
            </StatusMessage>
          )}
          {preview.status === 'ready' && (
            <section aria-labelledby="dt-reminder-messages" data-testid="reminder-preview">
              <h4 id="dt-reminder-messages" className={classes.h4}>{format(t.remMessages, { count: messages.length })}</h4>
              {skipped.length > 0 && (
                <StatusMessage kind="warning">
                  {format(t.remSkipped, {
                    count: skipped.length,
                    list: skipped.map((s) => `${s.who ?? s.actions.join(', ')}: ${s.reason === 'no-owner' ? t.remSkipNoOwner : t.remSkipNoEmail}`).join('; ')
                  })}
                </StatusMessage>
              )}
              {messages.length === 0 ? (
                <p data-testid="reminder-nothing">{t.remNothing}</p>
              ) : (
                <ReminderMessages messages={messages} labelledBy="dt-reminder-messages" />
              )}
              <div className={classes.buttons}>
                <Btn primary onClick={() => run(send())} disabled={sending || messages.length === 0} aria-busy={sending} testId="reminders-send">
                  {sending ? t.remSending : format(t.remSend, { count: messages.length })}
                </Btn>
              </div>
            </section>
          )}
        </>
      )}
      <ChannelPost {...props} config={config} />
    </div>
  );
}

/** The messages a send would deliver, a row each, with each message's preview opened on demand. */
function ReminderMessages(props: { readonly messages: readonly ReminderMessage[]; readonly labelledBy: string }): React.ReactElement {
  const { lang } = useApp();
  const t = STEERING[lang];
  const [openKey, setOpenKey] = React.useState<string | null>(null);
  return (
    <div className={classes.tableWrap}>
      <table className={classes.table} aria-labelledby={props.labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t.remColTo}</th>
            <th scope="col">{t.remColLang}</th>
            <th scope="col">{t.remColSubject}</th>
            <th scope="col"><span className={classes.hidden}>{t.remShow}</span></th>
          </tr>
        </thead>
        <tbody>
          {props.messages.map((m) => (
            <React.Fragment key={m.key}>
              <tr data-testid="reminder-message">
                <th scope="row">{m.to.name ? `${m.to.name} <${m.to.address}>` : m.to.address}</th>
                <td>{LANGUAGE_CHOICES.find((l) => l.code === m.language)?.labels[lang] ?? m.language}</td>
                <td>{m.subject}</td>
                <td>
                  <Btn aria-expanded={openKey === m.key} onClick={() => setOpenKey(openKey === m.key ? null : m.key)}>
                    {openKey === m.key ? t.remHide : t.remShow}
                  </Btn>
                </td>
              </tr>
              {openKey === m.key && (
                <tr>
                  <td colSpan={4}>
                    <MessagePreview message={m} label={format(t.remMessageFrame, { subject: m.subject })} />
                  </td>
                </tr>
              )}
            </React.Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One rendered message as its recipient will read it (cleaned HTML, in the message's language). Should
 * the sanitiser's chunk fail to load, the message's plain-text part is shown instead, as text.
 */
function MessagePreview(props: { readonly message: ReminderMessage; readonly label: string }): React.ReactElement {
  const { lang } = useApp();
  const [body, setBody] = React.useState<{ readonly html: string } | { readonly text: string } | null>(null);
  React.useEffect(() => {
    let live = true;
    loadMessageSanitiser()
      .then((clean) => live && setBody({ html: clean(props.message.html) }))
      .catch((error: unknown) => {
        console.error('[Digitiekartta] message preview', error);
        if (live) setBody({ text: props.message.text });
      });
    return () => {
      live = false;
    };
  }, [props.message.html, props.message.text]);
  if (body === null) return <LoadingState label={STEERING[lang].loadingPart} size="small" />;
  const common = {
    role: 'region',
    'aria-label': props.label,
    // It scrolls: keyboard users reach it.
    tabIndex: 0,
    lang: props.message.language,
    className: classes.message,
    'data-testid': 'reminder-message-body'
  };
  if ('text' in body) return <div {...common}><pre className={classes.pre}>{body.text}</pre></div>;
  // Cleaned by DOMPurify (messageHtml.ts); the renderer has escaped every value already.
  return <div {...common} dangerouslySetInnerHTML={{ __html: body.html }} />;
}

/** Posts the meeting's pre-read (the frozen one when there is one) to the steering group's channel. */
function ChannelPost(props: IMeetingRemindersProps & { readonly config: ReminderJobConfig }): React.ReactElement {
  const { data, steering, graph, meeting, config } = props;
  const { lang, services, announce } = useApp();
  const t = STEERING[lang];
  const [postLang, setPostLang] = React.useState<Lang>(lang);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<INotice | null>(null);
  const teamId = steering.graphSettings.steeringGroupId;
  const channelId = steering.graphSettings.channelId;

  const post = async (): Promise<void> => {
    if (!teamId || !channelId) return;
    setBusy(true);
    setNotice(null);
    try {
      const frozen = readFrozenPreRead(meeting.snapshot, { meetingId: meeting.id, meetingTitle: meeting.title, actions: data.actions });
      const preRead = frozen?.preRead ?? buildSteeringPreRead({ meeting, meetings: data.meetings, actions: data.actions, statusUpdates: data.statusUpdates, authority: data.authority });
      const now = services.now();
      const reminder: Reminder = {
        key: `steering-preread:${meeting.id}:${helsinkiDay(meeting.startsAt)}:channel`,
        kind: 'steering-preread',
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingStart: new Date(meeting.startsAt).toISOString(),
        meetingDay: helsinkiDay(meeting.startsAt),
        recipient: channelId,
        language: postLang,
        actions: preReadActionCodes(preRead),
        plannedDay: helsinkiDay(now),
        catchUp: false
      };
      const actionTitles = new Map(data.actions.map((a) => [a.code ?? `#${a.id}`, a.title]));
      const message = renderReminder(reminder, { links: config.links, actionTitles, preRead, now });
      await postPreReadToChannel(graph, teamId, channelId, message);
      setNotice({ kind: 'success', text: t.channelPosted });
      announce(t.channelPosted);
    } catch (error) {
      setNotice({ kind: 'error', text: format(t.channelFailed, { reason: describeFailure(error, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dt-reminder-channel" data-testid="channel-post">
      <h3 id="dt-reminder-channel" className={classes.h3}>{t.channelHeading}</h3>
      <p className={classes.muted}>{t.channelIntro}</p>
      {!teamId || !channelId ? (
        <StatusMessage kind="info">{t.channelUnknown}</StatusMessage>
      ) : (
        <div className={classes.row}>
          <label className={classes.field}>
            {t.channelLang}
            <select className={classes.input} value={postLang} onChange={(e) => setPostLang(e.target.value as Lang)} data-testid="channel-lang">
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>{LANGUAGE_CHOICES.find((c) => c.code === l)?.labels[lang] ?? l}</option>
              ))}
            </select>
          </label>
          <Btn onClick={() => run(post())} disabled={busy} aria-busy={busy} testId="channel-post-button">{busy ? t.channelPosting : t.channelPost}</Btn>
        </div>
      )}
      <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={COMMON[lang].close} />
    </section>
  );
}
