import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summarisePublicProgress, summariseYear, type FollowupInput, type YearSummary } from '../../src/core/followup';
import { actionsCsv, actionsJson, metricsCsv, metricsJson, openData } from './data';
import { PAGE_FILE, renderLanguageChoice, renderPage } from './html';
import { createRedactor } from './redact';

/**
 * The open publication of the programme's progress (the programme promises it on the city website):
 * CSV and JSON of every action's progress and every metric's yearly values, and a static, accessible
 * page in Finnish and Swedish. Built from the same aggregation as the dashboard and the deck.
 */
export interface Publication {
  /** File name → content. */
  readonly files: Readonly<Record<string, string>>;
  readonly summary: YearSummary;
  readonly actions: number;
  readonly metricValues: number;
}

export function buildPublication(input: FollowupInput, year: number, now: Date | string): Publication {
  const summary = summariseYear(input, year, now);
  const progress = summarisePublicProgress(input, now);
  const data = openData(progress, createRedactor(input));
  const files: Record<string, string> = {
    'actions.csv': actionsCsv(data.actions),
    'actions.json': actionsJson(data, progress.asOf),
    'metrics.csv': metricsCsv(data.metrics),
    'metrics.json': metricsJson(data, progress.asOf),
    [PAGE_FILE.fi]: renderPage('fi', summary, data, progress.asOf),
    [PAGE_FILE.sv]: renderPage('sv', summary, data, progress.asOf),
    'index.html': renderLanguageChoice()
  };
  return { files, summary, actions: data.actions.length, metricValues: data.metrics.reduce((n, m) => n + m.values.length, 0) };
}

/** Writes the files into `dir` (created if missing); returns the paths written. */
export async function writePublication(dir: string, publication: Publication): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(publication.files)) {
    const path = join(dir, name);
    await writeFile(path, content, 'utf8');
    written.push(path);
  }
  return written;
}
