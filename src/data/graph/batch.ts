import type { GraphClientLike } from './client';
import { canWait, type RunDeadline } from '../deadline';

/**
 * Graph JSON batching: at most 20 requests per `$batch`. The client's RetryHandler retries a throttled
 * `$batch` as a whole, but not the parts answered 429 inside a successful one: those are re-sent here
 * after the longest Retry-After of the round. Parts are independent (no `dependsOn`), so one failing
 * part (a 404 for a deleted recipient) never stops the others.
 */

export const MAX_BATCH_SIZE = 20;

/** Status 0 with this code: the `$batch` request itself failed, so the part's outcome is unknown. */
export const BATCH_FAILED = 'batchFailed';

export interface BatchRequest {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version root, e.g. `/users/x/sendMail`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON, or for a non-JSON content type the base64 of the raw body (as Graph batching requires). */
  readonly body?: unknown;
}

export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface BatchOptions {
  /** Rounds of re-sending throttled parts before giving up (their last 429 is returned). */
  readonly maxRounds?: number;
  /** Waits between rounds; injectable so tests need not sleep. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Upper bound for one wait, whatever Retry-After says. */
  readonly maxWaitMs?: number;
  /** The run's time budget: a round waits only if it and the mark after it still fit (then its 429s are returned). */
  readonly deadline?: RunDeadline;
}

const defaultSleep = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));

function header(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** Retry-After in milliseconds (seconds or an HTTP date); 1 s when absent. */
export function retryAfterMs(headers: Readonly<Record<string, string>> | undefined, now = Date.now()): number {
  const value = header(headers, 'retry-after');
  if (value === undefined) return 1000;
  const seconds = Number(value);
  if (!isNaN(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return isNaN(date) ? 1000 : Math.max(0, date - now);
}

export function chunk<T>(items: readonly T[], size = MAX_BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sends one `$batch` (≤ 20 parts) and returns its responses by id. */
export async function postBatch(graph: GraphClientLike, requests: readonly BatchRequest[]): Promise<Map<string, BatchResponse>> {
  if (requests.length > MAX_BATCH_SIZE) throw new Error(`A Graph $batch takes at most ${MAX_BATCH_SIZE} requests`);
  const result = (await graph.api('/$batch').post({ requests })) as { responses?: BatchResponse[] };
  const byId = new Map<string, BatchResponse>();
  for (const r of result.responses ?? []) byId.set(String(r.id), r);
  return byId;
}

/**
 * Sends any number of requests in batches of 20 and re-sends throttled parts until they get a real
 * answer or `maxRounds` is used up. Returns every response by request id; when a whole `$batch` fails
 * (after the client's own retries) its parts get status 0 (`BATCH_FAILED`): their outcome is unknown.
 */
export async function executeBatched(graph: GraphClientLike, requests: readonly BatchRequest[], options: BatchOptions = {}): Promise<Map<string, BatchResponse>> {
  const sleep = options.sleep ?? options.deadline?.sleep ?? defaultSleep;
  const maxRounds = options.maxRounds ?? 10;
  const maxWait = options.maxWaitMs ?? 60_000;
  const results = new Map<string, BatchResponse>();
  let pending = [...requests];
  for (let round = 0; pending.length > 0; round++) {
    const throttled: BatchRequest[] = [];
    let wait = 0;
    for (const part of chunk(pending)) {
      let responses: Map<string, BatchResponse>;
      try {
        responses = await postBatch(graph, part);
      } catch (error) {
        // The whole $batch failed (after the client's retries): its parts may or may not have run.
        const message = error instanceof Error ? error.message : String(error);
        for (const request of part) results.set(request.id, { id: request.id, status: 0, body: { error: { code: BATCH_FAILED, message } } });
        continue;
      }
      for (const request of part) {
        const response = responses.get(request.id) ?? { id: request.id, status: 502, body: { error: { code: 'missingBatchResponse', message: 'No response for this part' } } };
        results.set(request.id, response);
        if (response.status === 429) {
          throttled.push(request);
          wait = Math.max(wait, retryAfterMs(response.headers));
        }
      }
    }
    if (throttled.length === 0 || round + 1 >= maxRounds) break;
    if (!canWait(options.deadline, Math.min(wait, maxWait))) break;
    await sleep(Math.min(wait, maxWait));
    pending = throttled;
  }
  return results;
}

/** The error message of a failed part, for logs. */
export function batchErrorMessage(response: BatchResponse): string {
  const body = response.body as { error?: { code?: string; message?: string } } | undefined;
  const code = body?.error?.code;
  const message = body?.error?.message;
  return [`HTTP ${response.status}`, code, message].filter(Boolean).join(' ');
}
