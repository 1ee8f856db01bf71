import {
  ACTION_DECISIONS, REMINDER_LOG, ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, entityToItem, fieldByKey, itemToEntity,
  type ReminderLogEntry, type RoadmapActionFields, type StatusUpdateFields, type SteeringMeetingFields
} from '../../../src/core/schema';
import { helsinkiInstant } from '../../../src/core/time/helsinki';
import { EMULATOR_STEERING_GROUP_ID, MemoryGraphStore, startGraphEmulator, type GraphEmulator, type OutboxEntry, type RawSpItem } from '../../../server/emulator/graph';
import { main } from '../../../server/cli/main';
import type { GraphClientLike, GraphRequestLike } from '../../../src/data/graph';
import { mulberry32 } from '../../../server/sample/prng';

/** Runs `tiekartta …` in process and keeps what it printed. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  // The messages these tests read are the English ones; a test may set LANG itself.
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'en_GB.UTF-8', ...env } });
  return { code, out, err };
}

/** Helsinki wall-clock time as an ISO instant. */
export function at(day: string, time = '09:00'): string {
  return helsinkiInstant(day, time).toISOString();
}

export interface Person {
  readonly name: string;
  readonly email: string | null;
  readonly lang?: 'fi' | 'sv' | 'en';
  readonly steering?: boolean;
  readonly teams?: boolean;
  /** In SharePoint but no longer in the directory. */
  readonly deleted?: boolean;
}

/**
 * A programme world in the emulator's store: people (directory, site users, the steering group),
 * meetings, actions and status reports, with the store's clock under the test's control.
 */
export class World {
  public readonly store = new MemoryGraphStore();
  public emulator!: GraphEmulator;
  public clock = new Date(at('2025-01-01'));
  private readonly siteUserIds = new Map<string, number>();

  public async start(options: { random?: () => number } = {}): Promise<this> {
    this.store.now = () => this.clock;
    this.emulator = await startGraphEmulator({ store: this.store, now: () => this.clock, random: options.random });
    return this;
  }

  public stop(): Promise<void> {
    return this.emulator.stop();
  }

  public addPeople(people: readonly Person[]): this {
    for (const p of people) {
      const id = this.store.addDirectoryUser({
        displayName: p.name, mail: p.email, preferredLanguage: p.lang ? `${p.lang}-FI` : null, teamsAppInstalled: p.teams, upn: p.email ?? undefined
      });
      this.siteUserIds.set(p.email ?? p.name, id);
      if (p.steering && p.email) this.store.addGroupMember(EMULATOR_STEERING_GROUP_ID, p.email);
      if (p.deleted && p.email) this.store.deleteDirectoryUser(p.email);
    }
    return this;
  }

  public userId(emailOrName: string): number {
    const id = this.siteUserIds.get(emailOrName);
    if (id === undefined) throw new Error(`unknown person ${emailOrName}`);
    return id;
  }

  public addMeeting(day: string, time = '09:00', state: SteeringMeetingFields['state'] = 'scheduled'): number {
    const fields = entityToItem(STEERING_MEETINGS, { title: `Digijohtoryhmä ${day}`, startsAt: at(day, time), endsAt: at(day, '11:00'), state });
    return this.store.addItem(this.store.listIdOf(STEERING_MEETINGS), fields).Id;
  }

  public updateMeeting(id: number, changes: Partial<SteeringMeetingFields>): void {
    this.store.updateItem(this.store.listIdOf(STEERING_MEETINGS), id, entityToItem(STEERING_MEETINGS, changes));
  }

  public addAction(code: string, owner: string | null, status: RoadmapActionFields['status'] = 'in-progress'): number {
    const values: Partial<RoadmapActionFields> = {
      title: `Toimenpide ${code}`, roadmapYear: 2025, goal: 'A', level: 'shared', status,
      owner: owner ? { email: owner, id: this.userId(owner) } : null
    };
    const id = this.store.addItem(this.store.listIdOf(ROADMAP_ACTIONS), entityToItem(ROADMAP_ACTIONS, values)).Id;
    // The code is the steering group's: it lives in ActionDecisions (schema 4).
    this.store.addItem(this.store.listIdOf(ACTION_DECISIONS), entityToItem(ACTION_DECISIONS, { action: id, code }));
    return id;
  }

  /** A report written by the action's owner (a report counts only when its writer was entitled to it). */
  public report(actionId: number, reportedOn: string, extra: Partial<StatusUpdateFields> = {}): void {
    const values: Partial<StatusUpdateFields> = { title: 'Tilannepäivitys', action: actionId, reportedOn, overallLight: 'green', progress: 50, ...extra };
    const action = this.store.items(this.store.listIdOf(ROADMAP_ACTIONS)).find((a) => a.Id === actionId);
    const ownerId = action?.[`${fieldByKey(ROADMAP_ACTIONS, 'owner').internalName}Id`];
    const owner = typeof ownerId === 'number' ? ownerId : undefined;
    this.store.addItem(this.store.listIdOf(STATUS_UPDATES), entityToItem(STATUS_UPDATES, values), owner);
  }

  public log(): ReminderLogEntry[] {
    return this.store.items(this.store.listIdOf(REMINDER_LOG)).map((raw: RawSpItem) => itemToEntity(REMINDER_LOG, { ...raw, 'odata.etag': `"${raw.Version}"` }));
  }

  public mail(): OutboxEntry[] {
    return this.emulator.outbox().filter((e) => e.type === 'mail');
  }
}

export const SENDER = 'digitiekartta@porvoo.fi';

/** A small deterministic PRNG (mulberry32) so fault storms are reproducible. */
export const seededRandom = mulberry32;

export class Crash extends Error {}

/** A request counter shared by the Graph client and SharePoint's fetch, so a crash can fall on any request. */
export interface CrashPlan {
  count: number;
  readonly limit: number;
  readonly when: 'before' | 'after';
}

export function crashPlan(limit: number, when: 'before' | 'after'): CrashPlan {
  return { count: 0, limit, when };
}

/** Runs request number `++plan.count`: dies before sending it, or after the server handled it (the answer is lost). */
async function step<T>(plan: CrashPlan, send: () => Promise<T>): Promise<T> {
  const n = ++plan.count;
  if (n > plan.limit || (n === plan.limit && plan.when === 'before')) throw new Crash(`crashed before request ${n}`);
  const result = await send();
  if (n === plan.limit) throw new Crash(`crashed after request ${n}`);
  return result;
}

/**
 * A Graph client that dies at request number `limit` (counting every GET/POST/PATCH): either before
 * sending it, or after the server handled it but before the answer is seen (the answer is lost).
 */
export function crashing(inner: GraphClientLike, limit: number, when: 'before' | 'after', plan: CrashPlan = crashPlan(limit, when)): GraphClientLike & { count: number } {
  const wrap = (request: GraphRequestLike): GraphRequestLike => ({
    header: (name, value) => wrap(request.header(name, value)),
    get: () => step(plan, () => request.get()),
    post: (body) => step(plan, () => request.post(body)),
    patch: (body) => step(plan, () => request.patch(body))
  });
  return {
    api: (path) => wrap(inner.api(path)),
    serverClock: inner.serverClock,
    get count() {
      return plan.count;
    }
  };
}

/** The same for SharePoint REST: a fetch that dies at the plan's request. */
export function crashingFetch(plan: CrashPlan): typeof fetch {
  return (input, init) => step(plan, () => fetch(input, init));
}
