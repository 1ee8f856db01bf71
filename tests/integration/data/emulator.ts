import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../../../server/emulator';
import { provision } from '../../../src/data/provision';
import { createSp } from '../../../src/data/sp';
import { sharedForTests } from '../../support/sharedForTests';

/** A fresh, empty emulator on a random port with its own data folder, for one test file. */
export interface TestSite {
  readonly emulator: Emulator;
  /** The site as the site administrator (no identity header, like the CLI against localhost). */
  readonly sp: SPFI;
  /** The site as one of the emulator's users (`Authorization: Bearer emu:<email>`). */
  as(email: string): SPFI;
  stop(): Promise<void>;
}

export async function startTestSite(): Promise<TestSite> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dt-data-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'empty' });
  // Short back-off: the emulator's Retry-After is what the tests set; nothing else should wait long.
  const retry = { interval: 5 };
  return {
    emulator,
    sp: createSp({ siteUrl: emulator.siteUrl, retry }),
    as: (email) => createSp({ siteUrl: emulator.siteUrl, headers: { Authorization: `Bearer emu:${email}` }, retry }),
    async stop() {
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * One site for the tests of a file (or of a `describe` block): started in `beforeAll`, provisioned
 * unless `provisioned: false`, stopped in `afterAll`.
 */
export function sharedTestSite(options: { readonly provisioned?: boolean } = {}): Omit<TestSite, 'stop'> {
  const start = async (): Promise<TestSite> => {
    const site = await startTestSite();
    if (options.provisioned !== false) await provision(site.sp);
    return site;
  };
  return sharedForTests(start, (site) => site.stop(), 60_000);
}
