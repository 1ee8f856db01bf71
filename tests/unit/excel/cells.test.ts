import { ROADMAP_ACTIONS, fieldByKey } from '../../../src/core/schema';
import { excelSerialToDay, dayToExcelSerial, parseLocaleNumber, readCell, type CellInput } from '../../../src/core/excel/cells';
import { num, text } from './fixtures';

const f = (key: string) => fieldByKey(ROADMAP_ACTIONS, key);
const value = (key: string, cell: CellInput | undefined) => {
  const r = readCell(f(key), cell);
  if (!r.ok) throw new Error(`${key}: ${r.problem}`);
  return r.value;
};
const problem = (key: string, cell: CellInput | undefined) => {
  const r = readCell(f(key), cell);
  return r.ok ? undefined : r.problem;
};

describe('reading choice cells', () => {
  it.each([['Käynnissä'], ['käynnissä'], ['KÄYNNISSÄ'], ['kaynnissa'], ['Pågående'], ['In progress'], ['in-progress'], ['  käynnissä  ']])(
    'reads the status %p by any language’s label, code or case', (t) => {
      expect(value('status', text(t))).toBe('in-progress');
    });
  it('reads a goal by its code or its label', () => {
    expect(value('goal', text('k3'))).toBe('K3');
    expect(value('goal', text('Jatkuvuuden varmistaminen'))).toBe('K3');
    expect(value('goal', text('Digital literacy'))).toBe('K1');
  });
  it('reads a level by its abbreviation', () => {
    expect(value('level', text('TORI'))).toBe('shared');
  });
  it('rejects an unknown choice', () => {
    expect(readCell(f('status'), text('valmiina ehkä'))).toEqual({ ok: false, problem: 'unknownChoice', detail: 'valmiina ehkä' });
  });
  it('keeps an unknown responsible director: the choice is editable', () => {
    expect(value('responsibleDirector', text('Digijohtaja '))).toBe('Digijohtaja');
    expect(value('responsibleDirector', text('elinvoimajohtaja'))).toBe('elinvoima');
  });
  it('reads a blank choice as no value', () => {
    expect(value('costClass', undefined)).toBeNull();
    expect(value('costClass', text('   '))).toBeNull();
  });
});

describe('reading yes/no cells', () => {
  it.each([['Kyllä'], ['kylla'], ['K'], ['Ja'], ['j'], ['Yes'], ['Y'], ['x'], ['X'], ['TRUE'], ['1'], ['tosi']])('reads %p as yes', (t) => {
    expect(value('statutory', text(t))).toBe(true);
  });
  it.each([['Ei'], ['E'], ['Nej'], ['No'], ['n'], ['FALSE'], ['0']])('reads %p as no', (t) => {
    expect(value('statutory', text(t))).toBe(false);
  });
  it('reads a blank cell as no, and boolean and 1/0 cells', () => {
    expect(value('statutory', undefined)).toBe(false);
    expect(value('statutory', { kind: 'boolean', value: true })).toBe(true);
    expect(value('statutory', num(1))).toBe(true);
    expect(value('statutory', num(0))).toBe(false);
  });
  it('rejects anything else', () => {
    expect(problem('statutory', text('ehkä'))).toBe('notYesNo');
    expect(problem('statutory', num(2))).toBe('notYesNo');
  });
});

describe('reading lists', () => {
  it('splits beneficiaries by comma or semicolon, in any language, without duplicates', () => {
    expect(value('beneficiaries', text('kuntalaiset, yritykset'))).toEqual(['residents', 'businesses']);
    expect(value('beneficiaries', text('Personalen; klimatet;staff'))).toEqual(['staff', 'climate']);
    expect(value('beneficiaries', text('TOURISTS'))).toEqual(['tourists']);
    expect(value('beneficiaries', undefined)).toEqual([]);
  });
  it('names the unknown parts', () => {
    expect(readCell(f('beneficiaries'), text('kuntalaiset, lemmikit'))).toEqual({ ok: false, problem: 'unknownChoices', detail: 'lemmikit' });
  });
});

describe('reading numbers', () => {
  it.each([
    ['2 800,00 €', 2800], ['2\u00a0800,00\u00a0€', 2800], ['2\u202f800 €', 2800], ['12 400', 12400], ['2800.5', 2800.5], ['2,5', 2.5],
    ['1.234.567,89', 1234567.89], ['1,234,567.89', 1234567.89], ['1.234.567', 1234567], ['3100 EUR', 3100], ['−5', -5], ['15000e', NaN]
  ])('reads %p', (t, expected) => {
    const parsed = parseLocaleNumber(t);
    if (Number.isNaN(expected)) expect(parsed).toBeUndefined();
    else expect(parsed?.value).toBeCloseTo(expected, 6);
  });
  it('reads euros from text and number cells to the cent', () => {
    expect(value('oneTimeCost', text('2 800,00 €'))).toBe(2800);
    expect(value('oneTimeCost', num(0.1 + 0.2))).toBe(0.3);
  });
  it('reads percent-formatted cells as 0–100', () => {
    expect(value('progress', num(0.45, true))).toBe(45);
    expect(value('progress', text('45 %'))).toBe(45);
    expect(value('progress', num(45))).toBe(45);
  });
  it('rejects a percentage where euros are expected, and text', () => {
    expect(problem('oneTimeCost', text('45 %'))).toBe('notNumber');
    expect(problem('oneTimeCost', text('paljon'))).toBe('notNumber');
  });
  it('wants whole years', () => {
    expect(value('roadmapYear', text('2025'))).toBe(2025);
    expect(problem('roadmapYear', num(2025.5))).toBe('notWholeNumber');
  });
});

describe('reading cost cells the way the city writes them', () => {
  it.each([
    ['3 100 €/v', 'annualCost', 3100], ['3100 e/ vuosi', 'annualCost', 3100], ['5700 e/ vuosi', 'annualCost', 5700],
    ['3\u00a0100\u00a0€ / v', 'annualCost', 3100], ['12 000 euroa/vuosi', 'annualCost', 12000], ['2 800,50 eur per år', 'annualCost', 2800.5],
    ['4 000 €/år', 'annualCost', 4000], ['900 €/a', 'annualCost', 900], ['1,250.75 EUR/year', 'annualCost', 1250.75], ['700 €/yr', 'annualCost', 700],
    ['2800 e', 'oneTimeCost', 2800], ['12 345,67 €', 'oneTimeCost', 12345.67], ['8750 euroa', 'actualCost', 8750], ['€ 2800', 'oneTimeCost', 2800]
  ])('reads %p in %s', (t, key, expected) => {
    expect(readCell(f(key), text(t))).toEqual({ ok: true, value: expected });
  });

  it('imports the amount of a cell with words after the unit, and hands the words back to be reported', () => {
    expect(readCell(f('oneTimeCost'), text('2800 e kertainvestointi hankerahoituksella'))).toEqual({
      ok: true, value: 2800, leftOut: { amount: '2800 e', text: 'kertainvestointi hankerahoituksella' }
    });
    expect(readCell(f('annualCost'), text('3100 e/ vuosi (arvio)'))).toEqual({ ok: true, value: 3100, leftOut: { amount: '3100 e', text: '(arvio)' } });
  });

  it('refuses a per-year marker in a cost column that is not per year, naming the marker', () => {
    expect(readCell(f('oneTimeCost'), text('3100 e/ vuosi'))).toEqual({ ok: false, problem: 'perYearNotAnnual', detail: '/ vuosi' });
    expect(readCell(f('actualCost'), text('500 € per år'))).toEqual({ ok: false, problem: 'perYearNotAnnual', detail: 'per år' });
  });

  it('refuses two amounts in one cell, naming them', () => {
    expect(readCell(f('oneTimeCost'), text('a) 8750 e b) 9900 e'))).toEqual({ ok: false, problem: 'twoAmounts', detail: '8750 e, 9900 e' });
    expect(readCell(f('annualCost'), text('3100 €/v + 500 €/v'))).toEqual({ ok: false, problem: 'twoAmounts', detail: '3100 €/v, 500 €/v' });
  });

  it('refuses words after a bare number, words before it, and a euro glued to a word', () => {
    for (const t of ['2800 kertaa', 'noin 3000 €', '2800 ekaa', 'paljon']) expect(problem('oneTimeCost', text(t))).toBe('notNumber');
  });
});

describe('reading dates and periods', () => {
  it('converts Excel serial days both ways', () => {
    expect(excelSerialToDay(45730)).toBe('2025-03-14');
    expect(dayToExcelSerial('2025-03-14')).toBe(45730);
  });
  it('reads Excel dates, serial numbers and d.m.yyyy', () => {
    expect(value('approvedOn', { kind: 'date', day: '2024-01-22' })).toBe('2024-01-22');
    expect(value('approvedOn', num(45313))).toBe('2024-01-22');
    expect(value('approvedOn', text('22.1.2024'))).toBe('2024-01-22');
    expect(problem('approvedOn', text('ensi viikolla'))).toBe('notDate');
    expect(problem('approvedOn', num(12))).toBe('notDate');
  });
  it('reads quarters and days as periods', () => {
    expect(value('start', text('2025 Q2'))).toBe('2025-Q2');
    expect(value('start', text('q3/2026'))).toBe('2026-Q3');
    expect(value('start', { kind: 'date', day: '2025-03-01' })).toBe('2025-03-01');
    expect(value('end', text('31.12.2025'))).toBe('2025-12-31');
    expect(problem('end', text('2025'))).toBe('notPeriod');
  });
});

describe('reading other cells', () => {
  it('reads an owner’s e-mail, also from "Name <e-mail>" and mailto links', () => {
    expect(value('owner', text('anna.lindqvist@porvoo.fi'))).toEqual({ email: 'anna.lindqvist@porvoo.fi' });
    expect(value('owner', text('Anna Lindqvist <anna.lindqvist@porvoo.fi>'))).toEqual({ email: 'anna.lindqvist@porvoo.fi' });
    expect(value('owner', text('mailto:anna@porvoo.fi'))).toEqual({ email: 'anna@porvoo.fi' });
    expect(problem('owner', text('Anna Lindqvist'))).toBe('notEmail');
  });
  it('keeps text starting with = + - @ as it is', () => {
    for (const t of ['=SUM(A1:A3)', '+358 40 123', '-alennus', '@porvoo']) expect(value('title', text(t))).toBe(t);
  });
  it('keeps line breaks in long text but not surrounding space', () => {
    expect(value('description', text('  rivi 1\r\nrivi 2\n'))).toBe('rivi 1\nrivi 2');
  });
  it('reads a number typed in a text column as text', () => {
    expect(value('code', num(7))).toBe('7');
  });
  it('reports Excel errors and formulas without a saved result', () => {
    expect(readCell(f('oneTimeCost'), { kind: 'error', text: '#REF!' })).toEqual({ ok: false, problem: 'errorValue', detail: '#REF!' });
    expect(problem('oneTimeCost', { kind: 'formula', formula: 'A1*2' })).toBe('formulaWithoutResult');
  });
});

describe('reading choice labels people shorten', () => {
  it('reads a level by its label without the explanation in brackets, in any language', () => {
    const level = fieldByKey(ROADMAP_ACTIONS, 'level');
    for (const [t, code] of [['Digital grund', 'foundation'], ['Digitaalinen perusta', 'foundation'], ['Digital foundation', 'foundation'], ['Stadens gemensamma lösningar', 'shared']]) {
      const r = readCell(level, text(t));
      expect(r.ok && r.value).toBe(code);
    }
  });
});
