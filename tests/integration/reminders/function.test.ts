import { InvocationContext, type Timer } from '@azure/functions';
import { remindersTimer } from '../../../server/functions/src/reminders';
import { EMULATOR_STEERING_GROUP_ID } from '../../../server/emulator/graph';
import { helsinkiDay, shiftDay } from '../../../src/core/time/helsinki';
import { SENDER, World, at } from './world';

/** The Azure Functions timer handler, configured by application settings, against the emulator. */
describe('the Azure Functions timer', () => {
  let world: World;
  const saved = { ...process.env };
  beforeEach(async () => {
    world = await new World().start();
    world.addPeople([{ name: 'Anna Aalto', email: 'anna.aalto@porvoo.fi', steering: true }, { name: 'Claire Cole', email: 'claire.cole@porvoo.fi', lang: 'en' }]);
  });
  afterEach(async () => {
    process.env = { ...saved };
    await world.stop();
  });

  it('reads its settings from the environment and sends what is due now', async () => {
    const now = new Date();
    // A meeting 14 Helsinki days from today: the owner request is due (from 08:00 Helsinki time).
    const day = shiftDay(helsinkiDay(now), 14);
    world.addMeeting(day, '23:30');
    world.addAction('DT25-01', 'claire.cole@porvoo.fi');
    Object.assign(process.env, {
      REMINDERS_SITE_URL: world.emulator.siteUrl,
      REMINDERS_GRAPH_URL: world.emulator.graphUrl,
      REMINDERS_LOG_STORE: 'graph',
      REMINDERS_SENDER: SENDER,
      REMINDERS_STEERING_GROUP_ID: EMULATOR_STEERING_GROUP_ID,
      REMINDERS_EARLIEST_HOUR: '0'
    });
    const logs: unknown[][] = [];
    const context = new InvocationContext({ functionName: 'reminders', logHandler: (_level, ...args) => logs.push(args) });
    const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: at('2025-01-01'), next: at('2025-01-01'), lastUpdated: at('2025-01-01') } };
    await remindersTimer(timer, context);
    expect(world.mail().map((m) => m.to.join())).toEqual(['claire.cole@porvoo.fi']);
    expect(JSON.stringify(logs)).toContain('\\"sent\\":1');
  });

  it('fails loudly on a missing setting, naming it', async () => {
    delete process.env.REMINDERS_SITE_URL;
    const context = new InvocationContext({ functionName: 'reminders', logHandler: () => undefined });
    await expect(remindersTimer({ isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, context)).rejects.toThrow('REMINDERS_SITE_URL');
  });
});
