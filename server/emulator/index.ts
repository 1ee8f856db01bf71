import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counters, type CounterSnapshot } from './counters';
import { FaultInjector, type FaultOptions } from './faults';
import { AccessPolicy, isLoopbackAddress } from './http/access';
import { createEmulatorServer, type ExtraRoute } from './http/server';
import { Persistence } from './persistence';
import { EmulatorStore } from './store/store';

export { EmulatorStore, SITE_PATH, SITE_ADMIN_EMAIL, LIST_VIEW_THRESHOLD, checkEtag, emailFromLogin } from './store/store';
export type { ItemScope, NewList, ListPatch, FieldPatch, ViewPatch, IfMatch } from './store/store';
export type * from './store/types';
export { SpError } from './store/errors';
export { PermissionKind, ROLE_CONTRIBUTE, ROLE_EDIT, ROLE_FULL_CONTROL, ROLE_READ, has as hasPermission } from './store/permissions';
export { odataName, listItemEntityType, spDateTime } from './store/values';
export type { ExtraRoute, EmulatorRequest, EmulatorResponse } from './http/server';
export { actorOf } from './http/api';
export type { FaultOptions } from './faults';
export { parseFaultSpec } from './faults';
export type { CounterSnapshot } from './counters';

/**
 * Fills a fresh site (sample data, test fixtures). Runs only when the data folder is new, after the
 * server listens, so it may write either through the store or over HTTP (PnPjs against `siteUrl`, as the
 * site admin); `startEmulator` resolves when it is done.
 */
export type SeedFunction = (store: EmulatorStore, site: { readonly siteUrl: string; readonly baseUrl: string }) => Promise<void> | void;

export interface EmulatorOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Folder for durable state; without it the emulator is in memory only. */
  readonly dataDir?: string;
  /**
   * What a new site starts with: `'empty'` (default), `'sample'` (the function given as `sampleSeed`, or
   * registered with `registerSampleSeed`), or any seed function.
   */
  readonly seed?: 'sample' | 'empty' | SeedFunction;
  /** The sample-data seeder used by `seed: 'sample'`. */
  readonly sampleSeed?: SeedFunction;
  readonly faults?: FaultOptions;
  /** Handlers mounted on the same server (e.g. the Graph API under `/graph`). */
  readonly extraRoutes?: readonly ExtraRoute[];
  /** Journal size that triggers compaction into a new snapshot (bytes). */
  readonly compactBytes?: number;
  /** Clock for Created/Modified (tests). */
  readonly clock?: () => Date;
  /**
   * Browser origins that may call the emulator (the workbench's page; loopback aliases included). Any
   * other origin is refused with 403, control routes included. Default: none.
   */
  readonly allowedOrigins?: readonly string[];
  /** Host names answered besides loopback names while listening on loopback (DNS-rebinding guard). */
  readonly allowedHosts?: readonly string[];
}

export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** `${baseUrl}/sites/digiohjelma` */
  readonly siteUrl: string;
  /** `${baseUrl}/graph` (Graph v1.0 lives under it). */
  readonly graphUrl: string;
  readonly store: EmulatorStore;
  counters(): CounterSnapshot;
  resetCounters(): void;
  setFaults(faults: FaultOptions): void;
  /** Mounts another handler (takes precedence over SharePoint routes for its prefix). */
  addRoute(route: ExtraRoute): void;
  /** Lets a browser page of this origin call the emulator (the workbench, once it listens). */
  allowOrigin(origin: string): void;
  /** Makes every change so far durable (requests do this themselves before answering). */
  flush(): void;
  stop(): Promise<void>;
}

let registeredSampleSeed: SeedFunction | undefined;

/** Lets the sample-data module offer itself for `seed: 'sample'` / `--seed sample`. */
export function registerSampleSeed(seed: SeedFunction): void {
  registeredSampleSeed = seed;
}

/** Starts the SharePoint (and, with extra routes, Graph) emulator. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const store = new EmulatorStore('http://127.0.0.1', options.clock);
  const persistence = options.dataDir ? new Persistence(options.dataDir, options.compactBytes) : undefined;
  const restored = persistence ? persistence.open(store) : false;
  const faults = new FaultInjector(options.faults);
  const counters = new Counters();
  const routes: ExtraRoute[] = [...(options.extraRoutes ?? [])];

  const seed = restored ? undefined
    : options.seed === 'sample' ? options.sampleSeed ?? registeredSampleSeed : options.seed === 'empty' ? undefined : options.seed;
  if (!restored && options.seed === 'sample' && !seed) {
    persistence?.close();
    throw new Error('Sample data is not available: pass sampleSeed or call registerSampleSeed() first.');
  }

  const listenHost = options.host ?? '127.0.0.1';
  const access = new AccessPolicy(options.allowedOrigins ?? [], isLoopbackAddress(listenHost) ? 'loopback' : 'any', (options.allowedHosts ?? []).map((h) => h.toLowerCase()));
  // The port is taken at once (so nobody else takes it), but answers 503 until the seed is in.
  let ready = !seed;
  const parts = { store, persistence, faults, counters, routes, access };
  const server = createEmulatorServer({ ...parts, ready: () => ready });
  const baseUrl = await listen(server, options.port ?? 0, listenHost);
  store.setOrigin(baseUrl);
  // Pages the emulator serves itself (routes added by the demo and tests) are same-origin: a browser still
  // sends their Origin on writes.
  access.allowOrigin(baseUrl);

  if (seed) {
    // The seed writes through a private server of its own on another port, which only it knows.
    const seeder = createEmulatorServer(parts);
    try {
      const seedUrl = await listen(seeder, 0, '127.0.0.1');
      await seed(store, { siteUrl: store.siteUrlAt(seedUrl), baseUrl: seedUrl });
      persistence?.flush();
      ready = true;
    } catch (error) {
      await close(server);
      persistence?.close();
      throw error;
    } finally {
      await close(seeder);
    }
  }

  let stopped = false;
  return {
    baseUrl,
    siteUrl: store.siteUrl,
    graphUrl: `${baseUrl}/graph`,
    store,
    counters: () => counters.snapshot(faults.stats),
    resetCounters: () => counters.reset(),
    setFaults: (f) => faults.set(f),
    addRoute: (r) => {
      routes.unshift(r);
    },
    allowOrigin: (origin) => access.allowOrigin(origin),
    flush: () => persistence?.flush(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await close(server);
      persistence?.close();
    }
  };
}

/** Listens and returns the base URL (`http://127.0.0.1:<port>`). */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${shown === '0.0.0.0' || shown === '[::]' ? '127.0.0.1' : shown}:${address.port}`;
}

function close(server: Server): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
