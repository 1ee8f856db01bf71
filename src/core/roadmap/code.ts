/**
 * Action codes look like `DT25-07`: `DT`, the roadmap year's last two digits, a running number.
 * A new action gets the next free number of its year.
 */
const CODE = /^DT(\d{2})-(\d+)$/i;

export function nextActionCode(existingCodes: readonly (string | null)[], year: number): string {
  const yy = String(year % 100).padStart(2, '0');
  let max = 0;
  for (const code of existingCodes) {
    const m = code ? CODE.exec(code.trim()) : null;
    if (m && m[1] === yy) max = Math.max(max, Number(m[2]));
  }
  return `DT${yy}-${String(max + 1).padStart(2, '0')}`;
}
