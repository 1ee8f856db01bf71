import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler, Client, HTTPMessageHandler, RedirectHandler, RedirectHandlerOptions, RetryHandler, RetryHandlerOptions,
  TelemetryHandler, type AuthenticationProvider, type Context, type Middleware
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { MessageError } from '../../src/core/i18n/cli';

/**
 * The Graph client v3 for Node: `@azure/identity` credentials against Microsoft Graph, or no token
 * (or an `emu:<email>` identity) against the local emulator. One place builds it; the job takes it.
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
  /** Told of every answer that is not 2xx, so that an error message can name the URL that failed. */
  readonly onFailedResponse?: (failure: FailedGraphRequest) => void;
}

/** A request Graph (or whatever answers at the Graph URL) did not accept. */
export interface FailedGraphRequest {
  readonly method: string;
  readonly url: string;
  readonly status: number;
}

/**
 * Whole requests are retried on 429 and 503 (nothing ran). A POST answered 504 is not retried: the
 * gateway timed out and the batch's sendMail parts may have run, so the job treats it as unknown.
 */
function shouldRetry(_delay: number, _attempt: number, request: RequestInfo, options: RequestInit | undefined, response: Response): boolean {
  const method = (options?.method ?? (typeof request === 'object' && 'method' in request ? request.method : 'GET')).toUpperCase();
  return !(response.status === 504 && method !== 'GET');
}

/**
 * The emulator's stand-in for a delegated token: `Authorization: Bearer emu:<email>`. (The client's
 * AuthenticationHandler only signs https hosts, and the emulator is plain http on localhost.)
 */
class EmulatorIdentityHandler implements Middleware {
  private next?: Middleware;
  public constructor(private readonly identity: string) {}
  public async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const value = `Bearer emu:${this.identity}`;
    if (options.headers instanceof Headers) options.headers.set('Authorization', value);
    else options.headers = { ...((options.headers as Record<string, string> | undefined) ?? {}), Authorization: value };
    await this.next?.execute(context);
  }
  public setNext(next: Middleware): void {
    this.next = next;
  }
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

export function createGraphClient(options: GraphClientOptions = {}): Client {
  const graphUrl = (options.graphUrl ?? GRAPH_ROOT).replace(/\/+$/, '');
  const host = new URL(graphUrl).host;
  const isGraph = host === 'graph.microsoft.com';
  let authProvider: AuthenticationProvider;
  if (options.credential) {
    authProvider = new TokenCredentialAuthenticationProvider(options.credential, { scopes: [`${GRAPH_ROOT}/.default`] });
  } else {
    if (isGraph) throw new MessageError({ key: 'graphNeedsCredential' });
    authProvider = { getAccessToken: async () => '' };
  }
  const retry = new RetryHandlerOptions(1, options.maxRetries ?? 10, shouldRetry);
  const middleware: Middleware[] = [
    new AuthenticationHandler(authProvider),
    new RetryHandler(retry),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    ...(!isGraph && options.emulatorIdentity ? [new EmulatorIdentityHandler(options.emulatorIdentity)] : []),
    ...(options.onFailedResponse ? [new FailedResponseRecorder(options.onFailedResponse)] : []),
    new HTTPMessageHandler()
  ];
  return Client.initWithMiddleware({ baseUrl: `${graphUrl}/`, defaultVersion: 'v1.0', middleware });
}
