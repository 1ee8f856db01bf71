import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphHandler, type GraphFaults, type OutboxEntry } from './routes';
import { MemoryGraphStore, type GraphBackingStore } from './store';

/**
 * The Graph part on a server of its own, for its tests and the benchmark until it is mounted on the
 * shared emulator (same routes, same store interface).
 */
export interface GraphEmulator {
  readonly baseUrl: string;
  readonly siteUrl: string;
  /** `${baseUrl}/graph`; v1.0 under it. */
  readonly graphUrl: string;
  readonly store: GraphBackingStore;
  setFaults(faults: GraphFaults): void;
  counters(): { readonly total: number; readonly byRoute: Readonly<Record<string, number>> };
  resetCounters(): void;
  outbox(): readonly OutboxEntry[];
  stop(): Promise<void>;
}

export interface GraphEmulatorOptions {
  readonly port?: number;
  readonly store?: GraphBackingStore;
  readonly random?: () => number;
  readonly now?: () => Date;
  readonly onOutbox?: (entry: OutboxEntry) => void;
}

export async function startGraphEmulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const store = options.store ?? new MemoryGraphStore();
  let faults: GraphFaults = {};
  let byRoute: Record<string, number> = {};
  const { handle } = createGraphHandler({
    store,
    faults: () => faults,
    outerFaults: true,
    random: options.random,
    now: options.now,
    onOutbox: options.onOutbox,
    count: (route) => {
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
  });
  const server: Server = createServer((req, res) => {
    handle(req, res)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'notFound', message: 'Not found' } }));
        }
      })
      .catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'generalException', message: e instanceof Error ? e.message : String(e) } }));
      });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    siteUrl: `${baseUrl}${store.sitePath}`,
    graphUrl: `${baseUrl}/graph`,
    store,
    setFaults: (f) => {
      faults = { ...f };
    },
    counters: () => ({ total: Object.values(byRoute).reduce((a, b) => a + b, 0), byRoute: { ...byRoute } }),
    resetCounters: () => {
      byRoute = {};
    },
    outbox: () => store.extra<OutboxEntry[]>('graph-outbox', () => []),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
