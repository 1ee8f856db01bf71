import type { GraphClientLike } from '../../../src/data/graph/client';
import { EmulatorIdentity, createGraphTransport } from '../../../src/data/graph/transport';

/**
 * The workbench's Graph client: the same chain the steering web part builds (src/data/graph/transport.ts),
 * pointed at the emulator's Graph (proxied under `/graph` on the workbench's origin) and signed in as the
 * sample user with the emulator's `Authorization: Bearer emu:<email>`.
 */
export function emulatorGraphClient(origin: string, email: string): GraphClientLike {
  return createGraphTransport({ graphUrl: `${origin}/graph`, maxRetries: 5, extra: [new EmulatorIdentity(email)] });
}
