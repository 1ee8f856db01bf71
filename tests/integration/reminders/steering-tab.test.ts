import {
  GraphLists, createMeetingEvents, postPreReadToChannel, previewReminders, readCalendarEvents, sendRemindersNow, syncMeetingsFromCalendar,
  type ReminderJobConfig
} from '../../../src/data/graph';
import { STEERING_MEETINGS } from '../../../src/core/schema';
import { EMULATOR_STEERING_GROUP_ID } from '../../../server/emulator/graph';
import { createGraphClient } from '../../../server/reminders/graphClient';
import { World, at } from './world';

/**
 * What the steering tab does with the signed-in user's delegated Graph client (here the real Graph
 * client acting as a steering member in the emulator): preview, send now, post the pre-read to the
 * channel, create the meetings in the group calendar and bring moves and cancellations back.
 */
describe('the steering tab\'s Graph calls (delegated)', () => {
  let world: World;
  const chair = 'anna.aalto@porvoo.fi';
  beforeEach(async () => {
    world = await new World().start();
    world.addPeople([
      { name: 'Anna Aalto', email: chair, steering: true },
      { name: 'Björn Berg', email: 'bjorn.berg@porvoo.fi', lang: 'sv', steering: true },
      { name: 'Claire Cole', email: 'claire.cole@porvoo.fi', lang: 'en' }
    ]);
  });
  afterEach(() => world.stop());

  const config = (): ReminderJobConfig => ({
    siteUrl: world.emulator.siteUrl,
    sender: 'me',
    steeringGroupId: EMULATOR_STEERING_GROUP_ID,
    links: { statusPageUrl: `${world.emulator.siteUrl}/SitePages/Tiekartta.aspx` },
    batch: { sleep: async () => undefined }
  });

  it('previews, sends the pre-read now as the signed-in member, and posts it to the channel', async () => {
    world.addMeeting('2025-05-20');
    world.addAction('DT25-01', 'claire.cole@porvoo.fi');
    const graph = createGraphClient({ graphUrl: world.emulator.graphUrl, emulatorIdentity: chair });
    const now = new Date(at('2025-05-17', '10:00'));
    const preview = await previewReminders(graph, config(), now);
    expect(preview.messages.map((m) => m.to.address)).toEqual(['claire.cole@porvoo.fi', chair, 'bjorn.berg@porvoo.fi']);
    expect(world.mail()).toEqual([]);

    const sent = await sendRemindersNow(graph, config(), now, (r) => r.kind === 'steering-preread');
    expect(sent.failed).toEqual([]);
    expect(sent.sent.map((r) => r.recipient)).toEqual([chair, 'bjorn.berg@porvoo.fi']);
    expect(world.mail().every((m) => m.from === chair)).toBe(true);
    // The timer later sends only what is left: the owner's request, not the pre-reads again.
    const later = await sendRemindersNow(createGraphClient({ graphUrl: world.emulator.graphUrl }), { ...config(), sender: 'digitiekartta@porvoo.fi' }, new Date(at('2025-05-17', '11:00')));
    expect(later.sent.map((r) => r.kind)).toEqual(['owner-request']);

    const preRead = preview.messages.find((m) => m.to.address === chair);
    const id = await postPreReadToChannel(graph, EMULATOR_STEERING_GROUP_ID, '19:general@thread.tacv2', preRead ?? { subject: '', html: '' });
    expect(id).not.toBe('');
    const post = world.emulator.outbox().find((e) => e.type === 'channel');
    expect(post?.html).toContain('<h1>');
    expect(post?.html).not.toContain('<html');
  });

  it('creates the meetings as calendar events with Teams meetings and brings a move and a cancellation back', async () => {
    const ids = ['2025-02-11', '2025-04-08', '2025-06-10'].map((d) => world.addMeeting(d));
    const graph = createGraphClient({ graphUrl: world.emulator.graphUrl, emulatorIdentity: chair });
    const lists = new GraphLists(graph, { siteUrl: world.emulator.siteUrl });
    const meetings = await lists.readItems(STEERING_MEETINGS);
    const created = await createMeetingEvents(graph, EMULATOR_STEERING_GROUP_ID, meetings);
    expect(created.every((c) => c.eventId && c.joinUrl?.startsWith('https://teams.microsoft.com/'))).toBe(true);
    await lists.updateItems(STEERING_MEETINGS, meetings.map((m, i) => ({ id: m.id, etag: m.etag, changes: { calendarEventId: created[i].eventId } })));

    // In Outlook: the April meeting moves a week later, the June one is cancelled.
    await graph.api(`/groups/${EMULATOR_STEERING_GROUP_ID}/events/${created[1].eventId}`).patch({ start: { dateTime: '2025-04-15T13:00:00', timeZone: 'Europe/Helsinki' }, end: { dateTime: '2025-04-15T15:00:00', timeZone: 'Europe/Helsinki' } });
    await graph.api(`/groups/${EMULATOR_STEERING_GROUP_ID}/events/${created[2].eventId}/cancel`).post({ comment: 'Peruttu' });
    const window = { from: at('2025-01-01', '00:00'), to: at('2026-01-01', '00:00') };
    expect((await readCalendarEvents(graph, EMULATOR_STEERING_GROUP_ID, window)).map((e) => e.id)).toEqual([created[0].eventId, created[1].eventId]);

    const sync = await syncMeetingsFromCalendar(graph, lists, EMULATOR_STEERING_GROUP_ID, window);
    expect(sync.updates.map((u) => [u.id, u.reasons.join()])).toEqual([[ids[1], 'moved'], [ids[2], 'deleted']]);
    expect(sync.results.every((r) => r.ok)).toBe(true);
    const after = await lists.readItems(STEERING_MEETINGS);
    expect(after.map((m) => [m.startsAt, m.state])).toEqual([[at('2025-02-11'), 'scheduled'], [at('2025-04-15', '13:00'), 'scheduled'], [at('2025-06-10'), 'cancelled']]);
    // Nothing left to do the second time.
    expect((await syncMeetingsFromCalendar(graph, lists, EMULATOR_STEERING_GROUP_ID, window)).updates).toEqual([]);
  });
});
