import type { Lang } from '../../core/i18n/catalog';
import type { RoadmapAction } from '../../core/schema';
import type { ReportOutcome } from '../roadmap/useActionMutations';
import type { StatusReportDraft } from '../../core/roadmap/report';

export interface IStatusReportFormProps {
  readonly lang: Lang;
  readonly action: RoadmapAction;
  /** Adds the report and makes the action follow it. */
  readonly onSubmit: (draft: StatusReportDraft) => Promise<ReportOutcome>;
  /** After a successful submit (the panel then shows the history with the new report). */
  readonly onDone: (outcome: ReportOutcome) => void;
  readonly onCancel: () => void;
}
