import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../../server/cli/command';
import { main } from '../../server/cli/main';
import { SAMPLE_PEOPLE } from '../../server/sample';
import { summariseYear } from '../../src/core/followup';
import { renderMeetingDeck } from '../../src/report/deck';
import { startTestSite, type TestSite } from './data/emulator';
import { chartNumbers, openDeck } from '../fixtures/pptx';
import { MEETING_2024_11_08, sampleAtMeeting } from '../fixtures/sampleInput';

/**
 * `tiekartta report` and `tiekartta publish` against the emulator seeded with the sample as of the
 * 8.11.2024 meeting: real PnPjs over HTTP, and the same figures as the in-memory summary.
 */
let site: TestSite;
let out: string;

function ctx(json = true): { ctx: CommandContext; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, ctx: { lang: 'en', json, out: (l) => lines.push(l), err: (l) => errors.push(l), env: {}, now: () => MEETING_2024_11_08 } };
}

beforeAll(async () => {
  site = await startTestSite();
  out = await mkdtemp(join(tmpdir(), 'followup-cli-'));
  const provision = ctx();
  expect(await main(['provision', '--site', site.emulator.siteUrl, '--json'], provision.ctx)).toBe(0);
  const seed = ctx();
  expect(await main(['seed', '--site', site.emulator.siteUrl, '--json'], seed.ctx)).toBe(0);
}, 180_000);

afterAll(async () => {
  await site?.stop();
  if (out) await rm(out, { recursive: true, force: true });
});

const expected = (): ReturnType<typeof summariseYear> => summariseYear(sampleAtMeeting().input, 2024, MEETING_2024_11_08);

describe('tiekartta report', () => {
  it('writes the deck from the site with the in-memory summary’s figures', async () => {
    const run = ctx();
    const file = join(out, 'deck.pptx');
    expect(await main(['report', '--site', site.emulator.siteUrl, '--out', file, '--year', '2024', '--lang', 'fi', '--meeting', '2024-11-08', '--json'], run.ctx)).toBe(0);
    const result = JSON.parse(run.lines[0]) as { slides: number; year: number; lang: string; bytes: number };
    expect(result).toMatchObject({ year: 2024, lang: 'fi' });

    const reference = await renderMeetingDeck(expected(), { lang: 'fi', meetingDay: '2024-11-08' });
    expect(result.slides).toBe(reference.slides);
    const deck = await openDeck(new Uint8Array(await readFile(file)));
    const ref = await openDeck(reference.bytes);
    expect(deck.slides.map((s) => s.text)).toEqual(ref.slides.map((s) => s.text));
    // Chart part names depend on pptxgenjs's counter; compare slide by slide.
    const numbersBySlide = (d: typeof deck): number[][][] => d.slides.map((sl) => sl.charts.map((c) => chartNumbers(d.charts.get(c) ?? '')));
    expect(numbersBySlide(deck)).toEqual(numbersBySlide(ref));
    expect([...deck.charts.values()].some((xml) => JSON.stringify(chartNumbers(xml)) === '[1,9,16]')).toBe(true);
  }, 120_000);

  it('refuses a wrong language or year in one line', async () => {
    const lang = ctx(false);
    expect(await main(['report', '--site', site.emulator.siteUrl, '--out', join(out, 'x.pptx'), '--lang', 'de'], lang.ctx)).toBe(1);
    expect(lang.errors).toEqual(['tiekartta report: --lang must be fi, sv or en, not "de"']);
    const english = ctx(false);
    expect(await main(['report', '--site', site.emulator.siteUrl, '--out', join(out, 'x.pptx'), '--lang', 'en'], english.ctx)).toBe(1);
    expect(english.errors).toEqual(['tiekartta report: the deck is in Finnish or Swedish: --lang must be fi or sv, not "en"']);
    const year = ctx(false);
    expect(await main(['report', '--site', site.emulator.siteUrl, '--out', join(out, 'x.pptx'), '--year', '24'], year.ctx)).toBe(1);
    expect(year.errors[0]).toMatch(/--year must be a year/);
  });
});

describe('tiekartta publish', () => {
  it('writes CSV, JSON and the fi/sv pages with no person in them', async () => {
    const run = ctx();
    const dir = join(out, 'public');
    expect(await main(['publish', '--site', site.emulator.siteUrl, '--out', dir, '--year', '2024', '--json'], run.ctx)).toBe(0);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['actions.csv', 'actions.json', 'index.fi.html', 'index.html', 'index.sv.html', 'metrics.csv', 'metrics.json']);
    const { data } = sampleAtMeeting();
    const actions = JSON.parse(await readFile(join(dir, 'actions.json'), 'utf8')) as { actions: { code: string }[] };
    expect(actions.actions.map((a) => a.code).sort()).toEqual(data.actions.map((a) => a.code ?? '').sort());
    const page = (await readFile(join(dir, 'index.fi.html'), 'utf8')).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(page).toContain('<th scope="row">Tarve: Strategia</th><td class="num">16</td>');
    expect(page).toContain('<td class="num">33 850 €</td>');

    const needles = SAMPLE_PEOPLE.flatMap((p) => [p.displayName, `${p.lastName} ${p.firstName}`, p.email]).map((n) => n.toLowerCase());
    for (const f of files) {
      const text = (await readFile(join(dir, f), 'utf8')).toLowerCase();
      expect(`${f}: ${needles.filter((n) => text.includes(n)).join(', ')}`).toBe(`${f}: `);
      expect(`${f}: ${/@porvoo\.fi|@[a-z0-9-]+\.[a-z]{2,}/.test(text)}`).toBe(`${f}: false`);
    }
  }, 120_000);
});
