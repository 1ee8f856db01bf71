export * from './issues';
export * from './fields';
export * from './rules';
export * from './codes';
export * from './describe';
