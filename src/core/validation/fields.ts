import type { FieldDef, ListDef } from '../schema/types';
import type { Fields, RoadmapActionFields } from '../schema/entities';
import { ROADMAP_ACTIONS, allFields } from '../schema/lists';
import { normalisePeriod } from '../schema/period';
import { crossFieldRules } from './rules';
import { hasErrors, issue, type ValidationIssue, type Validated } from './issues';

/**
 * Field validation generated from the schema: whatever `lists.ts` says about a field (kind, required,
 * min/max, maxLength, choices, fill-in) is checked here, so forms, the Excel import and the sample data
 * agree on what a valid item is. List-specific rules across fields live in `rules.ts`.
 */

export interface ValidationContext {
  /**
   * Validate an update: only the keys present are checked, so an absent required key is not reported.
   * A key present with `null` is still "required". Cross-field rules see only the keys given: to check
   * a changed end against the stored start, validate the stored item merged with the changes.
   */
  readonly partial?: boolean;
  /**
   * For fields marked `unique` (an action's code): the values other items already use, by field key,
   * as keys made with `uniqueKey` (so that `dt25-07 ` and `DT25-07` collide, as in SharePoint).
   */
  readonly takenValues?: Readonly<Record<string, ReadonlySet<string>>>;
}

/** SharePoint's single line of text holds 255 characters; a multi-line one 63 999 (Excel's cell limit is lower). */
const DEFAULT_TEXT_MAX = 255;
const DEFAULT_NOTE_MAX = 63999;
/** Defaults when the schema gives no bounds. */
const DEFAULT_RANGE: Partial<Record<FieldDef['kind'], { readonly min: number; readonly max: number }>> = {
  percent: { min: 0, max: 100 },
  year: { min: 1900, max: 2100 }
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Deliberately loose: one @, no spaces, a dot in the domain. The directory is the real check. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How values that must be unique are compared: trimmed, case-insensitive (SharePoint's unique text). */
export function uniqueKey(text: string): string {
  return text.trim().toUpperCase();
}

/** A set of `uniqueKey`s from the values other items hold, for `ValidationContext.takenValues`. */
export function takenSet(values: Iterable<string | null | undefined>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const v of values) if (v) set.add(uniqueKey(v));
  return set;
}

export function isRealDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Arithmetic rather than a Date: this runs for every date of every row of an import.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  return m !== null && isRealDay(`${m[1]}-${m[2]}-${m[3]}`) && !isNaN(Date.parse(text));
}

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

function rangeIssue(field: FieldDef, n: number): ValidationIssue | undefined {
  const defaults = DEFAULT_RANGE[field.kind];
  const min = field.min ?? defaults?.min;
  const max = field.max ?? defaults?.max;
  if (field.kind === 'currency' && min !== undefined && min >= 0 && n < 0) return issue(field.key, n, 'negativeAmount');
  if (min !== undefined && max !== undefined) return n < min || n > max ? issue(field.key, n, 'outOfRange', { min, max }) : undefined;
  if (min !== undefined && n < min) return issue(field.key, n, 'belowMin', { min });
  if (max !== undefined && n > max) return issue(field.key, n, 'aboveMax', { max });
  return undefined;
}

function lengthIssue(field: FieldDef, text: string): ValidationIssue | undefined {
  const max = field.maxLength ?? (field.kind === 'note' ? DEFAULT_NOTE_MAX : DEFAULT_TEXT_MAX);
  return text.length > max ? issue(field.key, text, 'tooLong', { maxLength: max, length: text.length }) : undefined;
}

function wrongType(field: FieldDef, value: unknown): ValidationIssue {
  return issue(field.key, value, 'wrongType', { expected: field.kind });
}

/** Shared empty result: most values are valid, and validation runs over thousands of rows. */
const NONE: readonly ValidationIssue[] = [];

function one(found: ValidationIssue | undefined): readonly ValidationIssue[] {
  return found ? [found] : NONE;
}

/** The fields of a list, computed once per list definition. */
const FIELDS_OF = new WeakMap<ListDef, readonly FieldDef[]>();
function fieldsOf(listDef: ListDef): readonly FieldDef[] {
  let fields = FIELDS_OF.get(listDef);
  if (!fields) {
    fields = allFields(listDef);
    FIELDS_OF.set(listDef, fields);
  }
  return fields;
}

function multiChoiceIssues(field: FieldDef, value: readonly unknown[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const code of value) {
    if (typeof code !== 'string' || !(field.choices ?? []).some((c) => c.code === code)) out.push(issue(field.key, code, 'invalidChoice'));
    else if (seen.has(code)) out.push(issue(field.key, code, 'duplicateChoice'));
    if (typeof code === 'string') seen.add(code);
  }
  return out;
}

/** The issues of one non-empty value against its field definition. */
function valueIssues(field: FieldDef, value: unknown, context: ValidationContext): readonly ValidationIssue[] {
  switch (field.kind) {
    case 'text':
    case 'note': {
      if (typeof value !== 'string') return [wrongType(field, value)];
      const tooLong = lengthIssue(field, value);
      if (tooLong) return [tooLong];
      const taken = field.unique === true && context.takenValues?.[field.key]?.has(uniqueKey(value)) === true;
      return taken ? [issue(field.key, value, 'notUnique')] : NONE;
    }
    case 'integer':
    case 'year':
    case 'number':
    case 'currency':
    case 'percent':
      if (!isFiniteNumber(value)) return [wrongType(field, value)];
      if ((field.kind === 'integer' || field.kind === 'year') && !Number.isInteger(value)) return [issue(field.key, value, 'notInteger')];
      return one(rangeIssue(field, value));
    case 'boolean':
      return typeof value === 'boolean' ? NONE : [wrongType(field, value)];
    case 'choice':
      if (typeof value !== 'string') return [wrongType(field, value)];
      if (field.fillIn) return one(lengthIssue(field, value));
      return (field.choices ?? []).some((c) => c.code === value) ? NONE : [issue(field.key, value, 'invalidChoice')];
    case 'multichoice':
      return Array.isArray(value) ? multiChoiceIssues(field, value) : [wrongType(field, value)];
    case 'date':
      if (typeof value !== 'string') return [wrongType(field, value)];
      return isRealDay(value) ? NONE : [issue(field.key, value, 'invalidDate')];
    case 'datetime':
      if (typeof value !== 'string') return [wrongType(field, value)];
      return isInstant(value) ? NONE : [issue(field.key, value, 'invalidDateTime')];
    case 'period':
      if (typeof value !== 'string') return [wrongType(field, value)];
      // Canonical form only: the importer and the form normalise what people type first.
      return normalisePeriod(value) === value ? NONE : [issue(field.key, value, 'invalidPeriod')];
    case 'user': {
      const email = typeof value === 'object' && value !== null ? (value as { email?: unknown }).email : undefined;
      if (typeof email !== 'string') return [wrongType(field, value)];
      return isEmail(email) ? NONE : [issue(field.key, email, 'invalidEmail')];
    }
    case 'lookup':
      if (!isFiniteNumber(value)) return [wrongType(field, value)];
      return Number.isInteger(value) && value > 0 ? NONE : [issue(field.key, value, 'invalidLookup')];
    default:
      return NONE;
  }
}

/**
 * Checks values against a list's schema and its cross-field rules. Keys that are not fields of the
 * list (id, etag, ...) are ignored, so a whole entity can be passed. Returns every issue found, in the
 * schema's field order, cross-field issues last; an empty list means valid.
 *
 * Domain rules for actions (see `rules.ts`): an end before the start is an error; costs below zero are
 * errors; a completed action whose progress is below 100 is a *warning* (old sheets mark rows completed
 * without touching the %, and a warning must not block a whole import; the form sets 100 on completion).
 */
export function validateFields(listDef: ListDef, values: Readonly<Record<string, unknown>>, context: ValidationContext = {}): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const failed = new Set<string>();
  for (const field of fieldsOf(listDef)) {
    const present = Object.prototype.hasOwnProperty.call(values, field.key);
    if (!present && context.partial) continue;
    const value = present ? values[field.key] : undefined;
    const before = out.length;
    if (isEmpty(value)) {
      if (field.required) out.push(issue(field.key, value ?? null, 'required'));
    } else {
      for (const found of valueIssues(field, value, context)) out.push(found);
    }
    if (out.length > before) failed.add(field.key);
  }
  const rules = crossFieldRules(listDef.key);
  // A cross-field rule only looks at fields that are valid on their own: one message per mistake.
  const valid = (key: string): boolean => !failed.has(key) && !isEmpty(values[key]);
  for (const rule of rules) rule(values, valid, out);
  return out;
}

/** The value SharePoint gives an empty field: booleans are false, multi-choices empty, everything else null. */
export function emptyValue(field: FieldDef): false | [] | null {
  if (field.kind === 'boolean') return false;
  if (field.kind === 'multichoice') return [];
  return null;
}

/** Absent keys get the value SharePoint would give them (false, [], null). */
export function completeFields<L extends ListDef>(listDef: L, values: Readonly<Record<string, unknown>>): Fields<L> {
  const complete: Record<string, unknown> = {};
  for (const field of fieldsOf(listDef)) {
    const given = values[field.key];
    complete[field.key] = given !== undefined ? given : emptyValue(field);
  }
  // Every schema key is set and each value passed its field's checks before this is called.
  return complete as Fields<L>;
}

/**
 * Validates a whole item and, when it has no errors, returns it typed and complete (absent optional
 * keys filled), with its warnings.
 */
export function validateItem<L extends ListDef>(listDef: L, values: Readonly<Record<string, unknown>>, context: ValidationContext = {}): Validated<Fields<L>> {
  const issues = validateFields(listDef, values, { ...context, partial: false });
  if (hasErrors(issues)) return { ok: false, issues };
  return { ok: true, value: completeFields(listDef, values), warnings: issues };
}

export function validateRoadmapAction(values: Readonly<Record<string, unknown>>, context: ValidationContext = {}): Validated<RoadmapActionFields> {
  return validateItem(ROADMAP_ACTIONS, values, context);
}
