export { RoadmapTable } from './RoadmapTable';
export type { IRoadmapTableProps } from './IRoadmapTableProps';
