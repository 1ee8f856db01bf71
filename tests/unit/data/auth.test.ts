import type { TokenCredential } from '@azure/identity';
import { AuthSetupError, authSettingsFrom, cachedToken, checkAuthSettings, refuseTokenOverHttp, resolveAuthMode, sharePointScope, tokenProvider } from '../../../server/auth';
import { main } from '../../../server/cli/main';

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

describe('sign-in tokens never travel over plain http to another host', () => {
  it('allows https anywhere and http only to this machine', () => {
    expect(() => refuseTokenOverHttp('https://porvoo.sharepoint.com/sites/digiohjelma')).not.toThrow();
    expect(() => refuseTokenOverHttp('http://localhost:4321/sites/digiohjelma')).not.toThrow();
    expect(() => refuseTokenOverHttp('http://127.0.0.1:4321/graph')).not.toThrow();
    expect(() => refuseTokenOverHttp('http://intranet.porvoo.fi/sites/digiohjelma')).toThrow(
      'refusing to send a sign-in token to intranet.porvoo.fi over unencrypted http://; use https://intranet.porvoo.fi/sites/digiohjelma');
    expect(() => refuseTokenOverHttp('http://intranet.porvoo.fi/sites/digiohjelma')).toThrow(AuthSetupError);
    // Checked when the command starts, before any credential is asked for a token.
    expect(() => tokenProvider('http://intranet.porvoo.fi/sites/x', { mode: 'azure-cli' })).toThrow(/refusing to send a sign-in token/);
    expect(tokenProvider('http://intranet.porvoo.fi/sites/x', { mode: 'none' })).toBeUndefined();
  });

  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'en_GB.UTF-8' } });
    return { code, out, err };
  };

  it('makes a site command stop with one clear line', async () => {
    const { code, err } = await run(['provision', '--site', 'http://intranet.porvoo.fi/sites/digiohjelma']);
    expect(code).toBe(1);
    expect(err).toEqual(['tiekartta provision: refusing to send a sign-in token to intranet.porvoo.fi over unencrypted http://; use https://intranet.porvoo.fi/sites/digiohjelma']);
  });

  it('makes the reminders command stop with one clear line for a Graph URL over http', async () => {
    const { code, err } = await run(['reminders', '--site', 'https://porvoo.sharepoint.com/sites/digiohjelma', '--graph', 'http://graph.porvoo.fi',
      '--auth', 'azure-cli', '--sender', 'digitiekartta@porvoo.fi', '--steering-members', 'a@porvoo.fi', '--dry-run']);
    expect(code).toBe(1);
    expect(err).toEqual(['tiekartta reminders: refusing to send a sign-in token to graph.porvoo.fi over unencrypted http://; use https://graph.porvoo.fi']);
  });
});
