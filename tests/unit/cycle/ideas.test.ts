import { acceptIdea, editIdea, ideaDescription, nextRoadmapYear, proposeIdea, triageIdea } from '../../../src/core/cycle';
import { anIdea, otherEmployee, proposer, steering } from './fixtures';

describe('proposing an idea', () => {
  it('stores a new idea with the proposer and the language they wrote in', () => {
    const result = proposeIdea({ title: '  Digitaalinen kirjastokortti ', what: 'Kortti mobiiliin', beneficiaries: ['residents', 'residents'] }, proposer, 'sv');
    expect(result.ok && result.value).toMatchObject({
      title: 'Digitaalinen kirjastokortti', what: 'Kortti mobiiliin', why: null, state: 'new', beneficiaries: ['residents'],
      proposer: { email: proposer.email }, language: 'sv', action: null, outcome: null
    });
  });

  it('reports every missing field at once', () => {
    const result = proposeIdea({ title: ' ', what: '' }, proposer, 'fi');
    expect(result).toEqual({ ok: false, error: 'invalid', errors: [{ field: 'title', error: 'required' }, { field: 'what', error: 'required' }] });
    const long = proposeIdea({ title: 'x'.repeat(256), what: 'y' }, proposer, 'fi');
    expect(!long.ok && long.errors).toEqual([{ field: 'title', error: 'too-long' }]);
  });

  it('lets only the proposer edit while new', () => {
    const idea = anIdea({ id: 3 });
    expect(editIdea(idea, { title: 'Uusi nimi', what: 'Sama' }, proposer).ok).toBe(true);
    expect(editIdea(idea, { title: 'Uusi nimi', what: 'Sama' }, otherEmployee)).toMatchObject({ ok: false, error: 'not-your-idea' });
    expect(editIdea({ ...idea, state: 'under-review' }, { title: 'Uusi', what: 'x' }, proposer)).toMatchObject({ ok: false, error: 'idea-not-new' });
  });
});

describe('triage', () => {
  it('rejects only with a reason, which the proposer sees', () => {
    const idea = anIdea({ id: 4, state: 'under-review' });
    expect(triageIdea(idea, { to: 'rejected', reason: '  ' }, steering)).toMatchObject({ ok: false, error: 'reason-required' });
    expect(triageIdea(idea, { to: 'rejected', reason: 'Sisältyy jo toimenpiteeseen DT25-03' }, steering))
      .toEqual({ ok: true, value: { state: 'rejected', outcome: 'Sisältyy jo toimenpiteeseen DT25-03' } });
  });

  it('merges into an existing action by its id', () => {
    const idea = anIdea({ id: 4 });
    expect(triageIdea(idea, { to: 'merged', actionId: 0 }, steering)).toMatchObject({ ok: false, error: 'action-required' });
    expect(triageIdea(idea, { to: 'merged', actionId: 12 }, steering)).toEqual({ ok: true, value: { state: 'merged', action: 12, outcome: null } });
  });

  it('refuses a proposer triaging their own idea', () => {
    expect(triageIdea(anIdea({ id: 4 }), { to: 'under-review' }, proposer)).toMatchObject({ ok: false, error: 'steering-only' });
  });
});

describe('accepting an idea', () => {
  const now = '2025-09-15T10:00:00Z';

  it('turns it into a proposal for next year with its fields carried over and a link back', () => {
    const idea = anIdea({ id: 7, why: 'Jonot lyhenevät', language: 'fi' });
    const result = acceptIdea(idea, now, { by: steering, level: 'sector', code: 'DT26-05', note: 'Hyvä idea' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.proposal).toMatchObject({
      title: idea.title, code: 'DT26-05', roadmapYear: 2026, goal: 'A', level: 'sector', costClass: 'M', impactClass: 'L',
      beneficiaries: ['residents'], status: 'proposed', approvalState: 'proposed', fromIdea: 7, carriedFrom: null,
      description: 'Asukkaat varaavat ajan verkossa.\n\nMiksi: Jonot lyhenevät'
    });
    expect(result.value.ideaChanges).toEqual({ state: 'accepted', outcome: 'Hyvä idea' });
  });

  it('writes the why under its label in the idea’s language', () => {
    expect(ideaDescription({ what: 'Vad', why: 'Därför', language: 'sv' })).toBe('Vad\n\nVarför: Därför');
    expect(ideaDescription({ what: 'What', why: null, language: 'en' })).toBe('What');
  });

  it('counts next year in Helsinki: New Year’s Eve 23:30 UTC is already the next year there', () => {
    expect(nextRoadmapYear('2025-12-31T21:59:00Z')).toBe(2026);
    expect(nextRoadmapYear('2025-12-31T22:30:00Z')).toBe(2027);
  });

  it('needs a level and a goal, and a steering member', () => {
    expect(acceptIdea(anIdea({ id: 1 }), now, { by: steering, level: null })).toMatchObject({ ok: false, error: 'level-required' });
    expect(acceptIdea(anIdea({ id: 1, goal: null }), now, { by: steering, level: 'data' })).toMatchObject({ ok: false, error: 'goal-required' });
    expect(acceptIdea(anIdea({ id: 1, goal: null }), now, { by: steering, level: 'data', goal: 'K2' }).ok).toBe(true);
    expect(acceptIdea(anIdea({ id: 1 }), now, { by: proposer, level: 'data' })).toMatchObject({ ok: false, error: 'steering-only' });
    expect(acceptIdea(anIdea({ id: 1, state: 'accepted' }), now, { by: steering, level: 'data' })).toMatchObject({ ok: false, error: 'no-change' });
    expect(acceptIdea(anIdea({ id: 1, state: 'merged' }), now, { by: steering, level: 'data' })).toMatchObject({ ok: false, error: 'idea-final' });
  });
});
