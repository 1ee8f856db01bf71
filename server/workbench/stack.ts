import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator';
import { createSp } from '../../src/data/sp';
import { provision } from '../../src/data/provision';
import { buildLargeActionSet, buildSampleData } from '../sample';
import { hasActions, seedSite } from '../seed';
import { createRepositories } from '../../src/data/repository';

/**
 * The emulator with the programme site provisioned and seeded, the way a real site is: through the
 * data layer over HTTP (provision, then the sample), as the site admin. A data folder that already
 * holds a seeded site is reused as it is (nothing is lost between demo runs).
 */
export type StackSeed = 'sample' | 'empty' | { readonly largeActions: number };

export interface DemoSiteOptions {
  readonly port?: number;
  /** Persist here; without it a temporary folder is used and removed on stop. */
  readonly dataDir?: string;
  readonly seed?: StackSeed;
  /** The instant the sample is built for (default: the sample's own "now"). */
  readonly now?: Date;
  readonly progress?: (line: string) => void;
}

export interface DemoSite {
  readonly emulator: Emulator;
  stop(): Promise<void>;
}

export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const temp = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'tiekartta-emu-'));
  const emulator = await startEmulator({ port: options.port ?? 0, dataDir: options.dataDir ?? temp, seed: 'empty' });
  const progress = options.progress ?? (() => undefined);
  try {
    const sp = createSp({ siteUrl: emulator.siteUrl });
    await provision(sp);
    const seed = options.seed ?? 'sample';
    if (seed !== 'empty' && !(await hasActions(sp))) {
      if (seed === 'sample') {
        progress('Seeding the sample roadmap…');
        const data = buildSampleData(options.now ? { now: options.now } : {});
        await seedSite(sp, data);
      } else {
        progress(`Seeding ${seed.largeActions} generated actions…`);
        const result = await createRepositories(sp).actions.addMany(buildLargeActionSet(seed.largeActions));
        if (result.failed.length) throw new Error(`${result.failed.length} generated actions failed: ${result.failed[0].error.message}`);
      }
    }
  } catch (error) {
    await emulator.stop();
    if (temp) rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return {
    emulator,
    stop: async () => {
      await emulator.stop();
      if (temp) rmSync(temp, { recursive: true, force: true });
    }
  };
}
