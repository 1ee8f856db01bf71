import { format, type Lang } from '../i18n/catalog';
import { EXCEL } from '../i18n/excel';
import { fieldByKey } from '../schema/mapping';
import { ROADMAP_ACTIONS } from '../schema/lists';

/**
 * The schema's field rules applied to a row. A thin adapter: the validation module of the core
 * (`validateFields`/`describeIssue`) takes over here when it lands; until then the same rules
 * (required, length, range) are read from the schema directly.
 */
export interface FieldProblem {
  readonly key: string;
  readonly message: string;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Problems with the given keys of an action's values, localised. */
export function validateActionFields(values: Readonly<Record<string, unknown>>, keys: readonly string[], lang: Lang): FieldProblem[] {
  const t = EXCEL[lang];
  const problems: FieldProblem[] = [];
  for (const key of keys) {
    const field = fieldByKey(ROADMAP_ACTIONS, key);
    const value = values[key];
    if (isEmpty(value)) {
      if (field.required) problems.push({ key, message: t.required });
      continue;
    }
    if (typeof value === 'string' && field.maxLength !== undefined && value.length > field.maxLength) {
      problems.push({ key, message: format(t.tooLong, { max: field.maxLength }) });
    }
    if (typeof value === 'number') {
      if (field.min !== undefined && value < field.min) problems.push({ key, message: format(t.tooSmall, { min: field.min }) });
      if (field.max !== undefined && value > field.max) problems.push({ key, message: format(t.tooLarge, { max: field.max }) });
    }
  }
  return problems;
}
