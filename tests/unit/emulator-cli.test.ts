import { main } from '../../server/cli/main';
import { emulatorCommand } from '../../server/cli/commands/emulator';

function capture(): { out: string[]; err: string[]; ctx: { out: (l: string) => void; err: (l: string) => void; env: NodeJS.ProcessEnv } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, ctx: { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'en_GB.UTF-8' } } };
}

describe('tiekartta emulator', () => {
  it('explains itself with --help', async () => {
    const c = capture();
    expect(await main(['emulator', '--help'], c.ctx)).toBe(0);
    expect(c.out.join('\n')).toContain('--data DIR');
  });

  it('refuses a bad port or seed with one line and exit 1', async () => {
    const c = capture();
    expect(await main(['emulator', '--port', 'abc'], c.ctx)).toBe(1);
    expect(c.err).toEqual(['tiekartta emulator: --port must be a number 0–65535, not "abc"']);
    const d = capture();
    expect(await main(['emulator', '--seed', 'lots'], d.ctx)).toBe(1);
    expect(d.err[0]).toContain('--seed must be "sample" or "empty"');
    const e = capture();
    expect(await main(['emulator', '--faults', 'throttle=7'], e.ctx)).toBe(1);
    expect(e.err[0]).toContain('between 0 and 1');
  });

  it('prints the site and Graph URLs as JSON and serves until stopped', async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const command = emulatorCommand({ waitForStop: () => stopped });
    const c = capture();
    const running = command.run({ port: '0' }, [], { lang: 'en', json: true, now: () => new Date(), ...c.ctx });
    while (!c.out.length) await new Promise((r) => setTimeout(r, 10));
    const { siteUrl, graphUrl } = JSON.parse(c.out[0]) as { siteUrl: string; graphUrl: string };
    expect(siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/digiohjelma$/);
    expect(graphUrl).toMatch(/\/graph$/);
    const web = (await (await fetch(`${siteUrl}/_api/web`, { headers: { Accept: 'application/json;odata=nometadata' } })).json()) as { Title: string };
    expect(web.Title).toBe('Digiohjelma');
    stop();
    expect(await running).toBe(0);
  });

  it('says clearly that sample data is not wired yet', async () => {
    const c = capture();
    expect(await emulatorCommand({ waitForStop: async () => undefined }).run({ seed: 'sample' }, [], { lang: 'en', json: false, now: () => new Date(), ...c.ctx }).catch((e: Error) => e.message))
      .toContain('Sample data is not available');
  });
});
