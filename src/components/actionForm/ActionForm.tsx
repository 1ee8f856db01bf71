import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ACTION } from '../../core/i18n/action';
import { COMMON } from '../../core/i18n/common';
import { FieldControl } from './FieldControl';
import type { IActionFormProps } from './IActionFormProps';
import { useActionForm } from './useActionForm';

const classes = mergeStyleSets({
  form: { display: 'flex', flexDirection: 'column', gap: 12 },
  buttons: { display: 'flex', gap: 8, alignItems: 'center', marginTop: 8 }
});

/** The edit (or new proposal) form, generated from the schema; validation is inline and localised. */
export default function ActionForm(props: IActionFormProps): React.ReactElement {
  const { lang, mode, busy, error, onCancel } = props;
  const t = ACTION[lang];
  const m = useActionForm(props);
  return (
    <form
      className={classes.form}
      noValidate={true}
      aria-labelledby="dt-form-heading"
      data-testid="action-form"
      onSubmit={(e) => {
        e.preventDefault();
        m.submit();
      }}
    >
      <h3 id="dt-form-heading" tabIndex={-1} data-autofocus="true" style={{ margin: 0 }}>{mode === 'new' ? t.newTitle : t.edit}</h3>
      {mode === 'new' && <p style={{ margin: 0 }}>{t.newIntro}</p>}
      <p style={{ margin: 0 }}>{t.requiredNote}</p>
      {m.specs.map((spec) => (
        <FieldControl
          key={spec.field.key}
          lang={lang}
          spec={spec}
          value={m.values[spec.field.key] ?? ''}
          error={m.errors[spec.field.key]}
          onChange={(v) => m.setValue(spec.field.key, v)}
          onBlur={() => m.touch(spec.field.key)}
        />
      ))}
      {m.summary && (
        <div role="alert">
          <MessageBar messageBarType={MessageBarType.error}>{m.summary}</MessageBar>
        </div>
      )}
      {error && (
        <div role="alert">
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{error}</MessageBar>
        </div>
      )}
      <div className={classes.buttons}>
        <PrimaryButton type="submit" disabled={busy} data-testid="form-save">{COMMON[lang].save}</PrimaryButton>
        <DefaultButton onClick={onCancel} disabled={busy}>{COMMON[lang].cancel}</DefaultButton>
        {busy && <Spinner size={SpinnerSize.small} label={t.saving} ariaLive="polite" labelPosition="right" />}
      </div>
    </form>
  );
}
