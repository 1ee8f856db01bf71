import type { RoadmapActionFields } from '../../src/core/schema';

/** The benchmark's roadmap action number n: every workbook column filled, as a busy roadmap has them. */
export function benchAction(n: number): RoadmapActionFields {
  return {
    title: `Toimenpide ${n}`, code: `DT25-${String(n).padStart(4, '0')}`, description: 'Kuvaus toimenpiteestä, sen tavoitteista ja vaiheista. '.repeat(3),
    roadmapYear: 2025, goal: 'A', level: 'shared', statutory: n % 3 === 0, longTermBenefit: 'renewal', beneficiaries: ['residents', 'staff'],
    costClass: 'M', impactClass: 'M', developmentModel: 'network', needSource: 'strategy', responsibleDirector: 'hallinto', owner: null,
    status: 'in-progress', trafficLight: 'green', progress: n % 100, start: '2025-Q1', end: '2025-12-31', oneTimeCost: 1000 + n, annualCost: 500,
    actualCost: null, funding: 'own-budget', impacts: 'Vaikutukset', effectIndicator: null, approvedOn: '2024-11-08', lastReportOn: null,
    decisionNeeded: false, approvalState: null, boardDecisionRef: null, carriedFrom: null, fromIdea: null
  };
}
