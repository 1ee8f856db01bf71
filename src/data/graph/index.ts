export * from './client';
export * from './batch';
export * from './fields';
export * from './sites';
export * from './directory';
export * from './mail';
export * from './reminderJob';
