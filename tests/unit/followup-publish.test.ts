import { buildPublication, FILES, parseState, publicationSettings, type Publication } from '../../server/publish';
import { toCsv } from '../../server/publish/csv';
import { createRedactor } from '../../server/publish/redact';
import { LANGUAGES } from '../../src/core/i18n/catalog';
import type { FollowupInput } from '../../src/core/followup';
import { action, report, smallRoadmap } from '../fixtures/followup';
import { hostileRoadmap, PAYLOADS, TEST_SETTINGS, withoutPublishedAddresses } from '../fixtures/publication';
import { dataPackageProblems, readAtom } from '../support/openData';

const MEETING = '2024-11-08T10:00:00+02:00';

type Editable = { -readonly [K in keyof FollowupInput]: FollowupInput[K] extends readonly (infer T)[] | undefined ? T[] : FollowupInput[K] };

/** The small roadmap with item times, as SharePoint's Modified gives them. */
function roadmap(): Editable {
  const input = smallRoadmap();
  return {
    ...input,
    statusUpdates: [...input.statusUpdates],
    metrics: [...input.metrics],
    actions: input.actions.map((a) => ({ ...a, modified: '2024-10-20T09:00:00.000Z' })),
    metricValues: input.metricValues.map((v) => ({ ...v, modified: `${v.year}-12-31T10:00:00.000Z` }))
  };
}

const htmlFiles = (p: Publication): string[] => Object.keys(p.files).filter((f) => f.endsWith('.html')).sort();

describe('the open publication (small roadmap)', () => {
  const input = roadmap();
  // Free text people typed can name someone: the publication removes them.
  const leaky: FollowupInput = { ...input, actions: [...input.actions, action({
    id: 90, code: 'DT24-90', roadmapYear: 2024, status: 'completed', owner: { email: 'maija.meikalainen@porvoo.fi', displayName: 'Maija Meikäläinen' },
    impacts: 'Lisätiedot: Maija Meikäläinen (maija.meikalainen@porvoo.fi, 040 123 4567). Säästö noin 15 000 €/vuosi.'
  })], statusUpdates: [...input.statusUpdates, report({ action: 90, reportedOn: '2024-10-01T08:00:00.000Z', overallLight: 'green', isPublic: true, publicSummary: 'Kysy: Maija Meikäläinen tai Meikäläinen Maija.' })] };
  const publication = buildPublication(leaky, 2024, MEETING, TEST_SETTINGS);
  const { files } = publication;

  it('writes the site in three languages, a page per action, feeds, open data and its state', () => {
    const names = Object.keys(files);
    for (const lang of LANGUAGES) {
      for (const f of [FILES.index(lang), FILES.metrics(lang), FILES.statement(lang), FILES.feed(lang), `action-dt24-03.${lang}.html`]) expect(names).toContain(f);
    }
    for (const f of ['index.html', 'actions.csv', 'actions.json', 'metrics.csv', 'metrics.json', 'history.csv', 'datapackage.json', 'publication-state.json']) expect(names).toContain(f);
    expect(names.filter((n) => /^action-.*\.fi\.html$/.test(n))).toHaveLength(publication.actions);
    expect(publication.actions).toBe(13);
    expect(publication.metricValues).toBe(6);
    const json = JSON.parse(files['actions.json']) as { updated: string; actions: { code: string; progressPercent: number | null; trafficLight: string | null; history: unknown[] }[] };
    // The data's own time of its latest change, never the clock.
    expect(json.updated).toBe('2025-12-31T10:00:00.000Z');
    expect(json.actions.find((a) => a.code === 'DT24-03')).toMatchObject({ progressPercent: 60, trafficLight: 'yellow' });
    const csv = files['actions.csv'].split('\r\n');
    expect(csv[0]).toBe('\ufeffcode,title,year,goal,level,level_fi,level_sv,statutory,status,status_fi,status_sv,traffic_light,traffic_light_fi,traffic_light_sv,progress_percent,start,end,one_time_cost_eur,annual_cost_eur,actual_cost_eur,funding,funding_fi,funding_sv,impacts,effect_indicator');
    expect(csv).toContain('DT24-01,Action DT24-01,2024,A,shared,Kaupungin yhteiset ratkaisut (TORI),Stadens gemensamma lösningar (TORI),false,completed,Valmis,Slutförd,,,,100,,,,3100,,own-budget,oma budjetti,egen budget,Online ticket sales,');
    expect(files['metrics.csv'].split('\r\n')[1]).toBe('A1,A,Mittari A1,Mätare A1,Digital share,Source of A1,%,2023,10,');
    expect(files['history.csv'].split('\r\n')).toContain('DT24-03,2024-10-01,yellow,60,');
  });

  it('names no person and gives no contact details but the statement’s own, not even in free text', () => {
    const people = ['Owner Person', 'owner.person@porvoo.fi', 'author.person@porvoo.fi', 'reporter.person@porvoo.fi', 'Maija Meikäläinen', 'Meikäläinen Maija', 'maija.meikalainen@porvoo.fi', '040 123 4567'];
    for (const [name, content] of Object.entries(files)) {
      for (const p of people) expect(`${name}: ${content.toLowerCase().includes(p.toLowerCase())}`).toBe(`${name}: false`);
      expect(`${name}: ${/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i.exec(withoutPublishedAddresses(content))?.[0] ?? ''}`).toBe(`${name}: `);
    }
    expect(files['actions.json']).toContain('Lisätiedot: […] ([…], […]). Säästö noin 15 000 €/vuosi.');
  });

  it('makes accessible static pages: language, one h1, captions, scoped headers, no script, links to the other languages and the statement', () => {
    for (const name of htmlFiles(publication)) {
      const html = files[name];
      const lang = /\.(fi|sv|en)\.html$/.exec(name)?.[1] ?? 'fi';
      expect(`${name}: ${/<html lang="(\w+)">/.exec(html)?.[1]}`).toBe(`${name}: ${lang}`);
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html).not.toMatch(/<script/i);
      expect(html.match(/<caption /g)?.length ?? 0).toBe(html.match(/<table>/g)?.length ?? 0);
      expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!creativecommons\.org|www\.saavutettavuusvaatimukset\.fi)/);
      expect(html).toContain(`href="accessibility.${lang}.html"`);
      if (name !== 'index.html') {
        for (const other of LANGUAGES.filter((l) => l !== lang)) expect(html).toMatch(new RegExp(`<a href="[^"]+\\.${other}\\.html" hreflang="${other}" lang="${other}">`, 'i'));
      }
    }
    expect(files['index.sv.html']).toContain('<h1>Hur digiprogrammet och den digitala vägkartan framskrider</h1>');
  });

  it('shows the year’s figures from the summary and each action’s period, costs and the impact of completed ones', () => {
    const fi = files['index.fi.html'];
    expect(fi).toContain('<tr><th scope="row">Toimenpiteitä</th><td class="num">7</td></tr>');
    expect(fi).toContain('<tr><th scope="row">Tarve: Strategia</th><td class="num">2</td></tr>');
    expect(fi).toMatch(/<a href="action-dt24-01\.fi\.html"><bdi>DT24-01<\/bdi><\/a><\/th><td><bdi>Action DT24-01<\/bdi><\/td><td>A<\/td><td>TORI<\/td><td>Valmis<\/td>.*<td><bdi>Online ticket sales<\/bdi><\/td><\/tr>/);
    const page = files['action-dt24-03.en.html'];
    expect(page).toContain('<caption id="c-history">Status reports: <bdi>DT24-03</bdi></caption>');
    expect(page).toContain('<tr><th scope="row">1 Sept 2024</th><td><span class="light light-green">green</span></td><td class="num">30 %</td><td></td></tr>');
    // The report after the as-of instant is not published.
    expect(page).not.toContain('1 Dec 2024');
  });

  it('publishes a report’s summary only when marked public, and never its other texts', () => {
    const page = files['action-dt24-90.fi.html'];
    expect(page).toContain('<td><bdi>Kysy: […] tai […].</bdi></td>');
    const hidden = buildPublication({ ...leaky, statusUpdates: leaky.statusUpdates.map((u) => ({ ...u, isPublic: false, done: 'Sisäinen teksti', next: 'Sisäinen' })) }, 2024, MEETING, TEST_SETTINGS);
    for (const content of Object.values(hidden.files)) expect(content).not.toMatch(/Kysy|Sisäinen/);
  });

  it('carries the statement that Act 306/2019 requires, from the settings, in each language', () => {
    const fi = files['accessibility.fi.html'];
    expect(fi).toContain('<h1>Saavutettavuusseloste</h1>');
    expect(fi).toContain('WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset osittain');
    expect(fi).toContain('Seloste on laadittu 1.11.2025.');
    expect(fi).toContain('<a href="mailto:digiohjelma@porvoo.fi">digiohjelma@porvoo.fi</a>');
    expect(fi).toContain('Digiohjelman toimisto');
    expect(fi).toContain('Etelä-Suomen aluehallintovirasto');
    expect(fi).toContain('<a href="https://www.saavutettavuusvaatimukset.fi">');
    expect(fi).toContain('saavutettavuus@avi.fi');
    expect(files['accessibility.sv.html']).toContain('<h1>Tillgänglighetsutlåtande</h1>');
    expect(files['accessibility.en.html']).toContain('This statement was prepared on 1 Nov 2025.');
    const other = buildPublication(leaky, 2024, MEETING, publicationSettings({ feedback: { url: 'https://www.porvoo.fi/palaute' }, statement: { preparedOn: '2026-01-15', compliance: 'full' },
      supervisor: { name: 'Liikenne- ja viestintävirasto Traficom', email: 'saavutettavuus@traficom.fi' } }));
    expect(other.files['accessibility.fi.html']).toContain('<a href="https://www.porvoo.fi/palaute">');
    expect(other.files['accessibility.fi.html']).toContain('Sivusto täyttää WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset.');
    expect(other.files['accessibility.fi.html']).toContain('Liikenne- ja viestintävirasto Traficom');
  });

  it('describes the open data as a valid Frictionless data package with the licence', () => {
    expect(dataPackageProblems(files)).toEqual([]);
    const descriptor = JSON.parse(files['datapackage.json']) as { licenses: { name: string }[]; resources: { path: string; dialect: object; schema: { fields: { name: string; unit?: string }[] } }[] };
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    expect(descriptor.resources.map((r) => r.path)).toEqual(['actions.csv', 'metrics.csv', 'history.csv']);
    expect(descriptor.resources[0].dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
    expect(descriptor.resources[0].schema.fields.find((f) => f.name === 'annual_cost_eur')?.unit).toBe('EUR/year');
    // A broken package is caught: a missing file, an undeclared column, a value of the wrong type.
    expect(dataPackageProblems({ ...files, 'history.csv': undefined as unknown as string })).toEqual(['resource status-history: history.csv does not exist']);
    expect(dataPackageProblems({ ...files, 'metrics.csv': files['metrics.csv'].replace('A1,A,Mittari A1,Mätare A1,Digital share,Source of A1,%,2023,10,', 'A1,A,Mittari A1,Mätare A1,Digital share,Source of A1,%,2023,ten,') }))
      .toEqual(['resource metric-values row 2 value="ten": not a number']);
  });
});

describe('the change feed', () => {
  const first = buildPublication(roadmap(), 2024, MEETING, TEST_SETTINGS);

  it('is valid Atom in each language; the first publication is the baseline with no entries', () => {
    for (const lang of LANGUAGES) {
      const feed = readAtom(first.files[FILES.feed(lang)]);
      expect(feed).toMatchObject({ lang, entries: [] });
      expect(feed.updated).toBe('2025-12-31T10:00:00.000Z');
    }
  });

  it('publishing again without changes gives identical files and no new entries', () => {
    const again = buildPublication(roadmap(), 2024, MEETING, TEST_SETTINGS, parseState(first.files[FILES.state]));
    expect(again.newEntries).toBe(0);
    expect(again.files).toEqual(first.files);
    expect(again.removed).toEqual([]);
  });

  it('one changed light adds exactly one entry, with a stable id, the report’s time and a link to the action’s page', () => {
    const changed = roadmap();
    // A report that changes only the light (progress as before).
    changed.statusUpdates.push(report({ id: 110, action: 3, reportedOn: '2024-11-05T10:00:00.000Z', overallLight: 'red', progress: 60 }));
    const second = buildPublication(changed, 2024, MEETING, TEST_SETTINGS, parseState(first.files[FILES.state]));
    expect(second.newEntries).toBe(1);
    const fi = readAtom(second.files[FILES.feed('fi')]);
    expect(fi.entries).toEqual([{ id: 'tag:porvoo.fi,2024:digitiekartta/action/DT24-03/light/2024-11-05T10%3A00%3A00.000Z/fi', title: '\u2068DT24-03\u2069 \u2068Action DT24-03\u2069: liikennevalo keltainen → punainen', updated: '2024-11-05T10:00:00.000Z', href: 'action-dt24-03.fi.html' }]);
    expect(readAtom(second.files[FILES.feed('sv')]).entries[0].title).toContain('trafikljus gul → röd');
    // The third publication of the same data keeps the entry and adds none.
    const third = buildPublication(changed, 2024, MEETING, TEST_SETTINGS, parseState(second.files[FILES.state]));
    expect(third.newEntries).toBe(0);
    expect(third.files).toEqual(second.files);
  });

  it('has entries for a new action, completion, progress, status and a new metric value; removes pages it no longer has', () => {
    const changed = roadmap();
    changed.actions.push(action({ id: 60, code: 'DT24-60', roadmapYear: 2024, modified: '2024-11-01T08:00:00.000Z' }));
    changed.actions[3] = { ...changed.actions[3], status: 'in-progress', modified: '2024-11-02T08:00:00.000Z' };
    changed.actions[2] = { ...changed.actions[2], status: 'completed', modified: '2024-11-03T08:00:00.000Z' };
    changed.metricValues.push({ id: 700, etag: '"1"', title: null, metric: 5, year: 2025, value: 120, note: null, modified: '2025-01-10T08:00:00.000Z' });
    const removed = { ...changed, actions: changed.actions.filter((a) => a.code !== 'DT24-04') };
    const second = buildPublication(removed, 2024, MEETING, TEST_SETTINGS, parseState(first.files[FILES.state]));
    const titles = readAtom(second.files[FILES.feed('en')]).entries.map((e) => e.title.replace(/[\u2068\u2069]/g, ''));
    expect(titles).toEqual([
      'Metric A2, year 2025: 120',
      'DT24-03 Action DT24-03: completed',
      'DT24-10 Action DT24-10: status Paused → In progress',
      'DT24-60 Action DT24-60: new action'
    ]);
    expect(second.removed).toEqual(['action-dt24-04.en.html', 'action-dt24-04.fi.html', 'action-dt24-04.sv.html']);
  });

  it('refuses a state that is not one, rather than starting a new feed silently', () => {
    expect(() => parseState('{"format":1}')).toThrow(/not valid/);
    expect(() => parseState('not json')).toThrow(/not JSON/);
    const state = JSON.parse(first.files[FILES.state]) as { files: Record<string, string> };
    state.files['../../etc/passwd'] = 'a'.repeat(64);
    expect(() => parseState(JSON.stringify(state))).toThrow(/file \.\.\/\.\.\/etc\/passwd/);
  });
});

describe('hostile values from the lists', () => {
  const publication = buildPublication(hostileRoadmap(), 2024, MEETING, TEST_SETTINGS);

  it('stay text in every page: no element, attribute or URL of theirs survives', () => {
    for (const name of htmlFiles(publication)) {
      const html = publication.files[name];
      expect(`${name}: ${html.match(/<(script|svg|iframe|img|i |b |h1>injected)/gi)?.join(' ') ?? ''}`).toBe(`${name}: `);
      // Inside a tag (React escapes < and > in text and attributes, so every < starts one of ours).
      expect(`${name}: ${html.match(/<[a-z][^>]*\son[a-z]+=/gi)?.join(' ') ?? ''}`).toBe(`${name}: `);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html.match(/<style>/g)?.length ?? 0).toBe(name === 'index.html' ? 0 : 1);
      // Every class comes from our own style sheet.
      for (const [, cls] of html.matchAll(/class="([^"]*)"/g)) expect(cls).toMatch(/^(skip|org|site|scroll|num|facts|light light-(green|yellow|red|none))$/);
    }
    const fi = publication.files['index.fi.html'];
    expect(fi).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(fi).toContain('&amp;lt;script&amp;gt;');
  });

  it('maps an unknown light, status or choice to the neutral value and never to a class of its own', () => {
    const page = publication.files['action-dt24-10.fi.html'];
    expect(page).toContain('<dt>Liikennevalo</dt><dd>–</dd>');
    expect(page).toContain('<dt>Rahoitus</dt><dd>ei määritelty</dd>');
    const first = publication.files['action-dt24-01.fi.html'];
    expect(first).toMatch(/<th scope="row">15\.10\.2024<\/th><td>–<\/td>/);
    const json = JSON.parse(publication.files['actions.json']) as { actions: { code: string; status: string | null; goal: string | null; start: string | null }[] };
    expect(json.actions.find((a) => a.code === 'DT24-04')).toMatchObject({ status: null, goal: null });
    expect(json.actions.find((a) => a.code === 'DT24-01')).toMatchObject({ start: null });
    expect(dataPackageProblems(publication.files)).toEqual([]);
  });

  it('names a page by the item id when the code cannot name a file', () => {
    expect(Object.keys(publication.files)).toContain('action-item_77.fi.html');
    expect(Object.keys(publication.files).every((n) => /^[A-Za-z0-9._-]+$/.test(n))).toBe(true);
  });

  it('keeps every feed well-formed, with the payloads as text', () => {
    const hostile = hostileRoadmap();
    const changed = { ...hostile, actions: [...hostile.actions, action({ id: 78, code: 'X\u0001Y', roadmapYear: 2024, title: `${PAYLOADS.join(' ')}\u0000\uFFFF\uD800` })] };
    const next = buildPublication(changed, 2024, MEETING, TEST_SETTINGS, parseState(publication.files[FILES.state]));
    const feed = readAtom(next.files[FILES.feed('fi')]);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0].title).toContain('<script>window.__pwned = 1</script>');
  });
});

describe('settings', () => {
  it('require a feedback channel and the statement’s date, and take only web addresses', () => {
    expect(() => publicationSettings({ statement: { preparedOn: '2025-11-01' } })).toThrow(/feedback channel/);
    expect(() => publicationSettings({ feedback: { email: 'a@porvoo.fi' } })).toThrow(/day it was prepared/);
    expect(() => publicationSettings({ feedback: { url: 'javascript:alert(1)' }, statement: { preparedOn: '2025-11-01' } })).toThrow(/https:\/\/ or http:\/\//);
    expect(() => publicationSettings({ feedback: { email: 'a@porvoo.fi' }, statement: { preparedOn: '2025-02-30' } })).toThrow(/YYYY-MM-DD/);
    expect(publicationSettings({}, { feedbackEmail: 'digi@porvoo.fi', statementDate: '2025-11-01', baseUrl: 'https://www.porvoo.fi/digitiekartta' }))
      .toMatchObject({ feedback: { email: 'digi@porvoo.fi' }, statement: { preparedOn: '2025-11-01', compliance: 'partial' }, baseUrl: 'https://www.porvoo.fi/digitiekartta/', licence: { name: 'CC-BY-4.0' } });
  });

  it('refuse a person’s address as the feedback channel', () => {
    const settings = publicationSettings({ feedback: { email: 'Owner.Person@porvoo.fi' }, statement: { preparedOn: '2025-11-01' } });
    expect(() => buildPublication(roadmap(), 2024, MEETING, settings)).toThrow(/a person's address/);
  });

  it('make the feed’s links absolute with the site’s address', () => {
    const settings = publicationSettings({ feedback: { email: 'digi@porvoo.fi' }, statement: { preparedOn: '2025-11-01' }, baseUrl: 'https://www.porvoo.fi/digitiekartta/' });
    const feed = buildPublication(roadmap(), 2024, MEETING, settings).files[FILES.feed('sv')];
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://www.porvoo.fi/digitiekartta/feed.sv.xml"/>');
  });
});

describe('CSV', () => {
  it('quotes separators and keeps formulas from running, numbers as numbers', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', '=SUM(A1)'], [1.5, null], [-3, true]])).toBe('\ufeffa,b\r\n"x, ""y""",\'=SUM(A1)\r\n1.5,\r\n-3,true\r\n');
  });
});

describe('redaction', () => {
  it('keeps sums and years, removes names in either order and addresses', () => {
    const redact = createRedactor({ ...smallRoadmap(), actions: [action({ code: 'X', roadmapYear: 2024, owner: { email: 'a.b@porvoo.fi', displayName: 'Anna Björk' } })] });
    expect(redact('Björk Anna ja Anna Björk, a.b@porvoo.fi; 12 400 € vuonna 2024; Annaliisa')).toBe('[…] ja […], […]; 12 400 € vuonna 2024; Annaliisa');
  });
});
