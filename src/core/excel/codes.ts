/**
 * Action codes such as `DT25-07`: `DT`, the roadmap year's last two digits, a running number. Until the
 * validation module's `generateActionCode` lands this is the generator the import uses.
 */
const CODE = /^DT(\d{2})-(\d+)$/i;

/** The next free code of a roadmap year, after every code already in use (case-insensitive). */
export function generateActionCode(year: number, existing: Iterable<string>): string {
  const yy = String(year % 100).padStart(2, '0');
  let max = 0;
  for (const code of existing) {
    const m = CODE.exec(code.trim());
    if (m && m[1] === yy) max = Math.max(max, Number(m[2]));
  }
  return `DT${yy}-${String(max + 1).padStart(2, '0')}`;
}

/** How codes are compared: case and surrounding spaces do not make two codes different. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}
