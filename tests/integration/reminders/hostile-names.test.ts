import { runReminders, type ReminderJobConfig } from '../../../src/data/graph';
import { EMULATOR_STEERING_GROUP_ID, parseMime } from '../../../server/emulator/graph';
import { createGraphClient } from '../../../server/reminders/graphClient';
import { SENDER, World, at } from './world';

/**
 * Issue 17 end to end: the job sends through the emulator's Graph, which takes the recipients from the
 * MIME message's own headers with a real address parser, as Exchange does.
 */
describe('a reminder to an owner whose directory name is hostile', () => {
  const finding = 'Evil, "x" <attacker@evil.example>';

  it('the emulator reads a To header the way the issue found it read: by the header\'s syntax', () => {
    // The message the hand-written composer wrote for that name.
    const parsed = parseMime(`From: <${SENDER}>\r\nTo: ${finding} <anna-maria.nystrom@porvoo.fi>\r\nSubject: x\r\n\r\nx`);
    expect(parsed.to).toContain('attacker@evil.example');
  });

  it.each([
    ['the finding', finding],
    ['a line break and a Bcc', 'Anna\r\nBcc: attacker@evil.example'],
    ['an encoded word of its own', '=?utf-8?B?YXR0YWNrZXJAZXZpbC5leGFtcGxl?= <attacker@evil.example>']
  ])('goes to the owner and nobody else (%s)', async (_label, name) => {
    const world = await new World().start();
    try {
      world.addPeople([{ name: 'Anna Aalto', email: 'anna.aalto@porvoo.fi', steering: true }, { name, email: 'anna-maria.nystrom@porvoo.fi' }]);
      world.addMeeting('2025-05-20');
      world.addAction('DT25-01', 'anna-maria.nystrom@porvoo.fi');
      world.clock = new Date(at('2025-05-06'));
      const config: ReminderJobConfig = {
        siteUrl: world.emulator.siteUrl, sender: SENDER, senderName: 'Digitiekartta', steeringGroupId: EMULATOR_STEERING_GROUP_ID,
        links: { statusPageUrl: `${world.emulator.siteUrl}/SitePages/Tiekartta.aspx` }, batch: { sleep: async () => undefined }
      };
      const result = await runReminders({ graph: createGraphClient({ graphUrl: world.emulator.graphUrl }), config }, world.clock);
      expect(result.failed).toEqual([]);
      expect(world.mail().map((m) => [m.format, m.from, m.to])).toEqual([['mime', SENDER, ['anna-maria.nystrom@porvoo.fi']]]);
    } finally {
      await world.stop();
    }
  });
});
