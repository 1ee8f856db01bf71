import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** The newest modification time of any file under a folder: is a build older than its sources? */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
