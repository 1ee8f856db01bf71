import { DEMO_USERS } from '../../../server/sample';
import {
  ACTION_DECISIONS, IDEA_TRIAGE, IDEAS, METRIC_VALUES, PROGRAMME_METRICS, ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, allFields, choiceByCode, choiceSpValue, fieldByKey, type ListDef, type RoadmapAction
} from '../../../src/core/schema';
import type { SteeringEntry, SteeringPreRead } from '../../../src/core/steering/overview';
import { freezePreRead } from '../../../src/core/steering/snapshot';
import { helsinkiDay, helsinkiInstant, shiftDay } from '../../../src/core/time/helsinki';
import { createRepositories, type Repositories } from '../../../src/data/repository';
import { createSp } from '../../../src/data/sp';
import { TEXT_PAYLOADS, URL_PAYLOADS, allPayloads, fit, type Payload } from '../../support/hostile';
import { HOSTILE_LISTS, hostilePlaces, placeKey, type Place } from '../../support/hostilePlaces';

/**
 * The hostile colleague's world: payloads written into every place of the sample site the way people
 * can write them — raw SharePoint REST as the sample owner (`Bearer emu:mikael.sjoberg@porvoo.fi`) on
 * his own actions and reports, as a proposer on her own ideas, as a steering member where owners
 * cannot write (steering-only lists and fields), and person names through the site's user information
 * as an admin would. Each write is recorded: accepted (the place is reached) or refused (with status).
 */

export type Writer = 'owner' | 'proposer' | 'steering' | 'steering (data layer)' | 'admin';

const BEARER: Readonly<Record<Exclude<Writer, 'admin' | 'steering (data layer)'>, string>> = {
  owner: DEMO_USERS.owner,
  proposer: DEMO_USERS.reader,
  steering: DEMO_USERS.steering
};

/** Ends every hostile title, so that one search shows the hostile actions and each can be found again. */
export const TITLE_TAIL = (k: number): string => ` ⟦vk-${k}⟧`;
/** In every hostile note: one search word finds every hostile action. */
export const SEARCH_WORD = 'vihamielinenkollega';

export interface WriteRecord {
  readonly place: string;
  readonly payload: string;
  readonly writer: Writer | null;
  /** Statuses of refused attempts, `writer: status`. */
  readonly refused: readonly string[];
}

export class Tally {
  public readonly records: WriteRecord[] = [];
  public record(r: WriteRecord): void {
    this.records.push(r);
  }
  /** Places reached (some write accepted), and the payloads each got. */
  public reached(): Map<string, Set<string>> {
    const map = new Map<string, Set<string>>();
    for (const r of this.records) {
      if (!r.writer) continue;
      if (!map.has(r.place)) map.set(r.place, new Set());
      map.get(r.place)?.add(r.payload);
    }
    return map;
  }
  public refusals(): string[] {
    return [...new Set(this.records.filter((r) => r.refused.length).map((r) => `${r.place}: ${r.refused.join(', ')}${r.writer ? ` → ${r.writer}` : ' → not written'}`))];
  }
}

interface Rest {
  call(as: Writer, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  items(list: ListDef): string;
  /** The list itself (for `AddValidateUpdateItemUsingPath`). */
  list(list: ListDef): string;
  /** A folder's server-relative path in a list. */
  folderPath(list: ListDef, folder: string): string;
}

function restClient(siteUrl: string): Rest {
  const sitePath = new URL(siteUrl).pathname;
  return {
    items: (list) => `${siteUrl}/_api/web/GetList('${sitePath}/${list.url}')/items`,
    list: (list) => `${siteUrl}/_api/web/GetList('${sitePath}/${list.url}')`,
    folderPath: (list, folder) => `${sitePath}/${list.url}/${folder}`,
    async call(as, method, url, body, headers = {}) {
      const auth: Record<string, string> = as === 'admin' || as === 'steering (data layer)' ? {} : { Authorization: `Bearer emu:${BEARER[as]}` };
      const res = await fetch(url, {
        method,
        headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', ...auth, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed };
    }
  };
}

const ok = (status: number): boolean => status >= 200 && status < 300;

/** A field's REST name (lookups and people take the `Id` suffix). */
function sp(list: ListDef, key: string): string {
  const field = fieldByKey(list, key);
  return field.kind === 'lookup' || field.kind === 'user' ? `${field.internalName}Id` : field.internalName;
}

/** A choice as SharePoint stores it. */
function stored(list: ListDef, key: string, code: string): string {
  const choice = choiceByCode(fieldByKey(list, key), code);
  if (!choice) throw new Error(`no choice ${code} in ${list.key}.${key}`);
  return choiceSpValue(choice);
}

/** The REST value of a place: choices as SharePoint stores them (the hostile text itself), multi-choices as an array. */
function restValue(place: Place, text: string): unknown {
  return place.kind === 'multichoice' ? [text] : text;
}

/**
 * The text a place of record `k` (of `records`) gets, and which payloads it carries. Payloads rotate
 * over the records (offset by the field's position), so that every payload reaches every place; a list
 * with fewer records than payloads gets several payloads per value, as far as its length allows.
 */
function valueFor(place: Place, k: number, offset: number, records: number, tail = ''): { readonly value: string; readonly payloads: readonly Payload[] } {
  const n = TEXT_PAYLOADS.length;
  const picks: Payload[] = [];
  if (records >= n) picks.push(TEXT_PAYLOADS[(k + offset) % n]);
  else for (let j = k; j < n + records; j += records) if (j < n || picks.length === 0) picks.push(TEXT_PAYLOADS[(j + offset) % n]);
  const value = `${fit(picks.map((p) => p.value).join(' '), place.maxLength === undefined ? undefined : place.maxLength - tail.length)}${tail}`;
  // A payload counts when its start (its markup) made it into the stored value.
  return { value, payloads: picks.filter((p) => value.includes(p.value.slice(0, Math.min(24, p.value.length)))) };
}

export interface HostileWorld {
  readonly tally: Tally;
  /** Actions whose texts are hostile (titles end with `TITLE_TAIL(k)`). */
  readonly textActions: readonly RoadmapAction[];
  /** Actions whose choice values are hostile. */
  readonly choiceActions: readonly RoadmapAction[];
  /** The meeting ten days ahead, with hostile title, agenda, decisions, minutes URL and snapshot. */
  readonly meetingId: number;
  /** Meetings by the URL payload in their minutes. */
  readonly minutes: readonly { readonly meetingId: number; readonly payload: Payload }[];
}

/** The site to write into: its URL, and the data layer as its admin (for arranging and reading back). */
export interface HostileSite {
  readonly siteUrl: string;
  readonly admin: Repositories;
}

type Attempt = readonly [Writer, () => Promise<number>];

/** What every step writes with: raw REST as each person, the steering member's data layer, the tally. */
class Writes {
  public readonly tally = new Tally();
  public readonly rest: Rest;
  public readonly places = hostilePlaces();
  /** Every payload at once, and the word that finds the hostile actions: for notes. */
  public readonly note = `${allPayloads()}\n${SEARCH_WORD}`;
  private readonly steeringData: Repositories;

  public constructor(public readonly siteUrl: string) {
    this.rest = restClient(siteUrl);
    this.steeringData = createRepositories(createSp({ siteUrl, token: () => Promise.resolve(`emu:${DEMO_USERS.steering}`) }));
  }

  public ofList(list: ListDef, kinds: readonly Place['kind'][]): Place[] {
    return this.places.filter((p) => p.list === list && kinds.includes(p.kind));
  }

  /** Tries the writers in order; the first that SharePoint accepts reaches the place with these payloads. */
  public async write(place: Place, payloads: readonly Payload[], attempts: readonly Attempt[]): Promise<boolean> {
    const refused: string[] = [];
    let writer: Writer | null = null;
    for (const [w, attempt] of attempts) {
      const status = await attempt();
      if (ok(status)) {
        writer = w;
        break;
      }
      refused.push(`${w}: ${status}`);
    }
    this.record(place, payloads, writer, refused);
    return writer !== null;
  }

  public record(place: Place, payloads: readonly Payload[], writer: Writer | null, refused: readonly string[] = []): void {
    for (const payload of payloads) this.tally.record({ place: placeKey(place.list, place.field), payload: payload.name, writer, refused });
  }

  public merge(as: Writer, list: ListDef, id: number, body: Record<string, unknown>): Promise<number> {
    return this.rest.call(as, 'POST', `${this.rest.items(list)}(${id})`, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }).then((r) => r.status);
  }

  public add(as: Writer, list: ListDef, body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    return this.rest.call(as, 'POST', this.rest.items(list), body);
  }

  /**
   * A status report as its owner can file one: an item in the action's folder (the only place SharePoint
   * lets him add one, `AddValidateUpdateItemUsingPath`), then every field by a raw MERGE of that item.
   */
  public async addReport(as: Writer, actionId: number, body: Record<string, unknown>): Promise<number> {
    const created = await this.rest.call(as, 'POST', `${this.rest.list(STATUS_UPDATES)}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: this.rest.folderPath(STATUS_UPDATES, String(actionId)) }, UnderlyingObjectType: 0 },
      // The form's required fields, as the form sends them (the body's own values; ISO dates with datesInUTC).
      formValues: [
        { FieldName: 'Title', FieldValue: 'hostile' },
        { FieldName: fieldByKey(STATUS_UPDATES, 'action').internalName, FieldValue: String(actionId) },
        ...['reportedOn', 'overallLight'].map((key) => ({ FieldName: fieldByKey(STATUS_UPDATES, key).internalName, FieldValue: String(body[sp(STATUS_UPDATES, key)]) }))
      ],
      bNewDocumentUpdate: false,
      datesInUTC: true
    });
    if (!ok(created.status)) return created.status;
    const results = (created.body as { value?: { FieldName: string; FieldValue: string; HasException: boolean }[] }).value ?? [];
    if (results.some((r) => r.HasException)) return 400;
    const id = Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
    return this.merge(as, STATUS_UPDATES, id, body);
  }

  /** The decision item of an action or the triage item of an idea (created by a steering member when missing). */
  public async decisionItem(list: ListDef, by: string, id: number): Promise<number> {
    const lookup = `${fieldByKey(list, by).internalName}Id`;
    const found = await this.rest.call('admin', 'GET', `${this.rest.items(list)}?$select=Id&$filter=${lookup} eq ${id}`);
    const existing = ((found.body as { value?: { Id: number }[] }).value ?? [])[0];
    if (existing) return existing.Id;
    const created = await this.add('steering', list, { Title: String(id), [lookup]: id });
    if (!ok(created.status)) throw new Error(`the steering member could not add ${list.url} for ${id}: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
    return (created.body as { Id: number }).Id;
  }

  /** Owner or proposer first (SharePoint must refuse: 403), then a steering member, on a decisions list's item. */
  public decide(first: Writer, list: ListDef, itemId: number, body: Record<string, unknown>): Attempt[] {
    return [[first, () => this.merge(first, list, itemId, body)], ['steering', () => this.merge('steering', list, itemId, body)]];
  }

  /** A steering member through the data layer, which knows where a field lives (steering-only fields may move to a list of their own). */
  public viaData(repo: keyof Repositories, id: number, key: string, value: unknown): () => Promise<number> {
    return async () => {
      const repository = this.steeringData[repo] as unknown as { get(id: number): Promise<{ etag: string }>; update(id: number, etag: string, changes: Record<string, unknown>): Promise<unknown> };
      try {
        const current = await repository.get(id);
        await repository.update(id, current.etag, { [key]: value });
        return 204;
      } catch (error) {
        return (error as { status?: number }).status ?? 500;
      }
    };
  }
}

export async function writeHostileWorld(site: HostileSite): Promise<HostileWorld> {
  const w = new Writes(site.siteUrl);
  const actions = await writeActions(w, site.admin);
  await writeReports(w, actions.own);
  await writeIdeas(w);
  const meetings = await writeMeetings(w, site.admin, actions.textActions);
  await writeMetrics(w, site.admin);
  await writeOtherLists(w);
  await renamePeople(w);
  const fresh = await site.admin.actions.list();
  const again = (list: readonly RoadmapAction[]): RoadmapAction[] => list.map((a) => fresh.find((x) => x.id === a.id) ?? a);
  return { tally: w.tally, textActions: again(actions.textActions), choiceActions: again(actions.choiceActions), ...meetings };
}

/**
 * The owner on his own actions, a steering member on others: hostile texts on one set (the owner's and
 * other active ones), hostile choice values on another, so that the first set stays in every view.
 */
async function writeActions(w: Writes, admin: Repositories): Promise<{ own: RoadmapAction[]; textActions: RoadmapAction[]; choiceActions: RoadmapAction[] }> {
  const actions = await admin.actions.list();
  const own = actions.filter((a) => a.owner?.email === DEMO_USERS.owner).sort((a, b) => a.id - b.id);
  const others = actions.filter((a) => a.owner?.email !== DEMO_USERS.owner);
  const activeOthers = others.filter((a) => a.status === 'in-progress').sort((a, b) => a.id - b.id);
  const textActions = [...own, ...activeOthers].slice(0, Math.max(TEXT_PAYLOADS.length, own.length));
  const choiceActions = [...own.filter((a) => a.status !== 'in-progress'), ...others.filter((a) => !textActions.includes(a)).sort((a, b) => b.id - a.id)].slice(0, TEXT_PAYLOADS.length);
  if (!own.some((a) => a.status === 'in-progress') || textActions.length < TEXT_PAYLOADS.length) throw new Error('the sample has too few actions for the hostile world');

  /** Owner on his own action, else a steering member; the data layer last (for fields that live elsewhere for steering only). */
  const writers = (a: RoadmapAction, place: Place, value: unknown): Attempt[] => {
    const body = { [place.field.internalName]: value };
    const attempts: Attempt[] = a.owner?.email === DEMO_USERS.owner ? [['owner', () => w.merge('owner', ROADMAP_ACTIONS, a.id, body)]] : [];
    attempts.push(['steering', () => w.merge('steering', ROADMAP_ACTIONS, a.id, body)]);
    if (place.kind === 'text') attempts.push(['steering (data layer)', w.viaData('actions', a.id, place.field.key, value)]);
    return attempts;
  };
  // Payloads rotate by a field's position among the action's text fields counted with the steering
  // group's (code, board decision), as they were on the action itself: each field keeps its payloads.
  const textKeys = allFields(ROADMAP_ACTIONS).filter((f) => f.kind === 'text' || f.kind === 'period' || (f.kind === 'choice' && f.fillIn)).map((f) => f.key);
  for (const [k, a] of textActions.entries()) {
    for (const place of w.ofList(ROADMAP_ACTIONS, ['text'])) {
      // Titles end with a tag to find them again.
      const tail = place.field.key === 'title' ? TITLE_TAIL(k) : '';
      const { value, payloads } = valueFor(place, k, textKeys.indexOf(place.field.key), textActions.length, tail);
      await w.write(place, payloads, writers(a, place, value));
    }
    for (const place of w.ofList(ROADMAP_ACTIONS, ['note'])) await w.write(place, TEXT_PAYLOADS, writers(a, place, w.note));
  }
  for (const [k, a] of choiceActions.entries()) {
    for (const [f, place] of w.ofList(ROADMAP_ACTIONS, ['choice', 'multichoice']).entries()) {
      const { value, payloads } = valueFor(place, k, f, choiceActions.length);
      await w.write(place, payloads, writers(a, place, restValue(place, value)));
    }
  }
  // The steering group's fields (code, approval, board decision) live in ActionDecisions: the owner's
  // MERGE there is refused (the list is the steering group's), a steering member's is accepted.
  const decide = async (a: RoadmapAction, place: Place, value: unknown): Promise<Attempt[]> => {
    const item = await w.decisionItem(ACTION_DECISIONS, 'action', a.id);
    return w.decide('owner', ACTION_DECISIONS, item, { [place.field.internalName]: value });
  };
  for (const [k, a] of textActions.entries()) {
    for (const [f, place] of w.ofList(ACTION_DECISIONS, ['text']).entries()) {
      // Codes are unique, so each keeps its own ending.
      const tail = place.field.key === 'code' ? `~${String(k).padStart(3, '0')}` : '';
      const { value, payloads } = valueFor(place, k, textKeys.includes(place.field.key) ? textKeys.indexOf(place.field.key) : f, textActions.length, tail);
      await w.write(place, payloads, await decide(a, place, value));
    }
  }
  for (const [k, a] of choiceActions.entries()) {
    for (const [f, place] of w.ofList(ACTION_DECISIONS, ['choice', 'multichoice']).entries()) {
      const { value, payloads } = valueFor(place, k, f, choiceActions.length);
      await w.write(place, payloads, await decide(a, place, restValue(place, value)));
    }
  }
  return { own, textActions, choiceActions };
}

/** The owner's status reports on his active actions (marked public), then lights outside the choices on his others. */
async function writeReports(w: Writes, own: readonly RoadmapAction[]): Promise<void> {
  const active = own.filter((a) => a.status === 'in-progress');
  const texts = w.ofList(STATUS_UPDATES, ['text']);
  const notes = w.ofList(STATUS_UPDATES, ['note']);
  for (const [k, payload] of TEXT_PAYLOADS.entries()) {
    const body: Record<string, unknown> = {
      [sp(STATUS_UPDATES, 'action')]: active[k % active.length].id,
      [sp(STATUS_UPDATES, 'reportedOn')]: new Date(Date.now() - (TEXT_PAYLOADS.length - k) * 60_000).toISOString(),
      [sp(STATUS_UPDATES, 'overallLight')]: stored(STATUS_UPDATES, 'overallLight', (['red', 'yellow', 'green'] as const)[k % 3]),
      [sp(STATUS_UPDATES, 'progress')]: 10 + k,
      [sp(STATUS_UPDATES, 'decisionNeeded')]: k % 2 === 0,
      // Marked public, so that its public summary goes into the publication.
      [sp(STATUS_UPDATES, 'isPublic')]: true
    };
    for (const place of texts) body[place.field.internalName] = fit(payload.value, place.maxLength);
    for (const place of notes) body[place.field.internalName] = allPayloads();
    // One request writes every field of the report: the first place records it, the others share the outcome.
    const accepted = await w.write(texts[0], [payload], [['owner', () => w.addReport('owner', active[k % active.length].id, body)]]);
    for (const place of texts.slice(1)) w.record(place, [payload], accepted ? 'owner' : null);
    for (const place of notes) w.record(place, TEXT_PAYLOADS, accepted ? 'owner' : null);
  }
  const others = own.filter((a) => a.status !== 'in-progress');
  for (const [f, place] of w.ofList(STATUS_UPDATES, ['choice']).entries()) {
    for (const k of TEXT_PAYLOADS.keys()) {
      const { value, payloads } = valueFor(place, k, f, TEXT_PAYLOADS.length);
      const body = {
        [sp(STATUS_UPDATES, 'action')]: others[k % others.length].id, [sp(STATUS_UPDATES, 'reportedOn')]: new Date().toISOString(),
        [sp(STATUS_UPDATES, 'overallLight')]: stored(STATUS_UPDATES, 'overallLight', 'green'), [place.field.internalName]: value
      };
      await w.write(place, payloads, [['owner', () => w.addReport('owner', others[k % others.length].id, body)]]);
    }
  }
}

/** The proposer's own ideas (a few stay "new" for the triage list); the steering group's triage where she cannot write. */
async function writeIdeas(w: Writes): Promise<void> {
  const texts = w.ofList(IDEAS, ['text', 'note']);
  const choices = w.ofList(IDEAS, ['choice', 'multichoice']);
  const count = TEXT_PAYLOADS.length + 4;
  // She names herself the proposer, as the idea form does.
  const proposerId = ((await w.rest.call('proposer', 'GET', `${w.siteUrl}/_api/web/currentuser`)).body as { Id: number }).Id;
  for (let k = 0; k < count; k++) {
    const body: Record<string, unknown> = { [sp(IDEAS, 'proposer')]: proposerId };
    const written: [Place, readonly Payload[]][] = [];
    for (const [f, place] of texts.entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: w.note, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, count);
      body[place.field.internalName] = value;
      written.push([place, payloads]);
    }
    const res = await w.add('proposer', IDEAS, body);
    if (!ok(res.status)) throw new Error(`the proposer's idea was refused: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    const id = (res.body as { Id: number }).Id;
    for (const [place, payloads] of written) w.record(place, payloads, 'proposer');
    const asProposerThenSteering = (change: Record<string, unknown>): Attempt[] => [['proposer', () => w.merge('proposer', IDEAS, id, change)], ['steering', () => w.merge('steering', IDEAS, id, change)]];
    for (const [f, place] of choices.entries()) {
      const { value, payloads } = valueFor(place, k, f, TEXT_PAYLOADS.length);
      await w.write(place, payloads, asProposerThenSteering({ [place.field.internalName]: restValue(place, value) }));
    }
    // The triage (state, reason) is the steering group's, in IdeaTriage: the proposer's MERGE there is
    // refused, a steering member's accepted. The last few ideas stay untriaged ("new").
    if (k >= TEXT_PAYLOADS.length) continue;
    const triage = await w.decisionItem(IDEA_TRIAGE, 'idea', id);
    for (const [f, place] of w.ofList(IDEA_TRIAGE, ['text', 'note', 'choice', 'multichoice']).entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: w.note, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, TEXT_PAYLOADS.length);
      await w.write(place, payloads, w.decide('proposer', IDEA_TRIAGE, triage, { [place.field.internalName]: restValue(place, value) }));
    }
  }
}

/** A steering member: a new meeting ten days ahead, every meeting's texts and minutes, a few states, a hostile frozen pre-read. */
async function writeMeetings(w: Writes, admin: Repositories, textActions: readonly RoadmapAction[]): Promise<Pick<HostileWorld, 'meetingId' | 'minutes'>> {
  const day = shiftDay(helsinkiDay(new Date()), 10);
  const created = await w.add('steering', STEERING_MEETINGS, {
    Title: fit(`${TEXT_PAYLOADS[3].value} Digijohtoryhmä`, 255), [sp(STEERING_MEETINGS, 'startsAt')]: helsinkiInstant(day, '09:00').toISOString(),
    [sp(STEERING_MEETINGS, 'endsAt')]: helsinkiInstant(day, '11:00').toISOString(),
    [sp(STEERING_MEETINGS, 'state')]: stored(STEERING_MEETINGS, 'state', 'scheduled'), [sp(STEERING_MEETINGS, 'agenda')]: w.note,
    [sp(STEERING_MEETINGS, 'decisions')]: w.note, [sp(STEERING_MEETINGS, 'minutesUrl')]: URL_PAYLOADS[0].value
  });
  if (!ok(created.status)) throw new Error(`the meeting was refused: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
  const meetingId = (created.body as { Id: number }).Id;
  const meetings = (await admin.meetings.list()).filter((m) => m.id !== meetingId).sort((a, b) => a.id - b.id);
  const urlPlace = w.ofList(STEERING_MEETINGS, ['url'])[0];
  w.record(urlPlace, [URL_PAYLOADS[0]], 'steering');
  const minutes: { meetingId: number; payload: Payload }[] = [{ meetingId, payload: URL_PAYLOADS[0] }];
  for (const [k, m] of meetings.entries()) {
    for (const [f, place] of w.ofList(STEERING_MEETINGS, ['text', 'note']).entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: w.note, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, meetings.length);
      await w.write(place, payloads, [['steering', () => w.merge('steering', STEERING_MEETINGS, m.id, { [place.field.internalName]: value })]]);
    }
    const url = URL_PAYLOADS[k + 1];
    if (url && await w.write(urlPlace, [url], [['steering', () => w.merge('steering', STEERING_MEETINGS, m.id, { [urlPlace.field.internalName]: url.value })]])) minutes.push({ meetingId: m.id, payload: url });
  }
  // Meeting states outside the choices, on the four oldest meetings (long held).
  const statePlace = w.ofList(STEERING_MEETINGS, ['choice'])[0];
  for (const [k, m] of meetings.slice(0, 4).entries()) {
    const { value, payloads } = valueFor(statePlace, k, 0, 4);
    await w.write(statePlace, payloads, [['steering', () => w.merge('steering', STEERING_MEETINGS, m.id, { [statePlace.field.internalName]: value })]]);
  }
  // A hostile, well-formed snapshot: what the tab shows as the frozen pre-read.
  const snapshot = await w.merge('steering', STEERING_MEETINGS, meetingId, {
    [sp(STEERING_MEETINGS, 'snapshot')]: hostileSnapshot(meetingId, textActions),
    [sp(STEERING_MEETINGS, 'snapshotAt')]: new Date().toISOString()
  });
  if (!ok(snapshot)) throw new Error(`the snapshot was refused: ${snapshot}`);
  return { meetingId, minutes };
}

/** A steering member on the metrics and their yearly values. */
async function writeMetrics(w: Writes, admin: Repositories): Promise<void> {
  const metrics = (await admin.metrics.list()).sort((a, b) => a.id - b.id);
  for (const [k, m] of metrics.entries()) {
    for (const [f, place] of w.ofList(PROGRAMME_METRICS, ['text', 'note', 'choice']).entries()) {
      // Metric codes are unique: each keeps its own ending.
      const tail = place.field.key === 'code' ? `~${String(k).padStart(2, '0')}` : '';
      const { value, payloads } = place.kind === 'note' ? { value: w.note, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, metrics.length, tail);
      await w.write(place, payloads, [['steering', () => w.merge('steering', PROGRAMME_METRICS, m.id, { [place.field.internalName]: value })]]);
    }
  }
  const values = (await admin.metricValues.list()).sort((a, b) => a.id - b.id);
  for (const [k, v] of values.entries()) {
    for (const [f, place] of w.ofList(METRIC_VALUES, ['text', 'note']).entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: w.note, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, values.length);
      await w.write(place, payloads, [['steering', () => w.merge('steering', METRIC_VALUES, v.id, { [place.field.internalName]: value })]]);
    }
  }
}

/** Any other list (one added later, e.g. for steering-only decisions): a steering member on its items. */
async function writeOtherLists(w: Writes): Promise<void> {
  const handled = new Set<string>([ROADMAP_ACTIONS, ACTION_DECISIONS, STATUS_UPDATES, STEERING_MEETINGS, PROGRAMME_METRICS, METRIC_VALUES, IDEAS, IDEA_TRIAGE].map((l) => l.key));
  for (const list of HOSTILE_LISTS.filter((l) => !handled.has(l.key))) {
    const listed = await w.rest.call('admin', 'GET', `${w.rest.items(list)}?$select=Id&$top=5000`);
    const ids = ((listed.body as { value?: { Id: number }[] } | undefined)?.value ?? []).map((i) => i.Id).sort((a, b) => a - b);
    for (const [k, id] of ids.entries()) {
      for (const [f, place] of w.ofList(list, ['text', 'note', 'choice', 'multichoice', 'url']).entries()) {
        const { value, payloads } = place.kind === 'note' ? { value: w.note, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, ids.length);
        await w.write(place, payloads, [['steering', () => w.merge('steering', list, id, { [place.field.internalName]: restValue(place, value) })]]);
      }
    }
  }
}

/** Display names in the site's user information, as a site admin would edit them: every person gets a payload. */
async function renamePeople(w: Writes): Promise<void> {
  const users = (await w.rest.call('admin', 'GET', `${w.siteUrl}/_api/web/siteusers`)).body as { value: { Id: number; Email: string; Title: string; IsSiteAdmin?: boolean }[] };
  const people = users.value.filter((u) => u.Email && !u.IsSiteAdmin && u.Email !== 'admin@porvoo.fi').sort((a, b) => a.Id - b.Id);
  const personPlaces = w.places.filter((p) => p.kind === 'person');
  for (const [k, u] of people.entries()) {
    const payload = TEXT_PAYLOADS[k % TEXT_PAYLOADS.length];
    const res = await w.rest.call('admin', 'POST', `${w.siteUrl}/_api/web/siteusers/getbyid(${u.Id})`, { Title: fit(`${payload.value} ${u.Title}`, 255) }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    if (!ok(res.status)) throw new Error(`renaming ${u.Email}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    for (const place of personPlaces) w.record(place, [payload], 'admin');
  }
}

/** A v2 snapshot whose every text is a payload (as someone editing the field by hand could store it). */
function hostileSnapshot(meetingId: number, actions: readonly RoadmapAction[]): string {
  const entries: SteeringEntry[] = actions.slice(0, TEXT_PAYLOADS.length).map((a, k) => ({
    actionId: a.id,
    code: fit(TEXT_PAYLOADS[k].value, 32),
    title: TEXT_PAYLOADS[(k + 1) % TEXT_PAYLOADS.length].value,
    status: 'in-progress',
    ownerName: TEXT_PAYLOADS[(k + 2) % TEXT_PAYLOADS.length].value,
    light: (['red', 'yellow', 'green'] as const)[k % 3],
    progress: 50,
    reportedOn: new Date().toISOString(),
    done: allPayloads(),
    next: allPayloads(),
    decisionNeeded: true,
    decisionNote: allPayloads()
  }));
  const preRead: SteeringPreRead = {
    meetingId,
    meetingTitle: TEXT_PAYLOADS[4].value,
    meetingStart: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    since: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    changed: entries,
    red: entries.filter((e) => e.light === 'red'),
    yellow: entries.filter((e) => e.light === 'yellow'),
    decisions: entries,
    missing: entries.slice(0, 3)
  };
  return freezePreRead(preRead, new Date().toISOString(), TEXT_PAYLOADS[1].value);
}

