import { ROADMAP_ACTIONS, STATUS_UPDATES, type RoadmapAction } from '../../../src/core/schema';
import { matchesAll, planInMemory, planQuery, sortEntities, MAX_PAGE_SIZE } from '../../../src/data/query';
import { actionFields } from '../../support/actionFields';

function action(id: number, values: Partial<RoadmapAction>): RoadmapAction {
  return {
    id,
    etag: `"${id}"`,
    ...actionFields({ title: `Action ${id}`, code: `DT25-${String(id).padStart(2, '0')}`, roadmapYear: 2025, goal: 'A', level: 'foundation', status: 'planned' }),
    ...values
  };
}

describe('query planning: server-side filters only where an index can serve them', () => {
  it('sends an equality on an indexed field to SharePoint, in its internal name and stored value', () => {
    const plan = planQuery(ROADMAP_ACTIONS, { where: [{ key: 'status', op: 'eq', value: 'in-progress' }] });
    expect(plan.filter).toBe("DtStatus eq 'Käynnissä'");
    expect(plan.inMemory).toEqual([]);
  });

  it('keeps a condition on an unindexed field in memory (it would trip the threshold on a big list)', () => {
    const plan = planQuery(ROADMAP_ACTIONS, { where: [{ key: 'goal', op: 'eq', value: 'A' }] });
    expect(plan.filter).toBeUndefined();
    expect(plan.inMemory).toEqual([{ key: 'goal', op: 'eq', value: 'A' }]);
  });

  it('splits a mixed query: the indexed part on the server, the rest in memory', () => {
    const plan = planQuery(ROADMAP_ACTIONS, {
      where: [
        { key: 'roadmapYear', op: 'eq', value: 2025 },
        { key: 'statutory', op: 'eq', value: true },
        { key: 'trafficLight', op: 'eq', value: 'red' }
      ]
    });
    expect(plan.filter).toBe("DtRoadmapYear eq 2025 and DtTrafficLight eq 'punainen'");
    expect(plan.inMemory).toEqual([{ key: 'statutory', op: 'eq', value: true }]);
  });

  it('never sends ne, null tests or a person by e-mail to the server', () => {
    const plan = planQuery(ROADMAP_ACTIONS, {
      where: [
        { key: 'status', op: 'ne', value: 'completed' },
        { key: 'trafficLight', op: 'eq', value: null },
        { key: 'owner', op: 'eq', value: 'laura.niemi@porvoo.fi' }
      ]
    });
    expect(plan.filter).toBeUndefined();
    expect(plan.inMemory).toHaveLength(3);
  });

  it('filters a person or a lookup by id on the server (the `<Field>Id` column)', () => {
    expect(planQuery(ROADMAP_ACTIONS, { where: [{ key: 'owner', op: 'eq', value: 12 }] }).filter).toBe('DtOwnerId eq 12');
    expect(planQuery(STATUS_UPDATES, { where: [{ key: 'action', op: 'eq', value: 7 }] }).filter).toBe('DtActionId eq 7');
  });

  it('writes ranges on indexed dates as datetime literals and escapes quotes in text', () => {
    expect(planQuery(ROADMAP_ACTIONS, { where: [{ key: 'lastReportOn', op: 'ge', value: '2025-01-01T00:00:00+02:00' }] }).filter)
      .toBe("DtLastReportOn ge datetime'2024-12-31T22:00:00.000Z'");
    expect(planQuery(ROADMAP_ACTIONS, { where: [{ key: 'code', op: 'eq', value: "DT'25" }] }).filter).toBe("DtCode eq 'DT''25'");
  });

  it('orders in memory and caps the page size at 5 000', () => {
    const plan = planQuery(ROADMAP_ACTIONS, { orderBy: { key: 'title' }, pageSize: 10_000 });
    expect(plan.sort).toEqual({ key: 'title', ascending: true });
    expect(plan.pageSize).toBe(MAX_PAGE_SIZE);
  });

  it('falls back to everything in memory when asked (after a threshold refusal)', () => {
    const where = [{ key: 'status', op: 'eq', value: 'planned' } as const];
    const plan = planInMemory(ROADMAP_ACTIONS, { where });
    expect(plan.filter).toBeUndefined();
    expect(plan.inMemory).toEqual(where);
  });

  it('rejects a condition on a key the list does not have', () => {
    expect(() => planQuery(ROADMAP_ACTIONS, { where: [{ key: 'nope', op: 'eq', value: 1 }] })).toThrow(/no field nope/);
  });
});

describe('in-memory evaluation', () => {
  const owner = { email: 'Laura.Niemi@porvoo.fi', id: 12 };
  const items = [
    action(1, { status: 'in-progress', owner, beneficiaries: ['residents', 'staff'], progress: 40 }),
    action(2, { status: 'completed', trafficLight: 'green', progress: 100 }),
    action(3, { status: 'planned', beneficiaries: ['climate'] })
  ];

  it('compares people by e-mail without case, or by id', () => {
    expect(items.filter((a) => matchesAll(ROADMAP_ACTIONS, a, [{ key: 'owner', op: 'eq', value: 'laura.niemi@porvoo.fi' }])).map((a) => a.id)).toEqual([1]);
    expect(items.filter((a) => matchesAll(ROADMAP_ACTIONS, a, [{ key: 'owner', op: 'eq', value: 12 }])).map((a) => a.id)).toEqual([1]);
  });

  it('treats eq on a multi-choice as "contains"', () => {
    expect(items.filter((a) => matchesAll(ROADMAP_ACTIONS, a, [{ key: 'beneficiaries', op: 'eq', value: 'staff' }])).map((a) => a.id)).toEqual([1]);
  });

  it('handles null and ranges', () => {
    expect(items.filter((a) => matchesAll(ROADMAP_ACTIONS, a, [{ key: 'trafficLight', op: 'eq', value: null }])).map((a) => a.id)).toEqual([1, 3]);
    expect(items.filter((a) => matchesAll(ROADMAP_ACTIONS, a, [{ key: 'progress', op: 'gt', value: 50 }])).map((a) => a.id)).toEqual([2]);
    expect(items.filter((a) => matchesAll(ROADMAP_ACTIONS, a, [{ key: 'status', op: 'ne', value: 'completed' }])).map((a) => a.id)).toEqual([1, 3]);
  });

  it('sorts with empty values last and stable ties', () => {
    expect(sortEntities(ROADMAP_ACTIONS, items, { key: 'progress', ascending: false }).map((a) => a.id)).toEqual([2, 1, 3]);
    expect(sortEntities(ROADMAP_ACTIONS, items, { key: 'progress', ascending: true }).map((a) => a.id)).toEqual([1, 2, 3]);
  });
});
