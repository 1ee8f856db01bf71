export * from './authority';
