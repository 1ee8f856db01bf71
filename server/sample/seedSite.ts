import type { SeedFunction } from '../emulator';
import { createSp } from '../../src/data/sp';
import { provision } from '../../src/data/provision';
import { seedSite } from '../seed';
import { buildSampleData } from './index';

/**
 * `tiekartta emulator --seed sample`: a new emulator site is provisioned and filled with the sample
 * roadmap the way a real site would be, through the data layer over HTTP as the site admin.
 */
export const seedEmulatorWithSample: SeedFunction = async (_store, site) => {
  const sp = createSp({ siteUrl: site.siteUrl });
  await provision(sp);
  await seedSite(sp, buildSampleData());
};
