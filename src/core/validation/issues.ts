/**
 * What validation reports: values, never exceptions. A form shows the issues next to its fields; the
 * Excel import adds the row number and the column header around `describeIssue`'s text.
 */

/** Why a value was rejected (or questioned). Each code has one message in the `validation` catalog. */
export type IssueCode =
  /** A required field is empty (null, undefined, blank text, an empty list). */
  | 'required'
  /** The value is not of the field's kind (text where a number belongs, and so on). */
  | 'wrongType'
  /** A whole number was expected (years, ids, counts). */
  | 'notInteger'
  /** Longer than the field's `maxLength` (255 for single-line text by default). */
  | 'tooLong'
  /** Outside `min`–`max` when the field has both bounds (progress 0–100, years). */
  | 'outOfRange'
  | 'belowMin'
  | 'aboveMax'
  /** A euro amount below zero: costs are never negative. */
  | 'negativeAmount'
  /** Not one of the field's choice codes (fill-in choices accept any text). */
  | 'invalidChoice'
  /** The same code twice in a multi-choice. */
  | 'duplicateChoice'
  /** Not a real calendar day in `YYYY-MM-DD`. */
  | 'invalidDate'
  /** Not an ISO 8601 instant. */
  | 'invalidDateTime'
  /** Not a period in canonical form (`YYYY-MM-DD` or `YYYY-Qn`). */
  | 'invalidPeriod'
  /** A person without a plausible e-mail address. */
  | 'invalidEmail'
  /** A lookup that is not a positive item id. */
  | 'invalidLookup'
  /** A value that must be unique (an action's code) is already used. */
  | 'notUnique'
  /** An end (period or instant) before the start. */
  | 'endBeforeStart'
  /** A completed action whose progress is not 100 (a warning: see `validateFields`). */
  | 'completedNotFull';

/**
 * Errors block saving and importing; warnings are shown but do not block (the city's spreadsheet has
 * rows that would otherwise make a whole import fail for a detail).
 */
export type Severity = 'error' | 'warning';

export type IssueParams = Readonly<Record<string, string | number>>;

export interface ValidationIssue {
  /** The domain key of the field (`progress`, `end`, ...). */
  readonly field: string;
  /** The offending value as given (domain form), for the message and for the importer's report. */
  readonly value: unknown;
  readonly code: IssueCode;
  readonly severity: Severity;
  /** What the message needs besides the field and the value: bounds, allowed choices, the start... */
  readonly params: IssueParams;
}

/** An issue found in a set of items (a sheet, a list): `index` is the item's position in the set. */
export interface IndexedValidationIssue extends ValidationIssue {
  readonly index: number;
}

export function issue(field: string, value: unknown, code: IssueCode, params: IssueParams = {}, severity: Severity = 'error'): ValidationIssue {
  return { field, value, code, severity, params };
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

export function errorsOf<I extends ValidationIssue>(issues: readonly I[]): I[] {
  return issues.filter((i) => i.severity === 'error');
}

export function warningsOf<I extends ValidationIssue>(issues: readonly I[]): I[] {
  return issues.filter((i) => i.severity === 'warning');
}

/**
 * A validated value or the reasons it was refused (neverthrow-style, without the dependency).
 * Warnings travel with a valid value so that the caller can still show them.
 */
export type Validated<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };
