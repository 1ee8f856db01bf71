// The form is loaded on demand: `import(/* webpackChunkName: "action-form" */ './ActionForm')`.
export type { IActionFormProps } from './IActionFormProps';
