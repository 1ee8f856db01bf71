import { ROADMAP_ACTIONS } from '../../../src/core/schema';
import { describeValue, diffVersions, versionSnapshot } from '../../../src/core/cycle';

// Versions as SharePoint's REST API returns them from items(id)/versions: users and lookups as
// {LookupId, LookupValue, Email}, newest first.
const v1 = {
  VersionLabel: '1.0', VersionId: 512, IsCurrentVersion: false, Created: '2025-01-10T08:00:00Z', Modified: '2025-01-10T08:00:00Z',
  Editor: { LookupId: 7, LookupValue: 'Sanna Ohjaus', Email: 'ohjaus@porvoo.fi' },
  Title: 'Sähköinen ajanvaraus', DtCode: 'DT25-07', DtRoadmapYear: 2025, DtGoal: 'A', DtLevel: 'Kaupungin yhteiset ratkaisut (TORI)',
  DtStatus: 'Suunniteltu', DtBeneficiaries: ['kuntalaiset'], DtProgress: 0, DtOwner: null, DtCarriedFrom: null, DtStatutory: false
};
const v2 = {
  ...v1, VersionLabel: '2.0', VersionId: 1024, Modified: '2025-03-02T09:30:00Z',
  Editor: { LookupId: 9, LookupValue: 'Olli Omistaja', Email: 'omistaja@porvoo.fi' },
  DtStatus: 'Käynnissä', DtProgress: 20, DtOwner: { LookupId: 9, LookupValue: 'Olli Omistaja', Email: 'omistaja@porvoo.fi' }
};
const v10 = {
  ...v2, VersionLabel: '10.0', VersionId: 5120, IsCurrentVersion: true, Modified: '2025-06-01T10:00:00Z',
  DtBeneficiaries: ['henkilöstö', 'kuntalaiset'], DtCarriedFrom: { LookupId: 3, LookupValue: '3' },
  DtOwner: { LookupId: 9, LookupValue: 'Olli Omistaja', Email: 'OMISTAJA@porvoo.fi' }, DtApprovedOn: '2025-01-22T12:00:00Z'
};

describe('an action’s history from SharePoint versions', () => {
  const history = diffVersions(ROADMAP_ACTIONS, [v10, v1, v2].map((v) => versionSnapshot(ROADMAP_ACTIONS, v)));

  it('lists versions newest first, ordered by number (10.0 after 2.0), with who and when', () => {
    expect(history.map((h) => [h.version, h.editor.email, h.modified, h.created])).toEqual([
      ['10.0', 'omistaja@porvoo.fi', '2025-06-01T10:00:00.000Z', false],
      ['2.0', 'omistaja@porvoo.fi', '2025-03-02T09:30:00.000Z', false],
      ['1.0', 'ohjaus@porvoo.fi', '2025-01-10T08:00:00.000Z', true]
    ]);
  });

  it('says which fields changed from what to what, in domain values', () => {
    expect(history[1].changes).toEqual([
      { field: 'owner', from: null, to: { email: 'omistaja@porvoo.fi', displayName: 'Olli Omistaja', id: 9 } },
      { field: 'status', from: 'planned', to: 'in-progress' },
      { field: 'progress', from: 0, to: 20 }
    ]);
  });

  it('ignores reordered multi-choices and e-mail case, and reads lookups and dates', () => {
    expect(history[0].changes).toEqual([
      // approvedOn changed too, but it is the steering group's: its history is ActionDecisions' own.
      { field: 'beneficiaries', from: ['residents'], to: ['staff', 'residents'] },
      { field: 'carriedFrom', from: null, to: 3 }
    ]);
  });

  it('shows the first version as the values it was created with', () => {
    expect(history[2].changes.map((c) => c.field)).toEqual(['title', 'roadmapYear', 'goal', 'level', 'beneficiaries', 'status', 'progress']);
  });

  it('describes values for people in their language', () => {
    const yesNo = { yes: 'Ja', no: 'Nej' };
    expect(describeValue(ROADMAP_ACTIONS, 'status', 'in-progress', 'sv', yesNo)).toBe('Pågående');
    expect(describeValue(ROADMAP_ACTIONS, 'beneficiaries', ['staff', 'residents'], 'en', yesNo)).toBe('staff, residents');
    expect(describeValue(ROADMAP_ACTIONS, 'statutory', false, 'sv', yesNo)).toBe('Nej');
    expect(describeValue(ROADMAP_ACTIONS, 'owner', null, 'fi', yesNo)).toBe('–');
  });
});
