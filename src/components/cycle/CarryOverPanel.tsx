import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { canPerform, carryOverCandidates, type CycleActor } from '../../core/cycle';
import type { Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { formatPercent } from '../../core/i18n/format';
import { SHELL } from '../../core/i18n/shell';
import { ROADMAP_ACTIONS, choiceLabel, fieldByKey } from '../../core/schema';
import { actionsOfYears, carryOver } from '../../data/cycle/cycleService';
import { EmptyState, ErrorState, LoadingState, Notice, TrafficLight, type INotice } from '../common';
import { describeError } from '../shell';
import { cycleText, reasonText } from './text';
import type { ICycleServices } from './types';
import { start, useLoad } from './useLoad';

export interface ICarryOverPanelProps {
  readonly lang: Lang;
  readonly cycle: ICycleServices;
  readonly actor: CycleActor;
  /** The year whose unfinished actions are listed; they are carried into the next one. */
  readonly fromYear: number;
  readonly announce: (text: string) => void;
}

const F = (key: string): ReturnType<typeof fieldByKey> => fieldByKey(ROADMAP_ACTIONS, key);

const classes = mergeStyleSets({
  table: {
    borderCollapse: 'collapse', width: '100%', margin: '8px 0 16px',
    selectors: { 'th, td': { borderBottom: '1px solid', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' } }
  },
  hidden: hiddenContentStyle,
  code: { whiteSpace: 'nowrap' }
});

/** "Prepare next year's roadmap": the year's unfinished actions with checkboxes, carried over on request. */
export function CarryOverPanel(props: ICarryOverPanelProps): React.ReactElement {
  const { lang, cycle, actor, fromYear, announce } = props;
  const toYear = fromYear + 1;
  const data = useLoad(() => actionsOfYears(cycle, fromYear), [cycle, fromYear]);
  const [chosen, setChosen] = React.useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = React.useState<INotice | null>(null);
  const [busy, setBusy] = React.useState(false);

  if (data.loading && !data.data) return <LoadingState label={COMMON[lang].loading} />;
  if (!data.data) return <ErrorState message={describeError(data.error, lang)} onRetry={data.reload} retryLabel={COMMON[lang].retry} />;

  const candidates = carryOverCandidates(data.data, fromYear);
  const open = candidates.filter((c) => !c.copy);
  const allowed = canPerform(actor, 'carry-over');
  const allChosen = open.length > 0 && open.every((c) => chosen.has(c.action.id));

  const report = (text: string, kind: INotice['kind']): void => {
    setNotice({ kind, text });
    announce(text);
  };

  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const r = await carryOver(cycle, fromYear, chosen, actor);
      if (!r.ok) return report(reasonText(lang, r.error), 'error');
      const failed = r.value.result.failed.length + r.value.result.conflicts.length;
      const created = r.value.result.saved.length;
      const texts: string[] = [];
      if (created) texts.push(cycleText(lang, 'carry.done', { count: created, year: toYear }));
      if (!created && !failed) texts.push(cycleText(lang, 'carry.nothingNew'));
      if (failed) texts.push(cycleText(lang, 'carry.failed', { count: failed }));
      report(texts.join(' '), failed ? 'warning' : 'success');
      setChosen(new Set());
      data.reload();
    } catch (error) {
      report(describeError(error, lang), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dt-carry-title" data-testid="carry-over-panel">
      <h2 id="dt-carry-title">{cycleText(lang, 'carry.title', { year: toYear })}</h2>
      <p>{cycleText(lang, 'carry.intro', { from: fromYear, year: toYear })}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={SHELL[lang].dismiss} />
      {candidates.length === 0 ? (
        <EmptyState message={cycleText(lang, 'carry.none', { from: fromYear })} />
      ) : (
        <>
          <table className={classes.table} data-testid="carry-over-table">
            <caption className={classes.hidden}>{cycleText(lang, 'carry.title', { year: toYear })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <Checkbox
                    label={cycleText(lang, 'carry.selectAll')}
                    checked={allChosen}
                    disabled={!allowed.allowed || open.length === 0 || busy}
                    onChange={(_, on) => setChosen(new Set(on ? open.map((c) => c.action.id) : []))}
                  />
                </th>
                <th scope="col">{F('code').labels[lang]}</th>
                <th scope="col">{F('title').labels[lang]}</th>
                <th scope="col">{F('status').labels[lang]}</th>
                <th scope="col">{F('trafficLight').labels[lang]}</th>
                <th scope="col">{F('progress').labels[lang]}</th>
                <th scope="col">{F('owner').labels[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map(({ action: a, copy }) => (
                <tr key={a.id} data-action-id={a.id} data-carried={copy ? 'yes' : 'no'}>
                  <td>
                    {copy ? (
                      <span>{cycleText(lang, 'carry.already', { code: copy.code ?? `#${copy.id}` })}</span>
                    ) : (
                      <Checkbox
                        ariaLabel={`${a.code ?? ''} ${a.title}`}
                        checked={chosen.has(a.id)}
                        disabled={!allowed.allowed || busy}
                        onChange={(_, on) => {
                          const next = new Set(chosen);
                          if (on) next.add(a.id);
                          else next.delete(a.id);
                          setChosen(next);
                        }}
                      />
                    )}
                  </td>
                  <td className={classes.code}>{a.code ?? ''}</td>
                  <td>{a.title}</td>
                  <td>{choiceLabel(F('status'), a.status, lang)}</td>
                  <td><TrafficLight light={a.trafficLight} lang={lang} noneLabel="–" /></td>
                  <td>{a.progress === null ? '–' : formatPercent(a.progress, lang)}</td>
                  <td>{a.owner ? a.owner.displayName ?? a.owner.email : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {allowed.allowed ? (
            <PrimaryButton disabled={busy || chosen.size === 0} onClick={() => start(run())} data-testid="carry-over-run">
              {cycleText(lang, 'carry.run')}
            </PrimaryButton>
          ) : (
            <p>{reasonText(lang, allowed.reason)}</p>
          )}
        </>
      )}
    </section>
  );
}
