import * as React from 'react';
import { COMMON } from '../../core/i18n/common';
import { STEERING } from '../../core/i18n/steering';
import { readSteeringState, writeSteeringState, type SteeringLocationState, type SteeringTabKey } from '../../core/steering/url';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { StatusMessage } from '../common/StatusMessage';
import { useApp } from '../shell/AppContext';
import { describeError } from '../shell/errors';
import { DeckPanel } from './DeckPanel';
import { MeetingView } from './MeetingView';
import { steeringClasses as classes } from './styles';
import { Tabs, type ITab } from './Tabs';
import type { ISteeringTabProps } from './types';
import { useSteeringData } from './useSteeringData';

// The heavy parts load on demand: the Graph adapters and message rendering, the calendar, the yearly cycle.
const RemindersPanel = React.lazy(() => import(/* webpackChunkName: "steering-reminders" */ './RemindersPanel'));
const CalendarPanel = React.lazy(() => import(/* webpackChunkName: "steering-calendar" */ './CalendarPanel'));
const CycleArea = React.lazy(() => import(/* webpackChunkName: "steering-cycle" */ '../cycle/CycleArea').then((m) => ({ default: m.CycleArea })));

/**
 * The steering group's tab (Teams, also on a SharePoint page): the next meeting with its pre-read (what
 * changed since the previous meeting, red and yellow lights, decisions needed, missing reports), the
 * decisions and the frozen pre-read; the reminders; the meetings in the list and the group calendar; the
 * meeting deck; and the yearly cycle. Steering members act; others read, and see no buttons that would fail.
 */
export function SteeringTab(props: ISteeringTabProps): React.ReactElement {
  const { steering } = props;
  const { lang, services, host } = useApp();
  const t = STEERING[lang];
  const data = useSteeringData(services);
  const [state, setState] = React.useState<SteeringLocationState>(() => readSteeringState(host.location.read()));
  React.useEffect(() => host.location.subscribe(() => setState(readSteeringState(host.location.read()))), [host]);
  const update = React.useCallback(
    (next: SteeringLocationState) => {
      setState(next);
      host.location.write(writeSteeringState(host.location.read(), next));
    },
    [host]
  );

  if (data.status === 'loading') return <LoadingState label={t.loading} />;
  if (data.status === 'error') return <ErrorState message={describeError(data.error, lang)} onRetry={data.retry} retryLabel={COMMON[lang].retry} />;

  const canAct = data.rights?.isSteeringMember === true;
  const tabs: ITab<SteeringTabKey>[] = [
    { key: 'meeting', label: t.tabMeeting },
    ...(canAct ? [{ key: 'reminders' as const, label: t.tabReminders }, { key: 'calendar' as const, label: t.tabCalendar }] : []),
    { key: 'followup', label: t.tabFollowup },
    { key: 'cycle', label: t.tabCycle }
  ];
  const selected = tabs.some((x) => x.key === state.tab) ? state.tab : 'meeting';
  const loading = <LoadingState label={t.loadingPart} />;

  let panel: React.ReactNode;
  switch (selected) {
    case 'reminders':
      panel = <RemindersPanel data={data} steering={steering} />;
      break;
    case 'calendar':
      panel = <CalendarPanel data={data} steering={steering} />;
      break;
    case 'followup':
      panel = <DeckPanel data={data} steering={steering} />;
      break;
    case 'cycle':
      panel = <CycleArea cycle={steering.cycle} />;
      break;
    default:
      panel = (
        <MeetingView
          data={data}
          steering={steering}
          canAct={canAct}
          meetingId={state.meetingId}
          frozen={state.frozen}
          onChange={(next) => update({ tab: 'meeting', ...(next.meetingId !== undefined ? { meetingId: next.meetingId } : {}), ...(next.frozen !== undefined ? { frozen: next.frozen } : {}) })}
        />
      );
  }

  return (
    <div className={classes.root} data-testid="steering-tab">
      <h2 className={classes.heading}>{t.heading}</h2>
      {!canAct && <StatusMessage kind="info" testId="steering-read-only">{t.readOnly}</StatusMessage>}
      <Tabs label={t.tabsLabel} tabs={tabs} selected={selected} idPrefix="dt-steering" onSelect={(tab) => update({ ...state, tab })}>
        <React.Suspense fallback={loading}>{panel}</React.Suspense>
      </Tabs>
    </div>
  );
}
