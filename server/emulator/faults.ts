// The sample's PRNG module has no imports: the emulator stays free of the sample data.
import { mulberry32 } from '../sample/prng';
import { MessageError } from '../../src/core/i18n/cli';

/**
 * Fault injection with a seeded PRNG, so that a test sees the same faults on every run.
 * - `throttleRate`: answer 429 Too Many Requests with `Retry-After: retryAfterSeconds`.
 * - `serverErrorRate`: answer 503 Service Unavailable.
 * - `dropRate`: destroy the connection BEFORE the request is applied (nothing was written, so a client
 *   retry cannot duplicate anything).
 * - `dropAfterApplyRate`: apply and persist the request, then destroy the connection instead of
 *   answering: the real-network case where a retried add DOES duplicate. Off unless asked for.
 * Requests to `/_emulator/*` are never faulted.
 */
export interface FaultOptions {
  readonly throttleRate?: number;
  readonly retryAfterSeconds?: number;
  readonly serverErrorRate?: number;
  readonly dropRate?: number;
  readonly dropAfterApplyRate?: number;
  /** PRNG seed (default 1). Setting faults resets the sequence. */
  readonly seed?: number;
}

export type FaultDecision = 'none' | 'throttle' | 'serverError' | 'drop';

export interface FaultStats {
  throttled: number;
  serverErrors: number;
  dropped: number;
  droppedAfterApply: number;
}

const rate = (v: number | undefined): number => (typeof v === 'number' && v > 0 ? Math.min(1, v) : 0);

export class FaultInjector {
  private options: Required<FaultOptions> = { throttleRate: 0, retryAfterSeconds: 1, serverErrorRate: 0, dropRate: 0, dropAfterApplyRate: 0, seed: 1 };
  private random: () => number = mulberry32(1);
  readonly stats: FaultStats = { throttled: 0, serverErrors: 0, dropped: 0, droppedAfterApply: 0 };

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  set(options: FaultOptions): void {
    this.options = {
      throttleRate: rate(options.throttleRate), retryAfterSeconds: Math.max(0, Math.floor(options.retryAfterSeconds ?? 1)),
      serverErrorRate: rate(options.serverErrorRate), dropRate: rate(options.dropRate), dropAfterApplyRate: rate(options.dropAfterApplyRate),
      seed: options.seed ?? 1
    };
    this.random = mulberry32(this.options.seed);
  }

  get current(): Readonly<Required<FaultOptions>> {
    return this.options;
  }

  get active(): boolean {
    const o = this.options;
    return o.throttleRate + o.serverErrorRate + o.dropRate + o.dropAfterApplyRate > 0;
  }

  /** Decides the fate of a request before it is applied. */
  before(): FaultDecision {
    if (!this.active) return 'none';
    const o = this.options;
    const r = this.random();
    if (r < o.dropRate) { this.stats.dropped++; return 'drop'; }
    if (r < o.dropRate + o.throttleRate) { this.stats.throttled++; return 'throttle'; }
    if (r < o.dropRate + o.throttleRate + o.serverErrorRate) { this.stats.serverErrors++; return 'serverError'; }
    return 'none';
  }

  /** Decides whether to drop the connection after the request was applied. */
  after(): boolean {
    if (this.options.dropAfterApplyRate <= 0) return false;
    if (this.random() < this.options.dropAfterApplyRate) { this.stats.droppedAfterApply++; return true; }
    return false;
  }
}

/** Parses the CLI form `throttle=0.3,error=0.05,drop=0.02,retryAfter=1,seed=7`. */
export function parseFaultSpec(spec: string): FaultOptions {
  const out: Record<string, number> = {};
  const names: Record<string, keyof FaultOptions> = {
    throttle: 'throttleRate', throttlerate: 'throttleRate', error: 'serverErrorRate', servererror: 'serverErrorRate', servererrorrate: 'serverErrorRate',
    drop: 'dropRate', droprate: 'dropRate', dropafter: 'dropAfterApplyRate', dropafterapply: 'dropAfterApplyRate', dropafterapplyrate: 'dropAfterApplyRate',
    retryafter: 'retryAfterSeconds', retryafterseconds: 'retryAfterSeconds', seed: 'seed'
  };
  for (const piece of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [k, v] = piece.split('=');
    const key = names[(k ?? '').trim().toLowerCase()];
    const n = Number(v);
    if (!key || v === undefined || !Number.isFinite(n)) throw new MessageError({ key: 'faultInvalid', values: { piece } });
    if (key !== 'retryAfterSeconds' && key !== 'seed' && (n < 0 || n > 1)) throw new MessageError({ key: 'faultRate', values: { piece } });
    out[key] = n;
  }
  return out as FaultOptions;
}
