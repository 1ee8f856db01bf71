/**
 * Who may talk to the emulator from a web browser. Requests without an `Origin` header (the CLI, tests,
 * curl) are not browser pages on another site and always pass. A page may call the emulator only from an
 * origin it was told about (the workbench's) or from its own (pages it serves itself); any other origin is refused outright, control routes
 * included, so that a web page open while `npm run demo` runs can neither read nor change nor wipe the
 * site. On loopback, a `Host` other than a loopback name is refused too (a DNS-rebinding page would
 * otherwise look same-origin).
 */

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

function isLoopbackName(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return LOOPBACK_NAMES.includes(h) || h === '::1' || h.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Whether the emulator listening on `address` is reachable from this machine only. */
export function isLoopbackAddress(address: string): boolean {
  return isLoopbackName(address.replace(/^\[|\]$/g, '')) || address === '::1';
}

/** `http://127.0.0.1:4321` → itself plus `http://localhost:4321` and `http://[::1]:4321` (the same page). */
export function originAliases(origin: string): string[] {
  const u = new URL(origin);
  if (!isLoopbackName(u.hostname.replace(/^\[|\]$/g, ''))) return [u.origin];
  return [...new Set([u.origin, ...LOOPBACK_NAMES.map((h) => `${u.protocol}//${h}${u.port ? `:${u.port}` : ''}`)])];
}

export class AccessPolicy {
  private readonly origins = new Set<string>();

  /**
   * @param origins the browser origins allowed (the workbench's page)
   * @param hosts `'loopback'` (loopback names, plus `extraHosts`) or `'any'` (listening beyond this machine)
   */
  public constructor(origins: readonly string[] = [], private readonly hosts: 'loopback' | 'any' = 'loopback', private readonly extraHosts: readonly string[] = []) {
    for (const o of origins) this.allowOrigin(o);
  }

  public allowOrigin(origin: string): void {
    for (const o of originAliases(origin)) this.origins.add(o);
  }

  /** The origin to echo in CORS headers, when the caller is an allowed browser page. */
  public corsOrigin(origin: string | undefined): string | undefined {
    return origin !== undefined && this.origins.has(origin.toLowerCase()) ? origin : undefined;
  }

  /** Why a request is refused (403), or undefined. */
  public refusal(origin: string | undefined, host: string | undefined): string | undefined {
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) {
      return `Requests from the web page ${origin} are refused: the emulator answers only the workbench (tiekartta emulator --allow-origin URL).`;
    }
    if (this.hosts === 'loopback' && host !== undefined) {
      const hostname = host.replace(/:\d+$/, '');
      if (!isLoopbackName(hostname.replace(/^\[|\]$/g, '')) && !this.extraHosts.includes(hostname.toLowerCase())) {
        return `Host ${host} is refused: the emulator listens on this machine only and answers loopback names.`;
      }
    }
    return undefined;
  }
}
