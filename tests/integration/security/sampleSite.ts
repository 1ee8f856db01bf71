import { startEmulator, type Emulator } from '../../../server/emulator';
import { createGraphRoute } from '../../../server/emulator/graph/shared';
import { DEMO_USERS } from '../../../server/sample';
import { seedEmulatorWithSample } from '../../../server/sample/seedSite';
import { createRepositories } from '../../../src/data/repository';
import { createSp } from '../../../src/data/sp';
import type { RoadmapAction } from '../../../src/core/schema';

/**
 * The sample site (`tiekartta emulator --seed sample`) and raw HTTP as any of its people, the way someone
 * with an ordinary account would try things: `Authorization: Bearer emu:<email>`, no product code between.
 */
export const OWNER = DEMO_USERS.owner;
export const STEERING = DEMO_USERS.steering;
export const READER = DEMO_USERS.reader;

export interface SampleSite {
  readonly emulator: Emulator;
  readonly siteUrl: string;
  /** One REST call as `user` (undefined = the site admin); JSON Light without metadata. */
  call(user: string | undefined, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** `POST …/AddValidateUpdateItemUsingPath` as the list's new form does it. */
  formAdd(user: string | undefined, listUrl: string, folder: string, values: Record<string, string>): Promise<Response>;
  actions(): Promise<RoadmapAction[]>;
  stop(): Promise<void>;
}

export const listPath = (listUrl: string): string => `web/GetList('${encodeURIComponent(`/sites/digiohjelma/${listUrl}`).replace(/'/g, "''")}')`;

export async function startSampleSite(): Promise<SampleSite> {
  // With the Graph part, so the reminder job (`tiekartta reminders`) runs against the same site.
  const emulator = await startEmulator({ port: 0, seed: 'sample', sampleSeed: seedEmulatorWithSample, extraRoutes: [createGraphRoute()] });
  const call = (user: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${emulator.siteUrl}/_api/${path}`, {
      method,
      headers: {
        Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json',
        ...(user ? { Authorization: `Bearer emu:${user}` } : {}), ...headers
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  return {
    emulator,
    siteUrl: emulator.siteUrl,
    call,
    formAdd: (user, listUrl, folder, values) => call(user, 'POST', `${listPath(listUrl)}/AddValidateUpdateItemUsingPath()`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: folder ? `/sites/digiohjelma/${listUrl}/${folder}` : '' }, UnderlyingObjectType: 0 },
      formValues: Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
      bNewDocumentUpdate: false,
      datesInUTC: true
    }),
    actions: () => createRepositories(createSp({ siteUrl: emulator.siteUrl })).actions.list(),
    stop: () => emulator.stop()
  };
}
