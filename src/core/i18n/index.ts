export * from './catalog';
export * from './common';
export * from './format';
export * from './all';
