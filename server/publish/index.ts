import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../src/core/i18n/catalog';
import {
  changeKey, publicChanges, publicSnapshot, summarisePublicProgress, summariseYear, type FollowupInput, type YearSummary
} from '../../src/core/followup';
import { actionsCsv, actionsJson, historyCsv, metricsCsv, metricsJson, openData, type OpenData } from './data';
import { dataPackage } from './datapackage';
import { atomFeed, type FeedEntry } from './feed';
import { actionPage, languageChoicePage, metricsPage, statementPage } from './html/pages';
import { roadmapPage, type SiteLinks } from './html/roadmap';
import { actionPageName, FILES, PAGE_LANGS, slugsByCode } from './names';
import { createRedactor, peopleOf } from './redact';
import { SettingsError, type PublicationSettings } from './settings';
import { parseState, serialiseState, sha256, StateError, type PublicationState } from './state';

export { publicationSettings, SettingsError, type PublicationSettings } from './settings';
export { parseState, StateError, type PublicationState } from './state';
export { FILES } from './names';

/**
 * The open publication of the programme's progress (the programme promises it on the city website): a
 * static site in Finnish, Swedish and English (the year's roadmap, a page per action with its public
 * history, the metrics with their sources, the accessibility statement), an Atom change feed per
 * language, and the open data as CSV and JSON described by datapackage.json. Built from the same
 * aggregation as the dashboard and the deck. Deterministic: the same list data and the same previous
 * publication give the same bytes (every time in it is the data's own).
 */
export interface Publication {
  /** File name → content, the state file included. */
  readonly files: Readonly<Record<string, string>>;
  /** Files the previous publication wrote that this one no longer has (e.g. a deleted action's page). */
  readonly removed: readonly string[];
  readonly summary: YearSummary;
  readonly actions: number;
  readonly metricValues: number;
  /** Feed entries this publication added. */
  readonly newEntries: number;
  readonly state: PublicationState;
}

function siteLinks(data: OpenData): SiteLinks & { readonly hasAction: (code: string) => boolean } {
  const actionSlugs = slugsByCode(data.actions, (id) => `item_${id}`);
  const metricSlugs = slugsByCode(data.metrics.map((m, i) => ({ code: m.code, id: i + 1 })), (i) => `m_${i}`);
  return {
    actionPage: (code: string, lang: Lang) => actionPageName(actionSlugs.get(code) ?? 'unknown', lang),
    metricAnchor: (code: string) => `metric-${metricSlugs.get(code) ?? 'unknown'}`,
    hasAction: (code: string) => actionSlugs.has(code)
  };
}

/** The feedback channel of the statement is published: it must be the city's, never a person's address. */
function checkFeedbackContact(input: FollowupInput, settings: PublicationSettings): void {
  const email = settings.feedback.email?.toLowerCase();
  if (email && peopleOf(input).emails.has(email)) {
    throw new SettingsError('settingsPersonalEmail', { email: settings.feedback.email ?? email });
  }
}

function newEntries(previous: PublicationState | null, data: OpenData): FeedEntry[] {
  const snapshot = snapshotOf(data);
  const seen = new Set((previous?.entries ?? []).map((e) => e.key));
  const added: FeedEntry[] = [];
  for (const change of publicChanges(previous?.snapshot ?? null, snapshot)) {
    let key = changeKey(change);
    for (let n = 2; seen.has(key); n++) key = `${changeKey(change)}/${n}`;
    seen.add(key);
    added.push({ key, change });
  }
  return added;
}

function snapshotOf(data: OpenData): ReturnType<typeof publicSnapshot> {
  return publicSnapshot(
    data.actions.map((a) => ({ code: a.code, title: a.title, year: a.year, status: a.status, light: a.trafficLight, progress: a.progressPercent, lastReportAt: a.lastReportAt, modified: a.modified })),
    data.metrics.flatMap((m) => m.values.map((v) => ({ metric: m.code, year: v.year, value: v.value, modified: v.modified })))
  );
}

export function buildPublication(input: FollowupInput, year: number, now: Date | string, settings: PublicationSettings, previous: PublicationState | null = null): Publication {
  checkFeedbackContact(input, settings);
  const summary = summariseYear(input, year, now);
  const data = openData(summarisePublicProgress(input, now), createRedactor(input));
  const links = siteLinks(data);
  const added = newEntries(previous, data);
  const entries = [...(previous?.entries ?? []), ...added];

  const files: Record<string, string> = {
    [FILES.languageChoice]: languageChoicePage(),
    [FILES.actionsCsv]: actionsCsv(data),
    [FILES.actionsJson]: actionsJson(data),
    [FILES.metricsCsv]: metricsCsv(data),
    [FILES.metricsJson]: metricsJson(data),
    [FILES.historyCsv]: historyCsv(data),
    [FILES.dataPackage]: dataPackage(settings, data.updatedAt)
  };
  const feedLinks = { actionPage: (code: string, lang: Lang) => (links.hasAction(code) ? links.actionPage(code, lang) : undefined), metricAnchor: links.metricAnchor };
  for (const lang of PAGE_LANGS) {
    files[FILES.index(lang)] = roadmapPage(lang, summary, data, settings, links);
    files[FILES.metrics(lang)] = metricsPage(lang, data, links);
    files[FILES.statement(lang)] = statementPage(lang, settings);
    files[FILES.feed(lang)] = atomFeed(lang, entries, data.updatedAt, settings, feedLinks);
    for (const a of data.actions) files[links.actionPage(a.code, lang)] = actionPage(lang, a, data, links);
  }
  const manifest: Record<string, string> = {};
  for (const name of Object.keys(files).sort()) manifest[name] = sha256(files[name]);
  const state: PublicationState = { format: 1, snapshot: snapshotOf(data), entries, files: manifest };
  files[FILES.state] = serialiseState(state);
  return {
    files,
    removed: Object.keys(previous?.files ?? {}).filter((name) => !(name in files)).sort(),
    summary,
    actions: data.actions.length,
    metricValues: data.metrics.reduce((n, m) => n + m.values.length, 0),
    newEntries: added.length,
    state
  };
}

/** The previous publication's state in `dir`, or null when it has none (the first publication). */
export async function readPublicationState(dir: string): Promise<PublicationState | null> {
  let text: string;
  try {
    text = await readFile(join(dir, FILES.state), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return parseState(text);
  } catch (error) {
    if (error instanceof StateError) throw error.in(join(dir, FILES.state));
    throw error;
  }
}

/**
 * Writes the files into `dir` (created if missing) and removes the files only the previous publication
 * wrote; returns the paths written. The state file is written last, so an interrupted run leaves the
 * previous state and the next run computes the same feed entries again.
 */
export async function writePublication(dir: string, publication: Publication): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const names = Object.keys(publication.files).filter((n) => n !== FILES.state).sort();
  for (const name of [...names, FILES.state]) {
    const path = join(dir, name);
    await writeFile(path, publication.files[name], 'utf8');
    written.push(path);
  }
  for (const name of publication.removed) await rm(join(dir, name), { force: true });
  return written;
}
