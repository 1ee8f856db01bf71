import type { ExtraRoute, SeedFunction } from '../emulator';
import { createGraphRoute } from '../emulator/graph/shared';
import { createSp } from '../../src/data/sp';
import { provision } from '../../src/data/provision';
import { seedSite } from '../seed';
import { buildSampleData, SAMPLE_PEOPLE } from './index';

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

/**
 * The Graph part for an emulator holding the sample: the directory knows each sample person's language;
 * mail goes to the outbox, events to the steering group's calendar. The demo and `tiekartta emulator`
 * mount the same one, so reminders run the same against both.
 */
export function sampleGraphRoute(): ExtraRoute {
  return createGraphRoute({ directory: { languages: new Map(SAMPLE_PEOPLE.map((p) => [p.email, p.language])) } });
}
