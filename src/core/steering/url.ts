/**
 * The steering tab's view in the URL (`stab`, `meeting`, `frozen`), next to whatever else the page keeps
 * there (the roadmap's filters, the workbench's switches), so a link opens the same meeting and view.
 */
export const STEERING_TABS = ['meeting', 'reminders', 'calendar', 'followup', 'cycle'] as const;
export type SteeringTabKey = (typeof STEERING_TABS)[number];

export interface SteeringLocationState {
  readonly tab: SteeringTabKey;
  /** The meeting shown; undefined = the next one. */
  readonly meetingId?: number;
  /** Show the frozen pre-read (when the meeting has one). Undefined = the default for that meeting. */
  readonly frozen?: boolean;
}

export function readSteeringState(query: string): SteeringLocationState {
  const p = new URLSearchParams(query);
  const tab = p.get('stab');
  const meeting = Number(p.get('meeting'));
  const frozen = p.get('frozen');
  return {
    tab: tab && (STEERING_TABS as readonly string[]).indexOf(tab) >= 0 ? (tab as SteeringTabKey) : 'meeting',
    ...(Number.isInteger(meeting) && meeting > 0 ? { meetingId: meeting } : {}),
    ...(frozen === '1' ? { frozen: true } : frozen === '0' ? { frozen: false } : {})
  };
}

/** The query with the steering state written in, every other parameter kept. */
export function writeSteeringState(query: string, state: SteeringLocationState): string {
  const p = new URLSearchParams(query);
  if (state.tab === 'meeting') p.delete('stab');
  else p.set('stab', state.tab);
  if (state.meetingId !== undefined) p.set('meeting', String(state.meetingId));
  else p.delete('meeting');
  if (state.frozen === undefined) p.delete('frozen');
  else p.set('frozen', state.frozen ? '1' : '0');
  return p.toString();
}
