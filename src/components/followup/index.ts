export { FollowupDashboard } from './FollowupDashboard';
export type { IFollowupDashboardProps } from './IFollowupDashboardProps';
export { ChartPanel, ChartTable, ChartViewContext, type IChartPanelProps } from './ChartPanel';
export { MetricsSection, RoadmapSection, LightsSection, NextYearSection, CostsSection, type ISectionProps } from './sections';
export { dashboardCharts, chartSummary, chartTable, type ChartSpec, type DashboardCharts } from './model';
