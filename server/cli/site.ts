import type { SPFI } from '@pnp/sp';
import { createSp } from '../../src/data/sp';
import { authSettingsFrom, resolveAuthMode, tokenProvider, type AuthMode } from '../auth';
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
    throw new UserError('siteNotUrl', { value: siteUrl });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError('siteNotHttp', { value: siteUrl });
  // Auth set-up errors (AuthSetupError) carry their message in every language; the CLI shows them as they are.
  const auth = resolveAuthMode(siteUrl, typeof options.auth === 'string' ? options.auth : undefined);
  const token = tokenProvider(siteUrl, { ...authSettingsFrom(options, ctx.env), mode: auth, prompt: ctx.err }, ctx.env);
  return { sp: createSp({ siteUrl, token }), siteUrl, auth };
}
