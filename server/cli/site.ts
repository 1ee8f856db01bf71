import type { SPFI } from '@pnp/sp';
import { createSp } from '../../src/data/sp';
import { AUTH_MODES, AuthSetupError, authSettingsFrom, resolveAuthMode, tokenProvider, type AuthMode } from '../auth';
import { requireOption, UserError, type CommandContext, type Command, type OptionValues } from './command';

/**
 * The options every command that talks to a site shares (`--site` and the auth options), and the one
 * function that turns them into a configured SPFI.
 */
export const SITE_OPTIONS: Command['options'] = {
  site: { type: 'string' },
  auth: { type: 'string' },
  tenant: { type: 'string' },
  'client-id': { type: 'string' },
  cert: { type: 'string' }
};

export const SITE_HELP = [
  '  --site URL          the programme site, e.g. https://porvoo.sharepoint.com/sites/digiohjelma',
  '                      or the emulator at http://localhost:PORT/sites/digiohjelma',
  `  --auth MODE         ${AUTH_MODES.join(' | ')} (default: none for localhost, azure-cli otherwise)`,
  '  --tenant ID         Entra tenant (or AZURE_TENANT_ID)',
  '  --client-id ID      app registration for device-code / certificate (or AZURE_CLIENT_ID)',
  '  --cert FILE         PEM certificate for app-only access (or AZURE_CLIENT_CERTIFICATE_PATH;',
  '                      its password from AZURE_CLIENT_CERTIFICATE_PASSWORD)'
].join('\n');

export interface SiteConnection {
  readonly sp: SPFI;
  readonly siteUrl: string;
  readonly auth: AuthMode;
}

/** Validates `--site` and the auth options and builds the SPFI. */
export function connectSite(options: OptionValues, ctx: CommandContext): SiteConnection {
  const siteUrl = requireOption(options, 'site');
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new UserError(`--site is not a URL: ${siteUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`--site must be an http(s) URL: ${siteUrl}`);
  try {
    const auth = resolveAuthMode(siteUrl, typeof options.auth === 'string' ? options.auth : undefined);
    const token = tokenProvider(siteUrl, { ...authSettingsFrom(options, ctx.env), mode: auth, prompt: ctx.err }, ctx.env);
    return { sp: createSp({ siteUrl, token }), siteUrl, auth };
  } catch (error) {
    if (error instanceof AuthSetupError) throw new UserError(error.message);
    throw error;
  }
}
