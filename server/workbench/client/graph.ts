import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type { GraphClientLike } from '../../../src/data/graph/client';

/**
 * The workbench's stand-in for SPFx's `MSGraphClientV3`: the real Graph client v3, pointed at the
 * emulator's Graph (proxied under `/graph` on the workbench's origin) and signed in as the sample user
 * with the emulator's `Authorization: Bearer emu:<email>`. (The client's own AuthenticationHandler
 * signs only https Graph hosts.)
 */
class EmulatorIdentity implements Middleware {
  private next?: Middleware;
  public constructor(private readonly email: string) {}
  public async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const value = `Bearer emu:${this.email}`;
    if (options.headers instanceof Headers) options.headers.set('Authorization', value);
    else options.headers = { ...((options.headers as Record<string, string> | undefined) ?? {}), Authorization: value };
    await this.next?.execute(context);
  }
  public setNext(next: Middleware): void {
    this.next = next;
  }
}

export function emulatorGraphClient(origin: string, email: string): GraphClientLike {
  const retry = new RetryHandler(new RetryHandlerOptions(1, 5));
  const identity = new EmulatorIdentity(email);
  const http = new HTTPMessageHandler();
  return Client.initWithMiddleware({ baseUrl: `${origin}/graph/`, defaultVersion: 'v1.0', middleware: [retry, identity, http] });
}
