import { summarisePublicProgress, summariseYear } from '../../../src/core/followup';
import { buildPreRead, planReminders } from '../../../src/core/reminders';
import { actionsNeedingHistory, judgeReport, ownershipFromVersions, screenReports, type ReportAuthority } from '../../../src/core/reports';
import { buildSteeringPreRead } from '../../../src/core/steering';
import { action as followupAction, report as followupReport } from '../../fixtures/followup';
import { PEOPLE, action, at, meeting, report } from '../reminders/fixtures';

/**
 * Issue 12 §1, defence in depth: a report counts only when whoever wrote it (and whoever changed it last)
 * was the action's owner or a steering member at that moment, judged by SharePoint's own Created and
 * Modified and the action's ownership history. Follow-up, pre-read, planner and publication leave the
 * rest out and flag it.
 */

const OWNER = 'claire.cole@porvoo.fi';
const FORMER = 'frank.former@porvoo.fi';
const INTRUDER = 'mikael.sjoberg@porvoo.fi';
const STEERING = 'anna.aalto@porvoo.fi';

function authority(owners: Record<number, string | null>, ownership?: ReportAuthority['ownership']): ReportAuthority {
  return { steering: [STEERING, 'bjorn.berg@borga.fi'], currentOwners: new Map(Object.entries(owners).map(([id, o]) => [Number(id), o])), ...(ownership ? { ownership } : {}) };
}

describe('judgeReport', () => {
  const auth = authority({ 1: OWNER }, new Map([[1, ownershipFromVersions([
    { modified: '2025-01-01T08:00:00Z', ownerEmail: FORMER },
    { modified: '2025-02-01T08:00:00Z', ownerEmail: FORMER },
    { modified: '2025-03-01T08:00:00Z', ownerEmail: OWNER }
  ])]]));
  const r = (authorEmail: string | undefined, created: string, editorEmail = authorEmail, modified = created) =>
    ({ id: 7, action: 1, reportedOn: created, created, modified, authorEmail, editorEmail });

  it('accepts the owner of the time, a former owner for what they wrote while owning it, and steering members', () => {
    expect(judgeReport(r(OWNER, '2025-03-10T08:00:00Z'), auth)).toBeNull();
    expect(judgeReport(r(FORMER, '2025-02-10T08:00:00Z'), auth)).toBeNull();
    expect(judgeReport(r('Anna.Aalto@Porvoo.fi', '2025-03-10T08:00:00Z'), auth)).toBeNull();
  });

  it('flags a report by someone never entitled, a former owner writing after the hand-over, and the owner writing before it', () => {
    expect(judgeReport(r(INTRUDER, '2025-03-10T08:00:00Z'), auth)).toMatchObject({ reason: 'author-not-entitled', who: INTRUDER, actionId: 1 });
    expect(judgeReport(r(FORMER, '2025-03-10T08:00:00Z'), auth)).toMatchObject({ reason: 'author-not-entitled', who: FORMER });
    expect(judgeReport(r(OWNER, '2025-02-10T08:00:00Z'), auth)).toMatchObject({ reason: 'author-not-entitled', who: OWNER });
  });

  it('judges by SharePoint’s Created, not by the reportedOn its writer chose', () => {
    expect(judgeReport({ ...r(FORMER, '2025-03-10T08:00:00Z'), reportedOn: '2025-02-10T08:00:00Z' }, auth)).toMatchObject({ reason: 'author-not-entitled' });
  });

  it('flags a report changed by someone not entitled (a site admin, a former owner) and one without an author', () => {
    expect(judgeReport(r(OWNER, '2025-03-10T08:00:00Z', 'admin@porvoo.fi', '2025-03-11T08:00:00Z'), auth)).toMatchObject({ reason: 'editor-not-entitled', who: 'admin@porvoo.fi' });
    expect(judgeReport(r(undefined, '2025-03-10T08:00:00Z'), auth)).toMatchObject({ reason: 'author-unknown', who: null });
  });

  it('uses the current owner where no history was read, and asks for history only where it matters', () => {
    const current = authority({ 1: OWNER, 2: null });
    expect(judgeReport(r(OWNER, '2020-01-01T00:00:00Z'), current)).toBeNull();
    expect(judgeReport({ ...r(OWNER, '2025-03-10T08:00:00Z'), action: 2 }, current)).toMatchObject({ reason: 'author-not-entitled' });
    const reports = [r(OWNER, '2025-03-10T08:00:00Z'), r(STEERING, '2025-03-10T08:00:00Z'), { ...r(FORMER, '2025-02-10T08:00:00Z'), action: 2 }];
    expect(actionsNeedingHistory(reports, current)).toEqual([2]);
  });

  it('reads ownership periods from versions in any order, merging versions with the same owner', () => {
    expect(ownershipFromVersions([
      { modified: '2025-03-01T08:00:00Z', ownerEmail: OWNER },
      { modified: '2025-01-01T08:00:00Z', ownerEmail: FORMER },
      { modified: '2025-02-01T08:00:00Z', ownerEmail: 'Frank.Former@porvoo.fi' }
    ])).toEqual([
      { email: FORMER, from: null, to: '2025-03-01T08:00:00Z' },
      { email: OWNER, from: '2025-03-01T08:00:00Z', to: null }
    ]);
  });

  it('without an authority every report counts (callers that cannot judge say so by not passing one)', () => {
    expect(screenReports([r(INTRUDER, '2025-03-10T08:00:00Z')], undefined)).toEqual({ accepted: [r(INTRUDER, '2025-03-10T08:00:00Z')], flagged: [] });
  });
});

describe('follow-up and publication leave an unauthorised report out and list it', () => {
  const mine = followupAction({ id: 1, code: 'DT25-01', roadmapYear: 2025, status: 'in-progress', trafficLight: 'green', progress: 40, owner: { email: OWNER } });
  const legit = followupReport({ id: 11, action: 1, reportedOn: '2025-10-01T08:00:00Z', overallLight: 'yellow', progress: 50, authorEmail: OWNER, created: '2025-10-01T08:00:00Z' });
  const forged = followupReport({ id: 12, action: 1, reportedOn: '2025-10-20T08:00:00Z', overallLight: 'red', progress: 5, authorEmail: INTRUDER, created: '2025-10-20T08:00:00Z' });
  const input = { actions: [mine], statusUpdates: [legit, forged], metrics: [], metricValues: [], authority: authority({ 1: OWNER }) };

  it('summariseYear: the latest report that counts drives the light, the forged one is listed by code', () => {
    const summary = summariseYear(input, 2025, '2025-10-27T07:00:00Z');
    expect(summary.roadmap.started[0]).toMatchObject({ code: 'DT25-01', light: 'yellow', progress: 50, lastReportAt: '2025-10-01T08:00:00Z' });
    expect(summary.ignoredReports).toEqual([{ reportId: 12, actionId: 1, code: 'DT25-01', reportedOn: '2025-10-20T08:00:00Z', reason: 'author-not-entitled' }]);
    // Without the check the forged report would have won.
    expect(summariseYear({ ...input, authority: undefined }, 2025, '2025-10-27T07:00:00Z').roadmap.started[0].light).toBe('red');
  });

  it('summarisePublicProgress (what the publication prints) inherits the same screening', () => {
    const progress = summarisePublicProgress(input, '2025-10-27T07:00:00Z');
    expect(progress.actions[0]).toMatchObject({ light: 'yellow', progress: 50 });
    expect(progress.ignoredReports.map((r) => r.reportId)).toEqual([12]);
  });
});

describe('pre-read and planner', () => {
  const previous = meeting(0, '2025-03-18', '09:00', 'held');
  const m = meeting(1, '2025-05-20');
  const a = action('DT25-01', 'claire.cole@porvoo.fi');
  const forged = report(a, at('2025-04-10'), { id: 5, overallLight: 'red', authorEmail: INTRUDER, created: at('2025-04-10'), decisionNeeded: true });
  const auth = authority({ [a.id]: 'claire.cole@porvoo.fi' });

  it('a forged report does not suppress the real owner’s reminder', () => {
    const withCheck = planReminders({ meetings: [previous, m], actions: [a], statusUpdates: [forged], people: PEOPLE, log: [], now: at('2025-05-06'), authority: auth });
    expect(withCheck.due.map((r) => `${r.kind} ${r.recipient}`)).toEqual(['owner-request claire.cole@porvoo.fi']);
    expect(withCheck.ignoredReports).toMatchObject([{ reportId: 5, reason: 'author-not-entitled', who: INTRUDER }]);
    const without = planReminders({ meetings: [previous, m], actions: [a], statusUpdates: [forged], people: PEOPLE, log: [], now: at('2025-05-06') });
    expect(without.due).toEqual([]);
  });

  it('the pre-read lists the action as missing a report, not as red with a decision, and names the forged report', () => {
    const preRead = buildPreRead({ meeting: m, meetings: [previous, m], actions: [a], statusUpdates: [forged], authority: auth });
    expect(preRead.changed).toEqual([]);
    expect(preRead.decisions).toEqual([]);
    expect(preRead.red).toEqual([]);
    expect(preRead.missing.map((e) => e.code)).toEqual(['DT25-01']);
    expect(preRead.ignored).toEqual([{ actionId: a.id, code: 'DT25-01', title: a.title, reportedOn: at('2025-04-10'), reason: 'author-not-entitled', who: INTRUDER }]);
    const steering = buildSteeringPreRead({ meeting: m, meetings: [previous, m], actions: [a], statusUpdates: [forged], authority: auth });
    expect(steering.missing.map((e) => e.code)).toEqual(['DT25-01']);
    expect(steering.ignored).toHaveLength(1);
  });
});
