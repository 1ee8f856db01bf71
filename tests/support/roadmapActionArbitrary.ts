import fc from 'fast-check';
import {
  ACTION_STATUSES, APPROVAL_STATES, BENEFICIARIES, COST_CLASSES, DEVELOPMENT_MODELS, FUNDING_SOURCES, GOALS,
  IMPACT_CLASSES, LEVELS, LONG_TERM_BENEFITS, NEED_SOURCES, RESPONSIBLE_DIRECTORS, TRAFFIC_LIGHTS,
  type RoadmapActionFields
} from '../../src/core/schema';

/**
 * Random roadmap actions that satisfy every rule of src/core/validation: for property tests
 * (validation, Excel round trip). Text includes Finnish and Swedish letters, formula-like starts
 * (`=`, `+`, `-`, `@`) and line breaks in notes.
 */

const codesOf = <C extends { readonly code: string }>(choices: readonly C[]): C['code'][] => choices.map((c) => c.code);

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 4 });

const letters = 'abcdefghijklmnopqrstuvwxyzåäöÅÄÖ -=+@.,;:()€%'.split('');
const text = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...letters), { minLength: min, maxLength: max }).map((cs) => cs.join('')).filter((s) => s.trim() !== '');
const note = fc.array(text(1, 40), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

const day = fc.record({ y: fc.integer({ min: 2023, max: 2028 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const quarter = fc.record({ y: fc.integer({ min: 2023, max: 2028 }), q: fc.integer({ min: 1, max: 4 }) }).map(({ y, q }) => `${y}-Q${q}`);
const period = fc.oneof(day, quarter);
const euros = nullable(fc.integer({ min: 0, max: 2000000 }));
const person = fc.record({ first: fc.constantFrom('anna', 'mikael', 'päivi', 'johan', 'sanna'), last: fc.constantFrom('virtanen', 'lindholm', 'nyström', 'koskinen') })
  .map(({ first, last }) => ({ email: `${first}.${last}@porvoo.fi`.normalize('NFD').replace(/[\u0300-\u036f]/g, '') }));
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t).toISOString());

/** Orders start and end so that the end never comes before the start. */
function ordered(a: string | null, b: string | null): [string | null, string | null] {
  if (!a || !b) return [a, b];
  const first = (p: string) => (p.includes('Q') ? `${p.slice(0, 4)}-${String((Number(p.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01` : p);
  return first(a) <= first(b) ? [a, b] : [b, a];
}

export const validRoadmapAction: fc.Arbitrary<RoadmapActionFields> = fc
  .record({
    title: text(1, 80),
    code: nullable(fc.record({ yy: fc.integer({ min: 24, max: 30 }), n: fc.integer({ min: 1, max: 999 }) }).map(({ yy, n }) => `DT${yy}-${String(n).padStart(2, '0')}`)),
    description: nullable(note),
    roadmapYear: fc.integer({ min: 2024, max: 2030 }),
    goal: fc.constantFrom(...codesOf(GOALS)),
    level: fc.constantFrom(...codesOf(LEVELS)),
    statutory: fc.boolean(),
    longTermBenefit: nullable(fc.constantFrom(...codesOf(LONG_TERM_BENEFITS))),
    beneficiaries: fc.subarray(codesOf(BENEFICIARIES)),
    costClass: nullable(fc.constantFrom(...codesOf(COST_CLASSES))),
    impactClass: nullable(fc.constantFrom(...codesOf(IMPACT_CLASSES))),
    developmentModel: nullable(fc.constantFrom(...codesOf(DEVELOPMENT_MODELS))),
    needSource: nullable(fc.constantFrom(...codesOf(NEED_SOURCES))),
    responsibleDirector: nullable(fc.oneof(fc.constantFrom(...codesOf(RESPONSIBLE_DIRECTORS)), text(1, 60))),
    owner: nullable(person),
    status: fc.constantFrom(...codesOf(ACTION_STATUSES)),
    trafficLight: nullable(fc.constantFrom(...codesOf(TRAFFIC_LIGHTS))),
    progress: nullable(fc.integer({ min: 0, max: 100 })),
    start: nullable(period),
    end: nullable(period),
    oneTimeCost: euros,
    annualCost: euros,
    actualCost: euros,
    funding: nullable(fc.constantFrom(...codesOf(FUNDING_SOURCES))),
    impacts: nullable(note),
    effectIndicator: nullable(text(1, 100)),
    approvedOn: nullable(day),
    lastReportOn: nullable(instant),
    decisionNeeded: fc.boolean(),
    approvalState: nullable(fc.constantFrom(...codesOf(APPROVAL_STATES))),
    boardDecisionRef: nullable(text(1, 60)),
    carriedFrom: nullable(fc.integer({ min: 1, max: 100000 })),
    fromIdea: nullable(fc.integer({ min: 1, max: 100000 }))
  })
  .map((a) => {
    const [start, end] = ordered(a.start, a.end);
    return { ...a, start, end, progress: a.status === 'completed' ? 100 : a.progress };
  });
