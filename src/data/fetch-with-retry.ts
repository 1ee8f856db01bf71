import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { attemptSignal, canWait, type RunDeadline } from './deadline';
import type { ServerClock } from './serverClock';

/**
 * The transport behaviour: sends a request with the platform `fetch` (the browser's, or Node 22's global
 * fetch) and retries what SharePoint asks us to retry.
 *
 * Modelled on @pnp/queryable's `BrowserFetchWithRetry`, which is the right transport for Node 22 too (global
 * fetch; @pnp/nodejs cannot be installed at our @pnp/sp version) and does honour `Retry-After` given in
 * seconds. We still use our own because:
 * - `connection.fetch` must be injectable (tests, the local workbench); BrowserFetchWithRetry always uses
 *   the global one;
 * - it retries a write after a network error, which can duplicate an item when the server had already
 *   saved it and only the connection dropped: here only idempotent methods are retried after a network
 *   error, and a write after 429/503 only (SharePoint did not process a throttled request);
 * - `Retry-After` may be an HTTP date (RFC 9110); parseInt on it gives NaN and an immediate retry storm;
 * - its default of 3 attempts gives up far too early under sustained throttling.
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 8). */
  readonly retries?: number;
  /** First back-off in ms when the server gives no Retry-After (doubles each time, default 250). */
  readonly interval?: number;
  /** Upper bound for one wait, whatever Retry-After says (default 120 s). */
  readonly maxWaitMs?: number;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Injected for tests; default setTimeout (or the deadline's clock). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The run's time budget: each attempt times out within it, and a retry waits only if it still fits. */
  readonly deadline?: RunDeadline;
  /** Fed with each answer's `Date` header (the server's clock, for claim ages). */
  readonly serverClock?: ServerClock;
}

/** Statuses that mean "not processed, try again later" for every method. */
const THROTTLED = new Set([429, 503]);
/** 504 may hide a write that did happen: retried for reads only. */
const RETRY_IF_IDEMPOTENT = new Set([504]);
/** Network errors worth retrying (a refused connection or unknown host will not heal in seconds). */
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

function isIdempotent(method: string | undefined): boolean {
  const m = (method ?? 'GET').toUpperCase();
  return m === 'GET' || m === 'HEAD' || m === 'OPTIONS';
}

/** Milliseconds to wait from a Retry-After header (seconds or HTTP date); undefined when absent or invalid. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

function networkCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.cause?.code ?? e?.code;
}

function isTransientNetworkError(error: unknown): boolean {
  const code = networkCode(error);
  if (code !== undefined) return TRANSIENT_NETWORK_CODES.has(code);
  // Browsers give a bare TypeError ("Failed to fetch") without a cause; Node always names a cause, and
  // one without a code (e.g. "bad port") will not heal.
  return error instanceof TypeError && (error as { cause?: unknown }).cause === undefined;
}

/** A lost connection is retried a few times only: it is rarely transient for long. */
const NETWORK_RETRIES = 3;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function FetchWithRetry(options: RetryOptions = {}): TimelinePipe<Queryable> {
  const retries = options.retries ?? 8;
  const interval = options.interval ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const sleep = options.sleep ?? options.deadline?.sleep ?? defaultSleep;
  const { deadline, serverClock } = options;
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: { log(message: string, level?: number): void }, url: URL, init: RequestInit): Promise<Response> {
      const send = options.fetch ?? fetch;
      const idempotent = isIdempotent(init.method);
      for (let attempt = 0; ; attempt++) {
        const backoff = Math.min(maxWaitMs, interval * 2 ** attempt);
        let response: Response;
        try {
          const signal = attemptSignal(deadline);
          response = await send(url.toString(), signal ? { ...init, signal } : init);
          serverClock?.observe(response.headers.get('Date'));
        } catch (error) {
          if (isAbort(error) || !idempotent || !isTransientNetworkError(error) || attempt >= Math.min(retries, NETWORK_RETRIES) || !canWait(deadline, backoff)) throw error;
          await sleep(backoff);
          continue;
        }
        const retriable = THROTTLED.has(response.status) || (idempotent && RETRY_IF_IDEMPOTENT.has(response.status));
        if (!retriable || attempt >= retries) return response;
        const wait = retryAfterMs(response.headers.get('Retry-After'), Date.now()) ?? backoff;
        if (!canWait(deadline, Math.min(wait, maxWaitMs))) return response;
        // Free the connection before waiting; the body of a 429 is of no use.
        await response.body?.cancel().catch(() => undefined);
        this.log(`Retrying ${init.method ?? 'GET'} ${url.toString()} after HTTP ${response.status} in ${wait} ms`, 1);
        await sleep(Math.min(wait, maxWaitMs));
      }
    });
    return instance;
  };
}
