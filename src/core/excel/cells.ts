import { YES_NO } from '../schema/choices';
import type { Person } from '../schema/entities';
import { normaliseText } from '../schema/mapping';
import { findChoice } from './choices';
import { parseEuroAmount, perYearMarker } from './amounts';
import { parseLocaleNumber } from './numbers';
import { parsePeriod, periodToString } from '../schema/period';
import type { FieldDef } from '../schema/types';
import { emptyValue } from '../validation/fields';

/**
 * One cell as the workbook adapter hands it over: plain data, no ExcelJS. A formula cell arrives as its
 * cached result; an Excel date as its calendar day (Excel dates have no time zone).
 */
export type CellInput =
  | { readonly kind: 'text'; readonly text: string }
  /** `percent`: the cell's number format shows it as a percentage (0.45 is shown as 45 %). */
  | { readonly kind: 'number'; readonly value: number; readonly percent?: boolean }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly day: string }
  /** An Excel error value such as `#REF!` or `#N/A` (also a formula's cached error). */
  | { readonly kind: 'error'; readonly text: string }
  /** A formula whose result was never calculated and saved (e.g. written by a program). */
  | { readonly kind: 'formula'; readonly formula: string };

/** Why a cell could not be read; the message is localised from the `excel` catalog. */
export type CellProblem =
  | 'notNumber'
  | 'notWholeNumber'
  | 'notDate'
  | 'notPeriod'
  | 'notYesNo'
  | 'notEmail'
  | 'unknownChoice'
  | 'unknownChoices'
  | 'errorValue'
  | 'formulaWithoutResult'
  /** A cost cell with two amounts (`a) 8750 e b) 9900 e`); detail: the amounts. */
  | 'twoAmounts'
  /** A per-year marker (`/v`) in a cost column that is not per year; detail: the marker. */
  | 'perYearNotAnnual';

export type CellResult =
  /** `leftOut`: words of the cell that were not imported (after an amount), with the amount as written. */
  | { readonly ok: true; readonly value: unknown; readonly leftOut?: { readonly amount: string; readonly text: string } }
  | { readonly ok: false; readonly problem: CellProblem; readonly detail?: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (problem: CellProblem, detail?: string): CellResult => ({ ok: false, problem, detail });

/** The text of a cell as people see it (for error reports and text fields). */
export function cellText(cell: CellInput | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.percent ? `${roundTo(cell.value * 100, 10)} %` : String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.day;
    case 'error':
      return cell.text;
    case 'formula':
      return `=${cell.formula}`;
  }
}

/** Whether a cell holds nothing a person typed (blank, or only spaces). */
export function isBlank(cell: CellInput | undefined): boolean {
  return !cell || (cell.kind === 'text' && cell.text.trim() === '');
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Numbers: see numbers.ts (`parseLocaleNumber`, re-exported here).
export { parseLocaleNumber } from './numbers';

// -------------------------------------------------------------------------------------------------------
// Dates: Excel date cells, serial numbers in a date column, `d.m.yyyy`, ISO days, quarters.
// -------------------------------------------------------------------------------------------------------

/** Excel's serial day numbers of 1.1.1950 and 31.12.2099: a number in a date column outside is a mistake. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;

/** The calendar day of an Excel serial date (1900 date system, as written by every current Excel). */
export function excelSerialToDay(serial: number): string {
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Excel serial number of a calendar day. */
export function dayToExcelSerial(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

function dayFromCell(cell: CellInput): string | undefined {
  if (cell.kind === 'date') return cell.day;
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= SERIAL_MIN && cell.value <= SERIAL_MAX) {
    return excelSerialToDay(cell.value);
  }
  if (cell.kind === 'text') {
    const p = parsePeriod(cell.text);
    return p?.kind === 'day' ? p.day : undefined;
  }
  return undefined;
}

// -------------------------------------------------------------------------------------------------------
// People: an e-mail address, also `Name <e-mail>` or a mailto: link.
// -------------------------------------------------------------------------------------------------------

const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:.]+/;

export function parsePerson(text: string): Person | undefined {
  const m = EMAIL.exec(text.replace(/mailto:/gi, ' '));
  return m ? { email: m[0] } : undefined;
}

// -------------------------------------------------------------------------------------------------------
// Yes/no
// -------------------------------------------------------------------------------------------------------

const YES = new Set<string>(YES_NO.yesAliases.map(normaliseText));
const NO = new Set<string>(YES_NO.noAliases.map(normaliseText));

export function parseYesNo(text: string): boolean | undefined {
  const t = normaliseText(text);
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

// -------------------------------------------------------------------------------------------------------
// One cell → one domain value of a field
// -------------------------------------------------------------------------------------------------------

function normaliseNote(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
}

function readNumber(field: FieldDef, cell: CellInput): CellResult {
  let value: number;
  if (cell.kind === 'number') {
    value = cell.percent && field.kind === 'percent' ? roundTo(cell.value * 100, 10) : cell.value;
  } else if (cell.kind === 'text' && field.kind === 'currency') {
    return readAmount(field, cell.text);
  } else if (cell.kind === 'text') {
    const parsed = parseLocaleNumber(cell.text);
    if (!parsed || (parsed.percent && field.kind !== 'percent')) return fail('notNumber');
    value = parsed.value;
  } else if (cell.kind === 'boolean') {
    return fail('notNumber');
  } else if (cell.kind === 'date' && field.kind === 'year') {
    value = Number(cell.day.slice(0, 4));
  } else {
    return fail('notNumber');
  }
  if ((field.kind === 'year' || field.kind === 'integer') && !Number.isInteger(value)) return fail('notWholeNumber');
  // Euros to the cent: binary floating point must not make 0.1 + 0.2 a change.
  if (field.kind === 'currency') value = roundTo(value, 2);
  return ok(value);
}

/** A cost cell typed as text, the way the city writes costs (see amounts.ts). */
function readAmount(field: FieldDef, text: string): CellResult {
  const parsed = parseEuroAmount(text);
  if (!parsed.ok) return fail(parsed.problem, parsed.detail);
  if (parsed.perYear && !field.perYear) return fail('perYearNotAnnual', perYearMarker(text));
  const value = roundTo(parsed.value, 2); // euros to the cent
  return parsed.leftOut ? { ok: true, value, leftOut: { amount: parsed.amount, text: parsed.leftOut } } : ok(value);
}

function readChoice(field: FieldDef, text: string): CellResult {
  const choice = findChoice(field, text);
  if (choice) return ok(choice.code);
  if (field.fillIn) return ok(text.trim().replace(/\s+/g, ' '));
  return fail('unknownChoice', text.trim());
}

function readChoices(field: FieldDef, text: string): CellResult {
  const whole = findChoice(field, text);
  if (whole) return ok([whole.code]);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    if (!part.trim()) continue;
    const choice = findChoice(field, part);
    if (!choice) unknown.push(part.trim());
    else if (codes.indexOf(choice.code) < 0) codes.push(choice.code);
  }
  return unknown.length ? fail('unknownChoices', unknown.join(', ')) : ok(codes);
}

/**
 * Reads one cell into the domain value of a field (see `FieldValue` in the schema): what people type,
 * in any of the three languages, the way the roadmap spreadsheet has always been filled in.
 */
export function readCell(field: FieldDef, cell: CellInput | undefined): CellResult {
  if (isBlank(cell) || !cell) return ok(emptyValue(field)); // a blank cell is an empty field
  if (cell.kind === 'error') return fail('errorValue', cell.text);
  if (cell.kind === 'formula') return fail('formulaWithoutResult', `=${cell.formula}`);
  const text = cellText(cell);
  switch (field.kind) {
    case 'text':
      return ok(text.trim().replace(/\s+/g, ' '));
    case 'note':
      return ok(normaliseNote(text));
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
    case 'year':
      return readNumber(field, cell);
    case 'boolean': {
      if (cell.kind === 'boolean') return ok(cell.value);
      if (cell.kind === 'number' && (cell.value === 0 || cell.value === 1)) return ok(cell.value === 1);
      const yes = cell.kind === 'text' ? parseYesNo(cell.text) : undefined;
      return yes === undefined ? fail('notYesNo') : ok(yes);
    }
    case 'choice':
      return readChoice(field, text);
    case 'multichoice':
      return readChoices(field, text);
    case 'date': {
      const day = dayFromCell(cell);
      return day ? ok(day) : fail('notDate');
    }
    case 'period': {
      const day = cell.kind === 'text' ? undefined : dayFromCell(cell);
      if (day) return ok(day);
      const period = cell.kind === 'text' ? parsePeriod(cell.text) : undefined;
      return period ? ok(periodToString(period)) : fail('notPeriod');
    }
    case 'user': {
      const person = parsePerson(text);
      return person ? ok(person) : fail('notEmail');
    }
    default:
      // datetime and lookup fields are not workbook columns.
      return ok(text);
  }
}
