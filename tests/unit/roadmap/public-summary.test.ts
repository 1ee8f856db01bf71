import { emptyReportDraft, reportFields, reportStepProblems } from '../../../src/core/roadmap/report';
import { fieldByKey, STATUS_UPDATES } from '../../../src/core/schema';
import { fieldSchemaXml } from '../../../src/data/provision/field-xml';

describe('the public summary of a status report', () => {
  const action = { id: 7, code: 'DT25-07', title: 'Kartalla' };

  it('is off by default, in the form and in SharePoint', () => {
    const draft = emptyReportDraft({ progress: 20 });
    expect(draft).toMatchObject({ publicSummary: '', isPublic: false });
    const fields = reportFields(action, { ...draft, overallLight: 'green' }, '2025-10-01T08:00:00.000Z');
    expect(fields).toMatchObject({ publicSummary: null, isPublic: false });
    expect(fieldSchemaXml(fieldByKey(STATUS_UPDATES, 'isPublic'))).toContain('<Default>0</Default>');
  });

  it('asks for the summary when "publish" is ticked without one', () => {
    const draft = { ...emptyReportDraft({ progress: 20 }), overallLight: 'green' as const, isPublic: true, publicSummary: '  ' };
    expect(reportStepProblems(draft, 'progress')).toEqual([{ field: 'publicSummary', problem: 'required' }]);
    // Even if a caller skips the check, an empty summary is never stored as public.
    expect(reportFields(action, draft, '2025-10-01T08:00:00.000Z')).toMatchObject({ publicSummary: null, isPublic: false });
  });

  it('keeps a written summary private until it is marked public', () => {
    const draft = { ...emptyReportDraft({ progress: 20 }), overallLight: 'yellow' as const, publicSummary: ' Pilotti alkoi. ' };
    expect(reportStepProblems(draft, 'progress')).toEqual([]);
    expect(reportFields(action, draft, '2025-10-01T08:00:00.000Z')).toMatchObject({ publicSummary: 'Pilotti alkoi.', isPublic: false });
    expect(reportFields(action, { ...draft, isPublic: true }, '2025-10-01T08:00:00.000Z')).toMatchObject({ publicSummary: 'Pilotti alkoi.', isPublic: true });
  });
});
