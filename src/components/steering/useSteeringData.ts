import * as React from 'react';
import type { ReportAuthority } from '../../core/reports';
import type { RoadmapAction, StatusUpdate, SteeringMeeting } from '../../core/schema';
import type { UserRights } from '../../data/contracts';
import { asError } from '../shell/errors';
import type { IAppServices } from '../shell/types';

export interface ISteeringLists {
  readonly meetings: readonly SteeringMeeting[];
  readonly actions: readonly RoadmapAction[];
  readonly statusUpdates: readonly StatusUpdate[];
  /** Who was entitled to which report: the pre-read leaves out, and lists, reports by anyone else. */
  readonly authority?: ReportAuthority;
}

export interface ISteeringData extends ISteeringLists {
  readonly status: 'loading' | 'ready' | 'error';
  /** Null while loading or when the rights could not be read (then everything is read-only). */
  readonly rights: UserRights | null;
  readonly error: Error | null;
  /** Reads the lists again (the view keeps showing the old data meanwhile) and resolves with them. */
  refresh(): Promise<ISteeringLists>;
  /** Loads everything again after a failed first load. */
  retry(): void;
  /** Replaces one meeting locally (a saved result). */
  replaceMeeting(meeting: SteeringMeeting): void;
  addMeetings(meetings: readonly SteeringMeeting[]): void;
}

async function readLists(services: IAppServices): Promise<ISteeringLists> {
  const [meetings, actions, statusUpdates] = await Promise.all([services.meetings.list(), services.actions.list(), services.statusUpdates.list()]);
  const authority = services.reportAuthority ? await services.reportAuthority.authorityFor(actions, statusUpdates) : undefined;
  return { meetings, actions, statusUpdates, ...(authority ? { authority } : {}) };
}

/**
 * The tab's data: every meeting, action and status report (three paged reads in parallel) and the user's
 * rights (one batched request). The pre-read is computed from them in the browser, by the same rules as
 * the reminder job's e-mail.
 */
export function useSteeringData(services: IAppServices): ISteeringData {
  const [lists, setLists] = React.useState<ISteeringLists>({ meetings: [], actions: [], statusUpdates: [] });
  const [status, setStatus] = React.useState<ISteeringData['status']>('loading');
  const [rights, setRights] = React.useState<UserRights | null>(null);
  const [error, setError] = React.useState<Error | null>(null);
  const [generation, setGeneration] = React.useState(0);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  React.useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    // Rights failing must not hide the meeting: the person then gets the read-only view.
    const rightsRead = services.readRights().catch((e: unknown) => {
      console.warn('[Digitiekartta] could not read the user rights; showing the read-only view', e);
      return null;
    });
    Promise.all([readLists(services), rightsRead])
      .then(([loaded, userRights]) => {
        if (cancelled) return;
        setLists(loaded);
        setRights(userRights);
        setError(null);
        setStatus('ready');
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setError(asError(e));
        setStatus('error');
      });
    return () => {
      cancelled = true;
    };
  }, [services, generation]);

  const refresh = React.useCallback(async (): Promise<ISteeringLists> => {
    const loaded = await readLists(services);
    if (mounted.current) setLists(loaded);
    return loaded;
  }, [services]);
  const replaceMeeting = React.useCallback((meeting: SteeringMeeting) => {
    setLists((l) => ({ ...l, meetings: l.meetings.map((m) => (m.id === meeting.id ? meeting : m)) }));
  }, []);
  const addMeetings = React.useCallback((added: readonly SteeringMeeting[]) => {
    setLists((l) => ({ ...l, meetings: [...l.meetings, ...added] }));
  }, []);
  const retry = React.useCallback(() => setGeneration((g) => g + 1), []);

  return React.useMemo(
    () => ({ ...lists, status, rights, error, refresh, retry, replaceMeeting, addMeetings }),
    [lists, status, rights, error, refresh, retry, replaceMeeting, addMeetings]
  );
}
