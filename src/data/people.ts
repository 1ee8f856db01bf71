import type { SPFI } from '@pnp/sp';
import type { Person } from '../core/schema';
import { toDataError } from './errors';
import './pnp';

/** SharePoint Online's claims login name for an Entra ID account, what `ensureUser` expects. */
export function claimsLogin(email: string): string {
  return `i:0#.f|membership|${email}`;
}

/** Most parts SharePoint takes in one `$batch` in practice (PnP Core SDK splits there too). */
export const BATCH_SIZE = 100;

/**
 * Resolves people (by e-mail) to site user ids with `web.ensureUser`, which also adds a person the site has
 * not seen yet. Unknown e-mails are ensured together in one batch; ids are cached for the life of the
 * directory (one run of the CLI, one page load).
 */
export class PeopleDirectory {
  private readonly ids: Map<string, number> = new Map();

  public constructor(private readonly sp: SPFI) {}

  public idOf(email: string): number | undefined {
    return this.ids.get(email.toLowerCase());
  }

  /** Remembers an id learnt elsewhere (e.g. read with an item). */
  public remember(person: Person): void {
    if (person.id !== undefined) this.ids.set(person.email.toLowerCase(), person.id);
  }

  /**
   * Ensures every person; returns the ones SharePoint could not resolve, with why, so that a bulk write
   * fails only the items that name them.
   */
  public async ensure(people: readonly Person[]): Promise<Map<string, Error>> {
    const failures: Map<string, Error> = new Map();
    const missing = Array.from(new Set(people.filter((p) => p.id === undefined).map((p) => p.email.toLowerCase()))).filter((e) => !this.ids.has(e));
    for (const p of people) this.remember(p);
    for (let start = 0; start < missing.length; start += BATCH_SIZE) {
      const chunk = missing.slice(start, start + BATCH_SIZE);
      const [batched, execute] = this.sp.batched({ maxRequests: BATCH_SIZE });
      const pending = chunk.map((email) =>
        batched.web.ensureUser(claimsLogin(email)).then(
          (user) => {
            this.ids.set(email, user.Id);
          },
          (error: unknown) => {
            failures.set(email, toDataError(error, `resolve user ${email}`));
          }
        )
      );
      await execute();
      await Promise.all(pending);
    }
    return failures;
  }

  /** Ensures one person and returns the id, throwing if SharePoint cannot resolve them. */
  public async ensureOne(person: Person): Promise<number> {
    const failures = await this.ensure([person]);
    const failure = failures.get(person.email.toLowerCase());
    if (failure) throw failure;
    const id = person.id ?? this.idOf(person.email);
    if (id === undefined) throw new Error(`No site user id for ${person.email}`);
    return id;
  }
}
