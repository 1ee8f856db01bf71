import type { UnauthorisedReason } from '../reports';
import type { IgnoredPreReadReport } from '../reminders/preread';
import type { ActionStatus, TrafficLight } from '../schema';
import { ACTION_STATUSES, TRAFFIC_LIGHTS } from '../schema/choices';
import type { ChangeKind, SteeringEntry, SteeringPreRead } from './overview';

/**
 * The pre-read frozen as a meeting's snapshot (`SteeringMeetings.snapshot`, JSON; `snapshotAt`): what
 * the steering group decided on, kept as it was however the reports change afterwards. Pure.
 *
 * Version 2 (written here, by the tab's "freeze" and by the reminder job when the pre-read goes out)
 * holds every listed action once, with what the tab and the e-mail show, and the five sections as lists
 * of action ids. Version 1 (the job's first, compact form: codes and lights only) is still read; titles
 * then come from the current actions, since v1 did not keep them.
 *
 * The field may have been edited by hand, so reading validates everything and never throws.
 */

export const SNAPSHOT_VERSION = 2;

export interface FrozenPreRead {
  readonly version: 1 | 2;
  /** When it was frozen (ISO instant). */
  readonly frozenAt: string;
  /** Who froze it (e-mail), when known; the reminder job leaves it empty. */
  readonly frozenBy?: string;
  readonly preRead: SteeringPreRead;
}

/** Compact form of an entry: only what has a value. */
interface StoredEntry {
  id: number;
  code: string;
  title: string;
  status: ActionStatus;
  owner?: string;
  light: TrafficLight | null;
  previousLight?: TrafficLight | null;
  progress: number | null;
  reportedOn?: string;
  done?: string;
  next?: string;
  decision?: true;
  decisionNote?: string;
  lightBefore?: TrafficLight | null;
  progressBefore?: number | null;
  changes?: ChangeKind[];
}

interface StoredV2 {
  v: 2;
  frozenAt: string;
  frozenBy?: string;
  meetingId: number;
  meetingTitle: string;
  meetingStart: string;
  since: string;
  previousMeetingId?: number;
  actions: StoredEntry[];
  changed: number[];
  red: number[];
  yellow: number[];
  decisions: number[];
  missing: number[];
  /** Reports that did not count (absent when none, and in snapshots frozen before it existed). */
  ignored?: IgnoredPreReadReport[];
}

function storeEntry(e: SteeringEntry): StoredEntry {
  const s: StoredEntry = { id: e.actionId, code: e.code, title: e.title, status: e.status, light: e.light, progress: e.progress };
  if (e.ownerName) s.owner = e.ownerName;
  if (e.previousLight !== undefined) s.previousLight = e.previousLight;
  if (e.reportedOn) s.reportedOn = e.reportedOn;
  if (e.done) s.done = e.done;
  if (e.next) s.next = e.next;
  if (e.decisionNeeded) s.decision = true;
  if (e.decisionNote) s.decisionNote = e.decisionNote;
  if (e.lightBefore !== undefined) s.lightBefore = e.lightBefore;
  if (e.progressBefore !== undefined) s.progressBefore = e.progressBefore;
  if (e.changes) s.changes = [...e.changes];
  return s;
}

/** The snapshot text of a pre-read (plain `PreRead`s work too: their entries have no "before"). */
export function freezePreRead(preRead: SteeringPreRead, frozenAt: string, frozenBy?: string): string {
  const entries = new Map<number, StoredEntry>();
  const ids = (list: readonly SteeringEntry[]): number[] =>
    list.map((e) => {
      if (!entries.has(e.actionId)) entries.set(e.actionId, storeEntry(e));
      return e.actionId;
    });
  const stored: StoredV2 = {
    v: SNAPSHOT_VERSION,
    frozenAt: new Date(frozenAt).toISOString(),
    ...(frozenBy ? { frozenBy } : {}),
    meetingId: preRead.meetingId,
    meetingTitle: preRead.meetingTitle,
    meetingStart: preRead.meetingStart,
    since: preRead.since,
    ...(preRead.previousMeetingId !== undefined ? { previousMeetingId: preRead.previousMeetingId } : {}),
    actions: [],
    changed: ids(preRead.changed),
    red: ids(preRead.red),
    yellow: ids(preRead.yellow),
    decisions: ids(preRead.decisions),
    missing: ids(preRead.missing),
    ...(preRead.ignored && preRead.ignored.length > 0 ? { ignored: preRead.ignored.map((r) => ({ ...r })) } : {})
  };
  stored.actions = [...entries.values()];
  return JSON.stringify(stored);
}

// ---------------------------------------------------------------------------------------------------------
// Reading (defensive)
// ---------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const LIGHTS = new Set<string>(TRAFFIC_LIGHTS.map((l) => l.code));
const STATUSES = new Set<string>(ACTION_STATUSES.map((s) => s.code));
const CHANGE_KINDS = new Set<string>(['first-report', 'light', 'progress', 'decision']);
const REASONS = new Set<string>(['author-not-entitled', 'editor-not-entitled', 'author-unknown']);

function readIgnored(v: unknown): IgnoredPreReadReport[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).flatMap((o) => {
    const reportedOn = instant(o.reportedOn);
    const reason = str(o.reason);
    if (typeof o.actionId !== 'number' || !reportedOn || !reason || !REASONS.has(reason)) return [];
    return [{ actionId: o.actionId, code: str(o.code) ?? '', title: str(o.title) ?? '', reportedOn, reason: reason as UnauthorisedReason, who: str(o.who) ?? null }];
  });
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function instant(v: unknown): string | undefined {
  return typeof v === 'string' && !isNaN(Date.parse(v)) ? new Date(v).toISOString() : undefined;
}
function light(v: unknown): TrafficLight | null {
  return typeof v === 'string' && LIGHTS.has(v) ? (v as TrafficLight) : null;
}
function optionalLight(o: Json, key: string): TrafficLight | null | undefined {
  return key in o ? light(o[key]) : undefined;
}
function progress(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.min(100, v)) : null;
}

function readEntry(o: Json): SteeringEntry | undefined {
  const id = o.id;
  if (typeof id !== 'number' || !Number.isInteger(id)) return undefined;
  const status = str(o.status);
  const changes = Array.isArray(o.changes) ? o.changes.filter((c): c is ChangeKind => typeof c === 'string' && CHANGE_KINDS.has(c)) : undefined;
  return {
    actionId: id,
    code: str(o.code) ?? '',
    title: str(o.title) ?? '',
    status: status && STATUSES.has(status) ? (status as ActionStatus) : 'in-progress',
    ...(str(o.owner) ? { ownerName: str(o.owner) } : {}),
    light: light(o.light),
    ...(optionalLight(o, 'previousLight') !== undefined ? { previousLight: optionalLight(o, 'previousLight') } : {}),
    progress: progress(o.progress),
    ...(instant(o.reportedOn) ? { reportedOn: instant(o.reportedOn) } : {}),
    ...(str(o.done) ? { done: str(o.done) } : {}),
    ...(str(o.next) ? { next: str(o.next) } : {}),
    decisionNeeded: o.decision === true,
    ...(str(o.decisionNote) ? { decisionNote: str(o.decisionNote) } : {}),
    ...(optionalLight(o, 'lightBefore') !== undefined ? { lightBefore: optionalLight(o, 'lightBefore') } : {}),
    ...('progressBefore' in o ? { progressBefore: progress(o.progressBefore) } : {}),
    ...(changes ? { changes } : {})
  };
}

/** What v1 snapshots lack: the meeting (for its title and id) and the actions as they are now (titles). */
export interface SnapshotContext {
  readonly meetingId: number;
  readonly meetingTitle: string;
  readonly actions?: readonly { readonly id: number; readonly code: string | null; readonly title: string; readonly status: ActionStatus; readonly owner?: { readonly displayName?: string; readonly email: string } | null }[];
}

function readV2(o: Json, ctx: SnapshotContext): FrozenPreRead | undefined {
  const frozenAt = instant(o.frozenAt);
  const meetingStart = instant(o.meetingStart);
  const since = instant(o.since);
  if (!frozenAt || !meetingStart || !since || !Array.isArray(o.actions)) return undefined;
  const byId = new Map<number, SteeringEntry>();
  for (const raw of o.actions) {
    const e = isObject(raw) ? readEntry(raw) : undefined;
    if (e) byId.set(e.actionId, e);
  }
  const list = (v: unknown): SteeringEntry[] =>
    Array.isArray(v) ? v.map((id) => (typeof id === 'number' ? byId.get(id) : undefined)).filter((e): e is SteeringEntry => !!e) : [];
  const previous = o.previousMeetingId;
  return {
    version: 2,
    frozenAt,
    ...(str(o.frozenBy) ? { frozenBy: str(o.frozenBy) } : {}),
    preRead: {
      meetingId: typeof o.meetingId === 'number' ? o.meetingId : ctx.meetingId,
      meetingTitle: str(o.meetingTitle) ?? ctx.meetingTitle,
      meetingStart,
      since,
      ...(typeof previous === 'number' ? { previousMeetingId: previous } : {}),
      changed: list(o.changed),
      red: list(o.red),
      yellow: list(o.yellow),
      decisions: list(o.decisions),
      missing: list(o.missing),
      ignored: readIgnored(o.ignored)
    }
  };
}

function readV1(o: Json, ctx: SnapshotContext): FrozenPreRead | undefined {
  const frozenAt = instant(o.frozenAt);
  const meetingStart = instant(o.meetingStart);
  const since = instant(o.since);
  if (!frozenAt || !meetingStart || !since) return undefined;
  const byCode = new Map((ctx.actions ?? []).filter((a) => a.code).map((a) => [a.code as string, a]));
  const made = new Map<string, SteeringEntry>();
  const entry = (code: string, extra: Partial<SteeringEntry> = {}): SteeringEntry => {
    const known = made.get(code);
    if (known) return { ...known, ...extra };
    const action = byCode.get(code);
    const e: SteeringEntry = {
      actionId: action?.id ?? -(made.size + 1),
      code,
      title: action?.title ?? '',
      status: action?.status ?? 'in-progress',
      ...(action?.owner ? { ownerName: action.owner.displayName ?? action.owner.email } : {}),
      light: null,
      progress: null,
      decisionNeeded: false,
      ...extra
    };
    made.set(code, e);
    return e;
  };
  const changed = Array.isArray(o.changed)
    ? o.changed.filter(isObject).map((c) =>
        entry(str(c.code) ?? '', {
          light: light(c.light),
          progress: progress(c.progress),
          ...(instant(c.reportedOn) ? { reportedOn: instant(c.reportedOn) } : {}),
          decisionNeeded: c.decisionNeeded === true,
          ...(str(c.decisionNote) ? { decisionNote: str(c.decisionNote) } : {})
        }))
    : [];
  const codes = (v: unknown, extra: Partial<SteeringEntry> = {}): SteeringEntry[] =>
    Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string').map((c) => entry(c, made.has(c) ? {} : extra)) : [];
  return {
    version: 1,
    frozenAt,
    preRead: {
      meetingId: ctx.meetingId,
      meetingTitle: ctx.meetingTitle,
      meetingStart,
      since,
      changed,
      red: codes(o.red, { light: 'red' }),
      yellow: codes(o.yellow, { light: 'yellow' }),
      decisions: codes(o.decisions, { decisionNeeded: true }),
      missing: codes(o.missing)
    }
  };
}

/** The frozen pre-read stored on a meeting, or undefined when there is none or it cannot be read. */
export function readFrozenPreRead(text: string | null | undefined, ctx: SnapshotContext): FrozenPreRead | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (value.v === 2) return readV2(value, ctx);
  if (value.v === 1) return readV1(value, ctx);
  return undefined;
}
