import { parseLocaleNumber } from './numbers';

/**
 * Euro amounts as the city writes them in cost cells: `3 100 €/v`, `5700 e/ vuosi`, `12 000 euroa`,
 * `2 800,50 EUR / år`, `2800 e kertainvestointi`. One number (spaces or no-break spaces group the
 * thousands, a comma is the decimal separator), then the euro as `€`, `e`, `eur` or `euroa`, then
 * optionally a per-year marker, then optionally words. Words are imported nowhere: the caller reports
 * them with the row, so that nothing typed disappears silently.
 */

export type AmountResult =
  | {
    readonly ok: true;
    readonly value: number;
    /** The cell says "per year" (`/v`, `/år`, `per år`…). */
    readonly perYear: boolean;
    /** The amount as written (e.g. `2800 e`), for the note about the words after it. */
    readonly amount: string;
    /** Words after the amount, which are not imported. */
    readonly leftOut?: string;
  }
  | {
    readonly ok: false;
    readonly problem: 'notNumber' | 'twoAmounts';
    /** For two amounts: the amounts as written, e.g. `8750 e, 9900 e`. */
    readonly detail?: string;
  };

/** A number: thousands grouped (space, no-break or narrow space, dot, comma, apostrophe) or not, then decimals; parseLocaleNumber decides which separator is which. */
const NUMBER = String.raw`[-+\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009.,'’]\d{3})+|\d+)(?:[.,]\d+)?(?!\d)`;
/** The euro; a written one not followed by a letter, so that `2800 ekaa` is not `2800 e` + `kaa`. */
const EURO = String.raw`(?:€|(?:euroa|euros|euro|eur|e)(?![\p{L}\d]))`;
/** "Per year" in Finnish, Swedish and English, also the columns' own units (`€/v`, `€/år`, `€/yr`). */
const PER_YEAR = String.raw`(?:\/\s*(?:vuosi|v|år|ar|a|year|yr)\.?|per\s+(?:år|ar|vuosi|year))(?![\p{L}\d])`;

const CELL = new RegExp(String.raw`^\s*(?:(€|eur)\s*)?(${NUMBER})\s*(${EURO})?\s*(${PER_YEAR})?\s*(.*)$`, 'isu');
/** An amount anywhere: a number with the euro or a per-year marker after it. */
const ANY_AMOUNT = new RegExp(String.raw`(?<![\d\p{L}])${NUMBER}\s*(?:${EURO}\s*(?:${PER_YEAR})?|${PER_YEAR})`, 'giu');

function amountsIn(text: string): string[] {
  return (text.match(ANY_AMOUNT) ?? []).map((a) => a.trim().replace(/\s+/g, ' '));
}

/** The per-year marker of a cell as written (`/ vuosi`), for the message that it is in the wrong column. */
export function perYearMarker(text: string): string | undefined {
  const m = CELL.exec(text);
  return m?.[4]?.trim();
}

/** Reads a cost cell's text. */
export function parseEuroAmount(text: string): AmountResult {
  const amounts = amountsIn(text);
  if (amounts.length > 1) return { ok: false, problem: 'twoAmounts', detail: amounts.join(', ') };
  const m = CELL.exec(text);
  if (!m) return { ok: false, problem: 'notNumber' };
  const [, prefix, numberText, euro, perYear, rest] = m;
  const number = parseLocaleNumber(numberText);
  if (!number || number.percent) return { ok: false, problem: 'notNumber' };
  const leftOut = rest.trim();
  // Words after a bare number are no amount at all (`12 kpl`, `2800 kertaa`).
  if (leftOut && !prefix && !euro && !perYear) return { ok: false, problem: 'notNumber' };
  const amount = [prefix, numberText, euro].filter(Boolean).join(' ');
  return { ok: true, value: number.value, perYear: !!perYear, amount, ...(leftOut ? { leftOut } : {}) };
}
