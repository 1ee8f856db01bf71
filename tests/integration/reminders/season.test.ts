import { helsinkiDay, shiftDay } from '../../../src/core/time/helsinki';
import { World, at, cli } from './world';

/**
 * A whole season: six steering meetings in 2025 (two on daylight-saving weekends), the `tiekartta
 * reminders` command run every morning at 09:00 with `--now`, owners filing reports at different
 * moments. Every reminder goes out exactly once, on its day, to the right people.
 */

const MEETINGS = ['2025-02-11', '2025-03-31', '2025-06-10', '2025-08-26', '2025-10-27', '2025-12-16'];
const STEERING = ['anna.aalto@porvoo.fi', 'bjorn.berg@porvoo.fi', 'eeva.esko@porvoo.fi'];

interface Event {
  readonly at: string;
  readonly run?: () => void;
}

describe('a season of six steering meetings, run day by day with --now', () => {
  let world: World;
  beforeAll(async () => {
    world = await new World().start();
    world.addPeople([
      { name: 'Anna Aalto', email: STEERING[0], lang: 'fi', steering: true },
      { name: 'Björn Berg', email: STEERING[1], lang: 'sv', steering: true },
      { name: 'Eeva Esko', email: STEERING[2], lang: 'en', steering: true },
      { name: 'Olli Omistaja', email: 'o1@porvoo.fi' },
      { name: 'Olga Owner', email: 'o2@porvoo.fi', lang: 'en' },
      { name: 'Otto Ägare', email: 'o3@porvoo.fi', lang: 'sv' },
      { name: 'Oona Omistaja', email: 'o4@porvoo.fi' },
      { name: 'Oskar Valmis', email: 'o5@porvoo.fi' },
      { name: 'Outi Ajoissa', email: 'o6@porvoo.fi' }
    ]);
  });
  afterAll(() => world.stop());

  it('sends every reminder once, on its day, and only to those who should get it', async () => {
    const meetingIds = MEETINGS.map((d) => world.addMeeting(d));
    const a1 = world.addAction('DT25-01', 'o1@porvoo.fi');
    world.addAction('DT25-07', 'o1@porvoo.fi', 'planned');
    const a2 = world.addAction('DT25-02', 'o2@porvoo.fi', 'planned');
    world.addAction('DT25-03', 'o3@porvoo.fi', 'paused');
    const a4 = world.addAction('DT25-04', 'o4@porvoo.fi');
    world.addAction('DT25-05', 'o5@porvoo.fi', 'completed');
    const a6 = world.addAction('DT25-06', 'o6@porvoo.fi');

    // Who reports when, relative to each meeting day d.
    const events: Event[] = [];
    MEETINGS.forEach((d, i) => {
      events.push({ at: at(shiftDay(d, -10), '14:00'), run: () => world.report(a1, at(shiftDay(d, -10), '14:00')) }); // after the request
      events.push({ at: at(shiftDay(d, -20), '10:00'), run: () => world.report(a2, at(shiftDay(d, -20), '10:00')) }); // before it
      events.push({ at: at(shiftDay(d, -1), '12:00'), run: () => world.report(a4, at(shiftDay(d, -1), '12:00'), { overallLight: 'red' }) }); // after the last call
      events.push({ at: at(shiftDay(d, -14), '08:30'), run: () => world.report(a6, at(shiftDay(d, -14), '08:30')) }); // just before the request run
      events.push({ at: at(shiftDay(d, 1), '08:00'), run: () => world.updateMeeting(meetingIds[i], { state: 'held' }) });
    });
    events.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));

    const site = world.emulator.siteUrl;
    const graph = world.emulator.graphUrl;
    let day = '2025-01-15';
    let next = 0;
    const failures: string[] = [];
    while (day <= '2025-12-17') {
      const runAt = at(day, '09:00');
      while (next < events.length && Date.parse(events[next].at) <= Date.parse(runAt)) {
        world.clock = new Date(events[next].at);
        events[next++].run?.();
      }
      world.clock = new Date(runAt);
      const { code, out, err } = await cli(['reminders', '--site', site, '--graph', graph, '--log-store', 'graph', '--now', runAt, '--json']);
      if (code !== 0) failures.push(`${day}: ${err.join(' ')}`);
      const summary = JSON.parse(out[0]) as { due: unknown[]; sent: number; failed: unknown[] };
      if (summary.failed.length) failures.push(`${day}: ${JSON.stringify(summary.failed)}`);
      if (summary.sent !== summary.due.length) failures.push(`${day}: due ${summary.due.length}, sent ${summary.sent}`);
      day = shiftDay(day, 1);
    }
    expect(failures).toEqual([]);

    const mail = world.mail();
    const keys = mail.map((m) => m.key ?? '');
    expect(new Set(keys).size).toBe(keys.length);

    const sentOn = (kind: string) =>
      mail.filter((m) => (m.key ?? '').startsWith(`${kind}:`)).map((m) => `${helsinkiDay(m.at)} ${m.to.join()} ${(m.key ?? '').split(':')[2]}`).sort();
    const expected = (kind: string, offset: number, who: readonly string[]) =>
      MEETINGS.flatMap((d) => who.map((w) => `${shiftDay(d, -offset)} ${w} ${d}`)).sort();
    expect(sentOn('owner-request')).toEqual(expected('owner-request', 14, ['o1@porvoo.fi', 'o3@porvoo.fi', 'o4@porvoo.fi']));
    expect(sentOn('steering-preread')).toEqual(expected('steering-preread', 3, STEERING));
    expect(sentOn('last-call')).toEqual(expected('last-call', 1, ['o1@porvoo.fi', 'o3@porvoo.fi', 'o4@porvoo.fi']));
    expect(mail).toHaveLength(6 * (3 + 3 + 3));

    // Olli filed DT25-01 after the request: his last call is about DT25-07 only.
    const lastCall = mail.find((m) => m.key === 'last-call:2:2025-03-31:o1@porvoo.fi');
    expect(lastCall?.text).toContain('DT25-07');
    expect(lastCall?.text).not.toContain('DT25-01');
    // The pre-read of the March meeting (DST weekend) shows Oona's red light from the previous round.
    const preRead = mail.find((m) => m.key === 'steering-preread:2:2025-03-31:bjorn.berg@porvoo.fi');
    expect(preRead?.subject).toBe('Förhandsmaterial: digiledningsgruppens möte 31.3.2025');
    expect(preRead?.html).toContain('DT25-04');
    expect(world.log().every((e) => e.state === 'sent')).toBe(true);
  }, 120_000);
});
