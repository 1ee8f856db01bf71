/**
 * `npm run test:tenant [-- --auth certificate|azure-cli|device-code --tenant ID --client-id ID --cert FILE]`:
 * runs the site suite (tests/integration/site) against a real test site with Jest, printing Jest's usual
 * result. Without TIEKARTTA_TEST_SITE (or in CI) it prints one line saying how to configure it and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { refusalReason, tenantSetup } from './tenant';

async function main(): Promise<number> {
  const setup = tenantSetup(process.argv.slice(2), process.env);
  if (setup.kind === 'skip') {
    console.log(setup.line);
    return 0;
  }
  if (setup.kind === 'error') {
    console.error(setup.line);
    return 1;
  }
  const { config } = setup;
  // Loaded only now: a skipped run needs neither @azure/identity nor the data layer.
  const { probeTestSite, tenantFetch } = await import('../integration/site/tenant');
  let refusal: string | undefined;
  try {
    refusal = refusalReason(await probeTestSite(config.siteUrl, tenantFetch(config).getJson));
  } catch (error) {
    console.error(`npm run test:tenant: cannot read ${config.siteUrl}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TIEKARTTA_TEST_TARGET: 'tenant',
    TIEKARTTA_TEST_AUTH: config.auth,
    ...(config.tenantId ? { AZURE_TENANT_ID: config.tenantId } : {}),
    ...(config.clientId ? { AZURE_CLIENT_ID: config.clientId } : {}),
    ...(config.certificatePath ? { AZURE_CLIENT_CERTIFICATE_PATH: config.certificatePath } : {})
  };
  // One file at a time: each makes its own subsite, and a tenant throttles bursts.
  const jest = spawnSync('npx', ['--no-install', 'jest', '--selectProjects', 'integration', '--runInBand', 'tests/integration/site'], { stdio: 'inherit', env });
  return jest.status ?? 1;
}

main().then((code) => {
  process.exitCode = code;
});
