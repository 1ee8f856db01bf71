import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Lang } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import { ROADMAP } from '../../core/i18n/roadmap';
import { ACTION_SECTIONS, formatFieldValue, type ActionSectionKey } from '../../core/roadmap/display';
import type { RoadmapAction } from '../../core/schema';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import { TrafficLight } from '../common/TrafficLight';

export interface IActionDetailsProps {
  readonly lang: Lang;
  readonly action: RoadmapAction;
  readonly codeOf: (id: number) => string | null;
}

const SECTION_TITLE: Readonly<Record<ActionSectionKey, keyof (typeof ACTION)['fi']>> = {
  basics: 'sectionBasics',
  classification: 'sectionClassification',
  responsibility: 'sectionResponsibility',
  schedule: 'sectionSchedule',
  effects: 'sectionEffects',
  approval: 'sectionApproval'
};

export const detailClasses = mergeStyleSets({
  section: { marginBottom: 16 },
  heading: { fontSize: 16, fontWeight: 600, margin: '12px 0 4px' },
  list: { display: 'grid', gridTemplateColumns: 'minmax(120px, 40%) 1fr', gap: '4px 12px', margin: 0 },
  term: { fontWeight: 600 },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }
});

/**
 * Every field of the action, labelled from the schema and localised. Values are rendered as text
 * nodes only (never as HTML), so a description full of markup stays inert.
 */
export function ActionDetails(props: IActionDetailsProps): React.ReactElement {
  const { lang, action, codeOf } = props;
  const t = ACTION[lang];
  const notSet = ROADMAP[lang].notSet;
  const record = action as unknown as Record<string, unknown>;
  return (
    <div data-testid="action-details">
      {ACTION_SECTIONS.map((section) => (
        <section key={section.key} className={detailClasses.section} aria-labelledby={`dt-section-${section.key}`}>
          <h3 id={`dt-section-${section.key}`} className={detailClasses.heading}>{t[SECTION_TITLE[section.key]]}</h3>
          <dl className={detailClasses.list}>
            {section.fields.map((key) => {
              const field = fieldByKey(ROADMAP_ACTIONS, key);
              let value: React.ReactNode;
              if (key === 'trafficLight') value = <TrafficLight light={action.trafficLight} lang={lang} noneLabel={ROADMAP[lang].lightNone} />;
              else if (key === 'carriedFrom') value = action.carriedFrom !== null ? codeOf(action.carriedFrom) ?? `#${action.carriedFrom}` : notSet;
              else if (key === 'fromIdea') value = action.fromIdea !== null ? `#${action.fromIdea}` : notSet;
              else value = formatFieldValue(field, record[key], lang) ?? notSet;
              return (
                <React.Fragment key={key}>
                  <dt className={detailClasses.term}>{field.labels[lang]}</dt>
                  <dd className={detailClasses.value} data-field={key}>{value}</dd>
                </React.Fragment>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
