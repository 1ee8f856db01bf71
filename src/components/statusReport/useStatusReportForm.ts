import * as React from 'react';
import { format } from '../../core/i18n/catalog';
import { STATUS_REPORT } from '../../core/i18n/statusReport';
import { emptyReportDraft, reportStepProblems, REPORT_STEPS, type ReportProblem, type ReportStep, type StatusReportDraft } from '../../core/roadmap/report';
import type { IStatusReportFormProps } from './IStatusReportFormProps';

const REQUIRED_TEXT: Readonly<Record<string, keyof (typeof STATUS_REPORT)['fi']>> = {
  overallLight: 'overallRequired',
  decisionNote: 'decisionNoteRequired',
  publicSummary: 'publicSummaryRequired'
};

const PROBLEM_TEXT = (problem: ReportProblem): keyof (typeof STATUS_REPORT)['fi'] =>
  problem.problem === 'required' ? REQUIRED_TEXT[problem.field] : problem.problem === 'range' ? 'progressRange' : 'explainRed';

export interface IStatusReportModel {
  readonly step: ReportStep;
  readonly stepIndex: number;
  readonly draft: StatusReportDraft;
  readonly errors: Readonly<Record<string, string>>;
  readonly busy: boolean;
  readonly failure: string | null;
  /** The progress field as typed (may be invalid until corrected). */
  readonly progressText: string;
  update(changes: Partial<StatusReportDraft>): void;
  setProgressText(text: string): void;
  next(): void;
  back(): void;
  submit(): void;
}

/** At most three steps; a step's problems stop "next" and are shown inline, focus moves to the first. */
export function useStatusReportForm(props: IStatusReportFormProps): IStatusReportModel {
  const { lang, action, onSubmit, onDone } = props;
  const t = STATUS_REPORT[lang];
  const [stepIndex, setStepIndex] = React.useState(0);
  const [draft, setDraft] = React.useState<StatusReportDraft>(() => emptyReportDraft(action));
  const [progressText, setProgressTextRaw] = React.useState(action.progress === null ? '' : String(action.progress));
  const [shown, setShown] = React.useState<ReportProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const step = REPORT_STEPS[stepIndex];

  const errors = React.useMemo(() => {
    const out: Record<string, string> = {};
    for (const p of shown) out[p.field] = t[PROBLEM_TEXT(p)];
    return out;
  }, [shown, t]);

  const update = React.useCallback((changes: Partial<StatusReportDraft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setShown((s) => s.filter((p) => !(p.field in changes)));
  }, []);

  const setProgressText = React.useCallback(
    (text: string) => {
      setProgressTextRaw(text);
      const trimmed = text.trim().replace(',', '.').replace('%', '').trim();
      update({ progress: trimmed === '' ? null : Number(trimmed) });
    },
    [update]
  );

  const check = (which: ReportStep): boolean => {
    const problems = reportStepProblems(draft, which);
    setShown(problems);
    if (problems.length) {
      const first = problems[0].field;
      window.setTimeout(() => (document.querySelector<HTMLElement>(`[data-report-field="${first}"] input, [data-report-field="${first}"] textarea`))?.focus(), 0);
    }
    return problems.length === 0;
  };

  const next = (): void => {
    if (check(step)) setStepIndex((i) => Math.min(i + 1, REPORT_STEPS.length - 1));
  };
  const back = (): void => {
    setShown([]);
    setStepIndex((i) => Math.max(i - 1, 0));
  };
  const submit = (): void => {
    if (!REPORT_STEPS.every((s) => reportStepProblems(draft, s).length === 0)) {
      const firstBad = REPORT_STEPS.findIndex((s) => reportStepProblems(draft, s).length > 0);
      setStepIndex(firstBad);
      check(REPORT_STEPS[firstBad]);
      return;
    }
    setBusy(true);
    setFailure(null);
    onSubmit(draft)
      .then((outcome) => {
        setBusy(false);
        if (outcome.kind === 'saved') onDone(outcome);
        else setFailure(format(t.failed, { reason: outcome.reason }));
      })
      .catch((e: unknown) => {
        setBusy(false);
        setFailure(format(t.failed, { reason: e instanceof Error ? e.message : String(e) }));
      });
  };

  return { step, stepIndex, draft, errors, busy, failure, progressText, update, setProgressText, next, back, submit };
}
