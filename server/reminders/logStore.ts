import type { TokenCredential } from '@azure/identity';
import type { ReminderLogStore } from '../../src/data/graph';
import { sharePointReminderLog } from '../../src/data/reminderLog';
import type { LogStore } from './config';
import { siteFor } from './sharePoint';

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
}

export function reminderLogFor(store: LogStore, siteUrl: string, access: LogAccess): ReminderLogStore | undefined {
  if (store === 'graph') return undefined;
  return sharePointReminderLog(siteFor(siteUrl, access));
}
