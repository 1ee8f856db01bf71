import type { UserRights } from '../../../src/data/contracts';
import { actionPermissions, canCreateActions } from '../../../src/core/roadmap/permissions';
import { actionChangesFromReport, emptyReportDraft, reportFields, reportStepProblems, sortHistory } from '../../../src/core/roadmap/report';
import { actionState, pageLink, stateFromSubEntityId, teamsDeepLink } from '../../../src/core/roadmap/deepLink';
import { conflictRows, defaultChoices, resolveConflict } from '../../../src/core/roadmap/conflict';
import { ROADMAP_ACTIONS } from '../../../src/core/schema/lists';
import type { StatusUpdate } from '../../../src/core/schema';
import { makeAction } from './fixtures';

const rights = (over: Partial<UserRights>): UserRights => ({
  email: 'someone@porvoo.fi', displayName: 'Someone', isSteeringMember: false, canEditAllActions: false, canReport: false, canProposeIdeas: true, ...over
});

describe('actionPermissions', () => {
  const owned = makeAction({ owner: { email: 'Owner@porvoo.fi' } });
  it('gives a reader nothing', () => {
    expect(actionPermissions(rights({}), owned)).toEqual({ canEdit: false, canReport: false });
    expect(actionPermissions(null, owned)).toEqual({ canEdit: false, canReport: false });
    expect(canCreateActions(rights({}))).toBe(false);
  });
  it('lets an owner edit and report on their own action only', () => {
    const owner = rights({ email: 'owner@porvoo.fi', canReport: true });
    expect(actionPermissions(owner, owned)).toEqual({ canEdit: true, canReport: true });
    expect(actionPermissions(owner, makeAction({ owner: { email: 'other@porvoo.fi' } }))).toEqual({ canEdit: false, canReport: false });
  });
  it('lets a steering member edit everything and create actions', () => {
    const steering = rights({ isSteeringMember: true, canEditAllActions: true, canReport: true });
    expect(actionPermissions(steering, owned)).toEqual({ canEdit: true, canReport: true });
    expect(canCreateActions(steering)).toBe(true);
  });
});

describe('status reports', () => {
  const action = makeAction({ id: 7, code: 'DT25-07', progress: 40, lastReportOn: '2025-01-10T08:00:00.000Z' });

  it('starts the draft from the current progress and requires the overall light', () => {
    const draft = emptyReportDraft(action);
    expect(draft.progress).toBe(40);
    expect(reportStepProblems(draft, 'overall')).toEqual([{ field: 'overallLight', problem: 'required' }]);
  });

  it('asks for a comment on a red dimension and for the decision to be named', () => {
    const draft = { ...emptyReportDraft(action), overallLight: 'red' as const, risksLight: 'red' as const, decisionNeeded: true, progress: 120 };
    expect(reportStepProblems(draft, 'dimensions')).toEqual([{ field: 'risksComment', problem: 'explainRed' }]);
    expect(reportStepProblems(draft, 'progress')).toEqual([{ field: 'progress', problem: 'range' }, { field: 'decisionNote', problem: 'required' }]);
  });

  it('makes the StatusUpdates item and the action follows it', () => {
    const draft = { ...emptyReportDraft(action), overallLight: 'red' as const, risksLight: 'red' as const, risksComment: ' Supplier late ', progress: 55 };
    const report = reportFields(action, draft, '2025-03-01T10:00:00.000Z');
    expect(report).toMatchObject({ action: 7, overallLight: 'red', risksComment: 'Supplier late', scheduleComment: null, progress: 55, title: 'DT25-07 2025-03-01' });
    expect(actionChangesFromReport(action, report)).toEqual({ trafficLight: 'red', lastReportOn: '2025-03-01T10:00:00.000Z', decisionNeeded: false, progress: 55 });
  });

  it('ignores a report older than the latest one', () => {
    expect(actionChangesFromReport(action, { reportedOn: '2024-12-01T00:00:00Z', overallLight: 'green', progress: 1, decisionNeeded: false })).toBeNull();
  });

  it('shows history newest first', () => {
    const r = (id: number, reportedOn: string) => ({ id, reportedOn }) as StatusUpdate;
    expect(sortHistory([r(1, '2025-01-01T00:00:00Z'), r(2, '2025-03-01T00:00:00Z')]).map((x) => x.id)).toEqual([2, 1]);
  });
});

describe('deep links', () => {
  it('links to an action on the page', () => {
    expect(pageLink('https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta.aspx?web=1#x', actionState('DT25-07', true)))
      .toBe('https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta.aspx?action=DT25-07&report=1');
  });
  it('links to an action in Teams through subEntityId, and reads it back', () => {
    const link = teamsDeepLink({ appId: 'app-1', entityId: 'roadmap', label: 'Tiekartta' }, actionState('DT25-07'));
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/entity/app-1/roadmap');
    const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId: string };
    expect(context.subEntityId).toBe('action=DT25-07');
    expect(stateFromSubEntityId(context.subEntityId).action).toBe('DT25-07');
    expect(stateFromSubEntityId('DT25-08').action).toBe('DT25-08');
    expect(stateFromSubEntityId(undefined).action).toBeNull();
  });
});

describe('conflicts', () => {
  it('shows both values for each field I changed and saves only my chosen ones', () => {
    const theirs = makeAction({ title: 'Their title', description: 'Same', progress: 10 });
    const rows = conflictRows(ROADMAP_ACTIONS, { title: 'My title', description: 'Same', status: 'completed' }, theirs);
    expect(rows.map((r) => [r.key, r.mine, r.theirs, r.differs])).toEqual([
      ['title', 'My title', 'Their title', true],
      ['description', 'Same', 'Same', false],
      ['status', 'completed', 'planned', true]
    ]);
    const choices = { ...defaultChoices(rows), status: 'theirs' as const };
    expect(resolveConflict(rows, choices)).toEqual({ title: 'My title' });
  });
});
