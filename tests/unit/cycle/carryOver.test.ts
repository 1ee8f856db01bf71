import fc from 'fast-check';
import { ACTION_STATUSES, type RoadmapAction } from '../../../src/core/schema';
import { carryOverCandidates, carriedCopy, planCarryOver, supersededIds, type CarryOverPlan } from '../../../src/core/cycle';
import { anAction } from './fixtures';

/** Stores a plan's new actions the way the list would: fresh ids after the highest one. */
function store(existing: readonly RoadmapAction[], plan: CarryOverPlan): RoadmapAction[] {
  let next = Math.max(0, ...existing.map((a) => a.id)) + 1;
  return [...existing, ...plan.create.map((fields) => ({ ...fields, id: next, etag: `"${next++},1"` }))];
}

describe('carry-over', () => {
  const y2025 = [
    anAction({ id: 1, code: 'DT25-01', status: 'in-progress', progress: 60, trafficLight: 'yellow', oneTimeCost: 10_000, actualCost: 4_000, annualCost: 1_200,
      approvalState: 'approved', approvedOn: '2025-01-22', boardDecisionRef: 'KH 22.1.2025 § 10', owner: { email: 'omistaja@porvoo.fi' }, fromIdea: 3, lastReportOn: '2025-10-01T08:00:00.000Z' }),
    anAction({ id: 2, code: 'DT25-02', status: 'completed' }),
    anAction({ id: 3, code: 'DT25-03', status: 'paused', oneTimeCost: 5_000, actualCost: 9_000 }),
    anAction({ id: 4, code: 'DT25-04', status: 'planned' }),
    anAction({ id: 5, code: 'DT26-01', roadmapYear: 2026, status: 'proposed', approvalState: 'proposed' })
  ];

  it('lists the unfinished actions of the year, and which are already carried', () => {
    const stored = store(y2025, planCarryOver(y2025, 2025, [4], y2025));
    expect(carryOverCandidates(stored, 2025).map((c) => [c.action.id, c.copy?.id ?? null])).toEqual([[1, null], [3, null], [4, 6]]);
  });

  it('copies what describes the work, keeps status and progress, and starts next year’s costs and approval afresh', () => {
    const copy = carriedCopy(y2025[0], 2026, 'DT26-02');
    expect(copy).toMatchObject({
      code: 'DT26-02', roadmapYear: 2026, carriedFrom: 1, status: 'in-progress', progress: 60, trafficLight: 'yellow',
      oneTimeCost: 6_000, annualCost: 1_200, actualCost: null, owner: { email: 'omistaja@porvoo.fi' },
      approvalState: 'prioritised', approvedOn: null, boardDecisionRef: null, fromIdea: null, lastReportOn: null, decisionNeeded: false
    });
    expect(carriedCopy(y2025[2], 2026, null).oneTimeCost).toBe(0);
  });

  it('refuses finished, unknown and other years’ actions, and gives new codes after the year’s last one', () => {
    const plan = planCarryOver(y2025, 2025, [1, 2, 3, 5, 99, 1], y2025);
    expect(plan.create.map((c) => [c.carriedFrom, c.code])).toEqual([[1, 'DT26-02'], [3, 'DT26-03']]);
    expect(plan.refused).toEqual([{ id: 2, reason: 'finished' }, { id: 5, reason: 'not-in-year' }, { id: 99, reason: 'not-found' }]);
  });

  it('leaves the originals as they were and marks them superseded through the copy’s link', () => {
    const before = JSON.stringify(y2025);
    const stored = store(y2025, planCarryOver(y2025, 2025, [1, 3], y2025));
    expect(JSON.stringify(stored.slice(0, y2025.length))).toBe(before);
    expect([...supersededIds(stored)].sort()).toEqual([1, 3]);
  });

  const statuses = ACTION_STATUSES.map((s) => s.code);
  const roadmapArb = fc
    .array(
      fc.record({
        roadmapYear: fc.constantFrom(2024, 2025, 2026),
        status: fc.constantFrom(...statuses),
        numbered: fc.boolean(),
        carriedFromOffset: fc.option(fc.nat(20), { nil: null }),
        oneTimeCost: fc.option(fc.nat(100_000), { nil: null }),
        actualCost: fc.option(fc.nat(100_000), { nil: null })
      }),
      { maxLength: 25 }
    )
    .map((rows) =>
      rows.map((r, i) =>
        anAction({
          id: i + 1,
          roadmapYear: r.roadmapYear,
          status: r.status,
          code: r.numbered ? `DT${r.roadmapYear % 100}-${String(i + 1).padStart(2, '0')}` : null,
          carriedFrom: r.carriedFromOffset === null ? null : (r.carriedFromOffset % rows.length) + 1,
          oneTimeCost: r.oneTimeCost,
          actualCost: r.actualCost
        })
      )
    );

  it('running it twice is the same as running it once (property)', () => {
    fc.assert(
      fc.property(roadmapArb, fc.array(fc.nat(30)), (roadmap, chosen) => {
        const once = store(roadmap, planCarryOver(roadmap, 2025, chosen, roadmap));
        const secondPlan = planCarryOver(once, 2025, chosen, once);
        expect(secondPlan.create).toEqual([]);
        expect(store(once, secondPlan)).toEqual(once);
      })
    );
  });

  it('carries each chosen unfinished action exactly once, with unique codes (property)', () => {
    fc.assert(
      fc.property(roadmapArb, fc.array(fc.nat(30)), (roadmap, chosen) => {
        const once = store(roadmap, planCarryOver(roadmap, 2025, chosen, roadmap));
        for (const id of new Set(chosen)) {
          const original = roadmap.find((a) => a.id === id);
          const copies = once.filter((a) => a.carriedFrom === id);
          if (original && original.roadmapYear === 2025 && ['proposed', 'planned', 'in-progress', 'paused'].includes(original.status)) {
            expect(copies.length).toBeGreaterThanOrEqual(1);
          }
          const added = copies.filter((c) => c.id > roadmap.length);
          const hadCopy = roadmap.some((a) => a.carriedFrom === id);
          expect(added.length).toBe(hadCopy ? 0 : copies.length);
          expect(added.length).toBeLessThanOrEqual(1);
          for (const c of added) expect(c.roadmapYear).toBe(2026);
        }
        const codes = once.map((a) => a.code).filter((c): c is string => c !== null);
        expect(new Set(codes).size).toBe(codes.length);
        for (const a of once.slice(roadmap.length)) expect(a.oneTimeCost === null || a.oneTimeCost >= 0).toBe(true);
      })
    );
  });
});
