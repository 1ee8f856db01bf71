export * from './rules';
export * from './result';
export * from './codes';
export * from './ideas';
export * from './approval';
export * from './proposals';
export * from './carryOver';
export * from './history';
