export { FollowupDashboard } from './FollowupDashboard';
export type { IFollowupDashboardProps } from './IFollowupDashboardProps';
export { ChartPanel, ChartTable, type IChartPanelProps } from './ChartPanel';
export { dashboardCharts, chartSummary, chartTable, type ChartSpec, type DashboardCharts } from './model';
