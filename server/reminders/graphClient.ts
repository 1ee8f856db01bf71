import type { TokenCredential } from '@azure/identity';
import type { AuthenticationProvider, Client, Context, Middleware } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { RunDeadline } from '../../src/data/deadline';
import { EmulatorIdentity, createGraphTransport } from '../../src/data/graph/transport';
import type { ServerClock } from '../../src/data/serverClock';
import { MessageError } from '../../src/core/i18n/cli';
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
  /** Told of every answer that is not 2xx, so that an error message can name the URL that failed. */
  readonly onFailedResponse?: (failure: FailedGraphRequest) => void;
}

/** A request Graph (or whatever answers at the Graph URL) did not accept. */
export interface FailedGraphRequest {
  readonly method: string;
  readonly url: string;
  readonly status: number;
}

/** Reports each answer that is not 2xx: the GraphError the client throws does not carry the request's URL. */
class FailedResponseRecorder implements Middleware {
  private next?: Middleware;
  public constructor(private readonly record: (failure: FailedGraphRequest) => void) {}
  public async execute(context: Context): Promise<void> {
    await this.next?.execute(context);
    const response = context.response;
    if (response && !response.ok) {
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      this.record({ method: (context.options?.method ?? 'GET').toUpperCase(), url, status: response.status });
    }
  }
  public setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createGraphClient(options: GraphClientOptions = {}): Client & { readonly serverClock: ServerClock } {
  const graphUrl = (options.graphUrl ?? GRAPH_ROOT).replace(/\/+$/, '');
  const isGraph = new URL(graphUrl).host === 'graph.microsoft.com';
  let authProvider: AuthenticationProvider | undefined;
  if (options.credential) {
    refuseTokenOverHttp(graphUrl);
    authProvider = new TokenCredentialAuthenticationProvider(options.credential, { scopes: [`${GRAPH_ROOT}/.default`] });
  } else if (isGraph) {
    throw new MessageError({ key: 'graphNeedsCredential' });
  }
  return createGraphTransport({
    graphUrl,
    authProvider,
    maxRetries: options.maxRetries,
    deadline: options.deadline,
    serverClock: options.serverClock,
    redirects: true,
    extra: [
      ...(!isGraph && options.emulatorIdentity ? [new EmulatorIdentity(options.emulatorIdentity)] : []),
      ...(options.onFailedResponse ? [new FailedResponseRecorder(options.onFailedResponse)] : [])
    ]
  });
}
