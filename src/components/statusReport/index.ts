// The report form is loaded on demand: `import(/* webpackChunkName: "status-report" */ './StatusReportForm')`.
export type { IStatusReportFormProps } from './IStatusReportFormProps';
