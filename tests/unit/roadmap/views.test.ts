import { groupActions, compareCodes } from '../../../src/core/roadmap/group';
import { boardColumns } from '../../../src/core/roadmap/board';
import { timelineLayout } from '../../../src/core/roadmap/timeline';
import { makeAction } from './fixtures';
import type { ActionStatus } from '../../../src/core/schema';

describe('groupActions', () => {
  const actions = [
    makeAction({ code: 'DT25-10', goal: 'K1', status: 'completed', roadmapYear: 2025, responsibleDirector: 'kehitys' }),
    makeAction({ code: 'DT25-2', goal: 'A', status: 'planned', roadmapYear: 2024, responsibleDirector: null }),
    makeAction({ code: 'DT25-1', goal: 'K1', status: 'planned', roadmapYear: 2025, responsibleDirector: 'hallinto' })
  ];

  it('groups by goal in the programme’s order with DetailsList start indexes', () => {
    const { items, groups } = groupActions(actions, 'goal', 'fi');
    expect(items.map((a) => a.code)).toEqual(['DT25-2', 'DT25-1', 'DT25-10']);
    expect(groups).toEqual([
      { key: 'A', label: 'A Palvelemme asiakkaita kattavasti ihmislähtöisillä sähköisillä palveluilla', startIndex: 0, count: 1 },
      { key: 'K1', label: 'K1 Digitaalinen sivistys', startIndex: 1, count: 2 }
    ]);
  });

  it('groups by status in the schema order and localises the names', () => {
    const { groups } = groupActions(actions, 'status', 'sv');
    expect(groups.map((g) => g.label)).toEqual(['Planerad', 'Slutförd']);
  });

  it('puts actions without a director last, with no label', () => {
    const { groups } = groupActions(actions, 'director', 'fi');
    expect(groups.map((g) => g.key)).toEqual(['hallinto', 'kehitys', '']);
    expect(groups[2].label).toBeNull();
  });

  it('groups by year ascending and sorts codes naturally', () => {
    expect(groupActions(actions, 'year', 'en').groups.map((g) => g.key)).toEqual(['2024', '2025']);
    expect(compareCodes('DT25-2', 'DT25-10')).toBeLessThan(0);
    expect(groupActions(actions, 'none', 'en').groups).toEqual([]);
  });
});

describe('boardColumns', () => {
  it('has one column per status, empty ones included', () => {
    const cols = boardColumns([makeAction({ status: 'paused' })]);
    expect(cols.map((c) => c.status)).toEqual(['proposed', 'planned', 'in-progress', 'completed', 'paused', 'cancelled']);
    expect(cols[4].actions).toHaveLength(1);
  });

  it('keeps an action whose status is none of the schema\'s (stored as sent through REST) in a last column', () => {
    const odd = makeAction({ code: 'B', status: 'odottaa' as ActionStatus });
    const empty = makeAction({ code: 'A', status: null as unknown as ActionStatus });
    const cols = boardColumns([odd, makeAction({ status: 'paused' }), empty]);
    expect(cols.map((c) => c.status)).toEqual(['proposed', 'planned', 'in-progress', 'completed', 'paused', 'cancelled', null]);
    expect(cols[6].actions.map((a) => a.code)).toEqual(['A', 'B']);
    expect(cols.flatMap((c) => c.actions)).toHaveLength(3);
  });
});

describe('timelineLayout', () => {
  it('spans quarters across years from days and quarters', () => {
    const a = makeAction({ code: 'A', start: '2024-11-15', end: '2025-Q2' });
    const b = makeAction({ code: 'B', start: '2025-Q1', end: null });
    const { quarters, rows } = timelineLayout([b, a]);
    expect(quarters).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(rows.map((r) => [r.action.code, r.from, r.to, r.estimated])).toEqual([['A', 0, 2, false], ['B', 1, 1, false]]);
  });

  it('estimates undated actions over their roadmap year and never hides an end before the start', () => {
    const { quarters, rows } = timelineLayout([makeAction({ code: 'U', roadmapYear: 2026 }), makeAction({ code: 'X', start: '2026-Q3', end: '2026-Q1' })]);
    expect(quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(rows.find((r) => r.action.code === 'U')).toMatchObject({ from: 0, to: 3, estimated: true });
    expect(rows.find((r) => r.action.code === 'X')).toMatchObject({ from: 2, to: 2 });
  });

  it('is empty for no actions', () => {
    expect(timelineLayout([])).toEqual({ quarters: [], rows: [] });
  });
});
