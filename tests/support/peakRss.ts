import { readFileSync } from 'node:fs';

/**
 * The peak resident memory of this process image, in MB. On Linux `getrusage` keeps the maximum across
 * exec, so a child spawned from a big Jest worker or benchmark would report its parent's size: VmHWM
 * belongs to this image only. Elsewhere, getrusage.
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // no /proc: not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
