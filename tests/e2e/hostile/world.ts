import { DEMO_USERS } from '../../../server/sample';
import {
  IDEAS, METRIC_VALUES, PROGRAMME_METRICS, ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, choiceByCode, choiceSpValue, fieldByKey, type ListDef, type RoadmapAction
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
}

function restClient(siteUrl: string): Rest {
  const sitePath = new URL(siteUrl).pathname;
  return {
    items: (list) => `${siteUrl}/_api/web/GetList('${sitePath}/${list.url}')/items`,
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

export async function writeHostileWorld(site: HostileSite): Promise<HostileWorld> {
  const { siteUrl, admin } = site;
  const rest = restClient(siteUrl);
  const steeringData = createRepositories(createSp({ siteUrl, token: () => Promise.resolve(`emu:${DEMO_USERS.steering}`) }));
  const tally = new Tally();

  /** Tries the writers in order; the first that SharePoint accepts reaches the place with these payloads. */
  const write = async (place: Place, payloads: readonly Payload[], attempts: readonly [Writer, () => Promise<number>][]): Promise<boolean> => {
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
    for (const payload of payloads) tally.record({ place: placeKey(place.list, place.field), payload: payload.name, writer, refused });
    return writer !== null;
  };
  const merge = (as: Writer, list: ListDef, id: number, body: Record<string, unknown>): Promise<number> =>
    rest.call(as, 'POST', `${rest.items(list)}(${id})`, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }).then((r) => r.status);
  const viaData = (repo: keyof Repositories, id: number, key: string, value: unknown) => async (): Promise<number> => {
    const repository = steeringData[repo] as unknown as { get(id: number): Promise<{ etag: string }>; update(id: number, etag: string, changes: Record<string, unknown>): Promise<unknown> };
    try {
      const current = await repository.get(id);
      await repository.update(id, current.etag, { [key]: value });
      return 204;
    } catch (error) {
      return (error as { status?: number }).status ?? 500;
    }
  };

  const places = hostilePlaces();
  const ofList = (list: ListDef, kinds: readonly Place['kind'][]): Place[] => places.filter((p) => p.list === list && kinds.includes(p.kind));

  // --- Actions -----------------------------------------------------------------------------------
  const actions = await admin.actions.list();
  const own = actions.filter((a) => a.owner?.email === DEMO_USERS.owner).sort((a, b) => a.id - b.id);
  const ownActive = own.filter((a) => a.status === 'in-progress');
  const others = actions.filter((a) => a.owner?.email !== DEMO_USERS.owner);
  const activeOthers = others.filter((a) => a.status === 'in-progress').sort((a, b) => a.id - b.id);
  const textActions = [...own, ...activeOthers].slice(0, Math.max(TEXT_PAYLOADS.length, own.length));
  const choiceActions = [...own.filter((a) => a.status !== 'in-progress'), ...others.filter((a) => !textActions.includes(a)).sort((a, b) => b.id - a.id)].slice(0, TEXT_PAYLOADS.length);
  if (ownActive.length === 0 || textActions.length < TEXT_PAYLOADS.length) throw new Error('the sample has too few actions for the hostile world');

  /** Owner on his own action, else a steering member; the data layer last (for fields that live elsewhere for steering only). */
  const actionWriters = (a: RoadmapAction, place: Place, value: unknown): [Writer, () => Promise<number>][] => {
    const body = { [place.field.internalName]: value };
    const raw: [Writer, () => Promise<number>][] = a.owner?.email === DEMO_USERS.owner ? [['owner', () => merge('owner', ROADMAP_ACTIONS, a.id, body)]] : [];
    raw.push(['steering', () => merge('steering', ROADMAP_ACTIONS, a.id, body)]);
    if (place.kind === 'text') raw.push(['steering (data layer)', viaData('actions', a.id, place.field.key, value)]);
    return raw;
  };

  const NOTE = `${allPayloads()}\n${SEARCH_WORD}`;
  for (const [k, a] of textActions.entries()) {
    for (const [f, place] of ofList(ROADMAP_ACTIONS, ['text']).entries()) {
      // Titles end with a tag to find them again; codes are unique, so each keeps its own ending.
      const tail = place.field.key === 'title' ? TITLE_TAIL(k) : place.field.key === 'code' ? `~${String(k).padStart(3, '0')}` : '';
      const { value, payloads } = valueFor(place, k, f, textActions.length, tail);
      await write(place, payloads, actionWriters(a, place, value));
    }
    for (const place of ofList(ROADMAP_ACTIONS, ['note'])) await write(place, TEXT_PAYLOADS, actionWriters(a, place, NOTE));
  }
  for (const [k, a] of choiceActions.entries()) {
    for (const [f, place] of ofList(ROADMAP_ACTIONS, ['choice', 'multichoice']).entries()) {
      const { value, payloads } = valueFor(place, k, f, choiceActions.length);
      await write(place, payloads, actionWriters(a, place, restValue(place, value)));
    }
  }

  // --- Status reports: the owner on his own actions --------------------------------------------------
  const reportTexts = ofList(STATUS_UPDATES, ['text']);
  const reportNotes = ofList(STATUS_UPDATES, ['note']);
  for (const [k, payload] of TEXT_PAYLOADS.entries()) {
    const target = ownActive[k % ownActive.length];
    const body: Record<string, unknown> = {
      [sp(STATUS_UPDATES, 'action')]: target.id,
      [sp(STATUS_UPDATES, 'reportedOn')]: new Date(Date.now() - (TEXT_PAYLOADS.length - k) * 60_000).toISOString(),
      [sp(STATUS_UPDATES, 'overallLight')]: stored(STATUS_UPDATES, 'overallLight', (['red', 'yellow', 'green'] as const)[k % 3]),
      [sp(STATUS_UPDATES, 'progress')]: 10 + k,
      [sp(STATUS_UPDATES, 'decisionNeeded')]: k % 2 === 0,
      // Marked public, so that its public summary goes into the publication.
      [sp(STATUS_UPDATES, 'isPublic')]: true
    };
    for (const place of reportTexts) body[place.field.internalName] = fit(payload.value, place.maxLength);
    for (const place of reportNotes) body[place.field.internalName] = allPayloads();
    const post = (): Promise<number> => rest.call('owner', 'POST', rest.items(STATUS_UPDATES), body).then((r) => r.status);
    // One request writes every field of the report: the first place records it, the others share the outcome.
    const accepted = await write(reportTexts[0], [payload], [['owner', post]]);
    for (const place of reportTexts.slice(1)) tally.record({ place: placeKey(place.list, place.field), payload: payload.name, writer: accepted ? 'owner' : null, refused: [] });
    for (const place of reportNotes) for (const p of TEXT_PAYLOADS) tally.record({ place: placeKey(place.list, place.field), payload: p.name, writer: accepted ? 'owner' : null, refused: [] });
  }
  // Lights outside the choices, on his actions that are not among the pre-read's active ones.
  const lightTargets = own.filter((a) => a.status !== 'in-progress');
  for (const [f, place] of ofList(STATUS_UPDATES, ['choice']).entries()) {
    for (const k of TEXT_PAYLOADS.keys()) {
      const { value, payloads } = valueFor(place, k, f, TEXT_PAYLOADS.length);
      const body = {
        [sp(STATUS_UPDATES, 'action')]: lightTargets[k % lightTargets.length].id, [sp(STATUS_UPDATES, 'reportedOn')]: new Date().toISOString(),
        [sp(STATUS_UPDATES, 'overallLight')]: stored(STATUS_UPDATES, 'overallLight', 'green'), [place.field.internalName]: value
      };
      await write(place, payloads, [['owner', () => rest.call('owner', 'POST', rest.items(STATUS_UPDATES), body).then((r) => r.status)]]);
    }
  }

  // --- Ideas: the proposer's own (a few stay "new" for the triage list), then the steering group's fields -
  const ideaTexts = ofList(IDEAS, ['text', 'note']);
  const ideaChoices = ofList(IDEAS, ['choice', 'multichoice']);
  const steeringOnlyIdea = new Set(['state', 'outcome']);
  const ideaCount = TEXT_PAYLOADS.length + 4;
  // She names herself the proposer, as the idea form does.
  const proposerId = ((await rest.call('proposer', 'GET', `${siteUrl}/_api/web/currentuser`)).body as { Id: number }).Id;
  for (let k = 0; k < ideaCount; k++) {
    const body: Record<string, unknown> = { [sp(IDEAS, 'state')]: stored(IDEAS, 'state', 'new'), [sp(IDEAS, 'proposer')]: proposerId };
    const written: [Place, readonly Payload[]][] = [];
    for (const [f, place] of ideaTexts.filter((p) => !steeringOnlyIdea.has(p.field.key)).entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: NOTE, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, ideaCount);
      body[place.field.internalName] = value;
      written.push([place, payloads]);
    }
    const res = await rest.call('proposer', 'POST', rest.items(IDEAS), body);
    if (!ok(res.status)) throw new Error(`the proposer's idea was refused: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    const id = (res.body as { Id: number }).Id;
    for (const [place, payloads] of written) for (const p of payloads) tally.record({ place: placeKey(place.list, place.field), payload: p.name, writer: 'proposer', refused: [] });
    for (const [f, place] of ideaChoices.entries()) {
      if (place.field.key === 'state' && k >= TEXT_PAYLOADS.length) continue;
      const { value, payloads } = valueFor(place, k, f, TEXT_PAYLOADS.length);
      const body2 = { [place.field.internalName]: restValue(place, value) };
      await write(place, payloads, [['proposer', () => merge('proposer', IDEAS, id, body2)], ['steering', () => merge('steering', IDEAS, id, body2)]]);
    }
    const outcome = ideaTexts.find((p) => p.field.key === 'outcome');
    if (outcome) {
      const body3 = { [outcome.field.internalName]: NOTE };
      await write(outcome, TEXT_PAYLOADS, [['proposer', () => merge('proposer', IDEAS, id, body3)], ['steering', () => merge('steering', IDEAS, id, body3)]]);
    }
  }

  // --- Meetings (steering group) --------------------------------------------------------------------
  const day = shiftDay(helsinkiDay(new Date()), 10);
  const created = await rest.call('steering', 'POST', rest.items(STEERING_MEETINGS), {
    Title: fit(`${TEXT_PAYLOADS[3].value} Digijohtoryhmä`, 255), [sp(STEERING_MEETINGS, 'startsAt')]: helsinkiInstant(day, '09:00').toISOString(),
    [sp(STEERING_MEETINGS, 'endsAt')]: helsinkiInstant(day, '11:00').toISOString(),
    [sp(STEERING_MEETINGS, 'state')]: stored(STEERING_MEETINGS, 'state', 'scheduled'), [sp(STEERING_MEETINGS, 'agenda')]: NOTE,
    [sp(STEERING_MEETINGS, 'decisions')]: NOTE, [sp(STEERING_MEETINGS, 'minutesUrl')]: URL_PAYLOADS[0].value
  });
  if (!ok(created.status)) throw new Error(`the meeting was refused: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
  const meetingId = (created.body as { Id: number }).Id;
  const meetings = (await admin.meetings.list()).filter((m) => m.id !== meetingId).sort((a, b) => a.id - b.id);
  const urlPlace = ofList(STEERING_MEETINGS, ['url'])[0];
  tally.record({ place: placeKey(urlPlace.list, urlPlace.field), payload: URL_PAYLOADS[0].name, writer: 'steering', refused: [] });
  const minutes: { meetingId: number; payload: Payload }[] = [{ meetingId, payload: URL_PAYLOADS[0] }];
  for (const [k, m] of meetings.entries()) {
    for (const [f, place] of ofList(STEERING_MEETINGS, ['text', 'note']).entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: NOTE, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, meetings.length);
      await write(place, payloads, [['steering', () => merge('steering', STEERING_MEETINGS, m.id, { [place.field.internalName]: value })]]);
    }
    if (k < URL_PAYLOADS.length - 1) {
      const url = URL_PAYLOADS[k + 1];
      if (await write(urlPlace, [url], [['steering', () => merge('steering', STEERING_MEETINGS, m.id, { [urlPlace.field.internalName]: url.value })]])) minutes.push({ meetingId: m.id, payload: url });
    }
  }
  // Meeting states outside the choices, on the four oldest meetings (long held).
  const statePlace = ofList(STEERING_MEETINGS, ['choice'])[0];
  for (const [k, m] of meetings.slice(0, 4).entries()) {
    const { value, payloads } = valueFor(statePlace, k, 0, 4);
    await write(statePlace, payloads, [['steering', () => merge('steering', STEERING_MEETINGS, m.id, { [statePlace.field.internalName]: value })]]);
  }
  // A hostile, well-formed snapshot: what the tab shows as the frozen pre-read.
  const snapshotStatus = await merge('steering', STEERING_MEETINGS, meetingId, {
    [sp(STEERING_MEETINGS, 'snapshot')]: hostileSnapshot(meetingId, textActions),
    [sp(STEERING_MEETINGS, 'snapshotAt')]: new Date().toISOString()
  });
  if (!ok(snapshotStatus)) throw new Error(`the snapshot was refused: ${snapshotStatus}`);

  // --- Metrics and their values (steering group) -------------------------------------------------------
  const metrics = (await admin.metrics.list()).sort((a, b) => a.id - b.id);
  for (const [k, m] of metrics.entries()) {
    for (const [f, place] of ofList(PROGRAMME_METRICS, ['text', 'note', 'choice']).entries()) {
      // Metric codes are unique: each keeps its own ending.
      const tail = place.field.key === 'code' ? `~${String(k).padStart(2, '0')}` : '';
      const { value, payloads } = place.kind === 'note' ? { value: NOTE, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, metrics.length, tail);
      await write(place, payloads, [['steering', () => merge('steering', PROGRAMME_METRICS, m.id, { [place.field.internalName]: value })]]);
    }
  }
  const values = (await admin.metricValues.list()).sort((a, b) => a.id - b.id);
  for (const [k, v] of values.entries()) {
    for (const [f, place] of ofList(METRIC_VALUES, ['text', 'note']).entries()) {
      const { value, payloads } = place.kind === 'note' ? { value: NOTE, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, values.length);
      await write(place, payloads, [['steering', () => merge('steering', METRIC_VALUES, v.id, { [place.field.internalName]: value })]]);
    }
  }

  // --- Any other list (one added later, e.g. for steering-only decisions): a steering member on its items --
  const handled = new Set<string>([ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, PROGRAMME_METRICS, METRIC_VALUES, IDEAS].map((l) => l.key));
  for (const list of HOSTILE_LISTS.filter((l) => !handled.has(l.key))) {
    const listed = await rest.call('admin', 'GET', `${rest.items(list)}?$select=Id&$top=5000`);
    const ids = ((listed.body as { value?: { Id: number }[] } | undefined)?.value ?? []).map((i) => i.Id).sort((a, b) => a - b);
    for (const [k, id] of ids.entries()) {
      for (const [f, place] of ofList(list, ['text', 'note', 'choice', 'multichoice', 'url']).entries()) {
        const { value, payloads } = place.kind === 'note' ? { value: NOTE, payloads: TEXT_PAYLOADS } : valueFor(place, k, f, ids.length);
        await write(place, payloads, [['steering', () => merge('steering', list, id, { [place.field.internalName]: restValue(place, value) })]]);
      }
    }
  }

  // --- People: display names in the site's user information (as a site admin would edit them) ----------
  const users = (await rest.call('admin', 'GET', `${siteUrl}/_api/web/siteusers`)).body as { value: { Id: number; Email: string; Title: string; IsSiteAdmin?: boolean }[] };
  const people = users.value.filter((u) => u.Email && !u.IsSiteAdmin && u.Email !== 'admin@porvoo.fi').sort((a, b) => a.Id - b.Id);
  const personPlaces = places.filter((p) => p.kind === 'person');
  for (const [k, u] of people.entries()) {
    const payload = TEXT_PAYLOADS[k % TEXT_PAYLOADS.length];
    const name = fit(`${payload.value} ${u.Title}`, 255);
    const res = await rest.call('admin', 'POST', `${siteUrl}/_api/web/siteusers/getbyid(${u.Id})`, { Title: name }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    for (const place of personPlaces) tally.record({ place: placeKey(place.list, place.field), payload: payload.name, writer: ok(res.status) ? 'admin' : null, refused: ok(res.status) ? [] : [`admin: ${res.status}`] });
    if (!ok(res.status)) throw new Error(`renaming ${u.Email}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
  }

  const fresh = await admin.actions.list();
  const again = (list: readonly RoadmapAction[]): RoadmapAction[] => list.map((a) => fresh.find((x) => x.id === a.id) ?? a);
  return { tally, textActions: again(textActions), choiceActions: again(choiceActions), meetingId, minutes };
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

