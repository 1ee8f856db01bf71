import { EMPTY_FILTER, activeFilterCount, filterActions, isFilterEmpty, yearsIn, type RoadmapFilter } from '../../../src/core/roadmap/filter';
import { makeAction } from './fixtures';

const f = (over: Partial<RoadmapFilter>): RoadmapFilter => ({ ...EMPTY_FILTER, ...over });

describe('filterActions', () => {
  const a2024 = makeAction({ code: 'DT24-01', roadmapYear: 2024, statutory: true, needSource: 'law', goal: 'K3' });
  const a2025law = makeAction({ code: 'DT25-01', roadmapYear: 2025, statutory: true, needSource: 'law', level: 'shared', trafficLight: 'red',
    owner: { email: 'Maija.Meikalainen@porvoo.fi', displayName: 'Maija Meikäläinen' }, responsibleDirector: 'kehitys' });
  const a2025 = makeAction({ code: 'DT25-02', roadmapYear: 2025, statutory: false, needSource: 'strategy', title: 'Sähköinen asiointi',
    description: 'Kartalla-palaute mobiilissa', status: 'in-progress', responsibleDirector: 'Uusi johtaja' });
  const all = [a2024, a2025law, a2025];

  it('returns everything for the empty filter, in the original order', () => {
    expect(filterActions(all, EMPTY_FILTER, undefined)).toEqual(all);
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
  });

  it('combines facets with AND: 2025 statutory actions', () => {
    expect(filterActions(all, f({ years: [2025], statutory: true }), undefined)).toEqual([a2025law]);
  });

  it('treats several values of one facet as OR', () => {
    expect(filterActions(all, f({ years: [2024, 2025], needSources: ['law'] }), undefined)).toEqual([a2024, a2025law]);
  });

  it('filters by statutory = no as well as yes', () => {
    expect(filterActions(all, f({ statutory: false }), undefined)).toEqual([a2025]);
  });

  it('filters by level, goal, status and director, including fill-in directors', () => {
    expect(filterActions(all, f({ levels: ['shared'] }), undefined)).toEqual([a2025law]);
    expect(filterActions(all, f({ goals: ['K3'] }), undefined)).toEqual([a2024]);
    expect(filterActions(all, f({ statuses: ['in-progress'] }), undefined)).toEqual([a2025]);
    expect(filterActions(all, f({ directors: ['Uusi johtaja', 'kehitys'] }), undefined)).toEqual([a2025law, a2025]);
  });

  it('filters by traffic light, "none" meaning not reported yet', () => {
    expect(filterActions(all, f({ lights: ['red'] }), undefined)).toEqual([a2025law]);
    expect(filterActions(all, f({ lights: ['none'] }), undefined)).toEqual([a2024, a2025]);
  });

  it('finds my actions by e-mail regardless of case, and none when nobody is signed in', () => {
    expect(filterActions(all, f({ mine: true }), 'maija.meikalainen@porvoo.fi')).toEqual([a2025law]);
    expect(filterActions(all, f({ mine: true }), undefined)).toEqual([]);
  });

  it('searches every word in code, title, description and owner, ignoring case and diacritics', () => {
    expect(filterActions(all, f({ text: 'sahkoinen' }), undefined)).toEqual([a2025]);
    expect(filterActions(all, f({ text: 'kartalla MOBIILISSA' }), undefined)).toEqual([a2025]);
    expect(filterActions(all, f({ text: 'dt25-01' }), undefined)).toEqual([a2025law]);
    expect(filterActions(all, f({ text: 'meikäläinen' }), undefined)).toEqual([a2025law]);
    expect(filterActions(all, f({ text: 'kartalla nothere' }), undefined)).toEqual([]);
  });

  it('counts the facets in use', () => {
    expect(activeFilterCount(f({ years: [2025], statutory: true, text: ' x ' }))).toBe(3);
  });

  it('lists the years present', () => {
    expect(yearsIn(all)).toEqual([2024, 2025]);
  });

  it('filters 1 000 actions quickly enough for every keystroke', () => {
    const many = Array.from({ length: 1000 }, (_, i) => makeAction({ roadmapYear: 2024 + (i % 3), statutory: i % 2 === 0, title: `Toimenpide ${i}` }));
    const started = performance.now();
    for (let i = 0; i < 20; i++) filterActions(many, f({ years: [2025], text: `toimenpide ${i}` }), undefined);
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});
