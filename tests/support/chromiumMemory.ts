import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The memory of a Chromium's renderer processes, read from Linux's /proc: VmHWM is a process's peak
 * resident memory, so a short spike that no sampling would catch is still seen. The renderers of one
 * browser are those started with its profile folder (`--user-data-dir`, see `launchChromium`).
 */

export interface RendererMemory {
  readonly pid: number;
  /** Resident now, MB. */
  readonly rssMb: number;
  /** Peak resident since the process started, MB. */
  readonly peakMb: number;
}

function statusMb(status: string, key: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB$`, 'm').exec(status);
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

export function rendererMemory(profile: string): RendererMemory[] {
  const found: RendererMemory[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Chromium rewrites its command line in place: one string, arguments separated by spaces or NULs.
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args.includes('--type=renderer') || !args.includes(`--user-data-dir=${profile}`)) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      found.push({ pid: Number(entry), rssMb: statusMb(status, 'VmRSS'), peakMb: statusMb(status, 'VmHWM') });
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/**
 * Starts a new peak: VmHWM of each renderer is reset to what it holds now (Linux `clear_refs` 5), so the
 * peak read after a step is that step's. Returns the renderers' resident memory at this moment.
 */
export function resetRendererPeaks(profile: string): ReadonlyMap<number, number> {
  const now = new Map<number, number>();
  for (const r of rendererMemory(profile)) {
    try {
      writeFileSync(`/proc/${r.pid}/clear_refs`, '5');
    } catch {
      // the process ended meanwhile
    }
    now.set(r.pid, r.rssMb);
  }
  return now;
}

/** The largest growth of a renderer since `resetRendererPeaks`: its peak minus what it held then, MB. */
export function rendererPeakGrowth(profile: string, before: ReadonlyMap<number, number>): number {
  return Math.max(0, ...rendererMemory(profile).map((r) => r.peakMb - (before.get(r.pid) ?? 0)));
}
