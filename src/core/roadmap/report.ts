import type { RoadmapAction, RoadmapActionFields, StatusUpdate, StatusUpdateFields, TrafficLight } from '../schema';

/** The four dimensions of a status report, each with a light and a comment. */
export const REPORT_DIMENSIONS = [
  { key: 'schedule', light: 'scheduleLight', comment: 'scheduleComment' },
  { key: 'costs', light: 'costsLight', comment: 'costsComment' },
  { key: 'scope', light: 'scopeLight', comment: 'scopeComment' },
  { key: 'risks', light: 'risksLight', comment: 'risksComment' }
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number]['key'];

/** What the report form collects (the action and the time are added on submit). */
export interface StatusReportDraft {
  overallLight: TrafficLight | null;
  scheduleLight: TrafficLight | null;
  scheduleComment: string;
  costsLight: TrafficLight | null;
  costsComment: string;
  scopeLight: TrafficLight | null;
  scopeComment: string;
  risksLight: TrafficLight | null;
  risksComment: string;
  progress: number | null;
  done: string;
  next: string;
  decisionNeeded: boolean;
  decisionNote: string;
  /** For the city website; published only when `isPublic` is on (off by default). */
  publicSummary: string;
  isPublic: boolean;
}

/** A new draft starts from the action's current progress, so an owner only changes what moved. */
export function emptyReportDraft(action: Pick<RoadmapAction, 'progress'>): StatusReportDraft {
  return {
    overallLight: null,
    scheduleLight: null,
    scheduleComment: '',
    costsLight: null,
    costsComment: '',
    scopeLight: null,
    scopeComment: '',
    risksLight: null,
    risksComment: '',
    progress: action.progress ?? null,
    done: '',
    next: '',
    decisionNeeded: false,
    decisionNote: '',
    publicSummary: '',
    isPublic: false
  };
}

/** The three steps of the form; each lists what must be filled before going on. */
export const REPORT_STEPS = ['overall', 'dimensions', 'progress'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export type ReportProblem =
  | { readonly field: 'overallLight'; readonly problem: 'required' }
  | { readonly field: 'progress'; readonly problem: 'range' }
  | { readonly field: 'decisionNote'; readonly problem: 'required' }
  | { readonly field: 'publicSummary'; readonly problem: 'required' }
  | { readonly field: `${ReportDimension}Comment`; readonly problem: 'explainRed' };

/**
 * Problems on one step. A red dimension needs a comment (the steering group must know why); a
 * decision request needs to say what is to be decided.
 */
export function reportStepProblems(draft: StatusReportDraft, step: ReportStep): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (step === 'overall' && !draft.overallLight) problems.push({ field: 'overallLight', problem: 'required' });
  if (step === 'dimensions') {
    for (const d of REPORT_DIMENSIONS) {
      if (draft[d.light] === 'red' && draft[d.comment].trim() === '') problems.push({ field: d.comment, problem: 'explainRed' });
    }
  }
  if (step === 'progress') {
    if (draft.progress !== null && (!Number.isFinite(draft.progress) || draft.progress < 0 || draft.progress > 100)) {
      problems.push({ field: 'progress', problem: 'range' });
    }
    if (draft.decisionNeeded && draft.decisionNote.trim() === '') problems.push({ field: 'decisionNote', problem: 'required' });
    // "Publish" with nothing to publish is a slip, not a choice.
    if (draft.isPublic && draft.publicSummary.trim() === '') problems.push({ field: 'publicSummary', problem: 'required' });
  }
  return problems;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The StatusUpdates item for a draft. `reportedOn` is the submit instant (ISO). */
export function reportFields(action: Pick<RoadmapAction, 'id' | 'code' | 'title'>, draft: StatusReportDraft, reportedOn: string): StatusUpdateFields {
  if (!draft.overallLight) throw new Error('A status report needs an overall light');
  return {
    title: `${action.code ?? action.id} ${reportedOn.slice(0, 10)}`,
    action: action.id,
    reportedOn,
    overallLight: draft.overallLight,
    scheduleLight: draft.scheduleLight,
    scheduleComment: orNull(draft.scheduleComment),
    costsLight: draft.costsLight,
    costsComment: orNull(draft.costsComment),
    scopeLight: draft.scopeLight,
    scopeComment: orNull(draft.scopeComment),
    risksLight: draft.risksLight,
    risksComment: orNull(draft.risksComment),
    progress: draft.progress,
    done: orNull(draft.done),
    next: orNull(draft.next),
    decisionNeeded: draft.decisionNeeded,
    decisionNote: draft.decisionNeeded ? orNull(draft.decisionNote) : null,
    publicSummary: orNull(draft.publicSummary),
    isPublic: draft.isPublic && orNull(draft.publicSummary) !== null
  };
}

/**
 * What the action takes from a report: the light, progress, report time and decision flag follow the
 * latest report. An older report (e.g. filed late) changes nothing, so the action never goes back in time.
 */
export function actionChangesFromReport(
  action: Pick<RoadmapAction, 'lastReportOn'>,
  report: Pick<StatusUpdateFields, 'reportedOn' | 'overallLight' | 'progress' | 'decisionNeeded'>
): Partial<RoadmapActionFields> | null {
  if (action.lastReportOn && Date.parse(action.lastReportOn) > Date.parse(report.reportedOn)) return null;
  const changes: Partial<RoadmapActionFields> = {
    trafficLight: report.overallLight,
    lastReportOn: report.reportedOn,
    decisionNeeded: report.decisionNeeded
  };
  return report.progress === null ? changes : { ...changes, progress: report.progress };
}

/** Newest first (the order the history is shown in). */
export function sortHistory(reports: readonly StatusUpdate[]): StatusUpdate[] {
  return [...reports].sort((a, b) => Date.parse(b.reportedOn) - Date.parse(a.reportedOn) || b.id - a.id);
}
