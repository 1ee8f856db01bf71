import type { SeedFunction } from '../emulator';
import { createSp } from '../../src/data/sp';
import { provision } from '../../src/data/provision';
import { seedSite } from '../seed';
import { buildSampleData } from './index';

/**
 * `tiekartta emulator --seed sample`: a new emulator site is provisioned and filled with the sample
 * roadmap the way a real site would be, through the data layer over HTTP: the site admin writes the
 * roadmap, and each owner their own status reports.
 */
export const seedEmulatorWithSample: SeedFunction = async (_store, site) => {
  const sp = createSp({ siteUrl: site.siteUrl });
  await provision(sp);
  // Each report is written by its author (the action's owner), as on a real site.
  const actAs = (email: string) => createSp({ siteUrl: site.siteUrl, headers: { Authorization: `Bearer emu:${email}` } });
  await seedSite(sp, buildSampleData(), { actAs });
};
