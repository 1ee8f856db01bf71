import { buildPublication } from '../../server/publish';
import { toCsv } from '../../server/publish/csv';
import { createRedactor } from '../../server/publish/redact';
import { action, smallRoadmap } from '../fixtures/followup';

const MEETING = '2024-11-08T10:00:00+02:00';

describe('the open publication (small roadmap)', () => {
  const input = smallRoadmap();
  // Free text people typed can name someone: the publication removes them.
  const leaky = { ...input, actions: [...input.actions, action({
    id: 90, code: 'DT24-90', roadmapYear: 2024, status: 'completed', owner: { email: 'maija.meikalainen@porvoo.fi', displayName: 'Maija Meikäläinen' },
    impacts: 'Lisätiedot: Maija Meikäläinen (maija.meikalainen@porvoo.fi, 040 123 4567). Säästö noin 15 000 €/vuosi.'
  })] };
  const { files, actions, metricValues } = buildPublication(leaky, 2024, MEETING);

  it('writes CSV and JSON of the actions and metric values and a page in Finnish and Swedish', () => {
    expect(Object.keys(files).sort()).toEqual(['actions.csv', 'actions.json', 'index.fi.html', 'index.html', 'index.sv.html', 'metrics.csv', 'metrics.json']);
    expect(actions).toBe(13);
    expect(metricValues).toBe(6);
    const json = JSON.parse(files['actions.json']) as { updated: string; actions: { code: string; progressPercent: number | null; trafficLight: string | null }[] };
    expect(json.updated).toBe('2024-11-08');
    expect(json.actions.find((a) => a.code === 'DT24-03')).toMatchObject({ progressPercent: 60, trafficLight: 'yellow' });
    const csv = files['actions.csv'].split('\r\n');
    expect(csv[0]).toBe('\ufeffcode,title,year,goal,level,level_fi,level_sv,statutory,status,status_fi,status_sv,traffic_light,traffic_light_fi,traffic_light_sv,progress_percent,start,end,one_time_cost_eur,annual_cost_eur,actual_cost_eur,funding,funding_fi,funding_sv,impacts,effect_indicator');
    expect(csv).toContain('DT24-01,Action DT24-01,2024,A,shared,Kaupungin yhteiset ratkaisut (TORI),Stadens gemensamma lösningar (TORI),false,completed,Valmis,Slutförd,,,,100,,,,3100,,own-budget,oma budjetti,egen budget,Online ticket sales,');
    expect(files['metrics.csv'].split('\r\n')[1]).toBe('A1,A,Mittari A1,Mätare A1,Digital share,Source of A1,%,2023,10,');
  });

  it('names no person and gives no contact details, not even in free text', () => {
    const people = ['Owner Person', 'owner.person@porvoo.fi', 'author.person@porvoo.fi', 'reporter.person@porvoo.fi', 'Maija Meikäläinen', 'maija.meikalainen@porvoo.fi', '040 123 4567'];
    for (const [name, content] of Object.entries(files)) {
      for (const p of people) expect(`${name}: ${content.toLowerCase().includes(p.toLowerCase())}`).toBe(`${name}: false`);
    }
    expect(files['actions.json']).toContain('Lisätiedot: […] ([…], […]). Säästö noin 15 000 €/vuosi.');
  });

  it('makes accessible static pages: language, headings, captions, scoped headers, no script', () => {
    for (const [name, lang] of [['index.fi.html', 'fi'], ['index.sv.html', 'sv']] as const) {
      const html = files[name];
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html).not.toMatch(/<script/i);
      const tables = html.match(/<table>/g)?.length ?? 0;
      expect(html.match(/<caption /g)).toHaveLength(tables);
      expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
    }
    expect(files['index.fi.html']).toContain('<a href="index.sv.html" hreflang="sv" lang="sv">På svenska</a>');
    expect(files['index.sv.html']).toContain('<h1>Hur digiprogrammet och den digitala vägkartan framskrider</h1>');
  });

  it('shows the year’s figures from the summary', () => {
    const fi = files['index.fi.html'];
    expect(fi).toContain('<tr><th scope="row">Toimenpiteitä</th><td class="num">7</td></tr>');
    expect(fi).toContain('<tr><th scope="row">Tarve: Strategia</th><td class="num">2</td></tr>');
  });
});

describe('CSV', () => {
  it('quotes separators and keeps formulas from running', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', '=SUM(A1)'], [1.5, null]])).toBe('\ufeffa,b\r\n"x, ""y""",\'=SUM(A1)\r\n1.5,\r\n');
  });
});

describe('redaction', () => {
  it('keeps sums and years, removes names in either order and addresses', () => {
    const redact = createRedactor({ ...smallRoadmap(), actions: [action({ code: 'X', roadmapYear: 2024, owner: { email: 'a.b@porvoo.fi', displayName: 'Anna Björk' } })] });
    expect(redact('Björk Anna ja Anna Björk, a.b@porvoo.fi; 12 400 € vuonna 2024; Annaliisa')).toBe('[…] ja […], […]; 12 400 € vuonna 2024; Annaliisa');
  });
});
