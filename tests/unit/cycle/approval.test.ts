import { budgetFrameFor, prioritiseProposals, recordBoardApproval, summariseProposals, estimatedCost } from '../../../src/core/cycle';
import { anAction, proposer, steering } from './fixtures';

const roadmap = [
  anAction({ id: 1, roadmapYear: 2026, approvalState: 'prioritised', status: 'proposed', level: 'foundation', oneTimeCost: 100_000, annualCost: 20_000, costClass: 'M', impactClass: 'L' }),
  anAction({ id: 2, roadmapYear: 2026, approvalState: 'prioritised', status: 'in-progress', level: 'shared', annualCost: 5_000, carriedFrom: 9 }),
  anAction({ id: 3, roadmapYear: 2026, approvalState: 'proposed', status: 'proposed', level: 'shared', oneTimeCost: 40_000 }),
  anAction({ id: 4, roadmapYear: 2026, approvalState: 'prioritised', status: 'cancelled', level: 'data' }),
  anAction({ id: 5, roadmapYear: 2025, approvalState: 'approved', status: 'in-progress', level: 'sector' }),
  anAction({ id: 6, roadmapYear: 2026, approvalState: null, status: 'planned', level: 'sector' })
];

describe('prioritising proposals', () => {
  it('marks the chosen ones prioritised and returns the unchosen to proposals, writing only real changes', () => {
    const result = prioritiseProposals(roadmap, 2026, [3], steering);
    expect(result.ok && result.value).toEqual([
      { id: 1, etag: '"1,1"', changes: { approvalState: 'proposed' } },
      { id: 2, etag: '"2,1"', changes: { approvalState: 'proposed' } },
      { id: 3, etag: '"3,1"', changes: { approvalState: 'prioritised' } }
    ]);
    expect(prioritiseProposals(roadmap, 2026, [1, 2], steering)).toEqual({ ok: true, value: [] });
    expect(prioritiseProposals(roadmap, 2026, [1], proposer)).toMatchObject({ ok: false, error: 'steering-only' });
  });
});

describe('recording the city board’s approval', () => {
  const decision = { date: '2025-12-15', reference: 'KH 15.12.2025 § 412' };

  it('approves every prioritised action of the year at once; proposed → planned, work under way keeps its status', () => {
    const result = recordBoardApproval(roadmap, decision, 2026, steering);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.updates).toEqual([
      { id: 1, etag: '"1,1"', changes: { approvalState: 'approved', approvedOn: '2025-12-15', boardDecisionRef: 'KH 15.12.2025 § 412', status: 'planned' } },
      { id: 2, etag: '"2,1"', changes: { approvalState: 'approved', approvedOn: '2025-12-15', boardDecisionRef: 'KH 15.12.2025 § 412' } }
    ]);
    expect(result.value.notPrioritised.map((a) => a.id)).toEqual([3]);
  });

  it('changes nothing when recorded twice', () => {
    const first = recordBoardApproval(roadmap, decision, 2026, steering);
    if (!first.ok) throw new Error('first run failed');
    const applied = roadmap.map((a) => {
      const u = first.value.updates.find((x) => x.id === a.id);
      return u ? { ...a, ...u.changes } : a;
    });
    const second = recordBoardApproval(applied, decision, 2026, steering);
    expect(second.ok && second.value.updates).toEqual([]);
    expect(second.ok && second.value.alreadyApproved.map((a) => a.id)).toEqual([1, 2]);
  });

  it('needs a real date, a reference, a steering member and something to approve', () => {
    expect(recordBoardApproval(roadmap, { date: '2025-02-30', reference: 'x' }, 2026, steering)).toMatchObject({ ok: false, error: 'date-invalid' });
    expect(recordBoardApproval(roadmap, { date: '2025-12-15', reference: ' ' }, 2026, steering)).toMatchObject({ ok: false, error: 'reference-required' });
    expect(recordBoardApproval(roadmap, decision, 2026, proposer)).toMatchObject({ ok: false, error: 'steering-only' });
    expect(recordBoardApproval(roadmap, decision, 2030, steering)).toMatchObject({ ok: false, error: 'nothing-to-approve' });
  });
});

describe('next year’s proposals against the budget frame', () => {
  it('totals the estimated cost by level, separating what is prioritised, and counts cost × impact', () => {
    const s = summariseProposals(roadmap, 2026, { foundation: 6_000_000, shared: 800_000 });
    const byLevel = Object.fromEntries(s.levels.map((l) => [l.level, l]));
    expect(byLevel.foundation).toMatchObject({ count: 1, estimated: 120_000, estimatedChosen: 120_000, frame: 6_000_000, shareOfFrame: 0.02 });
    expect(byLevel.shared).toMatchObject({ count: 2, estimated: 45_000, estimatedChosen: 5_000, withoutEstimate: 0, frame: 800_000 });
    expect(byLevel.data).toMatchObject({ count: 0, frame: null, shareOfFrame: null });
    expect(s).toMatchObject({ count: 3, estimated: 165_000, estimatedChosen: 125_000, byApproval: { proposed: 1, prioritised: 2, approved: 0 } });
    expect(s.matrix.M.L).toBe(1);
    expect(s.matrix.none.none).toBe(2);
    expect(estimatedCost({ oneTimeCost: null, annualCost: null })).toBeNull();
  });
});

describe('the budget frame', () => {
  it('is the year’s own ICT budget, or else the latest earlier one', () => {
    const b = (year: number) => ({ year, byLevel: { foundation: year, shared: 0, sector: 0, data: 0 }, programmeEstimate: 0, source: '' });
    expect(budgetFrameFor(2026, [b(2024), b(2025)])?.year).toBe(2025);
    expect(budgetFrameFor(2024, [b(2024), b(2025)])?.year).toBe(2024);
    expect(budgetFrameFor(2023, [b(2024)])).toBeUndefined();
    expect(budgetFrameFor(2026)?.byLevel.foundation).toBe(6_000_000);
  });
});
