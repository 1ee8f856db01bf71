/**
 * Every feature catalog, imported so that they register; the completeness test imports this module.
 * Add a feature's catalog here when it is created.
 */
export { COMMON } from './common';
export { CYCLE } from './cycle';
export { VALIDATION } from './validation';
