import { ROADMAP_ACTIONS, STEERING_MEETINGS, itemToEntity } from '../../../src/core/schema';

/** Values read from a list keep their directional overrides to themselves, whatever field they are in. */
describe('reading an item with right-to-left overrides left open', () => {
  it('closes them in texts, notes, fill-in choices and person names; known choices stay codes', () => {
    const action = itemToEntity(ROADMAP_ACTIONS, {
      Id: 7,
      Title: '\u202eexe.fdp',
      DtDescription: 'Kuvaus \u2067عربي',
      DtResponsibleDirector: '\u202ejohtaja',
      DtStatus: 'Käynnissä',
      DtOwnerId: 12,
      DtOwner: { Id: 12, EMail: 'mikael.sjoberg@porvoo.fi', Title: '\u202eMikael' }
    });
    expect(action.title).toBe('\u202eexe.fdp\u202c');
    expect(action.description).toBe('Kuvaus \u2067عربي\u2069');
    expect(action.responsibleDirector).toBe('\u202ejohtaja\u202c');
    expect(action.status).toBe('in-progress');
    expect(action.owner).toEqual({ email: 'mikael.sjoberg@porvoo.fi', displayName: '\u202eMikael\u202c', id: 12 });
  });
});

describe('reading what the product wrote for itself', () => {
  it('keeps a verbatim field exactly as stored (the frozen pre-read stays valid JSON)', () => {
    const snapshot = JSON.stringify({ v: 2, title: '\u202eexe.fdp' });
    const meeting = itemToEntity(STEERING_MEETINGS, { Id: 1, Title: 'Kokous', DtSnapshot: snapshot, DtAgenda: '\u202eexe' });
    expect(meeting.snapshot).toBe(snapshot);
    expect(JSON.parse(meeting.snapshot ?? '')).toEqual({ v: 2, title: '\u202eexe.fdp' });
    expect(meeting.agenda).toBe('\u202eexe\u202c');
  });
});
