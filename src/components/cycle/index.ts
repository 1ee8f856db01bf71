export { CycleArea, type ICycleAreaProps } from './CycleArea';
export { IdeaTriage, type IIdeaTriageProps } from './IdeaTriage';
export { ProposalsPanel, type IProposalsPanelProps } from './ProposalsPanel';
export { CarryOverPanel, type ICarryOverPanelProps } from './CarryOverPanel';
export { ActionHistory, type IActionHistoryProps } from './ActionHistory';
export type { ICycleServices } from './types';
