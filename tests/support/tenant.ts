import { LISTS } from '../../src/core/schema';

/**
 * Tenant mode (`npm run test:tenant`): the site suite (tests/integration/site) against a real SharePoint
 * test site instead of the emulator. These are its pure decisions: whether and how to run from the
 * command line and the environment, and whether a site may be used at all. docs/testing.md explains it.
 */

export const TENANT_AUTH_MODES = ['certificate', 'azure-cli', 'device-code'] as const;
export type TenantAuthMode = (typeof TENANT_AUTH_MODES)[number];

export interface TenantPeople {
  /** Owns the test actions and receives the one real reminder: the test mailbox. */
  readonly owner: string;
  readonly steering: string;
  readonly reader: string;
}

export interface TenantConfig {
  /** The test site (a site collection or subsite); each test file works in a new subsite below it. */
  readonly siteUrl: string;
  readonly auth: TenantAuthMode;
  readonly tenantId?: string;
  readonly clientId?: string;
  readonly certificatePath?: string;
  readonly people: TenantPeople;
  /** The mailbox the reminder is sent from (default: the test mailbox itself). */
  readonly sender: string;
}

export type TenantSetup =
  | { readonly kind: 'skip'; readonly line: string }
  | { readonly kind: 'error'; readonly line: string }
  | { readonly kind: 'run'; readonly config: TenantConfig };

export const HOW_TO_CONFIGURE =
  'npm run test:tenant: skipped, no test site configured. Set TIEKARTTA_TEST_SITE=https://<tenant>.sharepoint.com/sites/<test-site> ' +
  '(and TIEKARTTA_TEST_MAILBOX, TIEKARTTA_TEST_STEERING, TIEKARTTA_TEST_READER), then run npm run test:tenant -- --auth certificate|azure-cli|device-code; see docs/testing.md';

export const NOT_IN_CI = 'npm run test:tenant: skipped in CI (it changes a real SharePoint site); run it by hand, see docs/testing.md';

/** `--auth x`, `--auth=x`, `--tenant`, `--client-id`, `--cert` from the runner's arguments. */
function options(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(auth|tenant|client-id|cert)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    out[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  return out;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * What `npm run test:tenant` does with these arguments and this environment: skip with one line (not
 * configured, or in CI), stop with one line (configured wrongly), or run with a complete configuration.
 * The runner passes the auth options on as `TIEKARTTA_TEST_AUTH` and the standard `AZURE_*` variables,
 * so the test files read the same configuration from the environment alone.
 */
export function tenantSetup(argv: readonly string[], env: NodeJS.ProcessEnv): TenantSetup {
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return { kind: 'skip', line: NOT_IN_CI };
  const site = (env.TIEKARTTA_TEST_SITE ?? '').trim();
  if (!site) return { kind: 'skip', line: HOW_TO_CONFIGURE };
  const error = (line: string): TenantSetup => ({ kind: 'error', line: `npm run test:tenant: ${line}` });
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return error(`TIEKARTTA_TEST_SITE is not a URL: ${site}`);
  }
  if (url.protocol !== 'https:') return error(`TIEKARTTA_TEST_SITE must be an https:// SharePoint site, not ${site}`);
  const opts = options(argv);
  const auth = opts.auth ?? env.TIEKARTTA_TEST_AUTH ?? 'azure-cli';
  if (!(TENANT_AUTH_MODES as readonly string[]).includes(auth)) return error(`--auth must be one of ${TENANT_AUTH_MODES.join(', ')}, not "${auth}"`);
  const tenantId = opts.tenant || env.AZURE_TENANT_ID || undefined;
  const clientId = opts['client-id'] || env.AZURE_CLIENT_ID || undefined;
  const certificatePath = opts.cert || env.AZURE_CLIENT_CERTIFICATE_PATH || undefined;
  if (auth === 'certificate' && (!tenantId || !clientId || !certificatePath)) {
    return error('--auth certificate needs --tenant, --client-id and --cert (or AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_CERTIFICATE_PATH)');
  }
  if (auth === 'device-code' && !clientId) return error('--auth device-code needs --client-id (or AZURE_CLIENT_ID)');
  const people = { owner: env.TIEKARTTA_TEST_MAILBOX, steering: env.TIEKARTTA_TEST_STEERING, reader: env.TIEKARTTA_TEST_READER };
  const names = { owner: 'TIEKARTTA_TEST_MAILBOX', steering: 'TIEKARTTA_TEST_STEERING', reader: 'TIEKARTTA_TEST_READER' } as const;
  for (const key of ['owner', 'steering', 'reader'] as const) {
    if (!EMAIL.test(people[key] ?? '')) return error(`${names[key]} must be the e-mail of a user of the test tenant (docs/testing.md)`);
  }
  const owner = people.owner as string;
  return {
    kind: 'run',
    config: {
      siteUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
      auth: auth as TenantAuthMode,
      tenantId, clientId, certificatePath,
      people: { owner, steering: people.steering as string, reader: people.reader as string },
      sender: env.REMINDERS_SENDER || owner
    }
  };
}

/** The site-relative URLs of the programme's lists (`Lists/RoadmapActions`, …). */
export const PROGRAMME_LIST_URLS: readonly string[] = LISTS.map((l) => l.url);

/** What was found at a web: its URL and the server-relative URLs of its lists. */
export interface WebProbe {
  readonly webUrl: string;
  readonly listUrls: readonly string[];
}

/**
 * Why the suite must not run against a site, or undefined when it may: the site itself, or the root of
 * its site collection (whose groups it shares), holds the provisioned programme. The suite creates
 * programme groups and lists there; on a production site it would meddle with the real ones.
 */
export function refusalReason(probes: readonly WebProbe[]): string | undefined {
  for (const probe of probes) {
    const path = new URL(probe.webUrl).pathname.replace(/\/+$/, '');
    const held = PROGRAMME_LIST_URLS.filter((rel) => probe.listUrls.some((u) => u.replace(/\/+$/, '').toLowerCase() === `${path}/${rel}`.toLowerCase()));
    if (held.length) {
      return `npm run test:tenant: refusing to run: ${probe.webUrl} holds the provisioned programme (${held.join(', ')}). Use a separate test site (docs/testing.md).`;
    }
  }
  return undefined;
}

/** A subsite name no earlier run used: `dt-test-20260131-142501-k3x9`. */
export function testWebName(now: Date, random: () => number): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `dt-test-${stamp}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}
