import type { GroupKey, Person, RoadmapActionFields, SteeringMeetingFields } from '../../src/core/schema';
import { ACTIONS_2024 } from './actions2024';
import { ACTIONS_2025 } from './actions2025';
import { ACTIONS_2026 } from './actions2026';
import { sampleIdeas, type SampleIdea } from './ideas';
import { sampleMeetings } from './meetings';
import { sampleMetrics, sampleMetricValues, type SampleMetric, type SampleMetricValue } from './metrics';
import { DEMO_USERS, GROUP_OF_ROLE, SAMPLE_PEOPLE, asPerson, samplePerson, type SamplePerson } from './people';
import type { ActionSeed } from './seed';
import { actionStateAt, planReports, type PlannedReport, type SampleStatusUpdate } from './stories';

/**
 * SAMPLE DATA for the demo, the emulator (`--seed sample`), `tiekartta seed` and tests. It is labelled
 * `sample: true` and every module says so; the README says so too. Built from domain.md and the city's
 * documents in shared/seeds/: the five projects completed by 10/2024 carry their real costs and impacts
 * and the roadmap 2025 matches the 8.11.2024 slides' counts; people, other actions, reports and metric
 * values are invented but plausible.
 *
 * The sample tells one story over the calendar 2024–2026. `now` only decides how much of it has
 * happened: reports dated before `now` exist, meetings that ended before `now` are held with decisions,
 * approvals after `now` are still pending, and each action shows its latest report before `now`. The
 * default `now` (`SAMPLE_NOW`, autumn 2025, 11 days before a steering meeting) shows a roadmap 2025 in
 * full swing, owners with reports still missing, and the roadmap 2026 as proposals. Pure and
 * deterministic: the same options give the same data.
 */

export type { SamplePerson, SampleRole } from './people';
export type { SampleStatusUpdate } from './stories';
export type { SampleMetric, SampleMetricValue } from './metrics';
export type { SampleIdea } from './ideas';
export { DEMO_USERS, SAMPLE_PEOPLE, GROUP_OF_ROLE, emailOf } from './people';
export { MEETING_DAYS, BOARD_APPROVALS } from './calendar';
export { buildLargeActionSet } from './large';

/** Monday 27.10.2025 09:00 Helsinki: the steering group meets on Friday 7.11.2025. */
export const SAMPLE_NOW = '2025-10-27T07:00:00.000Z';

export interface SampleOptions {
  /** The instant the sample is seen at (default `SAMPLE_NOW`). */
  readonly now?: Date;
}

export interface SampleData {
  /** Always true: this is sample data, not the city's. */
  readonly sample: true;
  /** The instant the data was built for (ISO). */
  readonly now: string;
  readonly people: readonly SamplePerson[];
  /** The people as members of the site's SharePoint groups (security.ts), for the seeder. */
  readonly members: readonly { readonly person: Person; readonly group: GroupKey }[];
  /** E-mails of the reader, owner and steering member the workbench signs in as. */
  readonly demoUsers: typeof DEMO_USERS;
  /** Roadmaps 2024, 2025 and 2026, by code. */
  readonly actions: readonly RoadmapActionFields[];
  /** Oldest first; each names its action by code and its author by e-mail. */
  readonly statusUpdates: readonly SampleStatusUpdate[];
  /** Six a year 2024–2026, in order. */
  readonly meetings: readonly SteeringMeetingFields[];
  readonly metrics: readonly SampleMetric[];
  readonly metricValues: readonly SampleMetricValue[];
  readonly ideas: readonly SampleIdea[];
}

/** Every action of the sample as written down (facts and story), roadmap by roadmap. */
export const SAMPLE_ACTION_SEEDS: readonly ActionSeed[] = [...ACTIONS_2024, ...ACTIONS_2025, ...ACTIONS_2026];

function toAction(seed: ActionSeed, reports: readonly PlannedReport[], now: Date): RoadmapActionFields {
  const owner = samplePerson(seed.owner);
  return {
    title: seed.title,
    code: seed.code,
    description: seed.description ?? null,
    roadmapYear: seed.year,
    goal: seed.goal,
    level: seed.level,
    statutory: seed.statutory ?? seed.need === 'law',
    longTermBenefit: seed.benefit,
    beneficiaries: [...seed.beneficiaries],
    costClass: seed.cost,
    impactClass: seed.impact,
    developmentModel: seed.model,
    needSource: seed.need,
    responsibleDirector: seed.director,
    owner: asPerson(owner),
    start: seed.start,
    end: seed.end,
    oneTimeCost: seed.oneTimeCost ?? null,
    annualCost: seed.annualCost ?? null,
    funding: seed.funding,
    impacts: seed.impacts ?? null,
    effectIndicator: seed.effectIndicator ?? null,
    carriedFrom: null,
    fromIdea: null,
    ...actionStateAt(seed, reports, now)
  };
}

/**
 * The sample as seen at `options.now` (default `SAMPLE_NOW`). A bare `Date` is accepted as `now` too, for
 * callers written against `(now: Date) => SampleData`.
 */
export function buildSampleData(options: SampleOptions | Date = {}): SampleData {
  const now = (options instanceof Date ? options : options.now) ?? new Date(SAMPLE_NOW);
  const reports = new Map<string, readonly PlannedReport[]>();
  for (const seed of SAMPLE_ACTION_SEEDS) {
    const owner = samplePerson(seed.owner);
    reports.set(seed.code, planReports(seed, owner.language, owner.email));
  }
  const visibleUpdates = SAMPLE_ACTION_SEEDS
    .flatMap((s) => reports.get(s.code) ?? [])
    .filter((r) => r.at.getTime() < now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.update.actionCode.localeCompare(b.update.actionCode))
    .map((r) => r.update);
  return {
    sample: true,
    now: now.toISOString(),
    people: SAMPLE_PEOPLE,
    members: SAMPLE_PEOPLE.map((p) => ({ person: asPerson(p), group: GROUP_OF_ROLE[p.role] })),
    demoUsers: DEMO_USERS,
    actions: SAMPLE_ACTION_SEEDS.map((s) => toAction(s, reports.get(s.code) ?? [], now)),
    statusUpdates: visibleUpdates,
    meetings: sampleMeetings(now, SAMPLE_ACTION_SEEDS, reports),
    metrics: sampleMetrics(),
    metricValues: sampleMetricValues(),
    ideas: sampleIdeas()
  };
}
