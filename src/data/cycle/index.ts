export * from './cycleService';
export * from './history';
export * from './services';
