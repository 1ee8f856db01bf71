import * as React from 'react';
import { format, type Lang } from '../../core/i18n/catalog';
import { ACTION } from '../../core/i18n/action';
import { formatDateTime } from '../../core/i18n/format';
import { STEERING } from '../../core/i18n/steering';
import { conflictRows, defaultChoices, resolveConflict, type ConflictChoice } from '../../core/roadmap/conflict';
import { readFrozenPreRead } from '../../core/steering/snapshot';
import { STEERING_MEETINGS, fieldByKey, type SteeringMeetingFields } from '../../core/schema';
import type { ConflictError } from '../../data/contracts';
import { Btn } from '../common/Btn';
import { StatusMessage } from '../common/StatusMessage';
import { steeringClasses as classes } from './styles';

export type MeetingConflict = ConflictError<typeof STEERING_MEETINGS>;

export interface IMeetingConflictViewProps {
  readonly lang: Lang;
  readonly conflict: MeetingConflict;
  readonly busy: boolean;
  /** Saves the chosen values over the stored meeting (empty: nothing to save). */
  readonly onResolve: (changes: Partial<SteeringMeetingFields>) => void;
  /** Keeps the stored values. */
  readonly onDiscard: () => void;
}

function shown(key: string, value: unknown, lang: Lang, meeting: { id: number; title: string }): string {
  const t = STEERING[lang];
  if (value === null || value === undefined || value === '') return t.conflictNotSet;
  if (key === 'snapshot' && typeof value === 'string') {
    const frozen = readFrozenPreRead(value, { meetingId: meeting.id, meetingTitle: meeting.title });
    if (!frozen) return t.frozenUnreadable;
    const p = frozen.preRead;
    return format(t.conflictFrozen, { when: formatDateTime(frozen.frozenAt, lang), changed: p.changed.length, red: p.red.length, yellow: p.yellow.length });
  }
  if ((key === 'snapshotAt' || key === 'startsAt' || key === 'endsAt') && typeof value === 'string') return formatDateTime(value, lang);
  return String(value);
}

/**
 * A meeting saved by someone else first (HTTP 412): for each field this person changed, their value and
 * the stored one side by side, and a choice of which stays, as in the roadmap's conflict view. Nothing
 * is merged silently and nothing typed is lost.
 */
export default function MeetingConflictView(props: IMeetingConflictViewProps): React.ReactElement {
  const { lang, conflict, busy, onResolve, onDiscard } = props;
  const a = ACTION[lang];
  const t = STEERING[lang];
  const rows = React.useMemo(() => conflictRows(STEERING_MEETINGS, conflict.mine, conflict.theirs), [conflict]);
  const [choices, setChoices] = React.useState<Readonly<Record<string, ConflictChoice>>>(() => defaultChoices(rows));
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), []);
  const theirs = conflict.theirs;
  const meeting = { id: theirs.id, title: theirs.title };
  return (
    <section aria-labelledby="dt-meeting-conflict" data-testid="conflict-view">
      <StatusMessage kind="warning">
        <h4 id="dt-meeting-conflict" ref={headingRef} tabIndex={-1} className={classes.h4} style={{ marginTop: 0 }}>{t.conflictTitle}</h4>
        <p>{a.conflictIntro}</p>
        {(theirs.editorEmail || theirs.modified) && <p>{format(a.conflictBy, { who: theirs.editorEmail ?? '?', when: theirs.modified ? formatDateTime(theirs.modified, lang) : '' })}</p>}
      </StatusMessage>
      <div className={classes.tableWrap}>
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{a.conflictField}</th>
              <th scope="col">{a.conflictMine}</th>
              <th scope="col">{a.conflictTheirs}</th>
              <th scope="col">{a.conflictKeep}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const labelId = `dt-meeting-conflict-${row.key}`;
              return (
                <tr key={row.key} data-testid={`conflict-row-${row.key}`}>
                  <th scope="row" id={labelId}>{fieldByKey(STEERING_MEETINGS, row.key).labels[lang]}</th>
                  <td className={classes.pre} data-testid="conflict-mine">{shown(row.key, row.mine, lang, meeting)}</td>
                  <td className={classes.pre} data-testid="conflict-theirs">{shown(row.key, row.theirs, lang, meeting)}</td>
                  <td>
                    {row.differs ? (
                      <div role="radiogroup" aria-labelledby={labelId}>
                        {(['mine', 'theirs'] as const).map((choice) => (
                          <label key={choice} style={{ display: 'flex', gap: 6, alignItems: 'center', padding: '2px 0' }}>
                            <input
                              type="radio"
                              name={labelId}
                              checked={choices[row.key] === choice}
                              onChange={() => setChoices((c) => ({ ...c, [row.key]: choice }))}
                            />
                            {choice === 'mine' ? a.conflictKeepMine : a.conflictKeepTheirs}
                          </label>
                        ))}
                      </div>
                    ) : (
                      a.conflictSame
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={classes.buttons}>
        <Btn primary onClick={() => onResolve(resolveConflict<typeof STEERING_MEETINGS>(rows, choices))} disabled={busy} testId="conflict-save">
          {a.conflictSave}
        </Btn>
        <Btn onClick={onDiscard} disabled={busy} testId="conflict-discard">{a.conflictDiscard}</Btn>
        {busy && <span role="status">{a.saving}</span>}
      </div>
    </section>
  );
}
