import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { format } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { STATUS_REPORT } from '../../core/i18n/statusReport';
import { REPORT_DIMENSIONS, REPORT_STEPS } from '../../core/roadmap/report';
import { TRAFFIC_LIGHTS } from '../../core/schema/choices';
import { STATUS_UPDATES } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import type { TrafficLight } from '../../core/schema';
import type { IStatusReportFormProps } from './IStatusReportFormProps';
import { useStatusReportForm } from './useStatusReportForm';

const classes = mergeStyleSets({
  form: { display: 'flex', flexDirection: 'column', gap: 12 },
  dimension: { border: '1px solid rgba(128,128,128,.5)', borderRadius: 4, padding: 8, margin: 0 },
  legend: { fontWeight: 600, padding: '0 4px' },
  buttons: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 8 }
});

const NO_LIGHT = 'none';

/** The status report in three steps: overall light; a light and comment per dimension; progress and decisions. */
export default function StatusReportForm(props: IStatusReportFormProps): React.ReactElement {
  const { lang, action, onCancel } = props;
  const t = STATUS_REPORT[lang];
  const m = useStatusReportForm(props);
  const label = (key: string): string => fieldByKey(STATUS_UPDATES, key).labels[lang];
  const hints: Readonly<Record<TrafficLight, string>> = { green: t.greenHint, yellow: t.yellowHint, red: t.redHint };
  const lightOptions = (withNone: boolean): IChoiceGroupOption[] => [
    ...TRAFFIC_LIGHTS.map((l) => ({ key: l.code, text: withNone ? l.labels[lang] : `${l.labels[lang]} – ${hints[l.code]}` })),
    ...(withNone ? [{ key: NO_LIGHT, text: t.noAssessment }] : [])
  ];
  const stepNames = [t.stepOverall, t.stepDimensions, t.stepProgress];
  const last = m.stepIndex === REPORT_STEPS.length - 1;

  return (
    <form
      className={classes.form}
      noValidate={true}
      aria-labelledby="dt-report-heading"
      data-testid="status-report-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (last) m.submit();
        else m.next();
      }}
    >
      <h3 id="dt-report-heading" tabIndex={-1} data-autofocus="true" style={{ margin: 0 }}>{format(t.title, { code: action.code ?? '' })}</h3>
      <p style={{ margin: 0 }} aria-live="polite" data-testid="report-step">
        {format(t.stepOf, { step: m.stepIndex + 1, total: REPORT_STEPS.length, name: stepNames[m.stepIndex] })}
      </p>

      {m.step === 'overall' && (
        <div data-report-field="overallLight">
          <ChoiceGroup
            label={t.overallQuestion}
            required={true}
            options={lightOptions(false)}
            selectedKey={m.draft.overallLight ?? undefined}
            onChange={(_e, o) => o && m.update({ overallLight: o.key as TrafficLight })}
            aria-describedby={m.errors.overallLight ? 'dt-report-overall-error' : undefined}
          />
          {m.errors.overallLight && <div id="dt-report-overall-error" role="alert" style={{ color: '#a4262c' }}>{m.errors.overallLight}</div>}
        </div>
      )}

      {m.step === 'dimensions' &&
        REPORT_DIMENSIONS.map((d) => {
          const name = label(d.light);
          return (
            <fieldset key={d.key} className={classes.dimension} data-testid={`dimension-${d.key}`}>
              <legend className={classes.legend} id={`dt-dim-${d.key}`}>{name}</legend>
              <ChoiceGroup
                ariaLabelledBy={`dt-dim-${d.key}`}
                options={lightOptions(true)}
                selectedKey={m.draft[d.light] ?? NO_LIGHT}
                onChange={(_e, o) => o && m.update({ [d.light]: o.key === NO_LIGHT ? null : (o.key as TrafficLight) })}
                styles={{ flexContainer: { display: 'flex', gap: 12, flexWrap: 'wrap' } }}
              />
              <div data-report-field={d.comment}>
                <TextField
                  label={format(t.comment, { dimension: name })}
                  multiline={true}
                  rows={2}
                  autoAdjustHeight={true}
                  value={m.draft[d.comment]}
                  onChange={(_e, v) => m.update({ [d.comment]: v ?? '' })}
                  errorMessage={m.errors[d.comment]}
                  required={m.draft[d.light] === 'red'}
                />
              </div>
            </fieldset>
          );
        })}

      {m.step === 'progress' && (
        <>
          <div data-report-field="progress">
            <TextField
              label={label('progress')}
              inputMode="numeric"
              value={m.progressText}
              onChange={(_e, v) => m.setProgressText(v ?? '')}
              errorMessage={m.errors.progress}
              suffix="%"
            />
          </div>
          <TextField label={label('done')} multiline={true} rows={3} autoAdjustHeight={true} value={m.draft.done} onChange={(_e, v) => m.update({ done: v ?? '' })} />
          <TextField label={label('next')} multiline={true} rows={3} autoAdjustHeight={true} value={m.draft.next} onChange={(_e, v) => m.update({ next: v ?? '' })} />
          <Checkbox label={label('decisionNeeded')} checked={m.draft.decisionNeeded} onChange={(_e, c) => m.update({ decisionNeeded: c === true })} />
          {m.draft.decisionNeeded && (
            <div data-report-field="decisionNote">
              <TextField
                label={label('decisionNote')}
                required={true}
                multiline={true}
                rows={2}
                value={m.draft.decisionNote}
                onChange={(_e, v) => m.update({ decisionNote: v ?? '' })}
                errorMessage={m.errors.decisionNote}
              />
            </div>
          )}
          <div data-report-field="publicSummary">
            <TextField
              label={label('publicSummary')}
              multiline={true}
              rows={2}
              autoAdjustHeight={true}
              value={m.draft.publicSummary}
              onChange={(_e, v) => m.update({ publicSummary: v ?? '' })}
              description={fieldByKey(STATUS_UPDATES, 'publicSummary').description?.[lang]}
              errorMessage={m.errors.publicSummary}
              required={m.draft.isPublic}
            />
          </div>
          <Checkbox
            label={label('isPublic')}
            checked={m.draft.isPublic}
            onChange={(_e, c) => m.update({ isPublic: c === true })}
            ariaDescribedBy="dt-report-public-hint"
          />
          <p id="dt-report-public-hint" style={{ margin: 0, fontSize: 12 }}>{t.publicHint}</p>
        </>
      )}

      {m.failure && (
        <div role="alert">
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{m.failure}</MessageBar>
        </div>
      )}
      <div className={classes.buttons}>
        {m.stepIndex > 0 && <DefaultButton onClick={m.back} disabled={m.busy}>{t.back}</DefaultButton>}
        <PrimaryButton type="submit" disabled={m.busy} data-testid={last ? 'report-submit' : 'report-next'}>{last ? t.submit : t.next}</PrimaryButton>
        <DefaultButton onClick={onCancel} disabled={m.busy}>{COMMON[lang].cancel}</DefaultButton>
        {m.busy && <Spinner size={SpinnerSize.small} label={t.submitting} ariaLive="polite" labelPosition="right" />}
      </div>
    </form>
  );
}
