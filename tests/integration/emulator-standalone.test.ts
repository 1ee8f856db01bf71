import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDemoSite, type DemoSite } from '../../server/workbench/stack';
import { helsinkiInstant, shiftDay } from '../../src/core/time/helsinki';
import { cli } from './reminders/world';

/**
 * `tiekartta emulator --seed sample` as a user starts it, in a process of its own: it does not answer
 * before the sample is in, and it carries the Graph part, so that a season of reminders runs against it
 * exactly as against the demo's emulator.
 */

jest.setTimeout(240_000);

const ROOT = join(__dirname, '..', '..');
const SITE = '/sites/digiohjelma';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Standalone {
  readonly child: ChildProcess;
  readonly port: number;
  /** Resolves with the `--json` line once the emulator says it is ready. */
  readonly announced: Promise<{ siteUrl: string; graphUrl: string }>;
}

function startStandalone(port: number): Standalone {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'tiekartta.mjs'), 'emulator', '--seed', 'sample', '--port', String(port), '--json'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe']
  });
  const announced = new Promise<{ siteUrl: string; graphUrl: string }>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { siteUrl: string; graphUrl: string });
    });
    child.once('exit', (code) => reject(new Error(`tiekartta emulator exited with ${code}`)));
  });
  return { child, port, announced };
}

const day = (d: string) => helsinkiInstant(d, '09:00').toISOString();

describe('tiekartta emulator --seed sample, standalone', () => {
  let standalone: Standalone;
  let demo: DemoSite | undefined;
  const seen: string[] = [];

  beforeAll(async () => {
    standalone = startStandalone(await freePort());
  });
  afterAll(async () => {
    standalone.child.kill('SIGTERM');
    await demo?.stop();
  });

  it('answers nothing but 503 with Retry-After until the sample is in, then serves every list at once', async () => {
    const base = `http://127.0.0.1:${standalone.port}`;
    // A client that polls the web and reads a list right after its first 200 (issue: "File Not Found").
    for (;;) {
      const r = await fetch(`${base}${SITE}/_api/web`, { headers: { Accept: 'application/json;odata=nometadata' } }).catch(() => undefined);
      if (!r) {
        seen.push('refused');
      } else {
        seen.push(`${r.status}${r.headers.get('retry-after') ? ` retry-after ${r.headers.get('retry-after')}` : ''}`);
        if (r.status === 200) break;
        expect(r.status).toBe(503);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const items = await fetch(`${base}${SITE}/_api/web/getList('${SITE}/Lists/RoadmapActions')/items?$top=1&$select=Id`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(items.status).toBe(200);
    expect(((await items.json()) as { value: unknown[] }).value).toHaveLength(1);
    expect(seen).toContain('503 retry-after 1');
    const { siteUrl, graphUrl } = await standalone.announced;
    expect(siteUrl).toBe(`${base}${SITE}`);
    expect(graphUrl).toBe(`${base}/graph`);
  });

  it('runs a season of reminders exactly as the demo does, with the Graph part (directory, outbox)', async () => {
    demo = await startDemoSite({ seed: 'sample' });
    const targets = [await standalone.announced, { siteUrl: demo.emulator.siteUrl, graphUrl: demo.emulator.graphUrl }];
    const summaries: string[][] = [[], []];
    // From the request for the report of 7.11.2025 until the day after the meeting of 12.12.2025.
    for (let d = '2025-10-23'; d <= '2025-12-13'; d = shiftDay(d, 1)) {
      for (const [i, t] of targets.entries()) {
        const { code, out, err } = await cli(['reminders', '--site', t.siteUrl, '--graph', t.graphUrl, '--now', day(d), '--json']);
        expect({ d, code, err }).toEqual({ d, code: 0, err: [] });
        summaries[i].push(`${d} ${out[0]}`);
      }
    }
    expect(summaries[0]).toEqual(summaries[1]);
    const outbox = async (t: { siteUrl: string; graphUrl: string }) => {
      const origin = new URL(t.siteUrl).origin;
      const { value } = (await (await fetch(`${t.graphUrl}/_emulator/outbox`)).json()) as { value: { type: string; from: string; to: string[]; subject: string; key?: string; language?: string; text?: string }[] };
      return value.map((m) => ({ type: m.type, from: m.from, to: m.to, subject: m.subject, key: m.key, language: m.language, text: m.text?.split(origin).join('<site>') }));
    };
    const [mine, theirs] = [await outbox(targets[0]), await outbox(targets[1])];
    expect(mine).toEqual(theirs);
    // Requests, pre-reads and last calls for both meetings, in Finnish and Swedish.
    expect(new Set(mine.map((m) => m.key?.split(':')[0]))).toEqual(new Set(['owner-request', 'steering-preread', 'last-call']));
    expect(new Set(mine.map((m) => m.language))).toEqual(new Set(['fi', 'sv']));
  });
});
