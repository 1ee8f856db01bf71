import {
  LISTS, ROADMAP_ACTIONS, SCHEMA_VERSION, allFields, entityToItem, itemToEntity, matchChoice, fieldByKey,
  normalisePeriod, parsePeriod, periodBounds, selectClause, type RoadmapActionFields
} from '../../src/core/schema';
import { LANGUAGES } from '../../src/core/i18n/catalog';

describe('the schema', () => {
  it('declares the lists of domain.md and the steering group\'s two decision lists by their site-relative URLs', () => {
    expect(LISTS.map((l) => l.url)).toEqual([
      'Lists/RoadmapActions', 'Lists/StatusUpdates', 'Lists/SteeringMeetings', 'Lists/ProgrammeMetrics',
      'Lists/MetricValues', 'Lists/Ideas', 'Lists/ActionDecisions', 'Lists/IdeaTriage', 'Lists/ReminderLog'
    ]);
  });

  it('has unique field keys and internal names within each list', () => {
    for (const list of LISTS) {
      const fields = allFields(list);
      expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
      expect(new Set(fields.map((f) => f.internalName)).size).toBe(fields.length);
    }
  });

  it('labels every list, field, choice and view in Finnish, Swedish and English', () => {
    for (const list of LISTS) {
      for (const lang of LANGUAGES) {
        expect(list.titles[lang]).toBeTruthy();
        expect(list.description[lang]).toBeTruthy();
        for (const view of list.views) expect(view.title[lang]).toBeTruthy();
        for (const f of allFields(list)) {
          expect(`${list.key}.${f.key}.${lang}:${f.labels[lang]}`).not.toMatch(/:$/);
          for (const c of f.choices ?? []) expect(`${f.key}.${c.code}.${lang}:${c.labels[lang]}`).not.toMatch(/:$/);
          if (f.description) expect(f.description[lang]).toBeTruthy();
        }
      }
    }
  });

  it('puts the roadmap columns in the order of domain.md, Tunnus first and Hyväksytty last', () => {
    const headers = allFields(ROADMAP_ACTIONS)
      .filter((f) => f.excelOrder !== undefined)
      .sort((a, b) => (a.excelOrder ?? 0) - (b.excelOrder ?? 0))
      .map((f) => f.labels.fi);
    expect(headers).toEqual([
      'Tunnus', 'Toimenpide', 'Kuvaus', 'Tiekarttavuosi', 'Tavoite tai kyvykkyys', 'Taso', 'Lakisääteinen',
      'Pitkän aikavälin hyöty', 'Hyödynsaajat', 'Kustannusluokka', 'Vaikuttavuus', 'Kehittämismalli', 'Tarve',
      'Vastuujohtaja', 'Vastuuhenkilö', 'Tila', 'Liikennevalo', 'Edistyminen %', 'Alkaa', 'Päättyy',
      'Kertakustannus €', 'Vuosikustannus €/v', 'Toteutuneet kustannukset €', 'Rahoitus', 'Vaikutukset',
      'Vaikuttavuusmittari', 'Hyväksytty'
    ]);
  });

  it('introduces no field in a version newer than the schema', () => {
    for (const list of LISTS) for (const f of allFields(list)) expect(f.since).toBeLessThanOrEqual(SCHEMA_VERSION);
  });

  it('indexes every field a view filters on, so views stay under the list view threshold', () => {
    for (const list of LISTS) {
      for (const v of list.views) {
        for (const m of (v.where ?? '').matchAll(/FieldRef Name="(\w+)"/g)) {
          expect(allFields(list).find((f) => f.internalName === m[1])?.indexed).toBe(true);
        }
      }
    }
  });
});

describe('choices', () => {
  const status = fieldByKey(ROADMAP_ACTIONS, 'status');
  it.each([['Käynnissä'], ['käynnissä'], ['KAYNNISSA'], ['Pågående'], ['in progress'], ['in-progress']])('reads %s as in progress', (text) => {
    expect(matchChoice(status, text)?.code).toBe('in-progress');
  });
  it('reads a level by its abbreviation', () => {
    expect(matchChoice(fieldByKey(ROADMAP_ACTIONS, 'level'), 'tori')?.code).toBe('shared');
  });
  it('finds nothing for an unknown value', () => {
    expect(matchChoice(status, 'valmiina ehkä')).toBeUndefined();
  });
});

describe('periods', () => {
  it.each([
    ['2025-03-14', '2025-03-14'], ['14.3.2025', '2025-03-14'], ['2025 Q2', '2025-Q2'], ['2025-Q2', '2025-Q2'],
    ['Q3 2026', '2026-Q3'], ['2025 K4', '2025-Q4'], ['2025q1', '2025-Q1']
  ])('reads %s as %s', (text, canonical) => {
    expect(normalisePeriod(text)).toBe(canonical);
  });
  it.each([['31.2.2025'], ['2025 Q5'], ['soon'], ['']])('rejects %s', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
  it('knows the first and last day of a quarter', () => {
    expect(periodBounds({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual({ first: '2024-01-01', last: '2024-03-31' });
  });
});

describe('item mapping', () => {
  const fields: RoadmapActionFields = {
    title: 'Kybermittari', code: 'DT24-02', description: null, roadmapYear: 2024, goal: 'K3', level: 'foundation',
    statutory: true, longTermBenefit: 'sustainability', beneficiaries: ['residents', 'staff'], costClass: 'S',
    impactClass: 'M', developmentModel: 'independent', needSource: 'law', responsibleDirector: 'hallinto',
    owner: { email: 'anna.lindqvist@porvoo.fi', id: 7 }, status: 'completed', trafficLight: 'green', progress: 100,
    start: '2024-Q1', end: '2024-06-30', oneTimeCost: 2800, annualCost: null, actualCost: 2800,
    funding: 'project-funding', impacts: null, effectIndicator: null, approvedOn: '2024-01-22', lastReportOn: null,
    decisionNeeded: false, approvalState: 'approved', boardDecisionRef: null, carriedFrom: null, fromIdea: null
  };

  it('writes SharePoint names and stored choice values', () => {
    const body = entityToItem(ROADMAP_ACTIONS, fields);
    expect(body).toMatchObject({ Title: 'Kybermittari', DtCode: 'DT24-02', DtStatus: 'Valmis', DtLevel: 'Digitaalinen perusta (sisältää digiturvan)',
      DtBeneficiaries: ['kuntalaiset', 'henkilöstö'], DtOwnerId: 7, DtApprovedOn: '2024-01-22T12:00:00Z', DtGoal: 'K3' });
  });

  it('reads back what it wrote, in every OData flavour', () => {
    const body = entityToItem(ROADMAP_ACTIONS, fields);
    const minimal = { ...body, Id: 3, 'odata.etag': '"2"', DtOwner: { EMail: 'anna.lindqvist@porvoo.fi', Title: 'Anna Lindqvist' } };
    const verbose = { ...minimal, 'odata.etag': undefined, __metadata: { etag: '"2"' }, DtBeneficiaries: { results: body.DtBeneficiaries } };
    for (const raw of [minimal, verbose]) {
      const entity = itemToEntity(ROADMAP_ACTIONS, raw);
      expect(entity).toMatchObject({ ...fields, owner: { email: 'anna.lindqvist@porvoo.fi', displayName: 'Anna Lindqvist', id: 7 }, id: 3, etag: '"2"' });
    }
  });

  it('selects lookups and people by id and expands people', () => {
    const { select, expand } = selectClause(ROADMAP_ACTIONS);
    expect(select).toEqual(expect.arrayContaining(['DtOwnerId', 'DtOwner/EMail', 'DtCarriedFromId', 'DtDescription']));
    expect(expand).toEqual(expect.arrayContaining(['DtOwner']));
    // The steering group's fields are read from ActionDecisions, never from the action (schema 4).
    expect(select).not.toContain('DtCode');
    expect(select).not.toContain('DtApprovalState');
  });
});
