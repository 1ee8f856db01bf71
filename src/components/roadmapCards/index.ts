export { RoadmapCards } from './RoadmapCards';
export type { IRoadmapCardsProps } from './IRoadmapCardsProps';
