import type { Idea, RoadmapAction } from '../../../src/core/schema';
import type { CycleActor } from '../../../src/core/cycle';

export const steering: CycleActor = { email: 'ohjaus@porvoo.fi', displayName: 'Sanna Ohjaus', isSteeringMember: true };
export const proposer: CycleActor = { email: 'Aino.Ehdottaja@porvoo.fi', displayName: 'Aino Ehdottaja', isSteeringMember: false };
export const otherEmployee: CycleActor = { email: 'muu@porvoo.fi', isSteeringMember: false };

export function anAction(over: Partial<RoadmapAction> & { id: number }): RoadmapAction {
  return {
    etag: `"${over.id},1"`,
    title: `Toimenpide ${over.id}`,
    code: null,
    description: null,
    roadmapYear: 2025,
    goal: 'A',
    level: 'shared',
    statutory: false,
    longTermBenefit: null,
    beneficiaries: [],
    costClass: null,
    impactClass: null,
    developmentModel: null,
    needSource: null,
    responsibleDirector: null,
    owner: null,
    status: 'in-progress',
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

export function anIdea(over: Partial<Idea> & { id: number }): Idea {
  return {
    etag: `"${over.id},1"`,
    title: 'Sähköinen ajanvaraus',
    what: 'Asukkaat varaavat ajan verkossa.',
    why: 'Puhelinjonot lyhenevät.',
    beneficiaries: ['residents'],
    goal: 'A',
    costClass: 'M',
    impactClass: 'L',
    state: 'new',
    outcome: null,
    action: null,
    proposer: { email: 'aino.ehdottaja@porvoo.fi', displayName: 'Aino Ehdottaja' },
    language: 'fi',
    ...over
  };
}
