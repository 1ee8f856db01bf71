import '@pnp/sp/webs';
import { tokenProvider } from '../../../server/auth';
import { GROUPS } from '../../../src/core/schema';
import { createSp } from '../../../src/data/sp';
import { refusalReason, tenantSetup, testWebName, type TenantConfig, type WebProbe } from '../../support/tenant';
import type { TestTarget } from './target';

/**
 * The tenant side of the site suite: a new, uniquely named subsite below the configured test site for
 * each test file, removed afterwards with the SharePoint groups the file created. The test site itself
 * and its site collection's root are checked first: the suite refuses to run where the programme lives.
 */

const CLAIMS = 'i:0#.f|membership|';
const GRAPH = 'https://graph.microsoft.com';
/** `tiekartta reminders` has its own sign-in modes; device code is not one of them. */
const REMINDER_AUTH = { certificate: 'certificate', 'azure-cli': 'azure-cli', 'device-code': 'default' } as const;

type JsonFetch = (url: string) => Promise<unknown>;

function authArgs(config: TenantConfig): string[] {
  return [
    '--auth', config.auth,
    ...(config.tenantId ? ['--tenant', config.tenantId] : []),
    ...(config.clientId ? ['--client-id', config.clientId] : []),
    ...(config.certificatePath ? ['--cert', config.certificatePath] : [])
  ];
}

/** The lists of the test site and of its site collection's root web. */
export async function probeTestSite(siteUrl: string, getJson: JsonFetch): Promise<WebProbe[]> {
  const listsAt = async (api: string): Promise<string[]> => {
    const body = (await getJson(`${api}/lists?$select=RootFolder/ServerRelativeUrl&$expand=RootFolder&$top=5000`)) as { value: { RootFolder: { ServerRelativeUrl: string } }[] };
    return body.value.map((l) => l.RootFolder.ServerRelativeUrl);
  };
  const { value: rootUrl } = (await getJson(`${siteUrl}/_api/site/url`)) as { value: string };
  const probes: WebProbe[] = [{ webUrl: siteUrl, listUrls: await listsAt(`${siteUrl}/_api/web`) }];
  if (rootUrl.replace(/\/+$/, '') !== siteUrl) probes.push({ webUrl: rootUrl, listUrls: await listsAt(`${siteUrl}/_api/site/rootweb`) });
  return probes;
}

/** Raw REST with the configured credential, JSON without metadata. */
export function tenantFetch(config: TenantConfig): { fetch: (url: string, init?: RequestInit) => Promise<Response>; getJson: JsonFetch; token: () => Promise<string> } {
  const token = tokenProvider(config.siteUrl, { mode: config.auth, tenantId: config.tenantId, clientId: config.clientId, certificatePath: config.certificatePath, prompt: (m) => process.stderr.write(`${m}\n`) });
  if (!token) throw new Error('tenant mode needs a sign-in');
  const authFetch = async (url: string, init: RequestInit = {}): Promise<Response> =>
    fetch(url, { ...init, headers: { Accept: 'application/json;odata=nometadata', ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${await token()}` } });
  const getJson = async (url: string): Promise<unknown> => {
    const r = await authFetch(url);
    if (!r.ok) throw new Error(`GET ${url}: HTTP ${r.status} ${(await r.text()).slice(0, 300)}`);
    return r.json();
  };
  return { fetch: authFetch, getJson, token };
}

export async function openTenantTarget(env: NodeJS.ProcessEnv = process.env): Promise<TestTarget> {
  const setup = tenantSetup([], env);
  if (setup.kind !== 'run') throw new Error(setup.line);
  const { config } = setup;
  const http = tenantFetch(config);
  const refusal = refusalReason(await probeTestSite(config.siteUrl, http.getJson));
  if (refusal) throw new Error(refusal);

  const root = createSp({ siteUrl: config.siteUrl, token: http.token });
  const groupsBefore = new Set((await root.web.siteGroups.select('Title')<{ Title: string }[]>()).map((g) => g.Title));
  const { Language } = await root.web.select('Language')<{ Language: number }>();
  const leaf = testWebName(new Date(), Math.random);
  await root.web.webs.add(`Digitiekartta test ${leaf}`, leaf, 'A test run of Digitiekartta (npm run test:tenant); removed when the run ends.', 'STS#3', Language, true);
  const siteUrl = `${config.siteUrl}/${leaf}`;
  const sp = createSp({ siteUrl, token: http.token });
  const cli = authArgs(config);
  return {
    kind: 'tenant',
    siteUrl,
    parentWebUrl: config.siteUrl,
    sp,
    fetch: (path, init) => http.fetch(new URL(path, `${siteUrl}/`).toString(), init),
    siteArgs: ['--site', siteUrl, ...cli],
    reminderArgs: ['--site', siteUrl, '--graph', GRAPH, '--auth', REMINDER_AUTH[config.auth], '--sender', config.sender, '--steering-members', config.people.steering],
    cliEnv: {
      ...(config.tenantId ? { AZURE_TENANT_ID: config.tenantId } : {}),
      ...(config.clientId ? { AZURE_CLIENT_ID: config.clientId } : {}),
      ...(config.certificatePath ? { AZURE_CLIENT_CERTIFICATE_PATH: config.certificatePath } : {}),
      ...(process.env.AZURE_CLIENT_CERTIFICATE_PASSWORD ? { AZURE_CLIENT_CERTIFICATE_PASSWORD: process.env.AZURE_CLIENT_CERTIFICATE_PASSWORD } : {})
    },
    people: config.people,
    loginOf: (email) => `${CLAIMS}${email}`,
    async dispose() {
      await sp.web.delete();
      // Groups belong to the site collection: remove the programme's groups this file created.
      const programme = new Set(GROUPS.map((g) => g.name));
      for (const g of await root.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>()) {
        if (programme.has(g.Title) && !groupsBefore.has(g.Title)) await root.web.siteGroups.removeById(g.Id);
      }
    }
  };
}
