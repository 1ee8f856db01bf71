import type { Idea, RoadmapAction } from '../../../src/core/schema';
import type { CycleActor } from '../../../src/core/cycle';
import { actionFields } from '../../support/actionFields';

export const steering: CycleActor = { email: 'ohjaus@porvoo.fi', displayName: 'Sanna Ohjaus', isSteeringMember: true };
export const proposer: CycleActor = { email: 'Aino.Ehdottaja@porvoo.fi', displayName: 'Aino Ehdottaja', isSteeringMember: false };
export const otherEmployee: CycleActor = { email: 'muu@porvoo.fi', isSteeringMember: false };

export function anAction(over: Partial<RoadmapAction> & { id: number }): RoadmapAction {
  return {
    etag: `"${over.id},1"`,
    ...actionFields({ title: `Toimenpide ${over.id}`, roadmapYear: 2025, goal: 'A', level: 'shared', status: 'in-progress' }),
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
