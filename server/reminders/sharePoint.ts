import type { SPFI } from '@pnp/sp';
import { alignRights, describeAlignment } from '../../src/data/reconcile';
import { sharePointReportAuthority, type ReportAuthoritySource } from '../../src/data/reportAuthority';
import { createSp } from '../../src/data/sp';
import { cachedToken, refuseTokenOverHttp, sharePointScope } from '../auth';
import type { LogAccess } from './logStore';

/**
 * What the reminder job (CLI and Function) does through SharePoint REST besides its log: judge which
 * status reports count (the steering group's members and the actions' ownership history), and align the
 * rights that follow the data after each run (owners' rights on their actions and report folders; former
 * owners lose theirs). Needs the job's identity to hold Full Control on the programme site (Sites.Selected
 * `fullcontrol`): without it the alignment is refused and logged, and the run itself stands.
 */
export interface JobSharePoint {
  readonly reportAuthority: ReportAuthoritySource;
  /** Aligns the rights; resolves with one line for the log (never throws). */
  alignRights(): Promise<string>;
}

export function siteFor(siteUrl: string, access: Pick<LogAccess, 'credential' | 'emulatorIdentity'>): SPFI {
  const { credential } = access;
  if (credential) refuseTokenOverHttp(siteUrl);
  return createSp({
    siteUrl,
    ...(credential ? { token: cachedToken(() => credential, sharePointScope(siteUrl)) } : {}),
    ...(access.emulatorIdentity ? { headers: { Authorization: `Bearer emu:${access.emulatorIdentity}` } } : {})
  });
}

export function jobSharePoint(siteUrl: string, access: Pick<LogAccess, 'credential' | 'emulatorIdentity'>): JobSharePoint {
  const sp = siteFor(siteUrl, access);
  return {
    reportAuthority: sharePointReportAuthority(sp),
    async alignRights() {
      try {
        return `rights: ${describeAlignment(await alignRights(sp))}`;
      } catch (error) {
        return `rights: not aligned (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run tiekartta rights as a site admin`;
      }
    }
  };
}
