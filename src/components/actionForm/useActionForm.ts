import * as React from 'react';
import { format } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import { actionFormFields, changedFields, parseFormValues, toFormValues, type FieldProblem, type FormFieldSpec, type FormValue, type FormValues } from '../../core/roadmap/form';
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

  const problems = React.useMemo(() => parseFormValues(specs, values).problems, [specs, values]);
  const errors = React.useMemo(() => {
    const out: Record<string, string> = {};
    for (const p of problems) {
      if (submitted || touched.has(p.key)) out[p.key] = format(t[PROBLEM_TEXT[p.code]], { limit: p.limit ?? '' });
    }
    return out;
  }, [problems, submitted, touched, t]);

  const setValue = React.useCallback((key: string, value: FormValue) => setValues((v) => ({ ...v, [key]: value })), []);
  const touch = React.useCallback((key: string) => setTouched((s) => (s.has(key) ? s : new Set([...s, key]))), []);

  const submit = React.useCallback(() => {
    setSubmitted(true);
    const parsed = parseFormValues(specs, values);
    if (parsed.problems.length) {
      // Move focus to the first field to fix; its message is read out with it (aria-describedby).
      const first = parsed.problems[0].key;
      window.setTimeout(() => (document.getElementById(`dt-field-${first}-input`) ?? document.getElementById(`dt-field-${first}`))?.focus(), 0);
      return;
    }
    onSubmit(mode === 'edit' && action ? changedFields(action, parsed.fields) : parsed.fields, values);
  }, [specs, values, mode, action, onSubmit]);

  const summary = submitted && problems.length ? format(t.fixProblems, { count: problems.length }) : null;
  return { specs, values, errors, summary, setValue, touch, submit };
}
