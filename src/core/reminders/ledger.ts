import type { PlannerLogEntry, ReminderPolicy } from './types';

/**
 * Exactly-once delivery through `ReminderLog`, decided without I/O. A reminder is claimed (an item in
 * state `claimed` with its key) before it is sent and marked `sent` after. The rules:
 * - a key with a `sent` entry is never sent again;
 * - a fresh claim belongs to a run in progress: wait;
 * - a claim older than `staleClaimMinutes` without `sent` is a crashed run's: take it over (PATCH with the
 *   claim's etag, so only one of two competing runs wins) and send. Its age is measured on the server's
 *   clock: the server's time now (from its answers) minus the item's Modified (stamped by the server at
 *   the claim or the take-over). The runner's own clock, which may be wrong, and the planning instant,
 *   which the steering tab moves ahead to send early, play no part. Without the server's time nothing is
 *   taken over. This is the only way a reminder can be
 *   sent twice: when the crashed run had already handed the message to Graph (see docs/reminders.md);
 * - two runs that both create a claim for the same key: the lowest item id wins (ids are assigned in
 *   creation order and every run reads its own claim back, so all runs agree), the others are marked
 *   `skipped` and send nothing;
 * - a failure is retried by later runs up to `maxAttempts`, unless it is permanent (the recipient no longer
 *   exists, Graph refused the message).
 */

/** Written at the start of `error` so that later runs know not to retry. */
export const PERMANENT_FAILURE = 'permanent';
export const TRANSIENT_FAILURE = 'transient';
/** The `error` of a claim that lost a race to an earlier claim of the same key. */
export const DUPLICATE_CLAIM = 'duplicate claim';

export type LedgerDecision =
  | { readonly action: 'claim' }
  | { readonly action: 'take-over'; readonly entry: PlannerLogEntry; readonly why: 'stale-claim' | 'retry-failure' }
  | { readonly action: 'wait'; readonly entry: PlannerLogEntry }
  | { readonly action: 'done'; readonly entry: PlannerLogEntry };

function time(value: string | null | undefined): number {
  return value ? Date.parse(value) : NaN;
}

/** Entries that take part in the protocol: losers of a claim race are ignored. */
function live(entries: readonly PlannerLogEntry[]): PlannerLogEntry[] {
  return entries.filter((e) => !(e.state === 'skipped' && (e.error ?? '').startsWith(DUPLICATE_CLAIM)));
}

/** The claim every run agrees on: the lowest item id among the live entries of a key. */
export function winningEntry(entries: readonly PlannerLogEntry[]): PlannerLogEntry | undefined {
  let best: PlannerLogEntry | undefined;
  for (const e of live(entries)) {
    if (!best || (e.id ?? Infinity) < (best.id ?? Infinity)) best = e;
  }
  return best;
}

export function isFinalFailure(entry: PlannerLogEntry, policy: ReminderPolicy): boolean {
  return entry.state === 'failed' && ((entry.error ?? '').startsWith(PERMANENT_FAILURE) || (entry.attempts ?? 1) >= policy.maxAttempts);
}

/** Sent, or failed for good: the planner no longer lists the key as due. */
export function isSettled(entries: readonly PlannerLogEntry[], policy: ReminderPolicy): boolean {
  const l = live(entries);
  if (l.some((e) => e.state === 'sent' || e.state === 'skipped')) return true;
  const winner = winningEntry(l);
  return !!winner && isFinalFailure(winner, policy);
}

/**
 * Whether a claim is old enough to be a crashed run's, on the server's clock: `serverNow` (from the
 * server's answers) minus the item's Modified, which the server set when the claim was made or taken over.
 */
export function isStaleClaim(entry: PlannerLogEntry, serverNow: Date | undefined, policy: ReminderPolicy): boolean {
  if (!serverNow) return false;
  const stamped = time(entry.modified ?? entry.created);
  // A claim with no server stamp is treated as stale: better one possible duplicate than a lost reminder.
  return isNaN(stamped) || serverNow.getTime() - stamped >= policy.staleClaimMinutes * 60_000;
}

/**
 * What to do with one due reminder, given every log entry with its key and the server's time now
 * (undefined when no server answer told it: then a live-looking claim is always waited for).
 */
export function decideDelivery(entries: readonly PlannerLogEntry[], serverNow: Date | undefined, policy: ReminderPolicy): LedgerDecision {
  const l = live(entries);
  const done = l.find((e) => e.state === 'sent' || e.state === 'skipped');
  if (done) return { action: 'done', entry: done };
  const winner = winningEntry(l);
  if (!winner) return { action: 'claim' };
  if (winner.state === 'failed') {
    return isFinalFailure(winner, policy) ? { action: 'done', entry: winner } : { action: 'take-over', entry: winner, why: 'retry-failure' };
  }
  // state === 'claimed'
  return isStaleClaim(winner, serverNow, policy) ? { action: 'take-over', entry: winner, why: 'stale-claim' } : { action: 'wait', entry: winner };
}

/** Groups log entries by key. */
export function entriesByKey<E extends PlannerLogEntry>(log: readonly E[]): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const e of log) {
    const list = map.get(e.key);
    if (list) list.push(e);
    else map.set(e.key, [e]);
  }
  return map;
}
