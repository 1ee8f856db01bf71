import { createHash } from 'node:crypto';
import { MessageError, type MessageValues } from '../../src/core/i18n/cli';
import type { PublicActionState, PublicChange, PublicMetricValueState, PublicSnapshot } from '../../src/core/followup';
import type { FeedEntry } from './feed';

/**
 * The publication's own memory, `publication-state.json` beside the files it published: what it
 * published (the snapshot the next publication compares with), every feed entry so far, and a hash of
 * each file it wrote (so that a later publication replaces only what changed and removes only what it
 * wrote itself). It holds nothing that is not already public. Anyone who can write the output folder or
 * library can edit it, so it is read as untrusted: a malformed state stops the publication with a clear
 * message instead of silently starting a new feed.
 */

export interface PublicationState {
  readonly format: 1;
  readonly snapshot: PublicSnapshot;
  readonly entries: readonly FeedEntry[];
  /** File name → sha256 (hex) of what was written. */
  readonly files: Readonly<Record<string, string>>;
}

/** The previous publication's state cannot be used: English in `message`, every language through `cliMessage`. */
export class StateError extends MessageError {
  public readonly name = 'StateError';
  public constructor(key: 'stateNotValid' | 'stateNotJson' | 'stateFileNotValid' | 'stateFileNotJson', values?: MessageValues) {
    super({ key, values });
  }

  /** The same problem, naming the file it was found in (which can be removed to start a new feed). */
  public in(path: string): StateError {
    return new StateError(this.cliMessage.key === 'stateNotJson' ? 'stateFileNotJson' : 'stateFileNotValid', { ...this.cliMessage.values, path });
  }
}

export function sha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNumberOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));
const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function check(ok: boolean, what: string): void {
  if (!ok) throw new StateError('stateNotValid', { what });
}

function actionState(v: unknown, key: string): PublicActionState {
  check(isObject(v), `action ${key}`);
  const a = v as Json;
  check(isText(a.code) && a.code === key && isText(a.title) && typeof a.year === 'number' && isTextOrNull(a.status) && isTextOrNull(a.light)
    && isNumberOrNull(a.progress) && isTextOrNull(a.lastReportAt) && isTextOrNull(a.modified), `action ${key}`);
  return { code: a.code as string, title: a.title as string, year: a.year as number, status: a.status as string | null, light: a.light as string | null,
    progress: a.progress as number | null, lastReportAt: a.lastReportAt as string | null, modified: a.modified as string | null };
}

function metricState(v: unknown, key: string): PublicMetricValueState {
  check(isObject(v), `metric value ${key}`);
  const m = v as Json;
  check(isText(m.metric) && typeof m.year === 'number' && typeof m.value === 'number' && Number.isFinite(m.value) && isTextOrNull(m.modified), `metric value ${key}`);
  return { metric: m.metric as string, year: m.year as number, value: m.value as number, modified: m.modified as string | null };
}

const CHANGE_KINDS = new Set(['new-action', 'status', 'completed', 'light', 'progress', 'metric-value']);

function entry(v: unknown, i: number): FeedEntry {
  check(isObject(v) && isText(v.key) && isObject(v.change), `entry ${i}`);
  const c = (v as Json).change as Json;
  check(isText(c.kind) && CHANGE_KINDS.has(c.kind) && isInstant(c.at), `entry ${i}`);
  if (c.kind === 'metric-value') check(isText(c.metric) && typeof c.year === 'number' && typeof c.value === 'number' && isNumberOrNull(c.previous), `entry ${i}`);
  else check(isText(c.code) && isText(c.title), `entry ${i}`);
  if (c.kind === 'status' || c.kind === 'light') check(isTextOrNull(c.from) && isTextOrNull(c.to), `entry ${i}`);
  if (c.kind === 'progress') check(isNumberOrNull(c.from) && isNumberOrNull(c.to), `entry ${i}`);
  return { key: (v as Json).key as string, change: c as unknown as PublicChange };
}

/** Reads a state file's text; throws `StateError` when it is not one. */
export function parseState(text: string): PublicationState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StateError('stateNotJson');
  }
  check(isObject(raw) && raw.format === 1 && isObject(raw.snapshot) && Array.isArray(raw.entries) && isObject(raw.files), 'format');
  const root = raw as Json;
  const snap = root.snapshot as Json;
  check(isObject(snap.actions) && isObject(snap.metricValues), 'snapshot');
  const actions: Record<string, PublicActionState> = {};
  for (const [k, v] of Object.entries(snap.actions as Json)) actions[k] = actionState(v, k);
  const metricValues: Record<string, PublicMetricValueState> = {};
  for (const [k, v] of Object.entries(snap.metricValues as Json)) metricValues[k] = metricState(v, k);
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(root.files as Json)) {
    check(isText(v) && /^[0-9a-f]{64}$/.test(v) && /^[A-Za-z0-9._-]+$/.test(k), `file ${k}`);
    files[k] = v as string;
  }
  return { format: 1, snapshot: { actions, metricValues }, entries: (root.entries as unknown[]).map(entry), files };
}

/** Sorted keys throughout, so that the same state is always the same bytes. */
function sortedKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(record).sort()) out[k] = record[k];
  return out;
}

export function serialiseState(state: PublicationState): string {
  return `${JSON.stringify({
    format: state.format,
    snapshot: { actions: sortedKeys(state.snapshot.actions), metricValues: sortedKeys(state.snapshot.metricValues) },
    entries: state.entries,
    files: sortedKeys(state.files)
  }, null, 1)}\n`;
}
