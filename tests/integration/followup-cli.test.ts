import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../../server/cli/command';
import { main } from '../../server/cli/main';
import { SAMPLE_PEOPLE } from '../../server/sample';
import { summariseYear } from '../../src/core/followup';
import { renderMeetingDeck } from '../../src/report/deck';
import { startTestSite, type TestSite } from './data/emulator';
import { chartNumbers, openDeck } from '../fixtures/pptx';
import { dataPackageProblems, readAtom } from '../support/openData';
import { createRepositories } from '../../src/data';
import { createSp } from '../../src/data/sp';
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
  const LIBRARY = 'Shared Documents/julkaisu';

  async function readAll(dir: string): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const f of (await readdir(dir)).sort()) files[f] = await readFile(join(dir, f), 'utf8');
    return files;
  }

  async function publish(dir: string, settingsFile: string): Promise<{ newEntries: number; files: string[]; bytes: number; library: { folder: string; uploaded: string[]; unchanged: number; recycled: string[] } }> {
    const run = ctx();
    const code = await main(['publish', '--site', site.emulator.siteUrl, '--out', dir, '--year', '2024', '--settings', settingsFile, '--target', `library:${LIBRARY}`, '--json'], run.ctx);
    expect(`${code} ${run.errors.join(' ')}`).toBe('0 ');
    return JSON.parse(run.lines[0]) as never;
  }

  it('publishes the site to a folder and a document library; again without changes; then one changed light adds one entry', async () => {
    const dir = join(out, 'public');
    const settingsFile = join(out, 'publication.json');
    await writeFile(settingsFile, JSON.stringify({
      baseUrl: 'https://www.porvoo.fi/digitiekartta/',
      feedback: { email: 'digiohjelma@porvoo.fi', name: { fi: 'Digiohjelman toimisto', sv: 'Digiprogrammets kansli', en: 'Digital programme office' } },
      statement: { preparedOn: '2025-11-01' }
    }));
    const first = await publish(dir, settingsFile);
    expect(first.newEntries).toBe(0);
    const files = await readAll(dir);
    const names = Object.keys(files);
    for (const f of ['index.html', 'index.fi.html', 'index.sv.html', 'index.en.html', 'metrics.fi.html', 'accessibility.sv.html', 'feed.en.xml', 'actions.csv', 'actions.json', 'metrics.csv', 'metrics.json', 'history.csv', 'datapackage.json', 'publication-state.json']) expect(names).toContain(f);
    const { data } = sampleAtMeeting();
    const actions = JSON.parse(files['actions.json']) as { actions: { code: string; status: string; trafficLight: string | null; progressPercent: number | null }[] };
    expect(actions.actions.map((a) => a.code).sort()).toEqual(data.actions.map((a) => a.code ?? '').sort());
    expect(names.filter((n) => /^action-.*\.sv\.html$/.test(n))).toHaveLength(data.actions.length);
    const page = files['index.fi.html'].replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(page).toContain('<th scope="row">Tarve: Strategia</th><td class="num">16</td>');
    expect(page).toContain('<td class="num">33 850 €</td>');
    expect(dataPackageProblems(files)).toEqual([]);
    for (const lang of ['fi', 'sv', 'en']) expect(readAtom(files[`feed.${lang}.xml`]).entries).toEqual([]);

    // No person, no e-mail address but the statement's own, in any file.
    const needles = SAMPLE_PEOPLE.flatMap((p) => [p.displayName, `${p.lastName} ${p.firstName}`, p.email]).map((n) => n.toLowerCase());
    for (const [f, content] of Object.entries(files)) {
      const text = content.toLowerCase();
      expect(`${f}: ${needles.filter((n) => text.includes(n)).join(', ')}`).toBe(`${f}: `);
      const rest = ['digiohjelma@porvoo.fi', 'saavutettavuus@avi.fi'].reduce((t, a) => t.split(a).join(''), text);
      expect(`${f}: ${/@porvoo\.fi|@[a-z0-9-]+\.[a-z]{2,}/.test(rest)}`).toBe(`${f}: false`);
    }

    // The library folder holds the same files, read back through PnPjs.
    expect(first.library.uploaded.length).toBe(names.length);
    const folder = site.sp.web.getFolderByServerRelativePath(`${first.library.folder}`);
    const inLibrary = ((await folder.files.select('Name')()) as { Name: string }[]).map((f) => f.Name).sort();
    expect(inLibrary).toEqual(names);
    await expect(site.sp.web.getFileByServerRelativePath(`${first.library.folder}/index.sv.html`).getText()).resolves.toBe(files['index.sv.html']);

    // Again, nothing changed: the same bytes, no feed entry, nothing uploaded.
    const second = await publish(dir, settingsFile);
    expect(second.newEntries).toBe(0);
    expect(await readAll(dir)).toEqual(files);
    expect(second.library.uploaded).toEqual([]);

    // One owner's report changes one action's light (same progress): exactly one entry, in every feed.
    const target = actions.actions.find((a) => a.status === 'in-progress' && a.trafficLight === 'green' && a.code.startsWith('DT24'));
    if (!target) throw new Error('the sample has no green action in progress in 2024');
    const [item] = await createRepositories(site.sp).actions.list({ where: [{ key: 'code', op: 'eq', value: target.code }] });
    // Filed by the action's owner in its folder: a report by anyone else is ignored (docs/security.md).
    const owner = item.owner?.email;
    if (!owner) throw new Error(`${target.code} has no owner`);
    const repos = createRepositories(createSp({ siteUrl: site.emulator.siteUrl, headers: { Authorization: `Bearer emu:${owner}` } }));
    await repos.statusUpdates.add({
      title: 'valo', action: item.id, reportedOn: '2024-11-08T06:00:00.000Z', overallLight: 'red', scheduleLight: null, scheduleComment: null, costsLight: null, costsComment: null,
      scopeLight: null, scopeComment: null, risksLight: 'red', risksComment: 'Toimittaja myöhässä', progress: target.progressPercent, done: null, next: null, decisionNeeded: false,
      decisionNote: null, publicSummary: null, isPublic: false
    });
    const third = await publish(dir, settingsFile);
    expect(third.newEntries).toBe(1);
    const after = await readAll(dir);
    for (const lang of ['fi', 'sv', 'en']) {
      const feed = readAtom(after[`feed.${lang}.xml`]);
      expect(feed.entries).toHaveLength(1);
      expect(feed.entries[0]).toMatchObject({ updated: '2024-11-08T06:00:00.000Z', href: `https://www.porvoo.fi/digitiekartta/action-${target.code.toLowerCase()}.${lang}.html` });
    }
    expect(after[`action-${target.code.toLowerCase()}.fi.html`]).toContain('<span class="light light-red">punainen</span>');
    expect(after['history.csv']).not.toContain('Toimittaja');
    expect(third.library.uploaded).toEqual(expect.arrayContaining(['feed.fi.xml', `action-${target.code.toLowerCase()}.en.html`, 'publication-state.json']));
    expect(third.library.uploaded).not.toContain('accessibility.fi.html');
    await expect(site.sp.web.getFileByServerRelativePath(`${first.library.folder}/feed.sv.xml`).getText()).resolves.toBe(after['feed.sv.xml']);
  }, 240_000);

  it('says what is missing when the statement has no feedback channel', async () => {
    const run = ctx(false);
    expect(await main(['publish', '--site', site.emulator.siteUrl, '--out', join(out, 'x'), '--statement-date', '2025-11-01'], run.ctx)).toBe(1);
    expect(run.errors.join(' ')).toMatch(/feedback channel: --feedback-email/);
  });
});
