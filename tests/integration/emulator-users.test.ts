import '@pnp/sp/site-users/web';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../server/emulator';
import { pnp } from './emulator-support';

/** Site users through the real PnPjs: a site admin renames a person, as SharePoint's user information allows. */
describe('the emulator’s site users', () => {
  let emulator: Emulator;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emu-users-'));
    emulator = await startEmulator({ port: 0, dataDir: dir, seed: 'empty' });
  });

  afterAll(async () => {
    await emulator?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('changes only what a MERGE carries: a new display name keeps the e-mail and the login', async () => {
    const sp = pnp(emulator.siteUrl);
    const ensured = await sp.web.ensureUser('i:0#.f|membership|mikael.sjoberg@porvoo.fi');
    await sp.web.siteUsers.getById(ensured.Id).update({ Title: '<img src=x onerror=alert(1)> Mikael' });
    const user = await sp.web.siteUsers.getById(ensured.Id)();
    expect(user).toMatchObject({ Title: '<img src=x onerror=alert(1)> Mikael', Email: 'mikael.sjoberg@porvoo.fi', LoginName: 'i:0#.f|membership|mikael.sjoberg@porvoo.fi' });
    // The person still signs in as himself.
    const me = await pnp(emulator.siteUrl, { user: 'mikael.sjoberg@porvoo.fi' }).web.currentUser();
    expect(me.Id).toBe(ensured.Id);
  });
});
