import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IdeaDraft, IdeaFieldError } from '../../core/cycle';
import { COMMON } from '../../core/i18n/common';
import { SHELL } from '../../core/i18n/shell';
import type { Idea } from '../../core/schema';
import { ideasOf, saveIdeaEdit, submitIdea } from '../../data/cycle/cycleService';
import { EmptyState, ErrorState, LoadingState, Notice, type INotice } from '../common';
import { describeError, useApp } from '../shell';
import { cycleText, reasonText } from '../cycle/text';
import type { ICycleServices } from '../cycle/types';
import { start, useLoad } from '../cycle/useLoad';
import { IdeaForm } from './IdeaForm';
import { MyIdeas } from './MyIdeas';

export interface IIdeasAppProps {
  readonly cycle: ICycleServices;
}

const EMPTY: IdeaDraft = { title: '', what: '', why: '', beneficiaries: [], goal: null, costClass: null, impactClass: null };

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 24, maxWidth: 720 },
  h2: { fontSize: 20, fontWeight: 600, margin: 0 }
});

function draftOf(idea: Idea): IdeaDraft {
  return { title: idea.title, what: idea.what, why: idea.why, beneficiaries: idea.beneficiaries, goal: idea.goal, costClass: idea.costClass, impactClass: idea.impactClass };
}

/**
 * The idea web part (SharePoint page and Teams tab): any employee proposes an idea and follows what
 * became of their ideas.
 */
export function IdeasApp(props: IIdeasAppProps): React.ReactElement {
  const { lang, services, announce } = useApp();
  const { cycle } = props;
  const data = useLoad(async () => {
    const rights = await services.readRights();
    const ideas = await ideasOf(cycle, rights.email);
    const linked = [...new Set(ideas.map((i) => i.action).filter((id): id is number => id !== null))];
    const actions = await Promise.all(linked.map((id) => cycle.actions.get(id).catch(() => null)));
    const codes = new Map<number, string>();
    for (const a of actions) if (a?.code) codes.set(a.id, a.code);
    return { rights, ideas, codes };
  }, [services, cycle]);

  const [editing, setEditing] = React.useState<Idea | null>(null);
  const [formKey, setFormKey] = React.useState(0);
  const [errors, setErrors] = React.useState<readonly IdeaFieldError[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<INotice | null>(null);

  if (data.loading && !data.data) return <LoadingState label={COMMON[lang].loading} />;
  if (!data.data) return <ErrorState message={describeError(data.error, lang)} onRetry={data.reload} retryLabel={COMMON[lang].retry} />;
  const { rights, ideas, codes } = data.data;

  const submit = async (draft: IdeaDraft): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      const result = editing ? await saveIdeaEdit(cycle, editing, draft, rights) : await submitIdea(cycle, draft, rights, lang);
      if (result.ok) {
        const text = editing ? cycleText(lang, 'triage.saved') : cycleText(lang, 'idea.thanks');
        setErrors([]);
        setEditing(null);
        setFormKey((k) => k + 1);
        setNotice({ kind: 'success', text });
        announce(text);
        data.reload();
      } else if (result.error === 'invalid') {
        setErrors(result.errors);
        announce(result.errors.map((e) => cycleText(lang, e.error === 'required' ? 'error.required' : 'error.too-long')).join(' '));
      } else {
        setNotice({ kind: 'error', text: reasonText(lang, result.error) });
      }
    } catch (error) {
      setNotice({ kind: 'error', text: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={classes.root} data-testid="ideas-app">
      <section aria-labelledby="dt-idea-form-title">
        <h2 id="dt-idea-form-title" className={classes.h2}>
          {editing ? `${cycleText(lang, 'idea.edit')}: ${editing.title}` : cycleText(lang, 'idea.formTitle')}
        </h2>
        <p>{cycleText(lang, 'idea.formIntro')}</p>
        <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={SHELL[lang].dismiss} />
        <IdeaForm
          key={formKey}
          lang={lang}
          initial={editing ? draftOf(editing) : EMPTY}
          errors={errors}
          busy={busy}
          editing={editing !== null}
          onSubmit={(draft) => start(submit(draft))}
          onCancel={() => {
            setEditing(null);
            setErrors([]);
            setFormKey((k) => k + 1);
          }}
        />
      </section>
      <section aria-labelledby="dt-my-ideas-title">
        <h2 id="dt-my-ideas-title" className={classes.h2}>
          {cycleText(lang, 'idea.myIdeas')}
        </h2>
        {data.error ? <ErrorState message={describeError(data.error, lang)} onRetry={data.reload} retryLabel={COMMON[lang].retry} /> : null}
        {ideas.length === 0 ? (
          <EmptyState message={cycleText(lang, 'idea.noIdeas')} />
        ) : (
          <MyIdeas
            lang={lang}
            ideas={ideas}
            actionCodes={codes}
            actor={rights}
            onEdit={(idea) => {
              setEditing(idea);
              setErrors([]);
              setFormKey((k) => k + 1);
            }}
          />
        )}
      </section>
    </div>
  );
}
