import type { RoadmapAction } from '../../../src/core/schema';

let nextId = 1;

/** A complete action with neutral defaults; tests override what they are about. */
export function makeAction(over: Partial<RoadmapAction> = {}): RoadmapAction {
  const id = over.id ?? nextId++;
  return {
    id,
    etag: '"1"',
    title: `Action ${id}`,
    code: `DT25-${String(id).padStart(2, '0')}`,
    description: null,
    roadmapYear: 2025,
    goal: 'A',
    level: 'foundation',
    statutory: false,
    longTermBenefit: null,
    beneficiaries: [],
    costClass: null,
    impactClass: null,
    developmentModel: null,
    needSource: null,
    responsibleDirector: null,
    owner: null,
    status: 'planned',
    trafficLight: null,
    progress: null,
    start: null,
    end: null,
    oneTimeCost: null,
    annualCost: null,
    actualCost: null,
    funding: null,
    impacts: null,
    effectIndicator: null,
    approvedOn: null,
    lastReportOn: null,
    decisionNeeded: false,
    approvalState: null,
    boardDecisionRef: null,
    carriedFrom: null,
    fromIdea: null,
    ...over
  };
}
