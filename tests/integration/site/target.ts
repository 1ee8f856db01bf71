import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../../../server/emulator';
import { createGraphRoute } from '../../../server/emulator/graph/shared';
import { createSp } from '../../../src/data/sp';
import { sharedForTests } from '../../support/sharedForTests';

/**
 * Where the site suite (tests/integration/site) runs: a fresh emulator site (the default, in `npm test`),
 * or a uniquely named subsite of a real test site (`npm run test:tenant`, docs/testing.md). The tests
 * talk to `siteUrl` through the product's own clients and the CLI, so the same assertions hold on both.
 */
export type TargetKind = 'emulator' | 'tenant';

/** People the tests give roles to; on a tenant these are real accounts of the test tenant. */
export interface SitePeople {
  /** Owns actions, and receives the one real reminder (the test mailbox on a tenant). */
  readonly owner: string;
  readonly steering: string;
  /** An ordinary employee: reads, may propose ideas. */
  readonly reader: string;
}

export interface TestTarget {
  readonly kind: TargetKind;
  /** The site the tests may change freely. */
  readonly siteUrl: string;
  /** The web above `siteUrl` (`null` on the emulator, whose site is a site collection's root web). */
  readonly parentWebUrl: string | null;
  /** The data layer's client, as the account the suite runs as (the site admin on the emulator). */
  readonly sp: SPFI;
  /** Raw REST as that account: `path` is absolute or relative to `siteUrl`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** `--site URL` and the auth options, for `tiekartta` commands that talk to the site. */
  readonly siteArgs: readonly string[];
  /** The options `tiekartta reminders` needs here (site, Graph, auth, sender, steering members). */
  readonly reminderArgs: readonly string[];
  /** The environment `tiekartta` commands run with (the `AZURE_*` sign-in settings on a tenant). */
  readonly cliEnv: NodeJS.ProcessEnv;
  readonly people: SitePeople;
  /** Claims-style login of a person, as SharePoint's permission APIs take it. */
  loginOf(email: string): string;
  dispose(): Promise<void>;
}

export const EMULATOR_PEOPLE: SitePeople = {
  owner: 'mikael.sjoberg@porvoo.fi',
  steering: 'helena.koskinen@porvoo.fi',
  reader: 'emilia.virtanen@porvoo.fi'
};

const CLAIMS = 'i:0#.f|membership|';

/** The emulator with the Graph part mounted (reminders, the outbox), empty, in memory. */
export async function openEmulatorTarget(): Promise<TestTarget & { readonly emulator: Emulator }> {
  const graph = createGraphRoute({ directory: { languages: new Map([[EMULATOR_PEOPLE.owner, 'sv']]) } });
  const emulator = await startEmulator({ port: 0, seed: 'empty', extraRoutes: [graph] });
  const siteUrl = emulator.siteUrl;
  return {
    kind: 'emulator',
    emulator,
    siteUrl,
    parentWebUrl: null,
    sp: createSp({ siteUrl, retry: { interval: 5 } }),
    fetch: (path, init) => fetch(new URL(path, `${siteUrl}/`), init),
    siteArgs: ['--site', siteUrl],
    reminderArgs: ['--site', siteUrl, '--graph', emulator.graphUrl, '--steering-members', EMULATOR_PEOPLE.steering],
    cliEnv: {},
    people: EMULATOR_PEOPLE,
    loginOf: (email) => `${CLAIMS}${email}`,
    dispose: () => emulator.stop()
  };
}

/** The target this run is for: the emulator unless the tenant runner chose a tenant. */
export function targetKind(env: NodeJS.ProcessEnv = process.env): TargetKind {
  return env.TIEKARTTA_TEST_TARGET === 'tenant' ? 'tenant' : 'emulator';
}

export async function openTarget(): Promise<TestTarget> {
  if (targetKind() === 'tenant') {
    // Loaded only for a tenant run: @azure/identity and the tenant's rules stay out of `npm test`.
    const { openTenantTarget } = await import('./tenant');
    return openTenantTarget();
  }
  return openEmulatorTarget();
}

/** Generous on a tenant (a subsite and its provisioning take minutes), short on the emulator. */
export const TARGET_TIMEOUT = targetKind() === 'tenant' ? 15 * 60_000 : 60_000;

/** One target for the tests of a file: opened in `beforeAll`, disposed of in `afterAll`. */
export function sharedTarget(): TestTarget {
  return sharedForTests(openTarget, (t) => t.dispose(), TARGET_TIMEOUT);
}
