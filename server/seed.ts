import type { SPFI } from '@pnp/sp';
import { MessageError } from '../src/core/i18n/cli';
import {
  GROUPS, ROADMAP_ACTIONS,
  type Entity, type Fields, type GroupKey, type IdeaFields, type ListDef, type MetricValueFields, type Person,
  type ProgrammeMetricFields, type RoadmapActionFields, type StatusUpdateFields, type SteeringMeetingFields
} from '../src/core/schema';
import type { BulkResult, IListRepository } from '../src/data/contracts';
import { claimsLogin, PeopleDirectory } from '../src/data/people';
import { syncIdeaLocks, syncOwnerRights } from '../src/data/permissions';
import { createRepositories } from '../src/data/repository';
import { webPathOf } from '../src/data/sp';

/**
 * Writes sample data to a provisioned site through the repositories (batched). The data itself comes
 * from a pure builder (server/sample) that refers to other items by their codes; ids are resolved here.
 */

/** An item that refers to an action by its code instead of a list item id. */
type ByActionCode<T> = Omit<T, 'action'> & { readonly actionCode: string };

/** A status report; `authorEmail` is the owner who filed it (see `actAs`). */
export type SampleReport = ByActionCode<StatusUpdateFields> & { readonly authorEmail?: string };

export interface SampleData {
  /** `carriedFromCode`: the earlier action this one continues (set after all actions exist). */
  readonly actions: readonly (RoadmapActionFields & { readonly carriedFromCode?: string | null })[];
  readonly statusUpdates: readonly SampleReport[];
  readonly meetings: readonly SteeringMeetingFields[];
  readonly metrics: readonly ProgrammeMetricFields[];
  readonly metricValues: readonly (Omit<MetricValueFields, 'metric'> & { readonly metricCode: string })[];
  readonly ideas?: readonly (Omit<IdeaFields, 'action'> & { readonly actionCode?: string | null })[];
  /** The sample people and the SharePoint group (security.ts) each belongs to. */
  readonly members?: readonly { readonly person: Person; readonly group: GroupKey }[];
}

export type SampleBuilder = (now: Date) => SampleData;

export interface SeedOptions {
  /** Add the sample even if the site already has actions. */
  readonly force?: boolean;
  /** Give each owner the item-level right on their actions (default true). */
  readonly grantOwners?: boolean;
  /**
   * The site as another user, so that a report's Created By is its author (owners may edit only their own
   * reports: WriteSecurity 2). Only the local emulator lets a client act as someone else; against a tenant
   * this is absent and the account running the seed is the author of everything.
   */
  readonly actAs?: (email: string) => SPFI;
  readonly progress?: (step: SeedStep) => void;
}

export interface SeedCount {
  readonly list: string;
  readonly added: number;
  readonly failed: number;
}

export interface SeedReport {
  readonly counts: readonly SeedCount[];
  readonly groupMembers: number;
  readonly ownerGrants: number;
  /** One line per item or step that failed; the rest was still written. */
  readonly failures: readonly string[];
}

/** The site already holds actions: seeding again would duplicate the sample. */
export class SiteNotEmptyError extends MessageError {
  public readonly name = 'SiteNotEmptyError';
  public constructor() {
    super({ key: 'siteNotEmpty' });
  }
}

/** What the seed has written so far, for a progress line in the caller's language. */
export type SeedStep =
  | { readonly kind: 'list'; readonly list: string; readonly added: number; readonly failed: number }
  | { readonly kind: 'members'; readonly count: number }
  | { readonly kind: 'owners'; readonly count: number };

export async function hasActions(sp: SPFI): Promise<boolean> {
  const items = await sp.web.getList(`${webPathOf(sp)}/${ROADMAP_ACTIONS.url}`).items.select('Id').top(1)<{ Id: number }[]>();
  return items.length > 0;
}

function byCode<L extends ListDef>(saved: readonly Entity<L>[]): Map<string, number> {
  const map: Map<string, number> = new Map();
  for (const e of saved) {
    const code = (e as unknown as { code?: unknown }).code;
    if (typeof code === 'string') map.set(code, e.id);
  }
  return map;
}

export async function seedSite(sp: SPFI, data: SampleData, options: SeedOptions = {}): Promise<SeedReport> {
  if (!options.force && (await hasActions(sp))) throw new SiteNotEmptyError();
  const progress = options.progress ?? (() => undefined);
  const repos = createRepositories(sp);
  const counts: SeedCount[] = [];
  const failures: string[] = [];

  async function write<L extends ListDef>(repo: IListRepository<L>, items: readonly Fields<L>[], describe: (i: number) => string): Promise<Entity<L>[]> {
    const result: BulkResult<L> = await repo.addMany(items);
    for (const f of result.failed) failures.push(`${repo.def.url}: ${describe(f.index)}: ${f.error.message.split('\n')[0]}`);
    counts.push({ list: repo.def.url, added: result.saved.length, failed: result.failed.length });
    progress({ kind: 'list', list: repo.def.url, added: result.saved.length, failed: result.failed.length });
    return result.saved;
  }
  function unresolved(list: string, what: string): void {
    failures.push(`${list}: ${what}`);
  }

  // Metrics and their yearly values.
  const metrics = byCode(await write(repos.metrics, data.metrics, (i) => data.metrics[i].code));
  const values: Fields<typeof repos.metricValues.def>[] = [];
  for (const { metricCode, ...value } of data.metricValues) {
    const metric = metrics.get(metricCode);
    if (metric === undefined) unresolved(repos.metricValues.def.url, `no metric ${metricCode}`);
    else values.push({ ...value, metric });
  }
  await write(repos.metricValues, values, (i) => `${String(values[i].metric)}/${values[i].year}`);

  await write(repos.meetings, data.meetings, (i) => data.meetings[i].title);

  // Actions, then the carry-over links between them (ids exist only after the first pass).
  const actionFields: RoadmapActionFields[] = data.actions.map(({ carriedFromCode: _ignored, ...fields }) => ({ ...fields, carriedFrom: null }));
  const savedActions = await write(repos.actions, actionFields, (i) => actionFields[i].code ?? actionFields[i].title);
  const actions = byCode(savedActions);
  const links = data.actions
    .filter((a) => a.carriedFromCode)
    .map((a) => ({ action: savedActions.filter((s) => s.code === a.code)[0], from: actions.get(String(a.carriedFromCode)) }))
    .filter((l) => l.action !== undefined && l.from !== undefined);
  if (links.length > 0) {
    const linked = await repos.actions.updateMany(links.map((l) => ({ id: l.action.id, etag: l.action.etag, changes: { carriedFrom: l.from ?? null } })));
    for (const f of linked.failed) failures.push(`carry-over link ${links[f.index].action.code ?? ''}: ${f.error.message}`);
  }

  // Group members before the reports: an owner needs the owners group's contribute right to report.
  const groupMembers = await addGroupMembers(sp, data.members ?? [], failures);
  if (groupMembers > 0) progress({ kind: 'members', count: groupMembers });

  // Owners' rights before their reports: each owner adds reports only in the folders of the actions they
  // own (the same alignment as `tiekartta rights`). Without it, reports are written by the seeding account.
  let ownerGrants = 0;
  if (options.grantOwners !== false) {
    const rights = await syncOwnerRights(sp, savedActions, repos.people);
    for (const f of rights.failed) failures.push(`owner right on ${f.code}: ${f.message}`);
    ownerGrants = rights.granted + rights.unchanged;
    progress({ kind: 'owners', count: ownerGrants });
  }

  const byAuthor: Map<string, StatusUpdateFields[]> = new Map();
  for (const { actionCode, authorEmail, ...report } of data.statusUpdates) {
    const action = actions.get(actionCode);
    if (action === undefined) {
      unresolved(repos.statusUpdates.def.url, `no action ${actionCode}`);
      continue;
    }
    const author = options.actAs && authorEmail && options.grantOwners !== false ? authorEmail.toLowerCase() : '';
    byAuthor.set(author, [...(byAuthor.get(author) ?? []), { ...report, action }]);
  }
  let reported = 0;
  let reportFailures = 0;
  for (const [author, reports] of Array.from(byAuthor.entries())) {
    const repo = author && options.actAs ? createRepositories(options.actAs(author)).statusUpdates : repos.statusUpdates;
    const result = await repo.addMany(reports);
    for (const f of result.failed) failures.push(`${repo.def.url}: ${String(reports[f.index].action)} ${reports[f.index].reportedOn}${author ? ` by ${author}` : ''}: ${f.error.message.split('\n')[0]}`);
    reported += result.saved.length;
    reportFailures += result.failed.length;
  }
  counts.push({ list: repos.statusUpdates.def.url, added: reported, failed: reportFailures });
  progress({ kind: 'list', list: repos.statusUpdates.def.url, added: reported, failed: reportFailures });

  const ideas: IdeaFields[] = (data.ideas ?? []).map(({ actionCode, ...idea }) => ({ ...idea, action: actionCode ? actions.get(actionCode) ?? null : null }));
  const savedIdeas = ideas.length > 0 ? await write(repos.ideas, ideas, (i) => ideas[i].title) : [];
  // An accepted idea's action points back to it, as accepting one in the steering tab leaves it.
  const accepted = savedIdeas.filter((idea) => idea.state === 'accepted' && idea.action !== null);
  for (const idea of accepted) {
    try {
      const action = await repos.actions.get(Number(idea.action));
      if (action.fromIdea === null) await repos.actions.update(action.id, action.etag, { fromIdea: idea.id });
    } catch (error) {
      failures.push(`idea link ${idea.title}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Triaged sample ideas are read-only to their proposers, as `tiekartta rights` leaves them on a tenant.
  const locks = await syncIdeaLocks(sp, savedIdeas);
  for (const f of locks.failed) failures.push(`idea lock ${f.idea}: ${f.message}`);

  return { counts, groupMembers, ownerGrants, failures };
}

/** Adds people to our SharePoint groups (one batch); a group that is missing is reported, not created. */
async function addGroupMembers(sp: SPFI, members: readonly { readonly person: Person; readonly group: GroupKey }[], failures: string[]): Promise<number> {
  if (members.length === 0) return 0;
  const groups = await sp.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>();
  const idOf = (key: GroupKey): number | undefined => {
    const name = GROUPS.filter((g) => g.key === key)[0]?.name;
    return groups.filter((g) => g.Title === name)[0]?.Id;
  };
  const people = new PeopleDirectory(sp);
  const unresolvedPeople = await people.ensure(members.map((m) => m.person));
  const [batched, execute] = sp.batched({ maxRequests: 100 });
  let added = 0;
  const pending: Promise<void>[] = [];
  for (const { person, group } of members) {
    const groupId = idOf(group);
    if (groupId === undefined) {
      failures.push(`group ${group} not found: run provision first`);
      continue;
    }
    if (unresolvedPeople.has(person.email.toLowerCase())) {
      failures.push(`member ${person.email}: ${unresolvedPeople.get(person.email.toLowerCase())?.message ?? ''}`);
      continue;
    }
    pending.push(
      batched.web.siteGroups.getById(groupId).users.add(claimsLogin(person.email)).then(
        () => {
          added++;
        },
        (error: unknown) => {
          failures.push(`member ${person.email} of ${group}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      )
    );
  }
  await execute();
  await Promise.all(pending);
  return added;
}
