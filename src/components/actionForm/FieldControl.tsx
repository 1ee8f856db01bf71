import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import type { Lang } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import type { FormFieldSpec, FormValue } from '../../core/roadmap/form';

export interface IFieldControlProps {
  readonly lang: Lang;
  readonly spec: FormFieldSpec;
  readonly value: FormValue;
  readonly error?: string;
  readonly onChange: (value: FormValue) => void;
  readonly onBlur: () => void;
}

const NONE_KEY = '__none__';

/** One schema field as the matching Fluent control: label, required mark, help text, inline error. */
export function FieldControl(props: IFieldControlProps): React.ReactElement {
  const { lang, spec, value, error, onChange, onBlur } = props;
  const t = ACTION[lang];
  const { field } = spec;
  const id = `dt-field-${field.key}`;
  const label = field.labels[lang];
  const description = field.description?.[lang];
  const text = typeof value === 'string' ? value : '';
  const options: IDropdownOption[] = (field.choices ?? []).map((c) => ({ key: c.code, text: c.labels[lang] }));

  switch (spec.control) {
    case 'checkbox':
      return <Checkbox id={id} label={label} checked={value === true} onChange={(_e, checked) => onChange(checked === true)} />;
    case 'choice':
      return (
        <Dropdown
          id={id}
          label={label}
          required={spec.required}
          placeholder={t.choose}
          options={spec.required ? options : [{ key: NONE_KEY, text: t.noChoice }, ...options]}
          selectedKey={text || (spec.required ? null : NONE_KEY)}
          onChange={(_e, o) => onChange(o && o.key !== NONE_KEY ? String(o.key) : '')}
          onBlur={onBlur}
          errorMessage={error}
        />
      );
    case 'multichoice': {
      const selected = Array.isArray(value) ? (value as readonly string[]) : [];
      return (
        <Dropdown
          id={id}
          label={label}
          required={spec.required}
          placeholder={t.choose}
          multiSelect={true}
          options={options}
          selectedKeys={[...selected]}
          onChange={(_e, o) => {
            if (!o) return;
            const key = String(o.key);
            onChange(o.selected ? [...selected.filter((k) => k !== key), key] : selected.filter((k) => k !== key));
          }}
          onBlur={onBlur}
          errorMessage={error}
        />
      );
    }
    case 'choiceFillIn':
      return (
        <ComboBox
          id={id}
          label={label}
          required={spec.required}
          allowFreeform={true}
          autoComplete="on"
          options={options}
          selectedKey={options.some((o) => o.key === text) ? text : null}
          text={options.some((o) => o.key === text) ? undefined : text}
          onChange={(_e, o, _i, typed) => onChange(o ? String(o.key) : (typed ?? '').trim())}
          onBlur={onBlur}
          errorMessage={error}
          placeholder={t.fillInHint}
        />
      );
    default: {
      const multiline = spec.control === 'multiline';
      const type = spec.control === 'date' ? 'date' : spec.control === 'person' ? 'email' : 'text';
      const hint = spec.control === 'period' ? t.periodHint : spec.control === 'person' ? t.personHint : description;
      return (
        <TextField
          id={id}
          label={label}
          required={spec.required}
          multiline={multiline}
          autoAdjustHeight={multiline}
          rows={multiline ? 3 : undefined}
          type={type}
          inputMode={spec.control === 'number' ? 'decimal' : undefined}
          value={text}
          description={hint}
          onChange={(_e, v) => onChange(v ?? '')}
          onBlur={onBlur}
          errorMessage={error}
          validateOnLoad={false}
        />
      );
    }
  }
}
