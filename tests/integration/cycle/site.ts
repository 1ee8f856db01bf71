import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../../../server/emulator';
import { GROUPS, type GroupKey } from '../../../src/core/schema';
import { claimsLogin } from '../../../src/data/people';
import { provision } from '../../../src/data/provision';
import { createSp } from '../../../src/data/sp';

/** A fresh provisioned emulator site on a random port, with people put in the product's groups. */
export interface CycleSite {
  readonly emulator: Emulator;
  /** The site administrator (no identity header). */
  readonly admin: SPFI;
  /** The site as a user (`Authorization: Bearer emu:<email>`). */
  as(email: string): SPFI;
  stop(): Promise<void>;
}

export async function startCycleSite(members: Partial<Record<GroupKey, readonly string[]>>): Promise<CycleSite> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dt-cycle-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'empty' });
  const retry = { interval: 5 };
  const admin = createSp({ siteUrl: emulator.siteUrl, retry });
  await provision(admin);
  for (const group of GROUPS) {
    for (const email of members[group.key] ?? []) await admin.web.siteGroups.getByName(group.name).users.add(claimsLogin(email));
  }
  return {
    emulator,
    admin,
    as: (email) => createSp({ siteUrl: emulator.siteUrl, headers: { Authorization: `Bearer emu:${email}` }, retry }),
    async stop() {
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  };
}
