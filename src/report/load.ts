import type { IListRepository } from '../data/contracts';
import type { ReportAuthoritySource } from '../data/reportAuthority';
import type { METRIC_VALUES, PROGRAMME_METRICS, ROADMAP_ACTIONS, STATUS_UPDATES } from '../core/schema';
import { ICT_BUDGETS, type FollowupInput, type IctBudget } from '../core/followup';

/** The four lists the follow-up reads (a `Repositories` from the data layer fits). */
export interface FollowupSources {
  readonly actions: IListRepository<typeof ROADMAP_ACTIONS>;
  readonly statusUpdates: IListRepository<typeof STATUS_UPDATES>;
  readonly metrics: IListRepository<typeof PROGRAMME_METRICS>;
  readonly metricValues: IListRepository<typeof METRIC_VALUES>;
  /** Who was entitled to which report (a report by anyone else is left out and flagged). */
  readonly reportAuthority: ReportAuthoritySource;
}

/**
 * Reads everything the follow-up summarises, the four lists in parallel. The dashboard, the CLI's
 * `report` and `publish` all load through here, so they summarise the same input.
 */
export async function loadFollowupInput(sources: FollowupSources, budget: readonly IctBudget[] = ICT_BUDGETS): Promise<FollowupInput> {
  const [actions, statusUpdates, metrics, metricValues] = await Promise.all([
    sources.actions.list(),
    sources.statusUpdates.list(),
    sources.metrics.list(),
    sources.metricValues.list()
  ]);
  const authority = await sources.reportAuthority.authorityFor(actions, statusUpdates);
  return { actions, statusUpdates, metrics, metricValues, budget, authority };
}
