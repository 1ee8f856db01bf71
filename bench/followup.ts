/**
 * Figures for the steering group's follow-up: the one aggregation over 5 000 actions, the meeting deck,
 * and the dashboard web part's initial JavaScript (the charts and the deck are loaded on demand and not
 * counted). The bundle figure reads the production build in dist/ when it is there and newer than the
 * sources (`npm run build`), else bundles the web part with esbuild the way SPFx does (React and SPFx
 * packages external, `import()` split off) and says so in the note.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildLargeActionSet, buildSampleData } from '../server/sample';
import { ICT_BUDGETS, summariseYear, type FollowupInput } from '../src/core/followup';
import type { RoadmapAction, StatusUpdate, TrafficLight } from '../src/core/schema';
import { renderMeetingDeck } from '../src/report/deck';
import { sampleInput } from '../tests/fixtures/sampleInput';
import { newestMtime, timeMs, type Figure } from './figure';

const ROOT = resolve(__dirname, '..');

/** 5 000 actions over five roadmap years, four status reports each (20 000 reports). */
function largeInput(): FollowupInput {
  const lights: TrafficLight[] = ['green', 'green', 'yellow', 'red'];
  const actions: RoadmapAction[] = buildLargeActionSet(5000, 'followup').map((a, i) => ({ ...a, id: i + 1, etag: '"1"' }));
  const statusUpdates: StatusUpdate[] = [];
  for (const a of actions) {
    for (let k = 0; k < 4; k++) {
      statusUpdates.push({
        id: statusUpdates.length + 1, etag: '"1"', title: null, action: a.id, reportedOn: new Date(Date.UTC(a.roadmapYear, 1 + k * 2, 10, 8)).toISOString(),
        overallLight: lights[(a.id + k) % 4], scheduleLight: 'green', scheduleComment: null, costsLight: lights[k], costsComment: null,
        scopeLight: null, scopeComment: null, risksLight: null, risksComment: null, progress: 20 * (k + 1), done: null, next: null,
        decisionNeeded: k === 3 && a.id % 10 === 0, decisionNote: null, publicSummary: null, isPublic: false
      });
    }
  }
  const sample = sampleInput(buildSampleData());
  return { actions, statusUpdates, metrics: sample.metrics, metricValues: sample.metricValues, budget: ICT_BUDGETS };
}

/** Gzipped bytes of what the web part loads before any `import()`. */
async function initialJsGzipped(): Promise<{ bytes: number; note: string }> {
  const dist = join(ROOT, 'dist');
  const built = existsSync(dist) ? readdirSync(dist).find((f) => /^followup-web-part_[0-9a-f]+\.js$/.test(f)) : undefined;
  if (built && statSync(join(dist, built)).mtimeMs >= newestMtime(join(ROOT, 'src'))) {
    return { bytes: gzipSync(readFileSync(join(dist, built)), { level: 9 }).length, note: `dist/${built} (production webpack build)` };
  }
  const result = await build({
    entryPoints: [join(ROOT, 'src/webparts/followup/FollowupWebPart.ts')],
    bundle: true, minify: true, splitting: true, format: 'esm', write: false, metafile: true, outdir: join(ROOT, 'temp/bench-followup'),
    platform: 'browser', target: 'es2019', conditions: ['import', 'browser'], mainFields: ['module', 'browser', 'main'],
    external: ['react', 'react-dom', '@microsoft/sp-*'], logLevel: 'error',
    alias: { 'node:fs': join(ROOT, 'bench/empty-module.js'), 'node:https': join(ROOT, 'bench/empty-module.js') }
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  if (!entry) throw new Error('esbuild produced no entry');
  // The entry and every chunk it imports statically: what loads before the first import().
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement' && outputs[i.path]) stack.push(i.path);
  }
  const text = result.outputFiles.filter((f) => seen.has(f.path.slice(ROOT.length + 1))).map((f) => f.text).join('\n');
  return { bytes: gzipSync(Buffer.from(text), { level: 9 }).length, note: 'esbuild approximation (run npm run build for the webpack figure)' };
}

export async function run(): Promise<Figure[]> {
  const large = largeInput();
  summariseYear(large, 2025, '2025-11-07T07:00:00Z');
  const aggregate = await timeMs(() => summariseYear(large, 2025, '2025-11-07T07:00:00Z'), 9);

  const sample = summariseYear(sampleInput(buildSampleData({ now: new Date('2024-11-08T07:00:00Z') })), 2024, '2024-11-08T07:00:00Z');
  await renderMeetingDeck(sample, { lang: 'fi' });
  const deck = await timeMs(() => renderMeetingDeck(sample, { lang: 'fi', meetingDay: '2024-11-08' }), 5);

  const js = await initialJsGzipped();
  const kb = Math.round((js.bytes / 1024) * 10) / 10;
  return [
    { figure: 'follow-up aggregation (summariseYear) over 5 000 actions and 20 000 reports', value: aggregate, unit: 'ms', target: '< 50 ms', met: aggregate < 50, note: 'median of 9 after one warm-up' },
    { figure: 'steering meeting deck generation (sample 8.11.2024, pptx written)', value: deck, unit: 'ms', target: '< 3000 ms', met: deck < 3000 },
    { figure: 'follow-up web part initial JS gzipped (charts and deck excluded)', value: kb, unit: 'KB', target: '<= 120 KB', met: kb <= 120, note: js.note }
  ];
}
