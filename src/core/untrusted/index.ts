export * from './links';
export * from './text';
