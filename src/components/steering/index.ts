export { SteeringTab } from './SteeringTab';
export type { ISteeringServices, ISteeringGraphSettings, ISteeringTabProps } from './types';
// Loaded on demand by the tab: RemindersPanel, CalendarPanel, MeetingConflictView (default exports).
