import type { TokenCredential } from '@azure/identity';
import { ConfigError } from './config';

/**
 * How the job signs in to Microsoft Graph. No secrets: a managed identity in Azure, a certificate
 * (path to a PEM holding the private key, outside the repository) or the developer's Azure CLI login.
 * The standard AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_CERTIFICATE_PATH variables are used.
 */
export const AUTH_MODES = ['default', 'managed-identity', 'certificate', 'azure-cli'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export function isAuthMode(value: string): value is AuthMode {
  return (AUTH_MODES as readonly string[]).includes(value);
}

export async function credentialFor(mode: AuthMode, env: NodeJS.ProcessEnv): Promise<TokenCredential> {
  // Loaded only when signing in to a tenant: the CLI against the emulator never needs it.
  const { AzureCliCredential, ClientCertificateCredential, DefaultAzureCredential, ManagedIdentityCredential } = await import('@azure/identity');
  switch (mode) {
    case 'managed-identity':
      // A user-assigned identity is chosen by its client id; without it the system-assigned one.
      return env.AZURE_CLIENT_ID ? new ManagedIdentityCredential({ clientId: env.AZURE_CLIENT_ID }) : new ManagedIdentityCredential();
    case 'certificate': {
      const tenant = env.AZURE_TENANT_ID;
      const client = env.AZURE_CLIENT_ID;
      const certificatePath = env.AZURE_CLIENT_CERTIFICATE_PATH;
      if (!tenant || !client || !certificatePath) throw new ConfigError('certificateEnv');
      return new ClientCertificateCredential(tenant, client, { certificatePath, ...(env.AZURE_CLIENT_CERTIFICATE_PASSWORD ? { certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD } : {}) });
    }
    case 'azure-cli':
      return new AzureCliCredential();
    default:
      return new DefaultAzureCredential(env.AZURE_CLIENT_ID ? { managedIdentityClientId: env.AZURE_CLIENT_ID } : {});
  }
}
