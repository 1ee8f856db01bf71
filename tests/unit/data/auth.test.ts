import type { TokenCredential } from '@azure/identity';
import { AuthSetupError, authSettingsFrom, cachedToken, checkAuthSettings, resolveAuthMode, sharePointScope, tokenProvider } from '../../../server/auth';

describe('auth for real tenants', () => {
  it('needs no token against the local emulator and defaults to Azure CLI for a tenant', () => {
    expect(resolveAuthMode('http://localhost:4321/sites/digiohjelma', undefined)).toBe('none');
    expect(resolveAuthMode('https://porvoo.sharepoint.com/sites/digiohjelma', undefined)).toBe('azure-cli');
    expect(tokenProvider('http://127.0.0.1:1/sites/x', { mode: 'none' })).toBeUndefined();
  });

  it('rejects an unknown --auth with the list of modes', () => {
    expect(() => resolveAuthMode('https://porvoo.sharepoint.com/sites/x', 'password')).toThrow(/azure-cli, device-code, certificate, none/);
  });

  it('asks SharePoint for its own resource scope', () => {
    expect(sharePointScope('https://porvoo.sharepoint.com/sites/digiohjelma')).toBe('https://porvoo.sharepoint.com/.default');
  });

  it('takes settings from options first, then the @azure/identity environment variables', () => {
    const env = { AZURE_TENANT_ID: 't-env', AZURE_CLIENT_ID: 'c-env', AZURE_CLIENT_CERTIFICATE_PATH: '/certs/app.pem' };
    expect(authSettingsFrom({ tenant: 't-opt' }, env)).toEqual({ tenantId: 't-opt', clientId: 'c-env', certificatePath: '/certs/app.pem' });
  });

  it('says which setting is missing for device code and certificate credentials', () => {
    expect(() => checkAuthSettings('device-code', {})).toThrow(AuthSetupError);
    expect(() => checkAuthSettings('certificate', { tenantId: 't', clientId: 'c' })).toThrow(/--cert/);
    expect(() => checkAuthSettings('certificate', { tenantId: 't', clientId: 'c', certificatePath: '/x.pem' })).not.toThrow();
    // Checked when the command starts, not at the first request.
    expect(() => tokenProvider('https://porvoo.sharepoint.com/sites/x', { mode: 'device-code' })).toThrow(/--client-id/);
  });
});

describe('cachedToken', () => {
  it('reuses a token until five minutes before it expires, then asks the credential again for the same scope', async () => {
    const scopes: string[] = [];
    let expiresIn = 60 * 60_000;
    const credential: TokenCredential = {
      getToken: async (scope) => {
        scopes.push(String(scope));
        return { token: `t${scopes.length}`, expiresOnTimestamp: Date.now() + expiresIn };
      }
    };
    const token = cachedToken(() => credential, 'https://porvoo.sharepoint.com/.default');
    expect([await token(), await token()]).toEqual(['t1', 't1']);
    expiresIn = 4 * 60_000;
    const fresh = cachedToken(() => credential, 'https://porvoo.sharepoint.com/.default');
    expect([await fresh(), await fresh()]).toEqual(['t2', 't3']);
    expect(new Set(scopes)).toEqual(new Set(['https://porvoo.sharepoint.com/.default']));
  });
});
