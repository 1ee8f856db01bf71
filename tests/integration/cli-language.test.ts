import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, LANGUAGES, type Lang } from '../../src/core/i18n/catalog';
import { CLI } from '../../src/core/i18n/cli';
import { CLI_HELP } from '../../src/core/i18n/cliHelp';
import { EXCEL } from '../../src/core/i18n/excel';
import { COMMANDS } from '../../server/cli/commands';
import { localeLanguage, runLanguage } from '../../server/cli/lang';
import { main } from '../../server/cli/main';
import { startTestSite, type TestSite } from './data/emulator';

/**
 * One language per CLI run: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else Finnish. Usage errors,
 * `--help`, errors from the site and the import's own messages all speak it; JSON keys stay English.
 */

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, now: () => new Date('2025-10-27T07:00:00Z') });
  return { code, out, err };
}

/** A local port nothing listens on (fetch refuses "bad ports" such as 9 before connecting at all). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const LOCALE: Readonly<Record<Lang, string>> = { fi: 'fi_FI.UTF-8', sv: 'sv_FI.UTF-8', en: 'en_GB.UTF-8' };

describe('the run’s language', () => {
  it('is --lang, else LC_ALL, LC_MESSAGES, LANG in that order, else Finnish', () => {
    expect(runLanguage(['export', '--lang', 'sv'], { LC_ALL: 'en_US.UTF-8' })).toEqual({ lang: 'sv' });
    expect(runLanguage(['export', '--lang=en'], { LANG: 'sv_FI' })).toEqual({ lang: 'en' });
    expect(runLanguage(['export'], { LC_ALL: 'sv_SE.UTF-8', LANG: 'en_GB.UTF-8' })).toEqual({ lang: 'sv' });
    expect(runLanguage(['export'], { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'sv_FI.UTF-8' })).toEqual({ lang: 'en' });
    expect(runLanguage(['export'], { LANG: 'sv' })).toEqual({ lang: 'sv' });
    expect(runLanguage(['export'], {})).toEqual({ lang: 'fi' });
    // A locale of another language is that language, which the CLI does not speak: Finnish.
    expect(runLanguage(['export'], { LC_ALL: 'de_DE.UTF-8', LANG: 'sv_FI.UTF-8' })).toEqual({ lang: 'fi' });
    // C and POSIX name no language: the next variable decides.
    expect(localeLanguage({ LC_ALL: 'C.UTF-8', LANG: 'sv_FI.UTF-8' })).toBe('sv');
    expect(localeLanguage({ LANG: 'POSIX' })).toBeUndefined();
    expect(localeLanguage({ LANG: 'english' })).toBeUndefined();
    expect(runLanguage(['export', '--lang', 'de'], { LANG: 'sv_FI' })).toEqual({ lang: 'sv', invalid: 'de' });
  });

  it.each(LANGUAGES)('%s: LANG and --lang give the same run, and --lang wins over the locale', async (lang) => {
    const byLocale = await cli(['provision'], { LANG: LOCALE[lang] });
    const byOption = await cli(['provision', '--lang', lang], { LANG: LOCALE[lang === 'fi' ? 'sv' : 'fi'] });
    const leading = await cli(['--lang', lang, 'provision'], {});
    const expected = [`tiekartta provision: ${format(CLI[lang].missingOption, { option: 'site' })}`];
    expect([byLocale.err, byOption.err, leading.err]).toEqual([expected, expected, expected]);
  });

  it('is Finnish without --lang and a locale', async () => {
    expect((await cli(['provision'])).err).toEqual(['tiekartta provision: pakollinen valinta --site puuttuu']);
  });

  it('refuses a --lang it does not speak, in the locale’s language', async () => {
    expect((await cli(['export', '--lang', 'de'], { LANG: 'sv_FI.UTF-8' })).err).toEqual(['tiekartta export: --lang är fi, sv eller en, inte "de"']);
  });
});

describe.each(LANGUAGES)('--help in %s', (lang) => {
  const env = { LANG: LOCALE[lang] };

  it('lists every command with its summary in the language', async () => {
    const run = await cli(['--help'], env);
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    for (const command of COMMANDS) expect(text).toContain(`  ${command.name.padEnd(15)} ${CLI_HELP[lang][command.summary]}`);
    expect(text.startsWith(CLI_HELP[lang].global.split('\n')[0])).toBe(true);
  });

  it.each(COMMANDS.map((c) => c.name))('explains %s with every placeholder filled', async (name) => {
    const run = await cli([name, '--help'], env);
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    // Teams fills {teamSiteDomain} itself; nothing else is left for the reader to fill.
    expect(text.replace('{teamSiteDomain}', '')).not.toMatch(/\{\w+\}/);
    expect(text).toContain('--lang fi|sv');
    // Every option the command takes is explained in every language.
    const command = COMMANDS.find((c) => c.name === name);
    for (const option of Object.keys(command?.options ?? {})) expect([name, option, text.includes(`--${option}`)]).toEqual([name, option, true]);
  });
});

describe.each(LANGUAGES)('usage errors and --json in %s', (lang) => {
  const env = { LANG: LOCALE[lang] };
  const t = CLI[lang];

  it.each([
    [['nosuch'], 'tiekartta', format(t.unknownCommand, { name: 'nosuch' })],
    [['provision', '--sitee', 'x'], 'tiekartta provision', format(t.unknownOption, { option: '--sitee', command: 'provision' })],
    [['provision', '--site'], 'tiekartta provision', format(t.optionNeedsValue, { option: '--site' })],
    [['provision', '--json=1', '--site', 'x'], 'tiekartta provision', format(t.optionTakesNoValue, { option: '--json' })],
    [['provision', '--site', 'not a url'], 'tiekartta provision', format(t.siteNotUrl, { value: 'not a url' })],
    [['provision', '--site', 'https://x.sharepoint.com/sites/y', '--auth', 'device-code'], 'tiekartta provision', t.authDeviceCode],
    [['demo', '--port', 'abc'], 'tiekartta demo', format(t.portInvalid, { value: 'abc' })],
    [['emulator', '--faults', 'throttle=7'], 'tiekartta emulator', format(t.faultRate, { piece: 'throttle=7' })],
    [['export', '--site', 'http://127.0.0.1:9/sites/x'], 'tiekartta export', t.outOrFile],
    [['reminders'], 'tiekartta reminders', t.configSiteMissing],
    [['reminders', '--site', 'http://127.0.0.1:9/sites/x', '--now', 'tomorrow'], 'tiekartta reminders', format(t.nowInvalid, { value: 'tomorrow' })],
    [['teams-manifest', '--reminder-app-id', 'x', '--out', join(tmpdir(), 'never.zip')], 'tiekartta teams-manifest', format(t.teamsGuid, { option: '--reminder-app-id', value: 'x' })]
  ])('%j says so in one line', async (argv, prefix, message) => {
    const run = await cli(argv, env);
    expect(run).toEqual({ code: 1, out: [], err: [`${prefix}: ${message}`] });
    const json = await cli([...argv, '--json'], env);
    expect(json.code).toBe(1);
    expect(json.out.map((l) => JSON.parse(l) as unknown)).toEqual([{ error: message }]);
  });

  it('an unreachable site and an unreachable Graph are said in the language', async () => {
    const base = `http://127.0.0.1:${await closedPort()}`;
    expect((await cli(['provision', '--site', `${base}/sites/x`], env)).err).toEqual([`tiekartta provision: ${t.unreachable}`]);
    const graph = await cli(['reminders', '--site', `${base}/sites/digiohjelma`, '--graph', `${base}/graph`, '--json'], env);
    expect(JSON.parse(graph.out[0])).toEqual({ error: expect.stringContaining(format(t.graphUnreachable, { graph: `${base}/graph`, detail: '' }).split(' (')[0]) });
  });
});

describe('a run against a site speaks one language from start to end', () => {
  let site: TestSite;
  let dir: string;
  beforeAll(async () => {
    site = await startTestSite();
    dir = mkdtempSync(join(tmpdir(), 'dt-lang-'));
  }, 60_000);
  afterAll(async () => {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(LANGUAGES)('%s: provision, import and export messages are all in the run’s language', async (lang) => {
    const env = { LANG: LOCALE[lang] };
    const t = CLI[lang];
    const wrongSite = `${site.emulator.baseUrl}/sites/nothing-here`;
    expect((await cli(['provision', '--site', wrongSite], env)).err)
      .toEqual([`tiekartta provision: ${format(t.spSiteMissing, { site: wrongSite, url: `${wrongSite}/_api/web` })}`]);

    const provision = await cli(['provision', '--site', site.emulator.siteUrl], env);
    expect(provision.code).toBe(0);
    expect(provision.out.some((l) => l.includes(`${CLI[lang].outcomeCreated}`) || l.includes(CLI[lang].outcomeUnchanged))).toBe(true);

    const missing = await cli(['import', '--site', site.emulator.siteUrl, '--file', 'Shared Documents/ei-ole.xlsx'], env);
    expect(missing.err).toEqual([`tiekartta import: ${format(EXCEL[lang].libraryNotFound, { path: 'Shared Documents/ei-ole.xlsx' })}`]);

    const out = join(dir, `tiekartta-${lang}.xlsx`);
    const exported = await cli(['export', '--site', site.emulator.siteUrl, '--out', out], env);
    expect(exported.out).toEqual([format(EXCEL[lang].exported, { count: 0, target: out })]);
  }, 60_000);
});

/** Words that would give away an English line in a Finnish or Swedish run. */
const ENGLISH = /(?<!\p{L})(the|is|are|must|not|missing|unknown|failed|found|needs|with|and|or|of|to|answered|option|folder)(?!\p{L})/iu;

/** What is the same in every language: option names, quoted names (JSON keys, library paths, app names), URLs. */
function languageNeutral(line: string): string {
  return line.replace(/--[\w-]+/g, '').replace(/"[^"]*"/g, '').replace(/https?:\/\/\S+/g, '').replace(/[A-Z][A-Z0-9_]{2,}/g, '');
}

describe.each(['fi', 'sv'] as const)('no English in a %s run', (lang) => {
  it('in any --help, usage error or --json message', async () => {
    const env = { LANG: LOCALE[lang] };
    const down = `http://127.0.0.1:${await closedPort()}/sites/x`;
    const lines: string[] = [];
    for (const argv of [
      ['--help'], ...COMMANDS.map((c) => [c.name, '--help']),
      ['nosuch'], ['provision'], ['provision', '--sitee'], ['provision', '--site'], ['export', '--lang', 'de'],
      ['report', '--site', down, '--out', 'x.pdf'], ['reminders', '--json'],
      ['import', '--site', down, '--file', './no-such.xlsx'], ['provision', '--site', down, '--json']
    ]) {
      const run = await cli(argv, env);
      lines.push(...run.out, ...run.err);
    }
    const english = lines.flatMap((l) => l.split('\n')).filter((l) => ENGLISH.test(languageNeutral(l)));
    expect(english).toEqual([]);
  });
});
