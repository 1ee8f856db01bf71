import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { format } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import { ROADMAP } from '../../core/i18n/roadmap';
import { formatDateTime } from '../../core/i18n/format';
import { formatFieldValue } from '../../core/roadmap/display';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import type { IConflictViewProps } from './IConflictViewProps';
import { useConflictView } from './useConflictView';

const classes = mergeStyleSets({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: { 'th, td': { borderBottom: '1px solid rgba(128,128,128,.4)', padding: '6px 4px', textAlign: 'left', verticalAlign: 'top' } }
  },
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', gap: 8, marginTop: 12, alignItems: 'center', flexWrap: 'wrap' }
});

/**
 * Someone saved first: for each field I changed, my value and the stored one side by side, and a choice
 * of which stays. Nothing is merged silently and nothing typed is lost.
 */
export default function ConflictView(props: IConflictViewProps): React.ReactElement {
  const { lang, conflict, busy, onDiscard } = props;
  const t = ACTION[lang];
  const notSet = ROADMAP[lang].notSet;
  const m = useConflictView(props);
  const theirs = conflict.theirs;
  const show = (key: string, value: unknown): string => formatFieldValue(fieldByKey(ROADMAP_ACTIONS, key), value, lang) ?? notSet;
  return (
    <section aria-labelledby="dt-conflict-heading" data-testid="conflict-view">
      <div role="alert">
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          <h3 id="dt-conflict-heading" tabIndex={-1} data-autofocus="true" style={{ margin: '0 0 4px' }}>{t.conflictTitle}</h3>
          <p style={{ margin: 0 }}>{t.conflictIntro}</p>
          {(theirs.editorEmail || theirs.modified) && (
            <p style={{ margin: '4px 0 0' }}>{format(t.conflictBy, { who: theirs.editorEmail ?? '?', when: theirs.modified ? formatDateTime(theirs.modified, lang) : '' })}</p>
          )}
        </MessageBar>
      </div>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">{t.conflictField}</th>
            <th scope="col">{t.conflictMine}</th>
            <th scope="col">{t.conflictTheirs}</th>
            <th scope="col">{t.conflictKeep}</th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row) => {
            const label = fieldByKey(ROADMAP_ACTIONS, row.key).labels[lang];
            return (
              <tr key={row.key} data-testid={`conflict-row-${row.key}`}>
                <th scope="row" id={`dt-conflict-${row.key}`}>{label}</th>
                <td className={classes.value} data-testid="conflict-mine">{show(row.key, row.mine)}</td>
                <td className={classes.value} data-testid="conflict-theirs">{show(row.key, row.theirs)}</td>
                <td>
                  {row.differs ? (
                    <ChoiceGroup
                      ariaLabelledBy={`dt-conflict-${row.key}`}
                      selectedKey={m.choices[row.key]}
                      options={[
                        { key: 'mine', text: t.conflictKeepMine },
                        { key: 'theirs', text: t.conflictKeepTheirs }
                      ]}
                      onChange={(_e, o) => o && m.choose(row.key, o.key === 'theirs' ? 'theirs' : 'mine')}
                    />
                  ) : (
                    t.conflictSame
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={classes.buttons}>
        <PrimaryButton onClick={m.resolve} disabled={busy} data-testid="conflict-save">{t.conflictSave}</PrimaryButton>
        <DefaultButton onClick={onDiscard} disabled={busy}>{t.conflictDiscard}</DefaultButton>
        {busy && <Spinner size={SpinnerSize.small} label={t.saving} ariaLive="polite" labelPosition="right" />}
      </div>
    </section>
  );
}
