import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator';
import { createSp } from '../../src/data/sp';
import { provision } from '../../src/data/provision';
import { buildLargeActionSet, buildSampleData } from '../sample';
import { sampleGraphRoute } from '../sample/seedSite';
import { hasActions, seedSite } from '../seed';

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
  /** Told what is being seeded; the caller words it in its language. */
  readonly progress?: (step: SeedingStep) => void;
}

export type SeedingStep = { readonly kind: 'sample' } | { readonly kind: 'large'; readonly actions: number };

export interface DemoSite {
  readonly emulator: Emulator;
  stop(): Promise<void>;
}

export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const temp = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'tiekartta-emu-'));
  // The Graph part on the same server and store: reminders, the outbox and the group calendar work in the demo.
  const emulator = await startEmulator({ port: options.port ?? 0, dataDir: options.dataDir ?? temp, seed: 'empty', extraRoutes: [sampleGraphRoute()] });
  const progress = options.progress ?? (() => undefined);
  try {
    const sp = createSp({ siteUrl: emulator.siteUrl });
    await provision(sp);
    const seed = options.seed ?? 'sample';
    if (seed !== 'empty' && !(await hasActions(sp))) {
      if (seed === 'sample') {
        progress({ kind: 'sample' });
        const data = buildSampleData(options.now ? { now: options.now } : {});
        // Each owner writes their own reports (only the emulator lets a client act as someone else).
        await seedSite(sp, data, { actAs: (email) => createSp({ siteUrl: emulator.siteUrl, headers: { Authorization: `Bearer emu:${email}` } }) });
      } else {
        progress({ kind: 'large', actions: seed.largeActions });
        // The sample's people and groups (so the demo users exist with their rights), generated actions only.
        const report = await seedSite(
          sp,
          { actions: buildLargeActionSet(seed.largeActions), statusUpdates: [], meetings: [], metrics: [], metricValues: [], members: buildSampleData().members },
          { grantOwners: false }
        );
        if (report.failures.length) throw new Error(`seeding failed: ${report.failures[0]}`);
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
