import { startEmulator, type Emulator } from '../../server/emulator';
import { provision } from '../../src/data/provision';
import { createSp } from '../../src/data/sp';
import { refusalReason } from '../support/tenant';
import { probeTestSite } from './site/tenant';

/** Tenant mode's look at a site before it runs, tried on the emulator standing in for a production site. */

describe('the tenant runner’s probe of the test site', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.stop());

  const getJson = async (url: string): Promise<unknown> => (await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } })).json();

  it('lets a site without the programme pass, and refuses it once the programme is provisioned there', async () => {
    expect(refusalReason(await probeTestSite(emu.siteUrl, getJson))).toBeUndefined();
    await provision(createSp({ siteUrl: emu.siteUrl }));
    expect(refusalReason(await probeTestSite(emu.siteUrl, getJson))).toContain(`refusing to run: ${emu.siteUrl} holds the provisioned programme (Lists/RoadmapActions`);
  }, 60_000);
});
