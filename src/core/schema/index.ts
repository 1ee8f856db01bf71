export * from './types';
export * from './choices';
export * from './lists';
export * from './entities';
export * from './mapping';
export * from './period';
export * from './security';
export * from './decisions';
