export * from './meetingPlan';
export * from './overview';
export * from './snapshot';
export * from './sending';
export * from './decisions';
export * from './url';
