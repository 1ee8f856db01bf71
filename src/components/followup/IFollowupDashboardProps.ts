import type { IctBudget } from '../../core/followup';
import type { FollowupSources } from '../../report/load';

/** The follow-up dashboard's inputs; language, clock and announcements come from the app shell. */
export interface IFollowupDashboardProps {
  /** The four lists the follow-up reads (the data layer's repositories). */
  readonly sources: FollowupSources;
  /** The ICT budgets known; default: those in src/core/budget.ts. */
  readonly budgets?: readonly IctBudget[];
  /** The roadmap year shown first; default: the current year in Helsinki. */
  readonly initialYear?: number;
  /** Offer the meeting deck (PowerPoint) for download; default true. */
  readonly showDeckButton?: boolean;
}
