import { actionFormFields, changedFields, controlKindOf, parseFormValues, parseNumberInput, toFormValues } from '../../../src/core/roadmap/form';
import { ROADMAP_ACTIONS, allFields } from '../../../src/core/schema/lists';
import { ACTION_SECTIONS } from '../../../src/core/roadmap/display';
import { makeAction } from './fixtures';

describe('the form generated from the schema', () => {
  it('maps every editable field kind to a control', () => {
    const kinds = Object.fromEntries(allFields(ROADMAP_ACTIONS).map((f) => [f.key, controlKindOf(f)]));
    expect(kinds).toMatchObject({
      title: 'text', description: 'multiline', roadmapYear: 'number', statutory: 'checkbox', goal: 'choice',
      responsibleDirector: 'choiceFillIn', beneficiaries: 'multichoice', approvedOn: 'date', start: 'period', owner: 'person',
      oneTimeCost: 'number', carriedFrom: null, lastReportOn: null
    });
  });

  it('leaves report-driven fields out, and the approval fields to the steering group', () => {
    const owner = actionFormFields('edit', false).map((s) => s.field.key);
    expect(owner).not.toContain('trafficLight');
    expect(owner).not.toContain('progress');
    expect(owner).not.toContain('approvalState');
    expect(owner).toContain('title');
    expect(actionFormFields('edit', true).map((s) => s.field.key)).toContain('approvalState');
    expect(actionFormFields('new', true).map((s) => s.field.key)).not.toContain('status');
  });

  it('reads numbers the Finnish, Swedish and English way', () => {
    expect(parseNumberInput('12 400')).toBe(12400);
    expect(parseNumberInput('1 234,50 €')).toBe(1234.5);
    expect(parseNumberInput('1,234.50')).toBe(1234.5);
    expect(parseNumberInput('1.234,50')).toBe(1234.5);
    expect(parseNumberInput('abc')).toBeNaN();
  });

  it('turns inputs into domain values and reports problems per field', () => {
    const specs = actionFormFields('edit', true);
    const values = { ...toFormValues(specs, makeAction()), title: '', oneTimeCost: '-5', start: '2025 Q2', end: 'soon', owner: 'not-an-email', roadmapYear: '2025,5', approvedOn: '14.3.2025' };
    const { fields, problems } = parseFormValues(specs, values);
    expect(fields).toMatchObject({ start: '2025-Q2', approvedOn: '2025-03-14' });
    expect(problems).toEqual(expect.arrayContaining([
      { key: 'title', code: 'required' },
      { key: 'oneTimeCost', code: 'min', limit: 0 },
      { key: 'end', code: 'period' },
      { key: 'owner', code: 'email' },
      { key: 'roadmapYear', code: 'integer' }
    ]));
  });

  it('sends only what changed', () => {
    const action = makeAction({ beneficiaries: ['staff', 'residents'], owner: { email: 'a@porvoo.fi', displayName: 'A' } });
    const specs = actionFormFields('edit', false);
    const { fields } = parseFormValues(specs, { ...toFormValues(specs, action), title: 'New title', beneficiaries: ['residents', 'staff'], owner: 'A@porvoo.fi' });
    expect(changedFields(action, fields)).toEqual({ title: 'New title' });
  });
});

describe('the detail panel', () => {
  it('shows every field of an action in exactly one section', () => {
    const shown = ACTION_SECTIONS.flatMap((s) => [...s.fields]).sort();
    expect(shown).toEqual(allFields(ROADMAP_ACTIONS).map((f) => f.key).sort());
  });
});
