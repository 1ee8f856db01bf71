/**
 * The yearly cycle's pure rules at "thousands of actions" scale (domain.md): planning a carry-over of a
 * whole year, summarising proposals against the budget frame, and diffing a long version history.
 */
import { planCarryOver, summariseProposals, diffVersions, versionSnapshot } from '../src/core/cycle';
import { ictBudgetFor } from '../src/core/budget';
import { ROADMAP_ACTIONS, type RoadmapAction } from '../src/core/schema';
import { timeMs, type Figure } from './figure';

const STATUSES: RoadmapAction['status'][] = ['proposed', 'planned', 'in-progress', 'completed', 'paused', 'cancelled'];
const LEVELS: RoadmapAction['level'][] = ['foundation', 'shared', 'sector', 'data'];

function roadmap(count: number): RoadmapAction[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1, etag: `"${i + 1},1"`, title: `Toimenpide ${i + 1}`, code: `DT25-${String(i + 1).padStart(2, '0')}`, description: null,
    roadmapYear: i % 2 ? 2025 : 2026, goal: 'A', level: LEVELS[i % 4], statutory: false, longTermBenefit: null, beneficiaries: ['staff'],
    costClass: 'M', impactClass: 'L', developmentModel: null, needSource: null, responsibleDirector: null, owner: null,
    status: STATUSES[i % 6], trafficLight: null, progress: 50, start: null, end: null, oneTimeCost: 10_000, annualCost: 1_000,
    actualCost: 2_000, funding: null, impacts: null, effectIndicator: null, approvedOn: null, lastReportOn: null, decisionNeeded: false,
    approvalState: i % 2 ? 'approved' : 'prioritised', boardDecisionRef: null, carriedFrom: null, fromIdea: null
  }));
}

export async function run(): Promise<Figure[]> {
  const actions = roadmap(5000);
  const chosen = actions.filter((a) => a.roadmapYear === 2025).map((a) => a.id);
  const carryMs = await timeMs(() => planCarryOver(actions, 2025, chosen, actions));
  const summaryMs = await timeMs(() => summariseProposals(actions, 2026, ictBudgetFor(2025)?.byLevel ?? {}));
  const versions = Array.from({ length: 200 }, (_, i) => ({
    VersionLabel: `${i + 1}.0`, Modified: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    Editor: { LookupId: 1, LookupValue: 'Sanna', Email: 'sanna@porvoo.fi' },
    Title: 'Toimenpide', DtCode: 'DT25-01', DtRoadmapYear: 2025, DtGoal: 'A', DtStatus: 'Käynnissä', DtProgress: i % 101
  }));
  const historyMs = await timeMs(() => diffVersions(ROADMAP_ACTIONS, versions.map((v) => versionSnapshot(ROADMAP_ACTIONS, v))));
  return [
    { figure: 'cycle.carryOverPlan.5000actions', value: carryMs, unit: 'ms', target: '< 200 ms', met: carryMs < 200 },
    { figure: 'cycle.proposalSummary.5000actions', value: summaryMs, unit: 'ms', target: '< 50 ms', met: summaryMs < 50 },
    { figure: 'cycle.historyDiff.200versions', value: historyMs, unit: 'ms', target: '< 100 ms', met: historyMs < 100 }
  ];
}
