import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { BENEFICIARIES, COST_CLASSES, GOALS, IDEAS, IMPACT_CLASSES, fieldByKey, type GoalCode, type SizeClass } from '../../core/schema';
import type { IdeaDraft, IdeaFieldError } from '../../core/cycle';
import { Btn } from '../common/Btn';
import { ChoiceMenu, type IChoiceMenuOption } from '../common/ChoiceMenu';
import { cycleText } from '../cycle/text';

export interface IIdeaFormProps {
  readonly lang: Lang;
  /** The idea being edited, or an empty draft for a new one. */
  readonly initial: IdeaDraft;
  /** Field errors from the last attempt (shown under their fields). */
  readonly errors: readonly IdeaFieldError[];
  readonly busy: boolean;
  /** True when editing an existing idea (changes the button and shows "cancel"). */
  readonly editing: boolean;
  readonly onSubmit: (draft: IdeaDraft) => void;
  readonly onCancel?: () => void;
}

const NOT_SURE = 'none';

const classes = mergeStyleSets({
  form: { display: 'grid', gap: 16, maxWidth: 640 },
  fieldset: { border: 0, margin: 0, padding: 0, selectors: { legend: { fontWeight: 600, padding: '0 0 6px' } } },
  checks: { display: 'flex', flexWrap: 'wrap', gap: '8px 20px' },
  buttons: { display: 'flex', gap: 8 }
});

function label(key: string, lang: Lang): string {
  return fieldByKey(IDEAS, key).labels[lang];
}

function sizeOptions(choices: typeof COST_CLASSES | typeof IMPACT_CLASSES, lang: Lang): IChoiceGroupOption[] {
  return [...choices.map((c) => ({ key: c.code, text: c.labels[lang] })), { key: NOT_SURE, text: cycleText(lang, 'idea.notSure') }];
}

/**
 * The short idea form: what, why, who benefits, which goal, rough cost and impact class. Only the name
 * and "what" are required; the rest helps the steering group but may be left open.
 */
export function IdeaForm(props: IIdeaFormProps): React.ReactElement {
  const { lang, initial, errors, busy } = props;
  // The parent remounts the form (a new `key`) to start over or to edit another idea.
  const [draft, setDraft] = React.useState<IdeaDraft>(initial);
  const set = (patch: Partial<IdeaDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: IdeaFieldError['field']): string | undefined => {
    const e = errors.find((x) => x.field === field);
    return e ? cycleText(lang, e.error === 'required' ? 'error.required' : 'error.too-long') : undefined;
  };
  const goalOptions: IChoiceMenuOption[] = [
    { key: NOT_SURE, text: cycleText(lang, 'idea.notSure') },
    ...GOALS.map((g) => ({ key: g.code, text: `${g.code} – ${g.labels[lang]}` }))
  ];
  const chosen = new Set(draft.beneficiaries ?? []);

  return (
    <form
      className={classes.form}
      noValidate={true}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(draft);
      }}
      data-testid="idea-form"
    >
      <TextField
        label={label('title', lang)}
        description={cycleText(lang, 'idea.titleHint')}
        required={true}
        value={draft.title}
        onChange={(_, v) => set({ title: v ?? '' })}
        errorMessage={errorOf('title')}
        maxLength={255}
        name="title"
      />
      <TextField
        label={label('what', lang)}
        description={cycleText(lang, 'idea.whatHint')}
        required={true}
        multiline={true}
        rows={3}
        value={draft.what}
        onChange={(_, v) => set({ what: v ?? '' })}
        errorMessage={errorOf('what')}
        name="what"
      />
      <TextField
        label={label('why', lang)}
        description={cycleText(lang, 'idea.whyHint')}
        multiline={true}
        rows={3}
        value={draft.why ?? ''}
        onChange={(_, v) => set({ why: v ?? '' })}
        name="why"
      />
      <fieldset className={classes.fieldset}>
        <legend>{label('beneficiaries', lang)}</legend>
        <div className={classes.checks}>
          {BENEFICIARIES.map((b) => (
            <Checkbox
              key={b.code}
              label={b.labels[lang]}
              checked={chosen.has(b.code)}
              onChange={(_, checked) => {
                const next = BENEFICIARIES.map((x) => x.code).filter((c) => (c === b.code ? checked === true : chosen.has(c)));
                set({ beneficiaries: next });
              }}
            />
          ))}
        </div>
      </fieldset>
      <ChoiceMenu
        id="idea-goal"
        label={label('goal', lang)}
        options={goalOptions}
        multiple={false}
        placeholder={cycleText(lang, 'idea.notSure')}
        selectedKeys={[draft.goal ?? NOT_SURE]}
        onChange={([key]) => set({ goal: !key || key === NOT_SURE ? null : (key as GoalCode) })}
      />
      <ChoiceGroup
        label={label('costClass', lang)}
        options={sizeOptions(COST_CLASSES, lang)}
        selectedKey={draft.costClass ?? NOT_SURE}
        onChange={(_, o) => set({ costClass: !o || o.key === NOT_SURE ? null : (o.key as SizeClass) })}
      />
      <ChoiceGroup
        label={label('impactClass', lang)}
        options={sizeOptions(IMPACT_CLASSES, lang)}
        selectedKey={draft.impactClass ?? NOT_SURE}
        onChange={(_, o) => set({ impactClass: !o || o.key === NOT_SURE ? null : (o.key as SizeClass) })}
      />
      <div className={classes.buttons}>
        <Btn primary={true} type="submit" disabled={busy} testId="idea-submit">
          {busy ? cycleText(lang, 'idea.submitting') : cycleText(lang, props.editing ? 'idea.saveChanges' : 'idea.submit')}
        </Btn>
        {props.editing && props.onCancel ? <Btn onClick={props.onCancel}>{COMMON[lang].cancel}</Btn> : null}
      </div>
    </form>
  );
}
