import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { TextField } from '@fluentui/react/lib/TextField';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { budgetFrameFor, canPerform, estimatedCost, proposalsOf, summariseProposals, type ClassKey, type CycleActor } from '../../core/cycle';
import type { Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { formatDay, formatEuro, formatPercent } from '../../core/i18n/format';
import { SHELL } from '../../core/i18n/shell';
import { ROADMAP_ACTIONS, choiceLabel, fieldByKey, type RoadmapAction } from '../../core/schema';
import { actionsOfYear, recordApproval, savePrioritisation } from '../../data/cycle/cycleService';
import { EmptyState, ErrorState, LoadingState, Notice, type INotice } from '../common';
import { describeError } from '../shell';
import { ActionHistory } from './ActionHistory';
import { cycleText, reasonText } from './text';
import type { ICycleServices } from './types';
import { start, useLoad } from './useLoad';

export interface IProposalsPanelProps {
  readonly lang: Lang;
  readonly cycle: ICycleServices;
  readonly actor: CycleActor;
  /** The roadmap year being prepared. */
  readonly year: number;
  readonly announce: (text: string) => void;
}

const F = (key: string): ReturnType<typeof fieldByKey> => fieldByKey(ROADMAP_ACTIONS, key);
const CLASS_KEYS: readonly ClassKey[] = ['S', 'M', 'L', 'none'];

const classes = mergeStyleSets({
  table: {
    borderCollapse: 'collapse', width: '100%', margin: '8px 0 16px',
    selectors: { 'th, td': { borderBottom: '1px solid', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' }, 'td.num, th.num': { textAlign: 'right' } }
  },
  form: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' },
  section: { margin: '16px 0' },
  code: { whiteSpace: 'nowrap' },
  hidden: hiddenContentStyle
});

/** Next year's proposals: prioritisation, cost by level against the budget frame, and the board's approval. */
export function ProposalsPanel(props: IProposalsPanelProps): React.ReactElement {
  const { lang, cycle, actor, year, announce } = props;
  const data = useLoad(() => actionsOfYear(cycle, year), [cycle, year]);
  const [chosen, setChosen] = React.useState<ReadonlySet<number> | null>(null);
  const [decision, setDecision] = React.useState({ date: '', reference: '' });
  const [notice, setNotice] = React.useState<INotice | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [historyOf, setHistoryOf] = React.useState<RoadmapAction | null>(null);

  if (data.loading && !data.data) return <LoadingState label={COMMON[lang].loading} />;
  if (!data.data) return <ErrorState message={describeError(data.error, lang)} onRetry={data.reload} retryLabel={COMMON[lang].retry} />;

  const all = data.data;
  const proposals = proposalsOf(all, year).sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'fi', { numeric: true }));
  const stored = new Set(proposals.filter((a) => a.approvalState === 'prioritised' || a.approvalState === 'approved').map((a) => a.id));
  const selection = chosen ?? stored;
  // The summary follows the checkboxes, so the group sees the effect of a choice before saving it.
  const preview = all.map((a) =>
    a.approvalState === 'approved' || !proposals.some((p) => p.id === a.id) ? a : { ...a, approvalState: selection.has(a.id) ? ('prioritised' as const) : ('proposed' as const) }
  );
  const budget = budgetFrameFor(year);
  const summary = summariseProposals(preview, year, budget?.byLevel ?? {});
  const mayPrioritise = canPerform(actor, 'prioritise');
  const approved = proposals.find((a) => a.approvalState === 'approved' && a.approvedOn);
  const dirty = chosen !== null && (chosen.size !== stored.size || [...chosen].some((id) => !stored.has(id)));

  const report = (text: string, kind: INotice['kind']): void => {
    setNotice({ kind, text });
    announce(text);
  };
  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      report(describeError(error, lang), 'error');
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: number, on: boolean): void => {
    const next = new Set(selection);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const savePriorities = (): Promise<void> =>
    run(async () => {
      const r = await savePrioritisation(cycle, year, selection, actor);
      if (!r.ok) return report(reasonText(lang, r.error), 'error');
      const problems = r.value.conflicts.length + r.value.failed.length;
      report(problems ? COMMON[lang].conflict : cycleText(lang, 'triage.saved'), problems ? 'warning' : 'success');
      setChosen(null);
      data.reload();
    });

  const approve = (): Promise<void> =>
    run(async () => {
      const r = await recordApproval(cycle, decision, year, actor);
      if (!r.ok) return report(reasonText(lang, r.error), 'error');
      const texts = [cycleText(lang, 'approval.recorded', { count: r.value.result.saved.length })];
      if (r.value.notPrioritised.length) texts.push(cycleText(lang, 'approval.notPrioritised', { count: r.value.notPrioritised.length }));
      const problems = r.value.result.conflicts.length + r.value.result.failed.length;
      if (problems) texts.push(COMMON[lang].conflict);
      report(texts.join(' '), problems ? 'warning' : 'success');
      data.reload();
    });

  const euro = (n: number): string => formatEuro(n, lang);
  const classLabel = (key: ClassKey): string => (key === 'none' ? cycleText(lang, 'proposals.unknownClass') : key);

  return (
    <section aria-labelledby="dt-proposals-title" data-testid="proposals-panel">
      <h2 id="dt-proposals-title">{cycleText(lang, 'proposals.title', { year })}</h2>
      <p>{cycleText(lang, 'proposals.intro')}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={SHELL[lang].dismiss} />
      {proposals.length === 0 ? (
        <EmptyState message={cycleText(lang, 'proposals.none', { year })} />
      ) : (
        <>
          <table className={classes.table} data-testid="proposals-table">
            <caption className={classes.hidden}>{cycleText(lang, 'proposals.title', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{cycleText(lang, 'proposals.prioritise')}</th>
                <th scope="col">{F('code').labels[lang]}</th>
                <th scope="col">{F('title').labels[lang]}</th>
                <th scope="col">{F('level').labels[lang]}</th>
                <th scope="col">{F('costClass').labels[lang]}</th>
                <th scope="col">{F('impactClass').labels[lang]}</th>
                <th scope="col" className="num">{cycleText(lang, 'proposals.cost')}</th>
                <th scope="col">{F('approvalState').labels[lang]}</th>
                <th scope="col">{cycleText(lang, 'history.title')}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((a) => {
                const cost = estimatedCost(a);
                return (
                  <tr key={a.id} data-action-id={a.id} data-approval={a.approvalState ?? ''}>
                    <td>
                      <Checkbox
                        ariaLabel={`${cycleText(lang, 'proposals.prioritise')}: ${a.code ?? ''} ${a.title}`}
                        checked={selection.has(a.id)}
                        disabled={!mayPrioritise.allowed || a.approvalState === 'approved' || busy}
                        onChange={(_, on) => toggle(a.id, on === true)}
                      />
                    </td>
                    <td className={classes.code}>{a.code ?? ''}</td>
                    <td>{a.title}</td>
                    <td>{choiceLabel(F('level'), a.level, lang)}</td>
                    <td>{a.costClass ?? '–'}</td>
                    <td>{a.impactClass ?? '–'}</td>
                    <td className="num">{cost === null ? '–' : euro(cost)}</td>
                    <td>{a.approvalState ? choiceLabel(F('approvalState'), a.approvalState, lang) : ''}</td>
                    <td>
                      <DefaultButton onClick={() => setHistoryOf(a)} ariaLabel={`${cycleText(lang, 'history.show')}: ${a.code ?? ''} ${a.title}`}>
                        {cycleText(lang, 'history.show')}
                      </DefaultButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {mayPrioritise.allowed ? (
            <PrimaryButton disabled={busy || !dirty} onClick={() => start(savePriorities())} data-testid="save-priorities">
              {cycleText(lang, 'proposals.savePriorities')}
            </PrimaryButton>
          ) : (
            <p>{reasonText(lang, 'steering-only')}</p>
          )}

          <div className={classes.section}>
            <h3>{cycleText(lang, 'proposals.byLevel')}</h3>
            <table className={classes.table} data-testid="proposals-by-level">
              <thead>
                <tr>
                  <th scope="col">{F('level').labels[lang]}</th>
                  <th scope="col" className="num">{cycleText(lang, 'proposals.count')}</th>
                  <th scope="col" className="num">{cycleText(lang, 'proposals.estimated')}</th>
                  <th scope="col" className="num">{cycleText(lang, 'proposals.chosen')}</th>
                  <th scope="col" className="num">{budget ? cycleText(lang, 'proposals.frameOf', { year: budget.year }) : cycleText(lang, 'proposals.frame')}</th>
                  <th scope="col" className="num">{cycleText(lang, 'proposals.share')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.levels.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">{choiceLabel(F('level'), l.level, lang)}</th>
                    <td className="num">{l.count}</td>
                    <td className="num">{euro(l.estimated)}</td>
                    <td className="num">{euro(l.estimatedChosen)}</td>
                    <td className="num">{l.frame === null ? '–' : euro(l.frame)}</td>
                    <td className="num">{l.shareOfFrame === null ? '–' : formatPercent(l.shareOfFrame * 100, lang)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{cycleText(lang, 'proposals.total')}</th>
                  <td className="num">{summary.count}</td>
                  <td className="num">{euro(summary.estimated)}</td>
                  <td className="num">{euro(summary.estimatedChosen)}</td>
                  <td className="num">{budget ? euro(summary.levels.reduce((s, l) => s + (l.frame ?? 0), 0)) : '–'}</td>
                  <td className="num" />
                </tr>
              </tbody>
            </table>
            {summary.withoutEstimate ? <p>{cycleText(lang, 'proposals.noEstimate', { count: summary.withoutEstimate })}</p> : null}
          </div>

          <div className={classes.section}>
            <h3>{cycleText(lang, 'proposals.matrix')}</h3>
            <table className={classes.table} data-testid="proposals-matrix">
              <caption>{cycleText(lang, 'proposals.costVsImpact')}</caption>
              <thead>
                <tr>
                  <td />
                  {CLASS_KEYS.map((k) => (
                    <th key={k} scope="col" className="num">{`${F('impactClass').labels[lang]} ${classLabel(k)}`}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {CLASS_KEYS.map((cost) => (
                  <tr key={cost}>
                    <th scope="row">{`${F('costClass').labels[lang]} ${classLabel(cost)}`}</th>
                    {CLASS_KEYS.map((impact) => (
                      <td key={impact} className="num">{summary.matrix[cost][impact]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <div className={classes.section}>
        <h3>{cycleText(lang, 'approval.title')}</h3>
        {approved ? (
          <p data-testid="approved-on">
            {cycleText(lang, 'approval.approvedOn', { date: formatDay(approved.approvedOn ?? '', lang), reference: approved.boardDecisionRef ?? '' })}
          </p>
        ) : null}
        {canPerform(actor, 'record-approval').allowed ? (
          <>
            <p>{cycleText(lang, 'approval.intro')}</p>
            <div className={classes.form}>
              <TextField label={cycleText(lang, 'approval.date')} type="date" required={true} value={decision.date}
                onChange={(_, v) => setDecision((d) => ({ ...d, date: v ?? '' }))} />
              <TextField label={cycleText(lang, 'approval.reference')} required={true} value={decision.reference}
                onChange={(_, v) => setDecision((d) => ({ ...d, reference: v ?? '' }))} />
              <PrimaryButton disabled={busy || dirty} onClick={() => start(approve())} data-testid="record-approval">
                {cycleText(lang, 'approval.record')}
              </PrimaryButton>
            </div>
          </>
        ) : null}
      </div>

      <Panel
        isOpen={historyOf !== null}
        onDismiss={() => setHistoryOf(null)}
        type={PanelType.medium}
        headerText={historyOf ? `${cycleText(lang, 'history.title')}: ${historyOf.code ?? ''} ${historyOf.title}` : ''}
        closeButtonAriaLabel={COMMON[lang].close}
      >
        {historyOf ? <ActionHistory lang={lang} cycle={cycle} actionId={historyOf.id} headingLevel={2} /> : null}
      </Panel>
    </section>
  );
}
