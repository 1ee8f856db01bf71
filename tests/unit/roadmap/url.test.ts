import fc from 'fast-check';
import { EMPTY_FILTER } from '../../../src/core/roadmap/filter';
import { DEFAULT_LOCATION_STATE, mergeStateIntoQuery, stateFromQuery, stateToQuery, type RoadmapLocationState } from '../../../src/core/roadmap/url';
import { GOALS, LEVELS, NEED_SOURCES, ACTION_STATUSES } from '../../../src/core/schema/choices';

describe('roadmap state in the URL', () => {
  it('writes nothing for the default state', () => {
    expect(stateToQuery(DEFAULT_LOCATION_STATE)).toBe('');
    expect(stateFromQuery('')).toEqual(DEFAULT_LOCATION_STATE);
  });

  it('reads the reminder e-mail link to a report form', () => {
    const s = stateFromQuery('?action=DT25-07&report=1');
    expect(s.action).toBe('DT25-07');
    expect(s.report).toBe(true);
  });

  it('writes a filtered view as a short, readable link', () => {
    const state: RoadmapLocationState = {
      ...DEFAULT_LOCATION_STATE,
      filter: { ...EMPTY_FILTER, years: [2025], statutory: true, goals: ['A', 'K1'], text: 'kartta' },
      view: 'board'
    };
    expect(stateToQuery(state)).toBe('year=2025&goal=A%2CK1&statutory=1&q=kartta&view=board');
    expect(stateFromQuery(stateToQuery(state))).toEqual(state);
  });

  it('ignores unknown or malicious values instead of failing', () => {
    const s = stateFromQuery('goal=Z,A&level=<script>&year=abc,2025&view=evil&group=x&action=<img src=x>&light=red,purple&report=1');
    expect(s.filter.goals).toEqual(['A']);
    expect(s.filter.levels).toEqual([]);
    expect(s.filter.years).toEqual([2025]);
    expect(s.filter.lights).toEqual(['red']);
    expect(s.view).toBe('table');
    expect(s.groupBy).toBe('goal');
    expect(s.action).toBeNull();
    expect(s.report).toBe(false);
  });

  it('keeps the page’s own parameters when writing the state', () => {
    const q = mergeStateIntoQuery('web=1&year=2020&mode=edit', { ...DEFAULT_LOCATION_STATE, filter: { ...EMPTY_FILTER, years: [2025] } });
    expect(q).toBe('web=1&mode=edit&year=2025');
  });

  it('round-trips any state', () => {
    const codes = <T extends { code: string }>(xs: readonly T[]) => fc.uniqueArray(fc.constantFrom(...xs.map((x) => x.code)), { maxLength: 3 });
    const stateArb = fc.record({
      filter: fc.record({
        years: fc.uniqueArray(fc.integer({ min: 2020, max: 2030 }), { maxLength: 3 }).map((ys) => ys.sort((a, b) => a - b)),
        goals: codes(GOALS),
        levels: codes(LEVELS),
        statutory: fc.constantFrom(null, true, false),
        needSources: codes(NEED_SOURCES),
        directors: fc.uniqueArray(fc.constantFrom('kehitys', 'hallinto', 'Uusi johtaja'), { maxLength: 2 }),
        statuses: codes(ACTION_STATUSES),
        lights: fc.uniqueArray(fc.constantFrom('green', 'yellow', 'red', 'none'), { maxLength: 2 }),
        mine: fc.boolean(),
        text: fc.string({ maxLength: 20 }).map((t) => t.trim())
      }),
      view: fc.constantFrom('table', 'board', 'timeline'),
      groupBy: fc.constantFrom('goal', 'level', 'director', 'status', 'year', 'none'),
      action: fc.constantFrom(null, 'DT25-07'),
      report: fc.boolean()
    }).map((s) => ({ ...s, report: s.action ? s.report : false }) as RoadmapLocationState);
    fc.assert(fc.property(stateArb, (s) => {
      expect(stateFromQuery(stateToQuery(s))).toEqual(s);
    }));
  });
});
