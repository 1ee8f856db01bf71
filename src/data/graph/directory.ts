import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { executeBatched, type BatchOptions, type BatchRequest } from './batch';
import { relativeGraphPath, type GraphClientLike } from './client';

/**
 * Who people are in Entra ID: whether a recipient still exists, their preferred language and their
 * object id (for Teams notifications); and the steering group's members.
 */

export interface DirectoryPerson {
  readonly email: string;
  readonly exists: boolean;
  readonly userId?: string;
  readonly displayName?: string;
  readonly language?: Lang;
}

interface GraphUser {
  readonly id?: string;
  readonly displayName?: string;
  readonly mail?: string | null;
  readonly userPrincipalName?: string;
  readonly preferredLanguage?: string | null;
}

const USER_SELECT = '$select=id,displayName,mail,userPrincipalName,preferredLanguage';

function toPerson(email: string, user: GraphUser): DirectoryPerson {
  return {
    email,
    exists: true,
    userId: user.id,
    displayName: user.displayName,
    language: user.preferredLanguage ? langFromCulture(user.preferredLanguage) : undefined
  };
}

/**
 * Looks people up by e-mail in JSON batches: first as user principal name (`/users/{upn}`), then, for
 * those not found, by `mail`. A person found by neither no longer exists (`exists: false`). Parts that
 * fail otherwise (throttling exhausted, 5xx) are left out of the result: unknown, not "gone".
 */
export async function lookupPeople(graph: GraphClientLike, emails: readonly string[], batch?: BatchOptions): Promise<Map<string, DirectoryPerson>> {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const found = new Map<string, DirectoryPerson>();
  const byUpn: BatchRequest[] = unique.map((email, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${encodeURIComponent(email)}?${USER_SELECT}` }));
  const first = await executeBatched(graph, byUpn, batch);
  const notFound: string[] = [];
  unique.forEach((email, i) => {
    const r = first.get(String(i + 1));
    if (r?.status === 200) found.set(email, toPerson(email, r.body as GraphUser));
    else if (r?.status === 404) notFound.push(email);
  });
  if (notFound.length) {
    const byMail: BatchRequest[] = notFound.map((email, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: `/users?$filter=${encodeURIComponent(`mail eq '${email.replace(/'/g, "''")}'`)}&${USER_SELECT}`
    }));
    const second = await executeBatched(graph, byMail, batch);
    notFound.forEach((email, i) => {
      const r = second.get(String(i + 1));
      if (r?.status !== 200) return;
      const user = ((r.body as { value?: GraphUser[] }).value ?? [])[0];
      found.set(email, user ? toPerson(email, user) : { email, exists: false });
    });
  }
  return found;
}

/** The members of a Microsoft 365 group (the steering group's team), with their languages. */
export async function groupMembers(graph: GraphClientLike, groupId: string): Promise<DirectoryPerson[]> {
  const out: DirectoryPerson[] = [];
  let next: string | undefined = `/groups/${encodeURIComponent(groupId)}/members/microsoft.graph.user?${USER_SELECT}&$top=999`;
  while (next) {
    const page = (await graph.api(next).get()) as { value?: GraphUser[]; '@odata.nextLink'?: string };
    for (const u of page.value ?? []) {
      const email = (u.mail ?? '').trim().toLowerCase();
      out.push(email ? toPerson(email, u) : { email: '', exists: true, userId: u.id, displayName: u.displayName });
    }
    next = page['@odata.nextLink'] ? relativeGraphPath(page['@odata.nextLink']) : undefined;
  }
  return out;
}
