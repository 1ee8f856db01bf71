import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Link } from '@fluentui/react/lib/Link';
import type { Lang } from '../../core/i18n/catalog';
import { formatDay } from '../../core/i18n/format';
import { IDEAS, choiceLabel, fieldByKey, type Idea } from '../../core/schema';
import { helsinkiDay } from '../../core/time/helsinki';
import { canEditIdea, type CycleActor } from '../../core/cycle';
import { cycleText } from '../cycle/text';

export interface IMyIdeasProps {
  readonly lang: Lang;
  readonly ideas: readonly Idea[];
  /** Codes of the actions the ideas became or were merged into, by action id. */
  readonly actionCodes: ReadonlyMap<number, string>;
  readonly actor: CycleActor;
  readonly onEdit: (idea: Idea) => void;
}

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 },
  item: { borderLeft: '4px solid', paddingLeft: 12 },
  title: { fontWeight: 600, margin: 0, fontSize: 16 },
  meta: { margin: '4px 0' },
  state: { fontWeight: 600 }
});

const STATE = fieldByKey(IDEAS, 'state');

/** The proposer's own ideas and what became of them (state, the group's reason, the action). */
export function MyIdeas(props: IMyIdeasProps): React.ReactElement {
  const { lang, ideas } = props;
  return (
    <ul className={classes.list} data-testid="my-ideas">
      {ideas.map((idea) => {
        const code = idea.action !== null ? props.actionCodes.get(idea.action) : undefined;
        return (
          <li key={idea.id} className={classes.item} data-idea-state={idea.state}>
            <h3 className={classes.title}>{idea.title}</h3>
            <p className={classes.meta}>
              <span className={classes.state}>{choiceLabel(STATE, idea.state, lang)}</span>
              {idea.created ? ` · ${formatDay(helsinkiDay(idea.created), lang)}` : ''}
              {code ? ` · ${cycleText(lang, 'idea.becameAction', { code })}` : ''}
            </p>
            {idea.outcome ? (
              <p className={classes.meta}>
                {cycleText(lang, 'idea.outcome')}: {idea.outcome}
              </p>
            ) : null}
            {canEditIdea(idea, props.actor).allowed ? (
              <Link onClick={() => props.onEdit(idea)} aria-label={`${cycleText(lang, 'idea.edit')}: ${idea.title}`}>
                {cycleText(lang, 'idea.edit')}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
