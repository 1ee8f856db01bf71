import type { TokenCredential } from '@azure/identity';
import type { AuthenticationProvider, Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { RunDeadline } from '../../src/data/deadline';
import { EmulatorIdentity, createGraphTransport } from '../../src/data/graph/transport';
import type { ServerClock } from '../../src/data/serverClock';
import { refuseTokenOverHttp } from '../auth';

/**
 * The Graph client v3 for Node: `@azure/identity` credentials against Microsoft Graph, or no token
 * (or an `emu:<email>` identity) against the local emulator. The chain and its retry rule are the shared
 * ones (src/data/graph/transport.ts): the steering tab's client is built the same way.
 */

export const GRAPH_ROOT = 'https://graph.microsoft.com';

export interface GraphClientOptions {
  /** Graph root without version: `https://graph.microsoft.com` or the emulator's `${baseUrl}/graph`. */
  readonly graphUrl?: string;
  /** Managed identity, certificate or Azure CLI credential (against real Graph). */
  readonly credential?: TokenCredential;
  /** Against the emulator: act as this user (`Authorization: Bearer emu:<email>`); none = admin. */
  readonly emulatorIdentity?: string;
  /** RetryHandler retries for whole requests (429/503; GETs also 504). */
  readonly maxRetries?: number;
  /** The run's time budget (the Function's host timeout). */
  readonly deadline?: RunDeadline;
  /** Records the server's Date from each answer. */
  readonly serverClock?: ServerClock;
}

export function createGraphClient(options: GraphClientOptions = {}): Client & { readonly serverClock: ServerClock } {
  const graphUrl = (options.graphUrl ?? GRAPH_ROOT).replace(/\/+$/, '');
  const isGraph = new URL(graphUrl).host === 'graph.microsoft.com';
  let authProvider: AuthenticationProvider | undefined;
  if (options.credential) {
    refuseTokenOverHttp(graphUrl);
    authProvider = new TokenCredentialAuthenticationProvider(options.credential, { scopes: [`${GRAPH_ROOT}/.default`] });
  } else if (isGraph) {
    throw new Error('Microsoft Graph needs a credential (managed identity, certificate or Azure CLI).');
  }
  return createGraphTransport({
    graphUrl,
    authProvider,
    maxRetries: options.maxRetries,
    deadline: options.deadline,
    serverClock: options.serverClock,
    redirects: true,
    extra: !isGraph && options.emulatorIdentity ? [new EmulatorIdentity(options.emulatorIdentity)] : []
  });
}
