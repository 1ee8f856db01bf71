/**
 * A run's time budget. The Azure Function is killed at its host timeout (host.json `functionTimeout`),
 * wherever it is; a reminder run must therefore never be between a sendMail and its log mark at that
 * moment. Every wait and every HTTP attempt of a run asks its deadline first:
 * - an HTTP attempt never outlives the deadline (its timeout is the smaller of `requestTimeoutMs` and
 *   what is left);
 * - a retry (the Graph client's RetryHandler, the SharePoint transport, the `$batch` loop's rounds) waits
 *   only if, after the wait, one attempt and one more (the mark that follows a send) still fit;
 * - a send batch starts only if its attempt and its mark's attempt fit.
 * Whatever is not sent by then stays claimed-but-unsent; a later run recovers it once the claim is stale.
 * Measured on the runner's own monotonic clock: only durations matter here, never the time of day.
 */
export interface RunDeadline {
  /** The clock the deadline is on (ms; `Date.now` or a test's fake clock). */
  readonly clock: () => number;
  /** No request may be running after this instant (on `clock`). */
  readonly at: number;
  /** The longest one HTTP attempt may take (default 60 s). */
  readonly requestTimeoutMs: number;
  /** Waits between attempts; injectable so that tests run on a fake clock. */
  readonly sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

const realSleep = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface DeadlineOptions {
  readonly clock?: () => number;
  readonly requestTimeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A deadline `budgetMs` from now on `clock`. */
export function deadlineAfter(budgetMs: number, options: DeadlineOptions = {}): RunDeadline {
  const clock = options.clock ?? (() => Date.now());
  return { clock, at: clock() + budgetMs, requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, sleep: options.sleep ?? realSleep };
}

/**
 * The run budget inside a host that kills at `hostTimeoutMs`: the host's timeout less one request's time
 * and a minute for the host itself (start-up, the final log line). 10 minutes → 8 minutes.
 */
export function runBudgetMs(hostTimeoutMs: number, requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): number {
  return hostTimeoutMs - requestTimeoutMs - 60_000;
}

export function remainingMs(deadline: RunDeadline | undefined): number {
  return deadline ? deadline.at - deadline.clock() : Infinity;
}

/** The timeout for the next HTTP attempt (undefined: no deadline, no timeout). */
export function attemptTimeoutMs(deadline: RunDeadline | undefined): number | undefined {
  return deadline ? Math.max(0, Math.min(deadline.requestTimeoutMs, remainingMs(deadline))) : undefined;
}

/** Whether a retry may wait `waitMs` and still leave room for its attempt and the mark after it. */
export function canWait(deadline: RunDeadline | undefined, waitMs: number): boolean {
  return !deadline || waitMs + 2 * deadline.requestTimeoutMs <= remainingMs(deadline);
}

/** Whether a send (one attempt) and its log mark (one attempt) still fit. */
export function canStartSend(deadline: RunDeadline | undefined): boolean {
  return canWait(deadline, 0);
}

/** An AbortSignal that fires at the attempt's timeout (undefined without a deadline). */
export function attemptSignal(deadline: RunDeadline | undefined): AbortSignal | undefined {
  const ms = attemptTimeoutMs(deadline);
  return ms === undefined ? undefined : AbortSignal.timeout(ms);
}
