import fc from 'fast-check';
import {
  BOARD_APPROVALS, DEMO_USERS, SAMPLE_NOW, buildLargeActionSet, buildSampleData, type SampleData
} from '../../server/sample';
import { ICT_BUDGET_2025, ictBudgetFor, ictBudgetTotal } from '../../src/core/budget';
import {
  GOALS, IDEAS, LEVELS, METRIC_VALUES, PROGRAMME_METRICS, RESPONSIBLE_DIRECTORS, ROADMAP_ACTIONS, STATUS_UPDATES,
  STEERING_MEETINGS, type ListDef, type RoadmapActionFields
} from '../../src/core/schema';
import { helsinkiDaysBetween, helsinkiDay, helsinkiTime } from '../../src/core/time/helsinki';
import { describeIssue, validateFields, validateUniqueCodes } from '../../src/core/validation';

const sample = buildSampleData();
const year = (y: number, data: SampleData = sample) => data.actions.filter((a) => a.roadmapYear === y);
const count = <T>(items: readonly T[], key: (t: T) => string | null) => {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? '(none)';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};
const byCode = (code: string, data: SampleData = sample) => {
  const found = data.actions.find((a) => a.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

/** Every issue (errors and warnings) of every item of the sample, described in English. */
function issuesIn(data: SampleData): string[] {
  const check = (list: ListDef, items: readonly Readonly<Record<string, unknown>>[], name: (i: Readonly<Record<string, unknown>>) => unknown) =>
    items.flatMap((item) => validateFields(list, item).map((i) => `${list.key} ${String(name(item))}: ${describeIssue(i, 'en', list)}`));
  return [
    ...check(ROADMAP_ACTIONS, data.actions, (a) => a.code),
    ...validateUniqueCodes(data.actions.map((a) => a.code)).map((i) => `duplicate code ${String(i.value)}`),
    ...check(STATUS_UPDATES, data.statusUpdates.map((u) => ({ ...u, action: 1 })), (u) => u.title),
    ...check(STEERING_MEETINGS, data.meetings, (m) => m.title),
    ...check(PROGRAMME_METRICS, data.metrics, (m) => m.code),
    ...check(METRIC_VALUES, data.metricValues.map((v) => ({ ...v, metric: 1 })), (v) => v.title),
    ...check(IDEAS, data.ideas.map((i) => ({ ...i, action: i.actionCode ? 1 : null })), (i) => i.title)
  ];
}

describe('the sample data', () => {
  it('is labelled as sample data', () => {
    expect(sample.sample).toBe(true);
    expect(sample.now).toBe(SAMPLE_NOW);
  });

  it('is the same for the same options', () => {
    expect(buildSampleData()).toEqual(sample);
    const now = new Date('2026-03-01T10:00:00Z');
    expect(buildSampleData({ now })).toEqual(buildSampleData({ now }));
    expect(buildSampleData(now)).toEqual(buildSampleData({ now }));
  });

  it('passes validation without errors or warnings, at its default time and at other times', () => {
    expect(issuesIn(sample)).toEqual([]);
    for (const now of ['2024-03-01T10:00:00Z', '2024-12-31T10:00:00Z', '2025-12-15T12:00:00Z', '2026-11-23T09:00:00Z', '2027-06-01T09:00:00Z']) {
      expect(issuesIn(buildSampleData({ now: new Date(now) }))).toEqual([]);
    }
  });

  it('property: at any instant 2024–2027 every item is valid and every action shows its latest report', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }), (t) => {
      const data = buildSampleData({ now: new Date(t) });
      expect(issuesIn(data)).toEqual([]);
      expectActionsFollowTheirLatestReport(data);
    }), { numRuns: 15 });
  });
});

function expectActionsFollowTheirLatestReport(data: SampleData): void {
  const latest = new Map<string, SampleData['statusUpdates'][number]>();
  for (const u of data.statusUpdates) latest.set(u.actionCode, u);
  for (const a of data.actions) {
    const report = latest.get(a.code ?? '');
    expect({ code: a.code, light: a.trafficLight, progress: a.progress, last: a.lastReportOn }).toEqual({
      code: a.code, light: report?.overallLight ?? null, progress: report?.progress ?? null, last: report?.reportedOn ?? null
    });
    if (a.status === 'completed') expect(a.progress).toBe(100);
    if (a.status === 'planned' || a.status === 'proposed') expect(report).toBeUndefined();
  }
}

describe('roadmap 2024', () => {
  const actions = year(2024);

  it('was approved by the city board on 22.1.2024', () => {
    expect(actions).toHaveLength(26);
    expect(new Set(actions.map((a) => a.approvedOn))).toEqual(new Set(['2024-01-22']));
    expect(new Set(actions.map((a) => a.approvalState))).toEqual(new Set(['approved']));
  });

  it('holds the five projects completed by 10/2024 with their real costs (the mappings as two actions)', () => {
    const completedBy10_2024 = actions.filter((a) => a.status === 'completed' && (a.lastReportOn ?? '') < '2024-11-01');
    expect(completedBy10_2024.map((a) => [a.code, a.oneTimeCost, a.annualCost])).toEqual([
      ['DT24-01', null, 3100],
      ['DT24-02', 2800, null],
      ['DT24-03', null, 5700],
      ['DT24-04', 8750, null],
      ['DT24-05', 9900, null],
      ['DT24-06', 12400, null]
    ]);
    expect(completedBy10_2024.reduce((sum, a) => sum + (a.oneTimeCost ?? 0), 0)).toBe(33850);
    expect(completedBy10_2024.reduce((sum, a) => sum + (a.annualCost ?? 0), 0)).toBe(8800);
    expect(completedBy10_2024.map((a) => a.actualCost)).toEqual([3100, 2800, 5700, 8750, 9900, 12400]);
  });

  it('describes them as the 8.11.2024 slides do', () => {
    expect(byCode('DT24-01').title).toMatch(/Lipunmyynnin, kävijämäärän seurannan ja raportoinnin digitalisointi/);
    expect(byCode('DT24-01').impacts).toMatch(/verkkomaksaminen/);
    expect(byCode('DT24-02')).toMatchObject({ statutory: true, funding: 'project-funding', needSource: 'law' });
    expect(byCode('DT24-02').title).toMatch(/Kybermittari/);
    expect(byCode('DT24-02').impacts).toMatch(/TihL/);
    expect(byCode('DT24-03').title).toMatch(/Kartalla/);
    expect(byCode('DT24-04')).toMatchObject({ statutory: true });
    expect(byCode('DT24-04').title).toMatch(/Haittakasvien kartoitus/);
    expect(byCode('DT24-05').title).toMatch(/Sadevesikaivojen kartoitus/);
    expect(byCode('DT24-05').impacts).toMatch(/15 000 €\/vuosi/);
    expect(byCode('DT24-06')).toMatchObject({ statutory: true, funding: 'project-funding', needSource: 'law' });
    expect(byCode('DT24-06').title).toMatch(/ICT-jatkuvuussuunnitelma/);
  });

  it('has other actions started and in progress', () => {
    expect(count(actions, (a) => a.status)).toEqual({ completed: 12, 'in-progress': 10, paused: 2, cancelled: 2 });
  });
});

describe('roadmap 2025', () => {
  const actions = year(2025);

  it('matches the counts of the 8.11.2024 slides', () => {
    expect(actions).toHaveLength(26);
    expect(count(actions, (a) => a.needSource)).toEqual({ 'end-of-support': 1, law: 9, strategy: 16 });
    expect(count(actions, (a) => a.longTermBenefit)).toEqual({ 'human-centricity': 3, sustainability: 6, renewal: 17 });
  });

  it('has every responsible director, every level and a mix of cost and impact classes', () => {
    expect(new Set(actions.map((a) => a.responsibleDirector))).toEqual(new Set(RESPONSIBLE_DIRECTORS.map((d) => d.code)));
    expect(new Set(actions.map((a) => a.level))).toEqual(new Set(LEVELS.map((l) => l.code)));
    for (const size of ['S', 'M', 'L']) {
      expect(actions.some((a) => a.costClass === size)).toBe(true);
      expect(actions.some((a) => a.impactClass === size)).toBe(true);
    }
  });

  it('was approved in autumn 2024, about a third of it planned a year ahead', () => {
    expect(new Set(actions.map((a) => a.approvedOn))).toEqual(new Set([BOARD_APPROVALS[2025]]));
    expect(BOARD_APPROVALS[2025] >= '2024-09-01' && BOARD_APPROVALS[2025] <= '2024-12-31').toBe(true);
    const plannedAhead = actions.filter((a) => (a.boardDecisionRef ?? '').includes('22.1.2024'));
    expect(plannedAhead).toHaveLength(9);
  });

  it('costs about the 500 k€ the budget proposal estimates for the programme in 2025', () => {
    const total = actions.reduce((sum, a) => sum + (a.oneTimeCost ?? 0) + (a.annualCost ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(450000);
    expect(total).toBeLessThanOrEqual(550000);
  });
});

describe('roadmap 2026', () => {
  it('is a set of proposals in autumn 2025: 28 actions, 13 driven by new laws', () => {
    const actions = year(2026);
    expect(actions).toHaveLength(28);
    expect(actions.filter((a) => a.needSource === 'law')).toHaveLength(13);
    expect(count(actions, (a) => `${a.approvalState}/${a.status}`)).toEqual({ 'prioritised/planned': 20, 'proposed/proposed': 8 });
    expect(actions.every((a) => a.approvedOn === null && a.lastReportOn === null)).toBe(true);
  });

  it('is approved by the city board on 15.12.2025', () => {
    const actions = year(2026, buildSampleData({ now: new Date('2025-12-16T08:00:00Z') }));
    expect(new Set(actions.map((a) => `${a.approvalState} ${a.approvedOn}`))).toEqual(new Set(['approved 2025-12-15']));
  });
});

describe('the roadmaps together', () => {
  it('hold 52 actions in 2024–2025 on 15.12.2025, 18 completed and 26 in progress (domain.md)', () => {
    const data = buildSampleData({ now: new Date('2025-12-15T12:00:00Z') });
    const both = data.actions.filter((a) => a.roadmapYear <= 2025);
    expect(both).toHaveLength(52);
    expect(both.filter((a) => a.status === 'completed')).toHaveLength(18);
    expect(both.filter((a) => a.status === 'in-progress')).toHaveLength(26);
  });

  it('advance every goal and competence at every level, statutory ones included', () => {
    expect(new Set(sample.actions.map((a) => a.goal))).toEqual(new Set(GOALS.map((g) => g.code)));
    expect(new Set(sample.actions.map((a) => a.level))).toEqual(new Set(LEVELS.map((l) => l.code)));
    for (const y of [2024, 2025, 2026]) expect(year(y).filter((a) => a.statutory).length).toBeGreaterThan(3);
  });

  it('are owned by people of the sample who may edit them', () => {
    const people = new Map(sample.people.map((p) => [p.email, p]));
    for (const a of sample.actions) expect(people.get(a.owner?.email ?? '')?.role).toMatch(/^(owner|steering)$/);
  });

  it('show each action as its latest report says', () => {
    expectActionsFollowTheirLatestReport(sample);
  });
});

describe('status reports', () => {
  const updates = sample.statusUpdates;

  it('exist only before now, oldest first, for actions of the sample', () => {
    const codes = new Set(sample.actions.map((a) => a.code));
    expect(updates.every((u) => u.reportedOn < SAMPLE_NOW && codes.has(u.actionCode))).toBe(true);
    expect(updates.map((u) => u.reportedOn)).toEqual([...updates.map((u) => u.reportedOn)].sort());
  });

  it('have a history: several reports per active action', () => {
    for (const a of sample.actions.filter((x) => x.status === 'in-progress' && x.roadmapYear === 2024)) {
      expect(updates.filter((u) => u.actionCode === a.code).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('use every light, with a light and a comment for each dimension, and ask for decisions', () => {
    expect(new Set(updates.map((u) => u.overallLight))).toEqual(new Set(['green', 'yellow', 'red']));
    for (const u of updates) {
      for (const d of ['schedule', 'costs', 'scope', 'risks'] as const) {
        expect(u[`${d}Light`]).toBeTruthy();
        expect(u[`${d}Comment`]).toBeTruthy();
      }
    }
    const decisions = updates.filter((u) => u.decisionNeeded);
    expect(decisions.length).toBeGreaterThanOrEqual(4);
    expect(decisions.every((u) => (u.decisionNote ?? '').length > 10 && u.overallLight === 'red')).toBe(true);
  });

  it('are written by the owner in the owner’s language', () => {
    const people = new Map(sample.people.map((p) => [p.email, p]));
    for (const u of updates) {
      const author = people.get(u.authorEmail);
      expect(sample.actions.find((a) => a.code === u.actionCode)?.owner?.email).toBe(u.authorEmail);
      expect((u.title ?? '').startsWith(author?.language === 'sv' ? 'Lägesrapport' : 'Tilannepäivitys')).toBe(true);
    }
  });

  it('leave some owners without a report before the coming meeting, so reminders have work', () => {
    const next = sample.meetings.find((m) => m.state === 'scheduled');
    expect(next?.startsAt.slice(0, 10)).toBe('2025-11-07');
    const previous = sample.meetings.filter((m) => m.state === 'held').pop();
    const active = sample.actions.filter((a) => a.status === 'in-progress');
    const reportedSince = new Set(updates.filter((u) => u.reportedOn > (previous?.startsAt ?? '')).map((u) => u.actionCode));
    const missing = active.filter((a) => !reportedSince.has(a.code ?? ''));
    expect(missing.length).toBeGreaterThan(5);
    expect(missing.length).toBeLessThan(active.length);
    expect(missing.some((a) => a.owner?.email === DEMO_USERS.owner)).toBe(true);
  });
});

describe('steering meetings', () => {
  it('are six a year 2024–2026, about every second month, on weekdays at 9:00 Helsinki time', () => {
    expect(count(sample.meetings, (m) => m.startsAt.slice(0, 4))).toEqual({ 2024: 6, 2025: 6, 2026: 6 });
    for (const m of sample.meetings) {
      const day = helsinkiDay(m.startsAt);
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      expect(weekday >= 1 && weekday <= 5).toBe(true);
      expect(helsinkiTime(m.startsAt)).toBe('09:00');
      expect(m.agenda).toMatch(/^1\. /);
    }
    for (let i = 1; i < sample.meetings.length; i++) {
      const gap = helsinkiDaysBetween(sample.meetings[i - 1].startsAt, sample.meetings[i].startsAt);
      expect(gap).toBeGreaterThanOrEqual(28);
      expect(gap).toBeLessThanOrEqual(100);
    }
  });

  it('include the meeting of 8.11.2024 that approved the roadmap 2025', () => {
    const meeting = sample.meetings.find((m) => helsinkiDay(m.startsAt) === '2024-11-08');
    expect(meeting?.state).toBe('held');
    expect(meeting?.agenda).toMatch(/Digitiekartan 2025 hyväksyntä/);
    expect(meeting?.decisions).toMatch(/Digitiekartta 2025 \(26 toimenpidettä\)/);
    expect(meeting?.decisions).toMatch(/DT24-04, DT24-05, DT24-06/);
  });

  it('have decisions once held and none before', () => {
    for (const m of sample.meetings) {
      if (m.endsAt && m.endsAt <= SAMPLE_NOW) expect(m).toMatchObject({ state: 'held', decisions: expect.stringMatching(/./) });
      else expect(m).toMatchObject({ state: 'scheduled', decisions: null, minutesUrl: null });
    }
  });
});

describe('metrics', () => {
  it('are the nine of the programme, titled and sourced in Finnish, Swedish and English', () => {
    expect(sample.metrics.map((m) => m.code)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3']);
    for (const m of sample.metrics) {
      expect(m.goal).toBe(m.code[0]);
      expect([m.title, m.titleSv, m.titleEn, m.source, m.sourceLabels.sv, m.sourceLabels.en].every((t) => (t ?? '').length > 3)).toBe(true);
    }
    expect(sample.metrics[0].sourceLabels.en).toMatch(/YritysDigi/);
  });

  it('have yearly values 2023–2025, some without a baseline', () => {
    expect(sample.metricValues).toHaveLength(27);
    expect(count(sample.metricValues, (v) => String(v.year))).toEqual({ 2023: 9, 2024: 9, 2025: 9 });
    const missing = sample.metricValues.filter((v) => v.value === null);
    expect(missing.length).toBeGreaterThanOrEqual(3);
    expect(missing.every((v) => v.year === 2023 && v.note)).toBe(true);
  });
});

describe('ideas and people', () => {
  it('has ideas in several states, the accepted and merged ones pointing at actions', () => {
    expect(new Set(sample.ideas.map((i) => i.state))).toEqual(new Set(['new', 'under-review', 'accepted', 'rejected', 'merged']));
    const codes = new Set(sample.actions.map((a) => a.code));
    for (const idea of sample.ideas) {
      if (idea.state === 'accepted' || idea.state === 'merged') expect(codes.has(idea.actionCode)).toBe(true);
      else expect(idea.actionCode).toBeNull();
    }
  });

  it('has Finnish and Swedish speakers with firstname.lastname@porvoo.fi addresses', () => {
    expect(new Set(sample.people.map((p) => p.language))).toEqual(new Set(['fi', 'sv']));
    expect(new Set(sample.people.map((p) => p.role))).toEqual(new Set(['steering', 'owner', 'reader']));
    for (const p of sample.people) expect(p.email).toMatch(/^[a-z-]+\.[a-z-]+@porvoo\.fi$/);
    expect(new Set(sample.people.map((p) => p.email)).size).toBe(sample.people.length);
  });

  it('puts every person in the SharePoint group of their role', () => {
    expect(sample.members.map((m) => `${m.person.email} ${m.group}`)).toEqual(sample.people.map((p) => `${p.email} ${{ steering: 'steering', owner: 'owners', reader: 'readers' }[p.role]}`));
  });

  it('has the three demo users the workbench signs in as', () => {
    const role = (email: string) => sample.people.find((p) => p.email === email)?.role;
    expect([role(DEMO_USERS.reader), role(DEMO_USERS.owner), role(DEMO_USERS.steering)]).toEqual(['reader', 'owner', 'steering']);
    const owned = sample.actions.filter((a) => a.owner?.email === DEMO_USERS.owner);
    expect(owned.length).toBeGreaterThanOrEqual(3);
    expect(owned.some((a) => a.roadmapYear === 2025 && a.statutory && a.status === 'in-progress')).toBe(true);
  });
});

describe('the ICT budget 2025', () => {
  it('is the proposal shown on 8.11.2024', () => {
    expect(ICT_BUDGET_2025.byLevel).toEqual({ foundation: 6000000, shared: 800000, sector: 500000, data: 150000 });
    expect(ICT_BUDGET_2025.programmeEstimate).toBe(500000);
    expect(ictBudgetTotal(ICT_BUDGET_2025)).toBe(7450000);
    expect(ictBudgetFor(2025)).toBe(ICT_BUDGET_2025);
    expect(ictBudgetFor(2031)).toBeUndefined();
  });
});

describe('large action sets', () => {
  it.each([[1000], [5000], [6000]])('gives %i valid actions with unique codes', (n) => {
    const actions = buildLargeActionSet(n, 42);
    expect(actions).toHaveLength(n);
    expect(validateUniqueCodes(actions.map((a) => a.code))).toEqual([]);
    const titles = new Set(actions.map((a) => `${a.roadmapYear}|${a.title}`));
    expect(titles.size).toBe(n);
  });

  it('gives 10 000 actions that all validate clean', () => {
    const actions = buildLargeActionSet(10000, 'bench');
    const issues = actions.flatMap((a: RoadmapActionFields) => validateFields(ROADMAP_ACTIONS, a));
    expect(issues).toEqual([]);
    expect(new Set(actions.map((a) => a.roadmapYear)).size).toBe(10);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(buildLargeActionSet(200, 7)).toEqual(buildLargeActionSet(200, 7));
    expect(buildLargeActionSet(200, 7)).not.toEqual(buildLargeActionSet(200, 8));
  });

  it('varies every dimension a view or chart groups by', () => {
    const actions = buildLargeActionSet(1000, 3);
    for (const key of ['goal', 'level', 'status', 'needSource', 'responsibleDirector', 'costClass', 'trafficLight'] as const) {
      expect(new Set(actions.map((a) => a[key])).size).toBeGreaterThan(2);
    }
  });
});
