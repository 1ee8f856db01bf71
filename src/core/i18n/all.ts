/**
 * Every feature catalog, imported so that they register; the completeness test imports this module.
 * Add a feature's catalog here when it is created.
 */
export { COMMON } from './common';
export { EXCEL } from './excel';
export { REMINDERS } from './reminders';
export { SHELL } from './shell';
export { ROADMAP } from './roadmap';
export { ACTION } from './action';
export { STATUS_REPORT } from './statusReport';
export { REPORTS } from './reports';
export { VALIDATION } from './validation';
export { FOLLOWUP } from './followup';
export { FOLLOWUP_REPORT } from './followupReport';
export { CYCLE } from './cycle';
export { STEERING } from './steering';
export { OUTBOX } from './outbox';
export { WORKBENCH } from './workbench';
export { CLI } from './cli';
export { CLI_HELP } from './cliHelp';
export { PUBLICATION } from './publication';
export { WEB_PARTS } from './webParts';
