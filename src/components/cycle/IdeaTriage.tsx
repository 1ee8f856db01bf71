import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { canTransitionIdea, nextRoadmapYear, type CycleActor } from '../../core/cycle';
import type { Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { SHELL } from '../../core/i18n/shell';
import {
  GOALS, IDEAS, LEVELS, ROADMAP_ACTIONS, choiceLabel, fieldByKey, type GoalCode, type Idea, type IdeaState, type LevelCode, type RoadmapAction
} from '../../core/schema';
import { acceptIdeaAsProposal, actionsOfYears, decideIdea } from '../../data/cycle/cycleService';
import { EmptyState, ErrorState, LoadingState, Notice, type INotice } from '../common';
import { describeError } from '../shell';
import { cycleText, reasonText } from './text';
import type { ICycleServices } from './types';
import { start, useLoad } from './useLoad';

export interface IIdeaTriageProps {
  readonly lang: Lang;
  readonly cycle: ICycleServices;
  readonly actor: CycleActor;
  readonly now: Date;
  readonly announce: (text: string) => void;
}

type DecisionKind = 'accept' | 'reject' | 'merge';

interface IDecisionState {
  readonly kind: DecisionKind;
  readonly idea: Idea;
}

const OPEN_STATES: readonly IdeaState[] = ['new', 'under-review'];
const STATE = fieldByKey(IDEAS, 'state');
const BENEFICIARY = fieldByKey(IDEAS, 'beneficiaries');
const COST = fieldByKey(IDEAS, 'costClass');
const IMPACT = fieldByKey(IDEAS, 'impactClass');

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 16 },
  card: { border: '1px solid', borderRadius: 4, padding: 12 },
  h3: { fontSize: 16, fontWeight: 600, margin: '0 0 4px' },
  meta: { margin: '4px 0' },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '8px 0', selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } } },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 },
  dialogBody: { display: 'grid', gap: 12 }
});

/** The steering group's triage of ideas: under review, accept as a proposal, reject with a reason, merge. */
export function IdeaTriage(props: IIdeaTriageProps): React.ReactElement {
  const { lang, cycle, actor, now, announce } = props;
  const year = nextRoadmapYear(now);
  const data = useLoad(async () => {
    const [ideas, actions] = await Promise.all([cycle.ideas.list(), actionsOfYears(cycle, year - 1)]);
    return { ideas: ideas.sort((a, b) => b.id - a.id), actions };
  }, [cycle, year]);
  const [filter, setFilter] = React.useState<'open' | 'all'>('open');
  const [decision, setDecision] = React.useState<IDecisionState | null>(null);
  const [notice, setNotice] = React.useState<INotice | null>(null);
  const [busy, setBusy] = React.useState(false);

  if (data.loading && !data.data) return <LoadingState label={COMMON[lang].loading} />;
  if (!data.data) return <ErrorState message={describeError(data.error, lang)} onRetry={data.reload} retryLabel={COMMON[lang].retry} />;
  const { ideas, actions } = data.data;
  const shown = filter === 'open' ? ideas.filter((i) => OPEN_STATES.indexOf(i.state) >= 0) : ideas;
  const codeOf = (id: number | null): string | null => (id === null ? null : actions.find((a) => a.id === id)?.code ?? `#${id}`);

  const report = (text: string, kind: INotice['kind']): void => {
    setNotice({ kind, text });
    announce(text);
  };

  const run = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    try {
      const done = await work();
      if (done) {
        report(done, 'success');
        setDecision(null);
        data.reload();
      }
    } catch (error) {
      report(describeError(error, lang), 'error');
    } finally {
      setBusy(false);
    }
  };

  const move = (idea: Idea, to: 'under-review'): void =>
    start(run(async () => {
      const r = await decideIdea(cycle, idea, { to }, actor);
      if (!r.ok) {
        report(reasonText(lang, r.error), 'error');
        return null;
      }
      return cycleText(lang, 'triage.saved');
    }));

  return (
    <section aria-labelledby="dt-triage-title" data-testid="idea-triage">
      <h2 id="dt-triage-title">{cycleText(lang, 'triage.title')}</h2>
      <ChoiceGroup
        label={cycleText(lang, 'triage.filter')}
        selectedKey={filter}
        options={[
          { key: 'open', text: `${cycleText(lang, 'triage.open')} (${ideas.filter((i) => OPEN_STATES.indexOf(i.state) >= 0).length})` },
          { key: 'all', text: `${cycleText(lang, 'triage.all')} (${ideas.length})` }
        ]}
        onChange={(_, o) => setFilter(o?.key === 'all' ? 'all' : 'open')}
        styles={{ flexContainer: { display: 'flex', gap: 16 } }}
      />
      <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={SHELL[lang].dismiss} />
      {shown.length === 0 ? (
        <EmptyState message={COMMON[lang].empty} />
      ) : (
        <ul className={classes.list}>
          {shown.map((idea) => {
            const allowed = (to: IdeaState): boolean => canTransitionIdea(idea, to, actor).allowed;
            const linked = codeOf(idea.action);
            return (
              <li key={idea.id} className={classes.card} data-testid="triage-idea" data-idea-id={idea.id} data-idea-state={idea.state}>
                <h3 className={classes.h3}>{idea.title}</h3>
                <p className={classes.meta}>
                  <strong>{choiceLabel(STATE, idea.state, lang)}</strong>
                  {idea.proposer ? ` · ${cycleText(lang, 'triage.proposedBy', { name: idea.proposer.displayName ?? idea.proposer.email })}` : ''}
                  {linked ? ` · ${cycleText(lang, 'idea.becameAction', { code: linked })}` : ''}
                </p>
                <dl className={classes.dl}>
                  <dt>{fieldByKey(IDEAS, 'what').labels[lang]}</dt>
                  <dd>{idea.what}</dd>
                  {idea.why ? (
                    <>
                      <dt>{fieldByKey(IDEAS, 'why').labels[lang]}</dt>
                      <dd>{idea.why}</dd>
                    </>
                  ) : null}
                  {idea.goal ? (
                    <>
                      <dt>{fieldByKey(IDEAS, 'goal').labels[lang]}</dt>
                      <dd>{`${idea.goal} – ${choiceLabel(fieldByKey(IDEAS, 'goal'), idea.goal, lang)}`}</dd>
                    </>
                  ) : null}
                  {idea.beneficiaries.length ? (
                    <>
                      <dt>{BENEFICIARY.labels[lang]}</dt>
                      <dd>{idea.beneficiaries.map((b) => choiceLabel(BENEFICIARY, b, lang)).join(', ')}</dd>
                    </>
                  ) : null}
                  <dt>{COST.labels[lang]}</dt>
                  <dd>{idea.costClass ? choiceLabel(COST, idea.costClass, lang) : cycleText(lang, 'proposals.unknownClass')}</dd>
                  <dt>{IMPACT.labels[lang]}</dt>
                  <dd>{idea.impactClass ? choiceLabel(IMPACT, idea.impactClass, lang) : cycleText(lang, 'proposals.unknownClass')}</dd>
                  {idea.outcome ? (
                    <>
                      <dt>{cycleText(lang, 'idea.outcome')}</dt>
                      <dd>{idea.outcome}</dd>
                    </>
                  ) : null}
                </dl>
                <div className={classes.buttons}>
                  {idea.state === 'new' && allowed('under-review') ? (
                    <DefaultButton disabled={busy} onClick={() => move(idea, 'under-review')}>{cycleText(lang, 'triage.review')}</DefaultButton>
                  ) : null}
                  {idea.state === 'rejected' && allowed('under-review') ? (
                    <DefaultButton disabled={busy} onClick={() => move(idea, 'under-review')}>{cycleText(lang, 'triage.reopen')}</DefaultButton>
                  ) : null}
                  {allowed('accepted') ? (
                    <PrimaryButton disabled={busy} onClick={() => setDecision({ kind: 'accept', idea })} data-testid="triage-accept">
                      {cycleText(lang, 'triage.accept')}
                    </PrimaryButton>
                  ) : null}
                  {allowed('rejected') ? (
                    <DefaultButton disabled={busy} onClick={() => setDecision({ kind: 'reject', idea })}>{cycleText(lang, 'triage.reject')}</DefaultButton>
                  ) : null}
                  {allowed('merged') ? (
                    <DefaultButton disabled={busy} onClick={() => setDecision({ kind: 'merge', idea })}>{cycleText(lang, 'triage.merge')}</DefaultButton>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {decision ? (
        <DecisionDialog
          key={`${decision.kind}-${decision.idea.id}`}
          lang={lang}
          decision={decision}
          year={year}
          actions={actions}
          busy={busy}
          onCancel={() => setDecision(null)}
          onConfirm={(values) =>
            start(run(async () => {
              const idea = decision.idea;
              if (decision.kind === 'accept') {
                const r = await acceptIdeaAsProposal(cycle, idea, now, {
                  by: actor, level: values.level, goal: values.goal, roadmapYear: values.year, note: values.text
                });
                if (!r.ok) {
                  report(reasonText(lang, r.error), 'error');
                  return null;
                }
                return cycleText(lang, 'triage.accepted', { code: r.value.action.code ?? `#${r.value.action.id}`, year: r.value.action.roadmapYear });
              }
              const r = decision.kind === 'reject'
                ? await decideIdea(cycle, idea, { to: 'rejected', reason: values.text }, actor)
                : await decideIdea(cycle, idea, { to: 'merged', actionId: values.actionId ?? 0, note: values.text }, actor);
              if (!r.ok) {
                report(reasonText(lang, r.error), 'error');
                return null;
              }
              return cycleText(lang, 'triage.saved');
            }))
          }
        />
      ) : null}
    </section>
  );
}

interface IDecisionValues {
  readonly level: LevelCode | null;
  readonly goal: GoalCode | null;
  readonly year: number;
  readonly actionId: number | null;
  readonly text: string;
}

interface IDecisionDialogProps {
  readonly lang: Lang;
  readonly decision: IDecisionState;
  readonly year: number;
  readonly actions: readonly RoadmapAction[];
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: (values: IDecisionValues) => void;
}

function DecisionDialog(props: IDecisionDialogProps): React.ReactElement {
  const { lang, decision } = props;
  const [values, setValues] = React.useState<IDecisionValues>({ level: null, goal: decision.idea.goal, year: props.year, actionId: null, text: '' });
  const [tried, setTried] = React.useState(false);
  const set = (patch: Partial<IDecisionValues>): void => setValues((v) => ({ ...v, ...patch }));
  const title = cycleText(lang, decision.kind === 'accept' ? 'triage.accept' : decision.kind === 'reject' ? 'triage.reject' : 'triage.merge');
  const missing =
    decision.kind === 'accept' ? (!values.level ? 'level-required' : !values.goal ? 'goal-required' : null)
      : decision.kind === 'reject' ? (!values.text.trim() ? 'reason-required' : null)
        : !values.actionId ? 'action-required' : null;
  const actionOptions: IDropdownOption[] = props.actions
    .filter((a) => a.status !== 'cancelled')
    .map((a) => ({ key: a.id, text: `${a.code ?? `#${a.id}`} ${a.title} (${a.roadmapYear})` }));

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.normal, title, subText: decision.idea.title }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      <div className={classes.dialogBody} data-testid="triage-dialog">
        {decision.kind === 'accept' ? (
          <>
            <p>{cycleText(lang, 'triage.acceptInto', { year: values.year })}</p>
            <Dropdown
              label={fieldByKey(ROADMAP_ACTIONS, 'level').labels[lang]}
              required={true}
              options={LEVELS.map((l) => ({ key: l.code, text: l.labels[lang] }))}
              selectedKey={values.level}
              onChange={(_, o) => set({ level: (o?.key as LevelCode | undefined) ?? null })}
              errorMessage={tried && missing === 'level-required' ? reasonText(lang, missing) : undefined}
              data-testid="accept-level"
            />
            <Dropdown
              label={fieldByKey(ROADMAP_ACTIONS, 'goal').labels[lang]}
              required={true}
              options={GOALS.map((g) => ({ key: g.code, text: `${g.code} – ${g.labels[lang]}` }))}
              selectedKey={values.goal}
              onChange={(_, o) => set({ goal: (o?.key as GoalCode | undefined) ?? null })}
              errorMessage={tried && missing === 'goal-required' ? reasonText(lang, missing) : undefined}
            />
            <TextField
              label={fieldByKey(ROADMAP_ACTIONS, 'roadmapYear').labels[lang]}
              type="number"
              value={String(values.year)}
              onChange={(_, v) => set({ year: Number(v) || props.year })}
            />
          </>
        ) : null}
        {decision.kind === 'merge' ? (
          <Dropdown
            label={cycleText(lang, 'triage.mergeInto')}
            required={true}
            options={actionOptions}
            selectedKey={values.actionId}
            onChange={(_, o) => set({ actionId: typeof o?.key === 'number' ? o.key : null })}
            errorMessage={tried && missing === 'action-required' ? reasonText(lang, missing) : undefined}
          />
        ) : null}
        <TextField
          label={cycleText(lang, decision.kind === 'reject' ? 'triage.reason' : 'triage.note')}
          required={decision.kind === 'reject'}
          multiline={true}
          rows={3}
          value={values.text}
          onChange={(_, v) => set({ text: v ?? '' })}
          errorMessage={tried && missing === 'reason-required' ? reasonText(lang, missing) : undefined}
        />
      </div>
      <DialogFooter>
        <PrimaryButton
          disabled={props.busy}
          onClick={() => {
            setTried(true);
            if (!missing) props.onConfirm(values);
          }}
          data-testid="triage-confirm"
        >
          {cycleText(lang, 'triage.confirm')}
        </PrimaryButton>
        <DefaultButton onClick={props.onCancel}>{COMMON[lang].cancel}</DefaultButton>
      </DialogFooter>
    </Dialog>
  );
}
