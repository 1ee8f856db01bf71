export * from './cycleService';
export * from './history';
