import type { AccessToken, TokenCredential } from '@azure/identity';
import { MessageError, type CliKey, type MessageValues } from '../src/core/i18n/cli';

/**
 * Tokens for a real tenant (Node only). The CLI and the jobs pass `token` to `createSp`; against
 * http://localhost (the emulator) no token is needed. Secrets never live in the repository: a certificate
 * is a file path, its password comes from the environment.
 */
export const AUTH_MODES = ['azure-cli', 'device-code', 'certificate', 'none'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export interface AuthSettings {
  readonly mode?: AuthMode;
  readonly tenantId?: string;
  readonly clientId?: string;
  readonly certificatePath?: string;
  /** Where the device code prompt goes (stderr in the CLI, so that --json output stays clean). */
  readonly prompt?: (message: string) => void;
}

/** An auth problem the user can fix (bad option, missing setting): one line, no stack. */
export class AuthSetupError extends MessageError {
  public readonly name = 'AuthSetupError';
  public constructor(key: CliKey, values?: MessageValues) {
    super({ key, values });
  }
}

export function isLocalSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]';
}

/**
 * A sign-in token is a password for an hour: it goes only over https, or to this machine (the emulator).
 * Throws the one line the CLI prints when `url` would carry a token over plain http to another host.
 */
export function refuseTokenOverHttp(url: string): void {
  const u = new URL(url);
  if (u.protocol === 'http:' && !isLocalSite(url)) {
    throw new AuthSetupError('tokenOverHttp', { host: u.host, https: `https://${u.host}${u.pathname === '/' ? '' : u.pathname}` });
  }
}

/** SharePoint's resource scope for a site: `https://<tenant>.sharepoint.com/.default`. */
export function sharePointScope(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/.default`;
}

/** The mode to use: the option, else none for localhost and Azure CLI for a tenant. */
export function resolveAuthMode(siteUrl: string, option: string | undefined): AuthMode {
  if (option === undefined || option === '') return isLocalSite(siteUrl) ? 'none' : 'azure-cli';
  if ((AUTH_MODES as readonly string[]).indexOf(option) < 0) {
    throw new AuthSetupError('authUnknown', { value: option, modes: AUTH_MODES.join(', ') });
  }
  return option as AuthMode;
}

/** Settings from options first, then the standard @azure/identity environment variables. */
export function authSettingsFrom(options: Readonly<Record<string, unknown>>, env: NodeJS.ProcessEnv): Omit<AuthSettings, 'mode' | 'prompt'> {
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    tenantId: text(options.tenant) ?? text(env.AZURE_TENANT_ID),
    clientId: text(options['client-id']) ?? text(env.AZURE_CLIENT_ID),
    certificatePath: text(options.cert) ?? text(env.AZURE_CLIENT_CERTIFICATE_PATH)
  };
}

/** Checks the settings a mode needs, before anything is loaded or any request is made. */
export function checkAuthSettings(mode: AuthMode, settings: AuthSettings): void {
  if (mode === 'device-code' && !settings.clientId) {
    throw new AuthSetupError('authDeviceCode');
  }
  if (mode === 'certificate' && (!settings.tenantId || !settings.clientId || !settings.certificatePath)) {
    throw new AuthSetupError('authCertificate');
  }
}

/** The credential for a mode; @azure/identity is loaded only when a tenant is used (not for localhost). */
export async function credentialFor(mode: Exclude<AuthMode, 'none'>, settings: AuthSettings, env: NodeJS.ProcessEnv): Promise<TokenCredential> {
  checkAuthSettings(mode, settings);
  const identity = await import('@azure/identity');
  switch (mode) {
    case 'azure-cli':
      return new identity.AzureCliCredential(settings.tenantId ? { tenantId: settings.tenantId } : {});
    case 'device-code':
      return new identity.DeviceCodeCredential({
        clientId: settings.clientId,
        tenantId: settings.tenantId,
        userPromptCallback: (info) => (settings.prompt ?? ((m: string) => process.stderr.write(`${m}\n`)))(info.message)
      });
    case 'certificate':
      // SharePoint accepts app-only tokens only from a certificate credential (not a client secret).
      return new identity.ClientCertificateCredential(String(settings.tenantId), String(settings.clientId), {
        certificatePath: String(settings.certificatePath),
        certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD
      });
  }
}

/**
 * A token source for `createSp({ token })`, or undefined for `none`. Tokens are reused until five minutes
 * before they expire (AzureCliCredential runs `az` on every call otherwise).
 */
export function tokenProvider(siteUrl: string, settings: AuthSettings, env: NodeJS.ProcessEnv = process.env): (() => Promise<string>) | undefined {
  const mode = settings.mode ?? resolveAuthMode(siteUrl, undefined);
  if (mode === 'none') return undefined;
  refuseTokenOverHttp(siteUrl);
  checkAuthSettings(mode, settings);
  const scope = sharePointScope(siteUrl);
  let credential: Promise<TokenCredential> | undefined;
  const token = cachedToken(() => (credential ??= credentialFor(mode, settings, env)), scope);
  return async () => {
    try {
      return await token();
    } catch (error) {
      throw new AuthSetupError('authToken', { scope, mode, detail: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  };
}

/** Bearer tokens for `scope` from a credential, renewed five minutes before they expire. */
export function cachedToken(credential: () => TokenCredential | Promise<TokenCredential>, scope: string): () => Promise<string> {
  let cached: AccessToken | null = null;
  return async () => {
    if (cached && cached.expiresOnTimestamp - Date.now() > 5 * 60_000) return cached.token;
    cached = await (await credential()).getToken(scope);
    if (!cached) throw new Error(`no token for ${scope}`);
    return cached.token;
  };
}
