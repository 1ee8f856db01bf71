import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/cli/main';
import { SAMPLE_NOW } from '../../../server/sample';

jest.setTimeout(120_000);

describe('tiekartta demo', () => {
  it('serves the workbench page, its bundle and the proxied site, then stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tiekartta-demo-'));
    const out: string[] = [];
    let checked: Record<string, unknown> = {};
    try {
      // The command runs until waitForStop resolves: do the checks in between.
      const { demoCommand } = await import('../../../server/cli/commands/demo');
      const command = demoCommand({
        waitForStop: async () => {
          const { url } = JSON.parse(out[0]) as { url: string };
          const page = await fetch(`${url}/?user=owner&action=DT25-01&report=1`);
          const js = await fetch(`${url}/workbench.js`);
          const sitePage = await fetch(`${url}/sites/digiohjelma/SitePages/Tiekartta.aspx?action=DT25-01`);
          const items = await fetch(`${url}/sites/digiohjelma/_api/web/getList('/sites/digiohjelma/Lists/RoadmapActions')/items?$top=1&$select=Id`, {
            headers: { Accept: 'application/json;odata=nometadata', Authorization: 'Bearer emu:emilia.virtanen@porvoo.fi' }
          });
          const html = await page.text();
          // The page's clock runs from the sample's moment: the demo shows the story the sample tells.
          const config = JSON.parse(/<script[^>]*id="wb-config"[^>]*>([^<]*)<\/script>/.exec(html)?.[1] ?? '{}') as { clockOffsetMs?: number };
          const pageNow = Date.now() + (config.clockOffsetMs ?? 0);
          checked = {
            page: page.status,
            html: html.includes('<div id="root">'),
            sampleClock: Math.abs(pageNow - Date.parse(SAMPLE_NOW)) < 60_000,
            js: js.status,
            jsType: js.headers.get('content-type'),
            sitePage: sitePage.status,
            items: items.status,
            itemCount: ((await items.json()) as { value: unknown[] }).value.length
          };
        }
      });
      const code = await command.run({ port: '0', data: dataDir, json: true }, [], {
        lang: 'en', json: true, out: (l) => out.push(l), err: () => undefined, env: {}, now: () => new Date()
      });
      expect(code).toBe(0);
      expect(checked).toEqual({ page: 200, html: true, sampleClock: true, js: 200, jsType: 'text/javascript; charset=utf-8', sitePage: 200, items: 200, itemCount: 1 });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('explains a bad port in one line', async () => {
    const err: string[] = [];
    const code = await main(['demo', '--port', 'abc'], { err: (l) => err.push(l), out: () => undefined, env: { LANG: 'en_GB.UTF-8' } });
    expect(code).toBe(1);
    expect(err).toEqual(['tiekartta demo: --port must be a number 0–65535, not "abc"']);
  });
});
