import { runReminders, type ReminderJobConfig } from '../../../src/data/graph';
import { createGraphClient } from '../../../server/reminders/graphClient';
import { EMULATOR_STEERING_GROUP_ID } from '../../../server/emulator/graph';
import { SENDER, World, at } from './world';

const noSleep = async () => undefined;

function config(world: World, extra: Partial<ReminderJobConfig> = {}): ReminderJobConfig {
  return {
    siteUrl: world.emulator.siteUrl,
    sender: SENDER,
    steeringGroupId: EMULATOR_STEERING_GROUP_ID,
    links: { statusPageUrl: `${world.emulator.siteUrl}/SitePages/Tiekartta.aspx`, teams: { appId: 'app-1', entityId: 'tab-1' } },
    batch: { sleep: noSleep },
    ...extra
  };
}

describe('runReminders through the Graph client against the emulator', () => {
  let world: World;
  beforeEach(async () => {
    world = await new World().start();
    world.addPeople([
      { name: 'Anna Aalto', email: 'anna.aalto@porvoo.fi', lang: 'fi', steering: true, teams: true },
      { name: 'Björn Berg', email: 'bjorn.berg@porvoo.fi', lang: 'sv', steering: true },
      { name: 'Claire Cole', email: 'claire.cole@porvoo.fi', lang: 'en', teams: true },
      { name: 'David Dahl', email: 'david.dahl@porvoo.fi' },
      { name: 'Ville Virtanen', email: null },
      { name: 'Gone Person', email: 'gone.person@porvoo.fi', deleted: true }
    ]);
  });
  afterEach(() => world.stop());

  it('sends the owner requests once, in each owner\'s language, logs them and reports the rest', async () => {
    world.addMeeting('2025-05-20');
    world.addAction('DT25-01', 'claire.cole@porvoo.fi');
    world.addAction('DT25-02', 'david.dahl@porvoo.fi', 'planned');
    world.addAction('DT25-03', 'Ville Virtanen', 'paused');
    world.addAction('DT25-04', 'gone.person@porvoo.fi');
    world.addAction('DT25-05', 'david.dahl@porvoo.fi', 'completed');
    const graph = createGraphClient({ graphUrl: world.emulator.graphUrl });
    world.clock = new Date(at('2025-05-06'));
    const result = await runReminders({ graph, config: config(world, { teamsNotifications: true }) }, world.clock);

    expect(result.due.map((r) => [r.recipient, r.language, r.actions.join()])).toEqual([
      ['claire.cole@porvoo.fi', 'en', 'DT25-01'], ['david.dahl@porvoo.fi', 'fi', 'DT25-02'], ['gone.person@porvoo.fi', 'fi', 'DT25-04']
    ]);
    expect(result.sent.map((r) => r.recipient)).toEqual(['claire.cole@porvoo.fi', 'david.dahl@porvoo.fi']);
    expect(result.failed).toEqual([expect.objectContaining({ recipient: 'gone.person@porvoo.fi', final: true })]);
    expect(result.skipped).toEqual([expect.objectContaining({ reason: 'missing-email', who: 'Ville Virtanen', actions: ['DT25-03'] })]);

    const mail = world.mail();
    expect(mail.map((m) => [m.to.join(), m.subject, m.language, m.format])).toEqual([
      ['claire.cole@porvoo.fi', 'Status report for the steering group meeting on 20 May 2025', 'en', 'mime'],
      ['david.dahl@porvoo.fi', 'Tilannepäivitys digijohtoryhmän kokoukseen 20.5.2025', 'fi', 'mime']
    ]);
    expect(mail[0].text).toContain('?action=DT25-01&report=1');
    expect(mail[0].html).toContain('<html lang="en"');
    expect(mail[0].key).toBe('owner-request:1:2025-05-20:claire.cole@porvoo.fi');
    // Claire has the Teams app: she also gets an activity notification.
    expect(world.emulator.outbox().filter((e) => e.type === 'activity').map((e) => e.to.join())).toEqual(['claire.cole@porvoo.fi']);

    const log = world.log();
    expect(log.map((e) => [e.recipient, e.state])).toEqual([
      ['claire.cole@porvoo.fi', 'sent'], ['david.dahl@porvoo.fi', 'sent'], ['gone.person@porvoo.fi', 'failed']
    ]);
    expect(log[2].error).toMatch(/^permanent: .*no longer exists/);

    // A rerun sends nothing more.
    const again = await runReminders({ graph, config: config(world) }, new Date(at('2025-05-06', '15:00')));
    expect(again.due).toEqual([]);
    expect(world.mail()).toHaveLength(2);
  });

  it('dry run reads and plans but writes and sends nothing', async () => {
    world.addMeeting('2025-05-20');
    world.addAction('DT25-01', 'claire.cole@porvoo.fi');
    const graph = createGraphClient({ graphUrl: world.emulator.graphUrl });
    const result = await runReminders({ graph, config: config(world) }, new Date(at('2025-05-17')), { dryRun: true });
    expect(result.due.map((r) => r.kind)).toEqual(['owner-request', 'steering-preread', 'steering-preread']);
    expect(result.messages.map((m) => m.subject)).toContain('Förhandsmaterial: digiledningsgruppens möte 20.5.2025');
    expect(world.mail()).toEqual([]);
    expect(world.log()).toEqual([]);
  });
});
