export * from './types';
export * from './ledger';
export * from './preread';
export * from './planner';
export * from './links';
export * from './messages';
export * from './mime';
export * from './calendar';
