import {
  AuthenticationHandler, Client, HTTPMessageHandler, RedirectHandler, RedirectHandlerOptions, RetryHandler, RetryHandlerOptions, TelemetryHandler,
  type AuthenticationProvider, type Context, type Middleware
} from '@microsoft/microsoft-graph-client';
import { ServerClock } from '../serverClock';
import { attemptSignal, canWait, type RunDeadline } from '../deadline';

/**
 * The one Graph client factory, for the job (Node), the CLI, the steering tab (browser) and the workbench:
 * the Graph SDK's own default chain (authentication, RetryHandler, [redirects in Node,] telemetry, fetch),
 * with one rule changed and two small middlewares added.
 *
 * The rule: **no automatic retry of a request whose outcome is unknown**. The SDK's default RetryHandler
 * (what SPFx's `MSGraphClientV3` uses) retries 429, 503 and 504 for every method. A 504 is a gateway that
 * stopped waiting: a `$batch` of sendMail (or an event, or a channel post) that Graph had already
 * accepted is then sent twice. Here a POST/PATCH/PUT/DELETE answered 504 is returned to the caller, which
 * treats it as "unknown outcome" (the reminder stays claimed; recovery decides later, see
 * docs/reminders.md). 429 and 503 mean "not processed" and are retried for every method, within the
 * run's deadline.
 *
 * The steering tab does not use `MSGraphClientV3` for this reason: its middleware cannot be changed per
 * request from outside its bundle, and `getClientWithMiddleware` shares one instance per page with any
 * other web part that asked first. It takes a token from SPFx's AadTokenProvider instead (the same
 * principal and delegated permissions as MSGraphClientV3).
 */

export interface GraphTransportOptions {
  /** Graph root without version: `https://graph.microsoft.com`, or the emulator's `${baseUrl}/graph`. */
  readonly graphUrl: string;
  /** Access tokens (SPFx AadTokenProvider, @azure/identity); none against the emulator. */
  readonly authProvider?: AuthenticationProvider;
  /** Middleware placed before the fetch (e.g. the emulator's identity header). */
  readonly extra?: readonly Middleware[];
  /** RetryHandler's retries (429/503 for all methods, 504 for reads); default 10. */
  readonly maxRetries?: number;
  /** The run's time budget: retries wait only within it, and no attempt outlives it. */
  readonly deadline?: RunDeadline;
  /** Fed with every response's `Date` header (claim ages are measured on the server's clock); default a new one. */
  readonly serverClock?: ServerClock;
  /** Follow redirects in the client (Node; a browser's fetch follows them itself). */
  readonly redirects?: boolean;
}

/** Methods whose repetition changes nothing: safe to retry whatever happened to the first attempt. */
export function isIdempotentMethod(method: string | undefined): boolean {
  const m = (method ?? 'GET').toUpperCase();
  return m === 'GET' || m === 'HEAD' || m === 'OPTIONS';
}

function methodOf(request: RequestInfo, options: RequestInit | undefined): string {
  return options?.method ?? (typeof request === 'object' && 'method' in request ? request.method : 'GET');
}

const HANDLER_MAX_DELAY_SECONDS = new RetryHandlerOptions().getMaxDelay();

/** Retry-After in ms as the RetryHandler will wait it (seconds or an HTTP date; capped at its 180 s). */
function plannedWaitMs(response: Response, delaySeconds: number, now: number): number {
  const header = response.headers?.get('Retry-After');
  let seconds = delaySeconds;
  if (header) seconds = isNaN(Number(header)) ? (new Date(header).getTime() - now) / 1000 : Number(header);
  return Math.min(Math.max(0, seconds), HANDLER_MAX_DELAY_SECONDS) * 1000;
}

/**
 * The RetryHandler's decision, before its own checks (status 429/503/504, attempt count): a write answered
 * 504 is never retried (outcome unknown), and nothing waits past the run's deadline.
 */
export function graphShouldRetry(deadline: RunDeadline | undefined): (delay: number, attempt: number, request: RequestInfo, options: RequestInit | undefined, response: Response) => boolean {
  return (delay, _attempt, request, options, response) => {
    if (response.status === 504 && !isIdempotentMethod(methodOf(request, options))) return false;
    return canWait(deadline, plannedWaitMs(response, delay, deadline ? deadline.clock() : Date.now()));
  };
}

/** Gives each attempt an abort signal at its timeout, and reads the server's Date from each answer. */
class AttemptMiddleware implements Middleware {
  private next?: Middleware;
  public constructor(private readonly deadline: RunDeadline | undefined, private readonly serverClock: ServerClock | undefined) {}
  public async execute(context: Context): Promise<void> {
    const signal = attemptSignal(this.deadline);
    if (signal) context.options = { ...(context.options ?? {}), signal };
    await this.next?.execute(context);
    this.serverClock?.observe(context.response?.headers?.get('Date'));
  }
  public setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createGraphTransport(options: GraphTransportOptions): Client & { readonly serverClock: ServerClock } {
  const graphUrl = options.graphUrl.replace(/\/+$/, '');
  const retry = new RetryHandler(new RetryHandlerOptions(1, options.maxRetries ?? 10, graphShouldRetry(options.deadline)));
  const deadline = options.deadline;
  const serverClock = options.serverClock ?? new ServerClock();
  if (deadline) {
    // The handler's wait goes through the run's clock (a test's fake clock makes it instant).
    (retry as unknown as { sleep: (seconds: number) => Promise<void> }).sleep = (seconds) => deadline.sleep(seconds * 1000);
  }
  const middleware: Middleware[] = [
    ...(options.authProvider ? [new AuthenticationHandler(options.authProvider)] : []),
    retry,
    ...(options.redirects ? [new RedirectHandler(new RedirectHandlerOptions())] : []),
    new TelemetryHandler(),
    new AttemptMiddleware(options.deadline, serverClock),
    ...(options.extra ?? []),
    new HTTPMessageHandler()
  ];
  const client = Client.initWithMiddleware({ baseUrl: `${graphUrl}/`, defaultVersion: 'v1.0', middleware });
  return Object.assign(client, { serverClock });
}

/**
 * The emulator's stand-in for a delegated token: `Authorization: Bearer emu:<email>`. (The SDK's
 * AuthenticationHandler signs only Graph's own hosts, and the emulator is plain http on localhost.)
 */
export class EmulatorIdentity implements Middleware {
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
