/**
 * Action codes look like `DT25-07`: `DT`, the roadmap year's last two digits, a running number.
 * A new action gets the next free number of its year.
 */
export function nextActionCode(existingCodes: readonly (string | null)[], year: number): string {
  const yy = String(year % 100).padStart(2, '0');
  const pattern = new RegExp(`^DT${yy}-(\\d+)$`, 'i');
  let max = 0;
  for (const code of existingCodes) {
    const m = code ? pattern.exec(code.trim()) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `DT${yy}-${String(max + 1).padStart(2, '0')}`;
}
