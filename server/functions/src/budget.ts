import { runBudgetMs } from '../../../src/data/deadline';
import host from '../host.json';

/**
 * The reminder run's time budget, from host.json (the one source of the host's timeout): the Function is
 * killed at `functionTimeout` wherever it is, so the run's deadline is that less one request and a minute.
 */

/** `functionTimeout` of host.json (`hh:mm:ss`) in ms: the moment the host kills a run. */
export function hostTimeoutMs(functionTimeout: string): number {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(functionTimeout);
  if (!m) throw new Error(`host.json functionTimeout "${functionTimeout}" is not hh:mm:ss`);
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}

/** The run's budget: host.json's timeout less a request's time and a minute (10 min → 8 min). */
export const RUN_BUDGET_MS = runBudgetMs(hostTimeoutMs(host.functionTimeout));
