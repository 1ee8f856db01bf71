export { Roadmap } from './Roadmap';
export type { IRoadmapProps } from './IRoadmapProps';
export { useRoadmap, type IRoadmapModel } from './useRoadmap';
export { useRoadmapData, loadRoadmap, type IRoadmapData, type RoadmapLoad } from './useRoadmapData';
export { useActionMutations, type IActionMutations, type SaveOutcome, type ReportOutcome, type ActionConflict } from './useActionMutations';
