/**
 * Whether a status report counts: its author, and whoever changed it last, must have been the action's
 * owner or a steering group member when they wrote it. SharePoint enforces this for every report filed
 * in the action's folder (schema 4); this check catches what SharePoint cannot: reports filed before the
 * folders existed, reports by site admins (who bypass permissions), and a report an owner files in their
 * own folder but points at someone else's action. Follow-up, the pre-read, the reminder planner and the
 * publication ignore such a report and flag it. Pure; times are SharePoint's own (Created, Modified), never
 * the report's `reportedOn`, which its writer chooses.
 */

/** One person's time as an action's owner: from `from` (inclusive) until `to` (exclusive); null = open. */
export interface OwnerPeriod {
  readonly email: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ReportAuthority {
  /** The steering group's members (e-mail addresses, any case). */
  readonly steering: readonly string[];
  /** Each action's current owner, for actions whose ownership history was not needed. */
  readonly currentOwners: ReadonlyMap<number, string | null>;
  /** Each action's owners over time, from its version history, where it was read. */
  readonly ownership?: ReadonlyMap<number, readonly OwnerPeriod[]>;
}

/** What the check needs of a report (SharePoint's own author, editor and times). */
export interface JudgedReport {
  readonly id?: number;
  readonly action: number;
  readonly reportedOn: string;
  readonly created?: string;
  readonly modified?: string;
  readonly authorEmail?: string;
  readonly editorEmail?: string;
}

export type UnauthorisedReason = 'author-not-entitled' | 'editor-not-entitled' | 'author-unknown';

/** A report that does not count, and why; presentation names the action by code. */
export interface FlaggedReport {
  readonly reportId: number | null;
  readonly actionId: number;
  readonly reportedOn: string;
  readonly reason: UnauthorisedReason;
  /** The person who was not entitled (lower case), when known. */
  readonly who: string | null;
  /** When they wrote it (SharePoint's time). */
  readonly at: string | null;
}

export interface ScreenedReports<R> {
  readonly accepted: readonly R[];
  readonly flagged: readonly FlaggedReport[];
}

function lower(email: string | null | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/** The action's owner at an instant: its ownership history where known, else its current owner. */
export function ownerAt(authority: ReportAuthority, actionId: number, at: string | null | undefined): string {
  const periods = authority.ownership?.get(actionId);
  if (periods && periods.length > 0 && at) {
    const t = Date.parse(at);
    const during = periods.filter((p) => (p.from === null || Date.parse(p.from) <= t) && (p.to === null || t < Date.parse(p.to)));
    return lower(during[during.length - 1]?.email);
  }
  return lower(authority.currentOwners.get(actionId));
}

/** Whether a person may write reports on the action at an instant (its owner then, or the steering group). */
export function isEntitled(authority: ReportAuthority, actionId: number, email: string | null | undefined, at: string | null | undefined): boolean {
  const who = lower(email);
  if (who === '') return false;
  if (authority.steering.some((s) => lower(s) === who)) return true;
  return ownerAt(authority, actionId, at) === who;
}

/** Why a report does not count, or null when it does. */
export function judgeReport(report: JudgedReport, authority: ReportAuthority): FlaggedReport | null {
  const flag = (reason: UnauthorisedReason, who: string | null, at: string | null): FlaggedReport =>
    ({ reportId: report.id ?? null, actionId: report.action, reportedOn: report.reportedOn, reason, who, at });
  const author = lower(report.authorEmail);
  const created = report.created ?? null;
  if (author === '') return flag('author-unknown', null, created);
  if (!isEntitled(authority, report.action, author, created)) return flag('author-not-entitled', author, created);
  const editor = lower(report.editorEmail);
  const modified = report.modified ?? null;
  if (editor !== '' && editor !== author && !isEntitled(authority, report.action, editor, modified)) return flag('editor-not-entitled', editor, modified);
  return null;
}

/** Splits reports into those that count and those that are flagged. Without an authority, all count. */
export function screenReports<R extends JudgedReport>(reports: readonly R[], authority: ReportAuthority | undefined): ScreenedReports<R> {
  if (!authority) return { accepted: reports, flagged: [] };
  const accepted: R[] = [];
  const flagged: FlaggedReport[] = [];
  for (const r of reports) {
    const f = judgeReport(r, authority);
    if (f) flagged.push(f);
    else accepted.push(r);
  }
  return { accepted, flagged };
}

/**
 * Reports whose judgement needs the action's ownership history: written or changed by someone who is
 * neither its current owner nor a steering member (a former owner, or someone never entitled).
 */
export function actionsNeedingHistory(reports: readonly JudgedReport[], authority: Omit<ReportAuthority, 'ownership'>): number[] {
  const ids = new Set<number>();
  for (const r of reports) {
    for (const who of [r.authorEmail, r.editorEmail]) {
      const email = lower(who);
      if (email === '' || authority.steering.some((s) => lower(s) === email)) continue;
      if (lower(authority.currentOwners.get(r.action)) !== email) ids.add(r.action);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

/** An action's ownership periods from its versions (any order): who owned it from each version on. */
export function ownershipFromVersions(versions: readonly { readonly modified: string; readonly ownerEmail: string | null }[]): OwnerPeriod[] {
  const sorted = [...versions].sort((a, b) => Date.parse(a.modified) - Date.parse(b.modified));
  const periods: OwnerPeriod[] = [];
  for (const v of sorted) {
    const email = lower(v.ownerEmail);
    const last = periods[periods.length - 1];
    if (last && last.email === email) continue;
    if (last) periods[periods.length - 1] = { ...last, to: v.modified };
    // The first version opens the history: before it the action did not exist.
    periods.push({ email, from: last ? v.modified : null, to: null });
  }
  return periods.filter((p) => p.email !== '');
}
