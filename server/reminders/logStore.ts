import type { TokenCredential } from '@azure/identity';
import type { RunDeadline } from '../../src/data/deadline';
import type { ReminderLogStore } from '../../src/data/graph';
import type { ServerClock } from '../../src/data/serverClock';
import { sharePointReminderLog } from '../../src/data/reminderLog';
import { createSp } from '../../src/data/sp';
import { cachedToken, refuseTokenOverHttp, sharePointScope } from '../auth';
import type { LogStore } from './config';

/**
 * The job's ReminderLog for the CLI and the Function: through SharePoint REST with the same credential
 * the job uses for Graph (a token for `https://<tenant>.sharepoint.com/.default`; app-only SharePoint
 * needs a certificate or a managed identity, and `Sites.Selected` of SharePoint on the programme site),
 * or `undefined` for Graph's lists API (the job's default).
 */
export interface LogAccess {
  /** Against a tenant. */
  readonly credential?: TokenCredential;
  /** Against the emulator: act as this user (`Authorization: Bearer emu:<email>`); none = the site admin. */
  readonly emulatorIdentity?: string;
  /** The server's clock, fed by SharePoint's answers too (shared with the job's Graph client). */
  readonly serverClock?: ServerClock;
  /** The run's time budget. */
  readonly deadline?: RunDeadline;
}

export function reminderLogFor(store: LogStore, siteUrl: string, access: LogAccess): ReminderLogStore | undefined {
  if (store === 'graph') return undefined;
  const { credential } = access;
  if (credential) refuseTokenOverHttp(siteUrl);
  const sp = createSp({
    siteUrl,
    ...(credential ? { token: cachedToken(() => credential, sharePointScope(siteUrl)) } : {}),
    ...(access.emulatorIdentity ? { headers: { Authorization: `Bearer emu:${access.emulatorIdentity}` } } : {}),
    retry: { serverClock: access.serverClock, deadline: access.deadline }
  });
  return sharePointReminderLog(sp);
}
