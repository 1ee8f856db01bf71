import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../server/emulator';
import { sampleGraphRoute, seedEmulatorWithSample } from '../server/sample/seedSite';
import type { Figure } from './figure';

/**
 * `tiekartta emulator --seed sample` as a client sees it: how long until the site answers, and whether a
 * client that polls the web from the start and reads a list right after its first 200 ever finds the
 * sample incomplete (it must only ever get "503, try again" before the seed is in).
 */

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function run(): Promise<Figure[]> {
  const port = await freePort();
  const site = `http://127.0.0.1:${port}/sites/digiohjelma`;
  const seen = { unavailable: 0, servedEarly: 0 };
  const polling = (async () => {
    for (;;) {
      const r = await fetch(`${site}/_api/web`).catch(() => undefined);
      if (r?.status === 503) seen.unavailable++;
      if (r?.status === 200) {
        const list = await fetch(`${site}/_api/web/getList('/sites/digiohjelma/Lists/RoadmapActions')/items?$top=1`, { headers: { Accept: 'application/json;odata=nometadata' } });
        const items = list.ok ? ((await list.json()) as { value: unknown[] }).value : [];
        if (items.length === 0) seen.servedEarly++;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const start = performance.now();
  const emulator = await startEmulator({ port, seed: 'sample', sampleSeed: seedEmulatorWithSample, extraRoutes: [sampleGraphRoute()] });
  const readyMs = performance.now() - start;
  await polling;
  await emulator.stop();
  return [
    { figure: 'standalone emulator with the sample: ready after', value: Math.round(readyMs / 100) / 10, unit: 's', target: '< 30 s', met: readyMs < 30_000 },
    {
      figure: 'standalone emulator: a polling client found the sample incomplete', value: seen.servedEarly, unit: 'times', target: '0',
      met: seen.servedEarly === 0 && seen.unavailable > 0, note: `${seen.unavailable} polls answered 503 with Retry-After meanwhile`
    }
  ];
}
