export { RoadmapPrint, printClasses } from './RoadmapPrint';
export { describeFilter } from './summary';
export type { IRoadmapPrintProps } from './IRoadmapPrintProps';
