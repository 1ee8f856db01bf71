import { startEmulator, type Emulator } from '../../server/emulator';
import { seedEmulatorWithSample } from '../../server/sample/seedSite';
import { buildSampleData } from '../../server/sample';
import { createSp, webPathOf } from '../../src/data/sp';
import { createRepositories } from '../../src/data/repository';
import { IDEAS } from '../../src/core/schema';

describe('tiekartta emulator --seed sample', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: 'sample', sampleSeed: seedEmulatorWithSample });
  }, 120_000);
  afterAll(() => emulator.stop());

  it('starts with the provisioned site holding the whole sample roadmap', async () => {
    const repos = createRepositories(createSp({ siteUrl: emulator.siteUrl }));
    const sample = buildSampleData();
    const [actions, meetings, reports] = await Promise.all([repos.actions.list(), repos.meetings.list(), repos.statusUpdates.list()]);
    expect(actions.map((a) => a.code).sort()).toEqual(sample.actions.map((a) => a.code).sort());
    expect(meetings).toHaveLength(sample.meetings.length);
    expect(reports).toHaveLength(sample.statusUpdates.length);
  });

  it('links each accepted idea and its action both ways', async () => {
    const repos = createRepositories(createSp({ siteUrl: emulator.siteUrl }));
    const [actions, ideas] = await Promise.all([repos.actions.list(), repos.ideas.list()]);
    const accepted = ideas.filter((i) => i.state === 'accepted');
    expect(accepted.length).toBeGreaterThan(0);
    for (const idea of accepted) {
      expect(actions.find((a) => a.id === idea.action)?.fromIdea).toBe(idea.id);
    }
    // A merged idea points at the action it joined; that action came from elsewhere.
    const merged = ideas.filter((i) => i.state === 'merged');
    for (const idea of merged) expect(actions.find((a) => a.id === idea.action)?.fromIdea).toBeNull();
  });

  it('keeps triaged ideas read-only to everyone but the steering group, and new ones open to their proposers', async () => {
    const sp = createSp({ siteUrl: emulator.siteUrl });
    const ideas = await createRepositories(sp).ideas.list();
    const list = sp.web.getList(`${webPathOf(sp)}/${IDEAS.url}`);
    for (const idea of ideas) {
      const { HasUniqueRoleAssignments } = await list.items.getById(idea.id).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      expect([idea.state, HasUniqueRoleAssignments]).toEqual([idea.state, idea.state !== 'new']);
    }
  });
});
