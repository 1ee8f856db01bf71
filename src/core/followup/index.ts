export * from './types';
export * from './budget';
export * from './summarise';
export * from './labels';
export * from './programme';
export * from './publicChanges';
