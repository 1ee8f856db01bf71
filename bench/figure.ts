/** One benchmark figure, printed as one JSON line by `npm run bench`. */
export interface Figure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  /** The target from the issue, e.g. "<= 2" or "< 100 ms". */
  readonly target: string;
  /** Whether the value meets the target. */
  readonly met: boolean;
  readonly note?: string;
}

export type Bench = () => Promise<Figure[]>;

/** Wall time of `work` in milliseconds (median of `runs`). */
export async function timeMs(work: () => unknown, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)] * 10) / 10;
}
