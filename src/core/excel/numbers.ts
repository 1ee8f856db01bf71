// Numbers: `2 800,00 €`, `2800.5`, `1.234.567,89`, `12 %`, `−5` (Unicode minus), `(no-break) spaces`.

/**
 * Reads a number as people type it in Finnish, Swedish or English. A comma alone is a decimal comma
 * (`2,5` = 2.5); when both `.` and `,` appear the last one is the decimal separator; spaces (also
 * no-break and narrow ones) and apostrophes group thousands. `€`/`EUR` is ignored; a trailing `%`
 * is reported so that the caller can decide what a percentage means.
 */
export function parseLocaleNumber(text: string): { readonly value: number; readonly percent: boolean } | undefined {
  let s = text.trim().replace(/[\u2212\u2012\u2013]/g, '-');
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1);
  }
  s = s.replace(/€|eur(o|oa|os)?/gi, '').replace(/[\s\u00a0\u202f\u2009'’]/g, '');
  if (!/^[-+]?[\d.,]*\d[\d.,]*$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('');
    if (decimal === ',') s = s.replace(',', '.');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return undefined; // 1,234,567 without a decimal part: ambiguous
    s = s.replace(',', '.');
  } else if (lastDot >= 0 && s.indexOf('.') !== lastDot) {
    s = s.split('.').join(''); // 1.234.567: dots group thousands
  }
  const value = Number(s);
  return Number.isFinite(value) ? { value, percent } : undefined;
}

