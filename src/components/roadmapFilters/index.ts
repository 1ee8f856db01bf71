export { RoadmapFilters } from './RoadmapFilters';
export type { IRoadmapFiltersProps } from './IRoadmapFiltersProps';
