// Preloaded with `node --import` into a process whose peak memory a test needs (e.g. the `tiekartta` CLI
// as users run it): at exit, its VmHWM (peak resident memory of this process image) in MB is written to
// the file named by PEAK_RSS_FILE.
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    writeFileSync(target, String(hwm ? Math.round(Number(hwm[1]) / 1024) : Math.round(process.resourceUsage().maxRSS / 1024)));
  });
}
