// The timeline is loaded on demand: import it with `import(/* webpackChunkName: "roadmap-timeline" */ './RoadmapTimeline')`.
export type { IRoadmapTimelineProps } from './IRoadmapTimelineProps';
