import { request } from 'node:http';
import { startEmulator, type Emulator } from '../../server/emulator';
import { pnp } from './emulator-support';

/**
 * The local stack against a hostile web page (Issue "Rules that SharePoint enforces" §5): a page open in
 * the same browser while `npm run demo` runs sends requests with its own Origin, or rebinds its DNS name
 * to 127.0.0.1. Only the workbench's page is answered.
 */

const WORKBENCH = 'http://localhost:4321';
const FOREIGN = 'https://evil.example';

describe('who may call the emulator from a browser', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startEmulator({ allowedOrigins: [WORKBENCH] });
    await pnp(emu.siteUrl).web.lists.add('Pidettävä', '', 100, false);
  });
  afterEach(() => emu.stop());

  it('answers the workbench’s page with CORS (preflight not counted), under its loopback aliases too', async () => {
    emu.resetCounters();
    const pre = await fetch(`${emu.siteUrl}/_api/web`, { method: 'OPTIONS', headers: { Origin: WORKBENCH, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'if-match,x-http-method,authorization' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(WORKBENCH);
    expect(pre.headers.get('access-control-allow-headers')).toBe('if-match,x-http-method,authorization');
    const r = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Origin: WORKBENCH } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe(WORKBENCH);
    expect(r.headers.get('access-control-expose-headers')).toContain('ETag');
    const alias = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Origin: 'http://127.0.0.1:4321' } });
    expect(alias.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    expect(emu.counters().total).toBe(2);
  });

  it('answers pages it serves itself (same origin), whose writes a browser still sends with an Origin', async () => {
    const r = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Origin: emu.baseUrl } });
    expect(r.status).toBe(200);
    const other = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Origin: `http://127.0.0.1:${Number(new URL(emu.baseUrl).port) + 1}` } });
    expect(other.status).toBe(403);
  });

  it('refuses another web page: no CORS, no reading, no writing, no reset of the site', async () => {
    const pre = await fetch(`${emu.siteUrl}/_api/web/lists`, { method: 'OPTIONS', headers: { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();

    const read = await fetch(`${emu.siteUrl}/_api/web/lists`, { headers: { Origin: FOREIGN } });
    expect(read.status).toBe(403);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    // A "simple" cross-site POST needs no preflight: it must be refused before it is applied.
    const write = await fetch(`${emu.siteUrl}/_api/web/lists`, { method: 'POST', headers: { Origin: FOREIGN, 'Content-Type': 'text/plain' }, body: JSON.stringify({ Title: 'Vieras' }) });
    expect(write.status).toBe(403);

    for (const [method, path] of [['POST', '/_emulator/reset'], ['POST', '/_emulator/faults'], ['GET', '/_emulator/counters'], ['POST', '/_emulator/counters/reset']] as const) {
      const control = await fetch(`${emu.baseUrl}${path}`, { method, headers: { Origin: FOREIGN, 'Content-Type': 'text/plain' }, body: method === 'POST' ? '{"throttleRate":1}' : undefined });
      expect({ path, status: control.status }).toEqual({ path, status: 403 });
    }
    // Nothing happened: the list is still there, nothing was added, no faults were switched on.
    const titles = (await pnp(emu.siteUrl).web.lists.select('Title')<{ Title: string }[]>()).map((l) => l.Title);
    expect(titles).toContain('Pidettävä');
    expect(titles).not.toContain('Vieras');
    expect(await (await fetch(`${emu.baseUrl}/_emulator/faults`)).json()).toMatchObject({ throttleRate: 0 });
  });

  it('refuses a page that rebinds its own host name to 127.0.0.1 (Host is not a loopback name)', async () => {
    const { port } = new URL(emu.baseUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/_emulator/reset', headers: { Host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect((await pnp(emu.siteUrl).web.lists.select('Title')<{ Title: string }[]>()).map((l) => l.Title)).toContain('Pidettävä');
  });

  it('still lets the CLI, tests and curl (no Origin) use the control routes', async () => {
    expect((await fetch(`${emu.baseUrl}/_emulator/reset`, { method: 'POST' })).status).toBe(200);
    expect((await pnp(emu.siteUrl).web.lists.select('Title')<{ Title: string }[]>()).map((l) => l.Title)).not.toContain('Pidettävä');
  });
});
