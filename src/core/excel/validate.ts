import type { Lang } from '../i18n/catalog';
import { ROADMAP_ACTIONS } from '../schema/lists';
import { describeIssue, validateFields, type Severity } from '../validation';

/**
 * The schema's field rules applied to what a workbook gives: a thin adapter over the validation module
 * (`validateFields` / `describeIssue`), so that forms and the import agree on what a valid action is.
 */
export interface FieldProblem {
  readonly key: string;
  readonly message: string;
  /** Warnings (e.g. a completed action below 100 %) are reported but do not block the row. */
  readonly severity: Severity;
}

function described(values: Readonly<Record<string, unknown>>, partial: boolean, lang: Lang): FieldProblem[] {
  return validateFields(ROADMAP_ACTIONS, values, { partial }).map((issue) => ({
    key: issue.field,
    message: describeIssue(issue, lang, ROADMAP_ACTIONS),
    severity: issue.severity
  }));
}

/** Problems with the given keys of a row's values (other keys are not looked at). */
export function validateActionFields(values: Readonly<Record<string, unknown>>, keys: readonly string[], lang: Lang): FieldProblem[] {
  const subset: Record<string, unknown> = {};
  for (const key of keys) subset[key] = values[key];
  return described(subset, true, lang);
}

/** Problems of a whole action (a new one, or an item with a row's changes on it). */
export function validateWholeAction(values: Readonly<Record<string, unknown>>, lang: Lang): FieldProblem[] {
  return described(values, false, lang);
}
