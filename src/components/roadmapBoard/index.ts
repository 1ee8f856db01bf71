// The board is loaded on demand: import it with `import(/* webpackChunkName: "roadmap-board" */ './RoadmapBoard')`.
export type { IRoadmapBoardProps } from './IRoadmapBoardProps';
