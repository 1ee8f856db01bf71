import {
  ACTION_DECISIONS, IDEAS, ROADMAP_ACTIONS, combineEtags, composeDecisions, decisionDefaults, hasDecisionValues, splitDecisionValues,
  splitEtag, storedFields, type Entity, type ListDef, type RoadmapAction
} from '../../src/core/schema';
import { mergeHistories } from '../../src/core/cycle';

/** The steering group's fields in lists of their own (schema 4): how an entity is split and composed. */
describe('decisions lists', () => {
  it('an action keeps its code and approval in ActionDecisions, an idea its triage in IdeaTriage', () => {
    expect(storedFields(ROADMAP_ACTIONS).map((f) => f.key)).not.toEqual(expect.arrayContaining(['code']));
    expect(storedFields(ROADMAP_ACTIONS).some((f) => ['code', 'approvalState', 'boardDecisionRef', 'approvedOn'].includes(f.key))).toBe(false);
    expect(storedFields(IDEAS).some((f) => ['state', 'outcome', 'action'].includes(f.key))).toBe(false);
    expect(ACTION_DECISIONS.fields.find((f) => f.key === 'action')).toMatchObject({ kind: 'lookup', unique: true, indexed: true, required: true });
    expect(decisionDefaults(IDEAS)).toEqual({ state: 'new', outcome: null, action: null });
  });

  it('splits values by where they are stored, and knows when a decision is worth writing', () => {
    expect(splitDecisionValues(ROADMAP_ACTIONS, { code: 'DT25-01', title: 'x', progress: 5 })).toEqual({ own: { title: 'x', progress: 5 }, decided: { code: 'DT25-01' } });
    expect(hasDecisionValues(IDEAS, { state: 'new', outcome: null })).toBe(false);
    expect(hasDecisionValues(IDEAS, { state: 'accepted' })).toBe(true);
  });

  it('composes each item with its decision (or the defaults) and both versions in the etag', () => {
    const item = (id: number, etag: string) => ({ id, etag, title: `A${id}`, code: 'FORGED' }) as unknown as RoadmapAction;
    const decision = (id: number, action: number, code: string) => ({ id, etag: `"${id}"`, action, code, approvalState: 'approved' }) as unknown as Entity<ListDef>;
    const [a, b] = composeDecisions(ROADMAP_ACTIONS, [item(1, '"3"'), item(2, '"1"')], [decision(7, 1, 'DT25-01'), decision(8, 1, 'DT25-99')]);
    // The item's own column never wins; the first decision (lowest id) does; no decision = empty.
    expect(a).toMatchObject({ code: 'DT25-01', approvalState: 'approved', etag: '"3";"7"' });
    expect(b).toMatchObject({ code: null, approvalState: null, etag: '"1";' });
    expect(splitEtag(a.etag)).toEqual({ own: '"3"', decision: '"7"' });
    expect(splitEtag(b.etag)).toEqual({ own: '"1"', decision: null });
    expect(splitEtag('*')).toEqual({ own: '*', decision: undefined });
    expect(combineEtags('"2"', null)).toBe('"2";');
  });

  it('merges an item’s history with its decision’s, newest first', () => {
    const entry = (version: string, modified: string) => ({ version, modified, editor: { email: null, displayName: null }, created: version === '1.0', changes: [] });
    const merged = mergeHistories([entry('2.0', '2025-03-01T00:00:00Z'), entry('1.0', '2025-01-01T00:00:00Z')], [entry('1.0', '2025-02-01T00:00:00Z')]);
    expect(merged.map((e) => `${e.kind} ${e.version}`)).toEqual(['item 2.0', 'decision 1.0', 'item 1.0']);
    expect(merged[1].created).toBe(false);
  });
});
