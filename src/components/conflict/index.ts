// Loaded on demand with the form: `import(/* webpackChunkName: "action-form" */ './ConflictView')`.
export type { IConflictViewProps } from './IConflictViewProps';
