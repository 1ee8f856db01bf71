import { World, at, cli } from './world';

describe('tiekartta reminders', () => {
  it('explains itself', async () => {
    const { code, out } = await cli(['reminders', '--help']);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('--dry-run');
  });

  it('reports user errors on one line with exit code 1', async () => {
    expect((await cli(['reminders'])).err).toEqual(['tiekartta reminders: the programme site URL is missing (--site or REMINDERS_SITE_URL)']);
    const bad = await cli(['reminders', '--site', 'http://127.0.0.1:9/sites/x', '--now', 'tomorrow']);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual(['tiekartta reminders: --now is not a date-time: tomorrow']);
    expect((await cli(['reminders', '--site', 'http://127.0.0.1:9/sites/x', '--log-store', 'excel'])).err).toEqual(['tiekartta reminders: --log-store must be sharepoint or graph']);
    expect((await cli(['reminders'], { REMINDERS_LOG_STORE: 'files' })).err).toEqual(['tiekartta reminders: REMINDERS_LOG_STORE must be sharepoint or graph (got "files")']);
    const real = await cli(['reminders', '--site', 'https://porvoo.sharepoint.com/sites/Digiohjelma2024']);
    expect(real.err).toEqual(['tiekartta reminders: the sender mailbox is missing (--sender or REMINDERS_SENDER)']);
    const down = await cli(['reminders', '--site', 'http://127.0.0.1:9/sites/digiohjelma', '--graph', 'http://127.0.0.1:9/graph', '--json']);
    expect(down.code).toBe(1);
    expect(JSON.parse(down.out[0])).toEqual({ error: expect.stringContaining('unreachable') });
  });

  it('takes its settings from REMINDERS_* variables, prints the dry run and the outbox page', async () => {
    const world = await new World().start();
    try {
      world.addPeople([{ name: 'Claire Cole', email: 'claire.cole@porvoo.fi', lang: 'en' }]);
      world.addMeeting('2025-05-20');
      world.addAction('DT25-01', 'claire.cole@porvoo.fi');
      // The Graph-only emulator: ReminderLog through Graph too.
      const env = { REMINDERS_SITE_URL: world.emulator.siteUrl, REMINDERS_GRAPH_URL: world.emulator.graphUrl, REMINDERS_OWNER_REQUEST_DAYS: '10', REMINDERS_LOG_STORE: 'graph' };
      const early = await cli(['reminders', '--now', at('2025-05-06'), '--dry-run'], env);
      expect(early.out[0]).toMatch(/^Would send at .*: 0$/);
      const { code, out } = await cli(['reminders', '--now', at('2025-05-10'), '--dry-run'], env);
      expect(code).toBe(0);
      expect(out.join('\n')).toContain('owner-request    2025-05-20T06:00:00.000Z  claire.cole@porvoo.fi');
      await cli(['reminders', '--now', at('2025-05-10')], env);
      const page = await (await fetch(`${world.emulator.graphUrl}/_emulator/outbox?format=html`)).text();
      expect(page).toContain('<h1>Outbox (1)</h1>');
      expect(page).toContain('Status report for the steering group meeting on 20 May 2025');
    } finally {
      await world.stop();
    }
  });
});
