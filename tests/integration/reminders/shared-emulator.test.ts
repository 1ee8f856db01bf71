import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorStore } from '../../../server/emulator';
import { createGraphRoute } from '../../../server/emulator/graph/shared';
import { addStoredItem, provisionSchemaLists } from '../../../server/emulator/graph/provision';
import { GROUPS, REMINDER_LOG, ROADMAP_ACTIONS, STEERING_MEETINGS, entityToItem } from '../../../src/core/schema';
import { helsinkiInstant } from '../../../src/core/time/helsinki';
import { cli } from './world';

/** The Graph part mounted on the shared SharePoint emulator: one store, one server, persisted outbox. */

const at = (day: string, time = '09:00') => helsinkiInstant(day, time).toISOString();

function seed(store: EmulatorStore): void {
  const lists = provisionSchemaLists(store);
  const steering = store.addGroup({ title: GROUPS.find((g) => g.key === 'steering')?.name ?? 'steering' });
  const anna = store.ensureUser('anna.aalto@porvoo.fi', 'Anna Aalto');
  const bjorn = store.ensureUser('bjorn.berg@porvoo.fi', 'Björn Berg');
  store.addGroupMember(steering, anna);
  store.addGroupMember(steering, bjorn);
  const owner = store.ensureUser('mikael.sjoberg@porvoo.fi', 'Mikael Sjöberg');
  const gone = store.ensureUser('former.owner@porvoo.fi', 'Former Owner');
  const admin = store.siteAdmin.id;
  const meetings = lists.get('meetings');
  const actions = lists.get('actions');
  if (!meetings || !actions) throw new Error('not provisioned');
  store.addItem(meetings, entityToItem(STEERING_MEETINGS, { title: 'Digijohtoryhmä 11/2025', startsAt: at('2025-11-07'), state: 'scheduled' }), admin);
  const action = (code: string, ownerId: number, email: string) =>
    addStoredItem(store, lists, ROADMAP_ACTIONS, { code, title: `Toimenpide ${code}`, roadmapYear: 2025, goal: 'A', level: 'shared', status: 'in-progress', owner: { email, id: ownerId } }, admin);
  action('DT25-01', owner.id, owner.email);
  action('DT25-02', gone.id, gone.email);
}

describe('the Graph part on the shared emulator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-shared-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const route = () => createGraphRoute({ directory: { languages: new Map([['mikael.sjoberg@porvoo.fi', 'sv'], ['bjorn.berg@porvoo.fi', 'sv']]), deleted: ['former.owner@porvoo.fi'] } });

  it('runs tiekartta reminders through the same store, and the outbox and log survive a restart', async () => {
    let emulator = await startEmulator({ dataDir: dir, seed, extraRoutes: [route()] });
    try {
      const { code, out, err } = await cli(['reminders', '--site', emulator.siteUrl, '--graph', emulator.graphUrl, '--now', at('2025-10-24'), '--json']);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      const summary = JSON.parse(out[0]) as { due: { kind: string; recipient: string; language: string }[]; sent: number; failed: { recipient: string }[] };
      expect(summary.due.map((d) => [d.kind, d.recipient, d.language])).toEqual([
        ['owner-request', 'former.owner@porvoo.fi', 'fi'], ['owner-request', 'mikael.sjoberg@porvoo.fi', 'sv']
      ]);
      expect(summary.sent).toBe(1);
      expect(summary.failed.map((f) => f.recipient)).toEqual(['former.owner@porvoo.fi']);
      expect(emulator.counters().byKind.graph).toBeGreaterThan(5);
    } finally {
      await emulator.stop();
    }

    emulator = await startEmulator({ dataDir: dir, extraRoutes: [route()] });
    try {
      const outbox = (await (await fetch(`${emulator.graphUrl}/_emulator/outbox`)).json()) as { value: { to: string[]; subject: string }[] };
      expect(outbox.value.map((m) => [m.to.join(), m.subject])).toEqual([['mikael.sjoberg@porvoo.fi', 'Lägesrapport till digiledningsgruppens möte 7.11.2025']]);
      const log = [...emulator.store.items(emulator.store.listByUrl(REMINDER_LOG.url) ?? (() => { throw new Error('no log'); })())];
      expect(log.map((i) => i.values.DtReminderState)).toEqual(['Epäonnistui', 'Lähetetty']);
      // Pre-read day: both steering members, in their languages.
      const { out } = await cli(['reminders', '--site', emulator.siteUrl, '--graph', emulator.graphUrl, '--now', at('2025-11-04'), '--json']);
      const summary = JSON.parse(out[0]) as { due: { kind: string; recipient: string; language: string }[]; sent: number };
      expect(summary.due.filter((d) => d.kind === 'steering-preread').map((d) => [d.recipient, d.language])).toEqual([['anna.aalto@porvoo.fi', 'fi'], ['bjorn.berg@porvoo.fi', 'sv']]);
    } finally {
      await emulator.stop();
    }
  }, 30_000);
});
