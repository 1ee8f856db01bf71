import type { FieldDef, ListDef, Person } from '../schema';
import { ROADMAP_ACTIONS, allFields } from '../schema/lists';
import { parsePeriod, periodToString } from '../schema/period';
import { sameFieldValue } from './values';

/**
 * The edit form is generated from the schema: each field kind maps to one kind of control, and the
 * values travel as text (what inputs hold) until `parseFormValues` turns them into domain values.
 */
export type ControlKind = 'text' | 'multiline' | 'number' | 'checkbox' | 'choice' | 'choiceFillIn' | 'multichoice' | 'date' | 'period' | 'person';

export interface FormFieldSpec {
  readonly field: FieldDef;
  readonly control: ControlKind;
  readonly required: boolean;
}

/** Null for kinds a person does not type (lookups, timestamps). */
export function controlKindOf(field: FieldDef): ControlKind | null {
  switch (field.kind) {
    case 'text':
      return 'text';
    case 'note':
      return 'multiline';
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
    case 'year':
      return 'number';
    case 'boolean':
      return 'checkbox';
    case 'choice':
      return field.fillIn ? 'choiceFillIn' : 'choice';
    case 'multichoice':
      return 'multichoice';
    case 'date':
      return 'date';
    case 'period':
      return 'period';
    case 'user':
      return 'person';
    default:
      return null;
  }
}

/** Fields that follow the latest status report; a report changes them, not the edit form. */
export const REPORT_MANAGED_KEYS: readonly string[] = ['trafficLight', 'progress', 'lastReportOn', 'decisionNeeded'];
/**
 * Fields in the steering group's hands (the code is generated; approval is theirs): stored in a list only
 * the steering group writes (ROADMAP_ACTIONS.decisions), so the form's rule is also SharePoint's.
 */
export const STEERING_ONLY_KEYS: readonly string[] = ROADMAP_ACTIONS.decisions.fields;
/** Set automatically on a new action: it starts as a proposal. */
export const NEW_ACTION_FIXED_KEYS: readonly string[] = ['code', 'status', 'approvalState', 'approvedOn', 'boardDecisionRef'];

export function formFieldsOf(def: ListDef, include: (f: FieldDef) => boolean): FormFieldSpec[] {
  const specs: FormFieldSpec[] = [];
  for (const field of allFields(def)) {
    const control = controlKindOf(field);
    if (control && include(field)) specs.push({ field, control, required: field.required === true });
  }
  return specs;
}

/** The fields of the action form for a mode and a person (steering members see the approval fields). */
export function actionFormFields(mode: 'edit' | 'new', steering: boolean): FormFieldSpec[] {
  return formFieldsOf(ROADMAP_ACTIONS, (f) => {
    if (REPORT_MANAGED_KEYS.indexOf(f.key) >= 0) return false;
    if (mode === 'new' && NEW_ACTION_FIXED_KEYS.indexOf(f.key) >= 0) return false;
    if (!steering && STEERING_ONLY_KEYS.indexOf(f.key) >= 0) return false;
    return true;
  });
}

export type FormValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FormValue>>;

function toFormValue(spec: FormFieldSpec, value: unknown): FormValue {
  switch (spec.control) {
    case 'checkbox':
      return value === true;
    case 'multichoice':
      return Array.isArray(value) ? value.map(String) : [];
    case 'person':
      return value && typeof value === 'object' ? (value as Person).email : '';
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The inputs' values for an entity (or empty inputs for a new one). */
export function toFormValues(specs: readonly FormFieldSpec[], entity: object | null): FormValues {
  const record = entity as Readonly<Record<string, unknown>> | null;
  const values: Record<string, FormValue> = {};
  for (const s of specs) values[s.field.key] = toFormValue(s, record ? record[s.field.key] : null);
  return values;
}

export type FieldProblemCode = 'required' | 'number' | 'integer' | 'min' | 'max' | 'maxLength' | 'period' | 'email' | 'date';

export interface FieldProblem {
  readonly key: string;
  readonly code: FieldProblemCode;
  /** The limit broken, for min/max/maxLength. */
  readonly limit?: number;
}

/**
 * Reads a number as people type it in Finnish and Swedish (`12 400`, `1 234,50`, `12400 €`) or in
 * English (`1,234.50`). Returns NaN when it is not a number.
 */
export function parseNumberInput(text: string): number {
  let t = text.replace(/[\s\u00a0\u202f€%]/g, '');
  if (t === '') return NaN;
  if (t.indexOf(',') >= 0 && t.indexOf('.') >= 0) {
    // Whichever separator comes last is the decimal one.
    t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (t.indexOf(',') >= 0) {
    t = t.replace(',', '.');
  }
  t = t.replace(/^−/, '-');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseOne(spec: FormFieldSpec, raw: FormValue): { value: unknown; problem?: FieldProblem } {
  const f = spec.field;
  const key = f.key;
  const text = typeof raw === 'string' ? raw.trim() : '';
  const missing = (): { value: unknown; problem?: FieldProblem } =>
    spec.required ? { value: null, problem: { key, code: 'required' } } : { value: null };
  switch (spec.control) {
    case 'checkbox':
      return { value: raw === true };
    case 'multichoice': {
      const codes = Array.isArray(raw) ? [...raw] : [];
      return codes.length === 0 && spec.required ? { value: [], problem: { key, code: 'required' } } : { value: codes };
    }
    case 'number': {
      if (text === '') return missing();
      const n = parseNumberInput(text);
      if (Number.isNaN(n)) return { value: null, problem: { key, code: 'number' } };
      if ((f.kind === 'integer' || f.kind === 'year') && !Number.isInteger(n)) return { value: n, problem: { key, code: 'integer' } };
      if (f.min !== undefined && n < f.min) return { value: n, problem: { key, code: 'min', limit: f.min } };
      if (f.max !== undefined && n > f.max) return { value: n, problem: { key, code: 'max', limit: f.max } };
      return { value: n };
    }
    case 'date': {
      if (text === '') return missing();
      const p = parsePeriod(text);
      return p && p.kind === 'day' ? { value: p.day } : { value: null, problem: { key, code: 'date' } };
    }
    case 'period': {
      if (text === '') return missing();
      const p = parsePeriod(text);
      return p ? { value: periodToString(p) } : { value: null, problem: { key, code: 'period' } };
    }
    case 'person': {
      if (text === '') return missing();
      return EMAIL.test(text) ? { value: { email: text.toLowerCase() } } : { value: null, problem: { key, code: 'email' } };
    }
    default: {
      if (text === '') return missing();
      if (f.maxLength !== undefined && text.length > f.maxLength) return { value: text, problem: { key, code: 'maxLength', limit: f.maxLength } };
      return { value: text };
    }
  }
}

/** Domain values from the inputs, with the problems that stop a save (one per field at most). */
export function parseFormValues(specs: readonly FormFieldSpec[], values: FormValues): { fields: Record<string, unknown>; problems: FieldProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const s of specs) {
    const { value, problem } = parseOne(s, values[s.field.key] ?? '');
    fields[s.field.key] = value;
    if (problem) problems.push(problem);
  }
  return { fields, problems };
}

/** Only the fields whose value differs from the original: what an update sends (and what may conflict). */
export function changedFields(original: object, edited: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const before = original as Readonly<Record<string, unknown>>;
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(edited)) if (!sameFieldValue(before[key], edited[key])) changes[key] = edited[key];
  return changes;
}
