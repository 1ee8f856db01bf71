import fc from 'fast-check';
import { IDEAS, METRIC_VALUES, ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, type RoadmapActionFields } from '../../src/core/schema';
import {
  actionCodeSequence, describeIssue, generateActionCode, hasErrors, parseActionCode, takenSet, validateFields,
  validateItem, validateRoadmapAction, validateUniqueCodes, type ValidationIssue
} from '../../src/core/validation';
import { LANGUAGES } from '../../src/core/i18n/catalog';
import { VALIDATION } from '../../src/core/i18n/validation';
import { validRoadmapAction } from '../support/roadmapActionArbitrary';

const action: RoadmapActionFields = {
  title: 'ICT-jatkuvuussuunnitelman päivitys', code: 'DT24-06', description: null, roadmapYear: 2024, goal: 'K3', level: 'foundation',
  statutory: true, longTermBenefit: 'sustainability', beneficiaries: ['staff', 'residents'], costClass: 'M', impactClass: 'M',
  developmentModel: 'independent', needSource: 'law', responsibleDirector: 'hallinto', owner: { email: 'mikael.sjoberg@porvoo.fi' },
  status: 'completed', trafficLight: 'green', progress: 100, start: '2024-Q1', end: '2024-09-30', oneTimeCost: 12400, annualCost: null,
  actualCost: 12400, funding: 'project-funding', impacts: null, effectIndicator: null, approvedOn: '2024-01-22',
  lastReportOn: '2024-10-30T10:00:00.000Z', decisionNeeded: false, approvalState: 'approved', boardDecisionRef: null, carriedFrom: null, fromIdea: null
};

const codesOf = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.field}:${i.code}`);
const check = (changes: Partial<Record<keyof RoadmapActionFields, unknown>>) => codesOf(validateFields(ROADMAP_ACTIONS, { ...action, ...changes }));

describe('validating fields against the schema', () => {
  it('accepts a complete, consistent action', () => {
    expect(validateFields(ROADMAP_ACTIONS, action)).toEqual([]);
  });

  it('ignores keys that are not fields, so a stored entity can be validated as it is', () => {
    expect(validateFields(ROADMAP_ACTIONS, { ...action, id: 7, etag: '"3"' })).toEqual([]);
  });

  it.each([[null], [undefined], [''], ['   ']])('reports an empty required title (%p)', (title) => {
    expect(check({ title })).toEqual(['title:required']);
  });

  it('reports every missing required field of an empty item, in schema order', () => {
    expect(codesOf(validateFields(ROADMAP_ACTIONS, {}))).toEqual(['title:required', 'roadmapYear:required', 'goal:required', 'level:required', 'status:required']);
  });

  it('checks only the keys present when validating an update', () => {
    expect(validateFields(ROADMAP_ACTIONS, { progress: 40 }, { partial: true })).toEqual([]);
    expect(codesOf(validateFields(ROADMAP_ACTIONS, { title: null }, { partial: true }))).toEqual(['title:required']);
  });

  it('keeps progress within 0–100', () => {
    expect(check({ progress: 120, status: 'in-progress' })).toEqual(['progress:outOfRange']);
    expect(check({ progress: -1, status: 'in-progress' })).toEqual(['progress:outOfRange']);
    expect(check({ progress: 0, status: 'in-progress' })).toEqual([]);
  });

  it('keeps the roadmap year in the schema range and whole', () => {
    expect(check({ roadmapYear: 2023 })).toEqual(['roadmapYear:outOfRange']);
    expect(check({ roadmapYear: 2025.5 })).toEqual(['roadmapYear:notInteger']);
    expect(validateFields(METRIC_VALUES, { metric: 1, year: 2023, value: 12 })).toEqual([]);
  });

  it('rejects text where a number belongs, and NaN', () => {
    expect(check({ oneTimeCost: '2 800 €' })).toEqual(['oneTimeCost:wrongType']);
    expect(check({ oneTimeCost: NaN })).toEqual(['oneTimeCost:wrongType']);
  });

  it('never accepts negative costs', () => {
    expect(check({ oneTimeCost: -5, annualCost: -1, actualCost: -0.01 })).toEqual(['oneTimeCost:negativeAmount', 'annualCost:negativeAmount', 'actualCost:negativeAmount']);
  });

  it('limits single-line text to its maxLength (255 by default)', () => {
    expect(check({ title: 'x'.repeat(255) })).toEqual([]);
    expect(check({ title: 'x'.repeat(256) })).toEqual(['title:tooLong']);
    expect(check({ code: 'DT25-' + '1'.repeat(40) })).toEqual(['code:tooLong']);
  });

  it('accepts only known choice codes, but any text in a fill-in choice', () => {
    expect(check({ goal: 'D' })).toEqual(['goal:invalidChoice']);
    expect(check({ level: 'Digitaalinen perusta' })).toEqual(['level:invalidChoice']);
    expect(check({ responsibleDirector: 'Sivistysjohtaja' })).toEqual([]);
    expect(check({ responsibleDirector: 'x'.repeat(256) })).toEqual(['responsibleDirector:tooLong']);
  });

  it('checks each code of a multi-choice and rejects repeats', () => {
    expect(check({ beneficiaries: ['residents', 'aliens', 'residents'] })).toEqual(['beneficiaries:invalidChoice', 'beneficiaries:duplicateChoice']);
    expect(check({ beneficiaries: 'residents' })).toEqual(['beneficiaries:wrongType']);
  });

  it('accepts periods only in canonical form', () => {
    expect(check({ start: '2024-01-15', end: '2024-Q4' })).toEqual([]);
    expect(check({ start: '2024 Q1' })).toEqual(['start:invalidPeriod']);
    expect(check({ start: '15.1.2024' })).toEqual(['start:invalidPeriod']);
    expect(check({ start: '2024-02-30' })).toEqual(['start:invalidPeriod']);
  });

  it('accepts only real days and instants', () => {
    expect(check({ approvedOn: '2024-02-29' })).toEqual([]);
    expect(check({ approvedOn: '2025-02-29' })).toEqual(['approvedOn:invalidDate']);
    expect(check({ approvedOn: '22.1.2024' })).toEqual(['approvedOn:invalidDate']);
    expect(check({ lastReportOn: '2024-10-30T12:00:00+02:00' })).toEqual([]);
    expect(check({ lastReportOn: '2024-10-32T12:00:00Z' })).toEqual(['lastReportOn:invalidDateTime']);
    expect(check({ lastReportOn: 'yesterday' })).toEqual(['lastReportOn:invalidDateTime']);
  });

  it('wants a plausible e-mail address for a person', () => {
    expect(check({ owner: { email: 'anna.virtanen@porvoo' } })).toEqual(['owner:invalidEmail']);
    expect(check({ owner: 'anna.virtanen@porvoo.fi' })).toEqual(['owner:wrongType']);
  });

  it('wants booleans as booleans and lookups as positive ids', () => {
    expect(check({ statutory: 'Kyllä' })).toEqual(['statutory:wrongType']);
    expect(check({ carriedFrom: 0 })).toEqual(['carriedFrom:invalidLookup']);
    expect(check({ carriedFrom: 12 })).toEqual([]);
  });

  it('refuses a code that another item already uses, ignoring case and spaces', () => {
    const takenValues = { code: takenSet(['DT24-05', 'dt24-06 ']) };
    expect(codesOf(validateFields(ROADMAP_ACTIONS, action, { takenValues }))).toEqual(['code:notUnique']);
    expect(validateFields(ROADMAP_ACTIONS, { ...action, code: 'DT24-07' }, { takenValues })).toEqual([]);
  });

  it('validates the other lists by the same schema rules', () => {
    const report = { action: 3, reportedOn: '2025-03-01T08:00:00.000Z', overallLight: 'purple', progress: 101 };
    expect(codesOf(validateFields(STATUS_UPDATES, report))).toEqual(['overallLight:invalidChoice', 'progress:outOfRange']);
    expect(codesOf(validateFields(IDEAS, { title: 'Idea', state: 'new' }))).toEqual(['what:required']);
  });
});

describe('domain rules for actions', () => {
  it('refuses an end before the start, comparing period bounds', () => {
    expect(check({ start: '2025-Q2', end: '2025-03-31' })).toEqual(['end:endBeforeStart']);
    expect(check({ start: '2025-Q2', end: '2025-04-15' })).toEqual([]);
    expect(check({ start: '2025-05-10', end: '2025-Q2' })).toEqual([]);
    expect(check({ start: '2025-05-10', end: '2025-05-09' })).toEqual(['end:endBeforeStart']);
  });

  it('does not repeat a rule for a value that is already invalid', () => {
    expect(check({ start: '2025-Q2', end: 'soon' })).toEqual(['end:invalidPeriod']);
  });

  it('warns, without blocking, when a completed action is not at 100 %', () => {
    const issues = validateFields(ROADMAP_ACTIONS, { ...action, progress: 80 });
    expect(codesOf(issues)).toEqual(['progress:completedNotFull']);
    expect(issues[0].severity).toBe('warning');
    expect(hasErrors(issues)).toBe(false);
    expect(check({ progress: null })).toEqual([]);
  });

  it('refuses a meeting that ends before it starts', () => {
    const meeting = { title: 'Digijohtoryhmä', startsAt: '2024-11-08T07:00:00.000Z', endsAt: '2024-11-08T06:00:00.000Z', state: 'held' };
    expect(codesOf(validateFields(STEERING_MEETINGS, meeting))).toEqual(['endsAt:endBeforeStart']);
  });
});

describe('validating a whole item', () => {
  it('returns the action typed and complete, with its warnings', () => {
    const result = validateRoadmapAction({ title: 'Uusi', roadmapYear: 2026, goal: 'A', level: 'data', status: 'completed', progress: 90 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ title: 'Uusi', statutory: false, beneficiaries: [], owner: null, code: null });
    expect(Object.keys(result.value)).toHaveLength(Object.keys(action).length);
    expect(result.warnings.map((w) => w.code)).toEqual(['completedNotFull']);
  });

  it('returns the issues when there are errors', () => {
    const result = validateItem(ROADMAP_ACTIONS, { ...action, goal: 'X' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesOf(result.issues)).toEqual(['goal:invalidChoice']);
  });
});

describe('action codes', () => {
  it('gives the first code of a year with two digits', () => {
    expect(generateActionCode(2025, [])).toBe('DT25-01');
  });

  it('gives one above the highest number of that year, ignoring other years and other forms', () => {
    expect(generateActionCode(2025, ['DT25-01', 'dt25-7 ', 'DT24-30', 'Projekti 9', null, 'DT25-x'])).toBe('DT25-08');
  });

  it('does not reuse gaps left by deleted actions', () => {
    expect(generateActionCode(2025, ['DT25-01', 'DT25-05'])).toBe('DT25-06');
  });

  it('grows past two digits', () => {
    expect(generateActionCode(2026, ['DT26-99'])).toBe('DT26-100');
  });

  it('hands out consecutive codes for many new actions in one pass', () => {
    const next = actionCodeSequence(['DT25-03', 'DT26-10']);
    expect([next(2025), next(2025), next(2026), next(2024)]).toEqual(['DT25-04', 'DT25-05', 'DT26-11', 'DT24-01']);
  });

  it('parses codes in any case', () => {
    expect(parseActionCode(' dt25-07 ')).toEqual({ yy: 25, n: 7 });
    expect(parseActionCode('DT2025-07')).toBeUndefined();
  });

  it('reports every repeat of a code within a set, pointing at the first', () => {
    const issues = validateUniqueCodes(['DT25-01', 'DT25-02', null, 'dt25-01', '', 'DT25-01 ']);
    expect(issues.map((i) => [i.index, i.params.firstIndex, i.code])).toEqual([[3, 0, 'notUnique'], [5, 0, 'notUnique']]);
  });

  it('property: a generated code is never already taken and is valid for the schema', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2099 }), fc.array(fc.integer({ min: 1, max: 500 })), (year, numbers) => {
        const existing = numbers.map((n) => `DT${year % 100}-${String(n).padStart(2, '0')}`);
        const code = generateActionCode(year, existing);
        expect(takenSet(existing).has(code)).toBe(false);
        expect(validateUniqueCodes([...existing.filter((c, i) => existing.indexOf(c) === i), code])).toEqual([]);
        expect(code).toMatch(/^DT\d{2}-\d{2,}$/);
      })
    );
  });
});

describe('messages', () => {
  it('names the field in the language and shows the value (fi, sv, en)', () => {
    const [progress] = validateFields(ROADMAP_ACTIONS, { ...action, status: 'in-progress', progress: 120 });
    expect(describeIssue(progress, 'fi', ROADMAP_ACTIONS)).toBe('Kenttä Edistyminen %: arvo 120 ei ole välillä 0–100');
    expect(describeIssue(progress, 'sv', ROADMAP_ACTIONS)).toBe('Fältet Framsteg %: värdet 120 ligger inte inom 0–100');
    expect(describeIssue(progress, 'en', ROADMAP_ACTIONS)).toBe('Field Progress %: value 120 is not within 0–100');
  });

  it('quotes text, lists the allowed options and formats euros the local way', () => {
    const [goal] = validateFields(ROADMAP_ACTIONS, { ...action, goal: 'D' });
    expect(describeIssue(goal, 'fi', ROADMAP_ACTIONS)).toBe('Kenttä Tavoite tai kyvykkyys: arvo ”D” ei ole sallittu vaihtoehto (sallitut: A, B, C, K1, K2, K3, K4)');
    const [level] = validateFields(ROADMAP_ACTIONS, { ...action, level: 'perusta' });
    expect(describeIssue(level, 'sv', ROADMAP_ACTIONS)).toContain('Digital grund (inklusive digital säkerhet), Stadens gemensamma lösningar (TORI)');
    const [cost] = validateFields(ROADMAP_ACTIONS, { ...action, oneTimeCost: -2800 });
    expect(describeIssue(cost, 'fi', ROADMAP_ACTIONS).replace(/\s/g, ' ')).toBe('Kenttä Kertakustannus €: euromäärä −2 800 ei voi olla negatiivinen');
  });

  it('shows periods and dates as people write them', () => {
    const [end] = validateFields(ROADMAP_ACTIONS, { ...action, start: '2025-Q2', end: '2025-03-31' });
    expect(describeIssue(end, 'fi', ROADMAP_ACTIONS)).toBe('Kenttä Päättyy: arvo 31.3.2025 on ennen alkua (2025 Q2)');
    const [missing] = validateFields(ROADMAP_ACTIONS, { ...action, title: '' });
    expect(describeIssue(missing, 'en', ROADMAP_ACTIONS)).toBe('Field Action: a value is required');
  });

  it('says what kind of value was expected', () => {
    const [wrong] = validateFields(ROADMAP_ACTIONS, { ...action, progress: 'puolet' });
    expect(describeIssue(wrong, 'fi', ROADMAP_ACTIONS)).toBe('Kenttä Edistyminen %: arvo ”puolet” on väärää muotoa, odotettiin: prosenttiluku 0–100');
  });

  it('cuts long values', () => {
    const [long] = validateFields(ROADMAP_ACTIONS, { ...action, title: 'a'.repeat(300) });
    expect(describeIssue(long, 'en', ROADMAP_ACTIONS)).toBe(`Field Action: value “${'a'.repeat(39)}…” is too long (300 characters, at most 255)`);
  });

  it('has a message for every issue code in every language, leaving no placeholder unfilled', () => {
    const samples: ValidationIssue[] = [
      ...validateFields(ROADMAP_ACTIONS, {}),
      ...validateFields(ROADMAP_ACTIONS, { ...action, title: 'x'.repeat(300), roadmapYear: 2.5, progress: 101, oneTimeCost: -1, goal: 'Z', beneficiaries: ['staff', 'staff'], start: 'x', approvedOn: 'x', lastReportOn: 'x', owner: { email: 'x' }, carriedFrom: -1, statutory: 'x' }),
      ...validateFields(ROADMAP_ACTIONS, { ...action, start: '2025-Q2', end: '2025-01-01', progress: 5 }),
      ...validateFields(ROADMAP_ACTIONS, action, { takenValues: { code: takenSet(['DT24-06']) } }),
      { field: 'value', value: -3, code: 'belowMin', severity: 'error', params: { min: 0 } },
      { field: 'value', value: 3, code: 'aboveMax', severity: 'error', params: { max: 1 } }
    ];
    const codes = new Set(samples.map((s) => s.code));
    expect([...codes].sort()).toEqual(Object.keys(VALIDATION.fi).filter((k) => !k.startsWith('kind') && k !== 'quoted').sort());
    for (const lang of LANGUAGES) for (const s of samples) expect(describeIssue(s, lang, ROADMAP_ACTIONS)).not.toMatch(/\{\w+\}/);
  });
});

describe('properties', () => {
  it('any valid generated action validates clean', () => {
    fc.assert(fc.property(validRoadmapAction, (a) => {
      expect(validateFields(ROADMAP_ACTIONS, a)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('breaking one required field of a valid action gives exactly one "required" issue', () => {
    const required = ['title', 'roadmapYear', 'goal', 'level', 'status'] as const;
    fc.assert(fc.property(validRoadmapAction, fc.constantFrom(...required), (a, key) => {
      expect(codesOf(validateFields(ROADMAP_ACTIONS, { ...a, [key]: null }))).toEqual([`${key}:required`]);
    }), { numRuns: 100 });
  });

  it('progress outside 0–100 is always an error and always described with the value', () => {
    fc.assert(fc.property(validRoadmapAction, fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 101 })), (a, progress) => {
      const issues = validateFields(ROADMAP_ACTIONS, { ...a, status: 'in-progress', progress });
      expect(codesOf(issues)).toEqual(['progress:outOfRange']);
      expect(describeIssue(issues[0], 'en', ROADMAP_ACTIONS)).toContain(String(Math.abs(progress)).slice(-3));
    }), { numRuns: 100 });
  });
});
