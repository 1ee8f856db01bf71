import * as React from 'react';
import { format } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import { actionFormFields, changedFields, parseFormValues, toFormValues, type FieldProblem, type FormFieldSpec, type FormValue, type FormValues } from '../../core/roadmap/form';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { describeIssue } from '../../core/validation/describe';
import { takenSet, validateFields } from '../../core/validation/fields';
import type { IActionFormProps } from './IActionFormProps';

const PROBLEM_TEXT: Readonly<Record<FieldProblem['code'], keyof (typeof ACTION)['fi']>> = {
  required: 'problemRequired',
  number: 'problemNumber',
  integer: 'problemInteger',
  min: 'problemMin',
  max: 'problemMax',
  maxLength: 'problemMaxLength',
  period: 'problemPeriod',
  email: 'problemEmail',
  date: 'problemDate'
};

export interface IActionFormModel {
  readonly specs: FormFieldSpec[];
  readonly values: FormValues;
  /** Localised problem per field key, shown inline once the field was left or a save was tried. */
  readonly errors: Readonly<Record<string, string>>;
  readonly summary: string | null;
  setValue(key: string, value: FormValue): void;
  touch(key: string): void;
  submit(): void;
}

/** The form's state and validation; the fields come from the schema via src/core/roadmap/form. */
export function useActionForm(props: IActionFormProps): IActionFormModel {
  const { lang, mode, action, steering, initialValues, onSubmit } = props;
  const t = ACTION[lang];
  const specs = React.useMemo(() => actionFormFields(mode, steering), [mode, steering]);
  const [values, setValues] = React.useState<FormValues>(() => initialValues ?? toFormValues(specs, action));
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);

  const takenCodes = React.useMemo(
    () => takenSet(props.takenCodes.filter((c) => !action || c !== action.code)),
    [props.takenCodes, action]
  );

  // Two layers: what the inputs cannot even be read as (src/core/roadmap/form), then the schema's
  // validation with its cross-field rules (src/core/validation), one message per field.
  const problems = React.useMemo(() => {
    const parsed = parseFormValues(specs, values);
    const out = new Map<string, string>();
    for (const p of parsed.problems) out.set(p.key, format(t[PROBLEM_TEXT[p.code]], { limit: p.limit ?? '' }));
    const readable: Record<string, unknown> = {};
    for (const key of Object.keys(parsed.fields)) if (!out.has(key)) readable[key] = parsed.fields[key];
    for (const issue of validateFields(ROADMAP_ACTIONS, readable, { partial: true, takenValues: { code: takenCodes } })) {
      if (issue.severity === 'error' && !out.has(issue.field)) out.set(issue.field, describeIssue(issue, lang, ROADMAP_ACTIONS));
    }
    return out;
  }, [specs, values, t, lang, takenCodes]);
  const errors = React.useMemo(() => {
    const out: Record<string, string> = {};
    problems.forEach((text, key) => {
      if (submitted || touched.has(key)) out[key] = text;
    });
    return out;
  }, [problems, submitted, touched]);

  const setValue = React.useCallback((key: string, value: FormValue) => setValues((v) => ({ ...v, [key]: value })), []);
  const touch = React.useCallback((key: string) => setTouched((s) => (s.has(key) ? s : new Set([...s, key]))), []);

  const submit = React.useCallback(() => {
    setSubmitted(true);
    const parsed = parseFormValues(specs, values);
    if (problems.size) {
      // Move focus to the first field to fix (in form order); its message is read out with it.
      const first = specs.map((s) => s.field.key).find((k) => problems.has(k)) ?? '';
      window.setTimeout(() => (document.getElementById(`dt-field-${first}-input`) ?? document.getElementById(`dt-field-${first}`))?.focus(), 0);
      return;
    }
    const fields = mode === 'edit' && action ? changedFields(action, parsed.fields) : parsed.fields;
    // A completed action is 100 % done (validation warns otherwise); the form says so for the person.
    if (fields.status === 'completed' && action?.progress !== 100) fields.progress = 100;
    onSubmit(fields, values);
  }, [specs, values, mode, action, onSubmit, problems]);

  const summary = submitted && problems.size ? format(t.fixProblems, { count: problems.size }) : null;
  return { specs, values, errors, summary, setValue, touch, submit };
}
