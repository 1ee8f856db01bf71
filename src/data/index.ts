/**
 * The data layer: PnPjs against SharePoint or the local emulator (same code, another URL).
 * `createSp` builds the configured SPFI; `createRepositories` gives a typed repository per list;
 * `provision` creates or upgrades the site; `readUserRights` tells the UI what the user may do.
 */
export * from './contracts';
export { createSp, MinimalMetadata, BearerTokenFrom, normaliseSiteUrl, webPathOf, webUrlOf, type SpConnection, type SpfxConnection, type UrlConnection } from './sp';
export { FetchWithRetry, retryAfterMs, type RetryOptions } from './fetch-with-retry';
export {
  ListRepository, createRepositories, createListRepository, actionsRepository, statusUpdatesRepository, meetingsRepository,
  metricsRepository, metricValuesRepository, ideasRepository, reminderLogRepository, type Repositories
} from './repository';
export { PeopleDirectory, claimsLogin, BATCH_SIZE } from './people';
export { planQuery, planInMemory, isServerSide, odataComparison, matchesAll, sortEntities, MAX_PAGE_SIZE, type QueryPlan } from './query';
export { readUserRights, canEditItem, grants, type UserRightsDetail } from './rights';
export { grantOwnerEdit, type OwnerGrantResult } from './permissions';
export { describeHttpError, httpStatusOf, isThresholdError, toDataError } from './errors';
export * from './provision';
