import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmulator } from '../../server/emulator';
import { ACTIONS_URL, pnp, provisionActions } from './emulator-support';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

interface Child {
  readonly proc: ChildProcess;
  readonly siteUrl: string;
}

/** Starts `tiekartta emulator --data DIR --json` as its own process and waits for its URL. */
function spawnEmulator(dataDir: string, env: Record<string, string> = {}): Promise<Child> {
  const proc = spawn(process.execPath, [join(ROOT, 'bin', 'tiekartta.mjs'), 'emulator', '--port', '0', '--data', dataDir, '--json'], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe']
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      const { siteUrl } = JSON.parse(line) as { siteUrl: string };
      resolve({ proc, siteUrl });
    });
  });
}

function kill9(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.proc.removeAllListeners('exit');
    child.proc.once('exit', () => resolve());
    child.proc.kill('SIGKILL');
  });
}

async function titlesIn(siteUrl: string): Promise<string[]> {
  const titles: string[] = [];
  for await (const page of pnp(siteUrl).web.getList(ACTIONS_URL).items.select('Title').top(5000)) titles.push(...(page as { Title: string }[]).map((i) => i.Title));
  return titles;
}

describe('the emulator persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tiekartta-emu-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps everything acknowledged across kill -9 and a restart', async () => {
    const first = await spawnEmulator(dir);
    try {
      const sp = pnp(first.siteUrl);
      await provisionActions(sp);
      const list = sp.web.getList(ACTIONS_URL);
      for (let i = 1; i <= 40; i++) await list.items.add({ Title: `P${i}`, DtCode: `P${i}`, DtStatus: 'Käynnissä' });
      await list.items.getById(3).update({ DtProgress: 30 }, '"1"');
      await sp.web.ensureUser('pysyva@porvoo.fi');
    } finally {
      await kill9(first);
    }
    const second = await spawnEmulator(dir);
    try {
      const sp = pnp(second.siteUrl);
      expect((await titlesIn(second.siteUrl)).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `P${i + 1}`).sort());
      const item3 = await sp.web.getList(ACTIONS_URL).items.getById(3)();
      expect(item3).toMatchObject({ DtProgress: 30, 'odata.etag': '"2"', OData__UIVersionString: '2.0' });
      const field = await sp.web.getList(ACTIONS_URL).fields.getByInternalNameOrTitle('DtCode')();
      expect(field).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
      expect((await sp.web.siteUsers.getByEmail('pysyva@porvoo.fi')()).Email).toBe('pysyva@porvoo.fi');
      // Ids continue after the restart; uniqueness still holds.
      expect((await sp.web.getList(ACTIONS_URL).items.add({ Title: 'P41', DtCode: 'P41', DtStatus: 'Valmis' })).Id).toBe(41);
      await expect(sp.web.getList(ACTIONS_URL).items.add({ Title: 'dup', DtCode: 'P1', DtStatus: 'Valmis' })).rejects.toMatchObject({ status: 400 });
    } finally {
      await kill9(second);
    }
  });

  it('loads after being killed in the middle of a burst of writes (and of compactions) and loses nothing acknowledged', async () => {
    const env = { TIEKARTTA_EMULATOR_COMPACT_BYTES: '20000' };
    const first = await spawnEmulator(dir, env);
    const acknowledged: string[] = [];
    try {
      const sp = pnp(first.siteUrl);
      await provisionActions(sp);
      const list = sp.web.getList(ACTIONS_URL);
      const writers: Promise<void>[] = [];
      let killed = false;
      for (let w = 0; w < 8; w++) {
        writers.push((async () => {
          for (let i = 0; i < 200 && !killed; i++) {
            const title = `W${w}-${i}`;
            try {
              await list.items.add({ Title: title, DtCode: title, DtStatus: 'Suunniteltu', DtDescription: 'x'.repeat(200) });
              acknowledged.push(title);
            } catch {
              return;
            }
          }
        })());
      }
      while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      await kill9(first);
      await Promise.all(writers);
    } finally {
      if (first.proc.exitCode === null && first.proc.signalCode === null) await kill9(first);
    }
    const second = await spawnEmulator(dir, env);
    try {
      const titles = new Set(await titlesIn(second.siteUrl));
      for (const t of acknowledged) expect(titles.has(t)).toBe(true);
      expect(titles.size).toBeGreaterThanOrEqual(acknowledged.length);
      expect(readdirSync(dir).filter((f) => f.startsWith('journal-')).length).toBe(1);
    } finally {
      await kill9(second);
    }
  });

  it('ignores a torn journal tail and a half-written snapshot left by a crash', async () => {
    const emu = await startEmulator({ dataDir: dir });
    const sp = pnp(emu.siteUrl);
    await provisionActions(sp);
    await sp.web.getList(ACTIONS_URL).items.add({ Title: 'kept', DtStatus: 'Valmis' });
    await emu.stop();
    const journal = readdirSync(dir).find((f) => f.startsWith('journal-'))!;
    appendFileSync(join(dir, journal), '1a2b3c {"t":"item","listId":"x","it');
    writeFileSync(join(dir, 'snapshot.999.tmp'), '{"generation":7,"snap');
    const again = await startEmulator({ dataDir: dir });
    try {
      expect(await titlesIn(again.siteUrl)).toEqual(['kept']);
      await pnp(again.siteUrl).web.getList(ACTIONS_URL).items.add({ Title: 'after', DtStatus: 'Valmis' });
    } finally {
      await again.stop();
    }
    const third = await startEmulator({ dataDir: dir });
    try {
      expect(await titlesIn(third.siteUrl)).toEqual(['kept', 'after']);
    } finally {
      await third.stop();
    }
  });

  it('runs the seed only on a new data folder, and lets it write over HTTP', async () => {
    let runs = 0;
    const seed = async (store: import('../../server/emulator').EmulatorStore, site: { siteUrl: string }): Promise<void> => {
      runs++;
      store.createList({ title: 'Seeded' });
      await pnp(site.siteUrl).web.lists.add('Seeded over HTTP');
    };
    const a = await startEmulator({ dataDir: dir, seed });
    await a.stop();
    const b = await startEmulator({ dataDir: dir, seed });
    try {
      expect(runs).toBe(1);
      expect(b.store.listByTitle('Seeded')).toBeDefined();
      expect(b.store.listByUrl('Lists/SeededoverHTTP')).toBeDefined();
    } finally {
      await b.stop();
    }
  });
});
