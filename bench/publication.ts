import { buildSampleData, buildLargeActionSet } from '../server/sample';
import { buildPublication, parseState, publicationSettings, FILES } from '../server/publish';
import type { FollowupInput } from '../src/core/followup';
import type { RoadmapAction, StatusUpdate, TrafficLight } from '../src/core/schema';
import { sampleInput } from '../tests/fixtures/sampleInput';
import { timeMs, type Figure } from './figure';

/** The open publication: how long a build takes, how large it is, and that republishing changes nothing. */

const SETTINGS = publicationSettings({ feedback: { email: 'digiohjelma@porvoo.fi' }, statement: { preparedOn: '2025-11-01' } });
const AS_OF = '2025-11-07T07:00:00Z';

/** 1 000 actions over five years, four reports each, the sample's metrics. */
function largeInput(): FollowupInput {
  const lights: TrafficLight[] = ['green', 'green', 'yellow', 'red'];
  const actions: RoadmapAction[] = buildLargeActionSet(1000, 'publication').map((a, i) => ({ ...a, id: i + 1, etag: '"1"', modified: '2025-10-01T08:00:00.000Z' }));
  const statusUpdates: StatusUpdate[] = [];
  for (const a of actions) {
    for (let k = 0; k < 4; k++) {
      statusUpdates.push({
        id: statusUpdates.length + 1, etag: '"1"', title: null, action: a.id, reportedOn: new Date(Date.UTC(a.roadmapYear, 1 + k * 2, 10, 8)).toISOString(),
        overallLight: lights[(a.id + k) % 4], scheduleLight: null, scheduleComment: null, costsLight: null, costsComment: null, scopeLight: null, scopeComment: null,
        risksLight: null, risksComment: null, progress: 20 * (k + 1), done: null, next: null, decisionNeeded: false, decisionNote: null,
        publicSummary: k === 3 ? 'Toimenpide etenee suunnitellusti.' : null, isPublic: k === 3
      });
    }
  }
  const sample = sampleInput(buildSampleData());
  return { actions, statusUpdates, metrics: sample.metrics, metricValues: sample.metricValues, budget: sample.budget };
}

const bytesOf = (files: Readonly<Record<string, string>>): number => Object.values(files).reduce((n, c) => n + Buffer.byteLength(c, 'utf8'), 0);

export async function run(): Promise<Figure[]> {
  const sample = sampleInput(buildSampleData({ now: new Date('2024-11-08T07:00:00Z') }));
  const first = buildPublication(sample, 2024, '2024-11-08T07:00:00Z', SETTINGS);
  const sampleMs = await timeMs(() => buildPublication(sample, 2024, '2024-11-08T07:00:00Z', SETTINGS), 3);
  const again = buildPublication(sample, 2024, '2024-11-08T07:00:00Z', SETTINGS, parseState(first.files[FILES.state]));
  const differing = Object.keys(again.files).filter((f) => again.files[f] !== first.files[f]).length + again.removed.length;

  const large = largeInput();
  buildPublication(large, 2025, AS_OF, SETTINGS);
  const largeMs = await timeMs(() => buildPublication(large, 2025, AS_OF, SETTINGS), 3);
  const largeFiles = buildPublication(large, 2025, AS_OF, SETTINGS).files;

  const sampleFiles = Object.keys(first.files).length;
  return [
    { figure: 'publication of the sample (8.11.2024): build time', value: sampleMs, unit: 'ms', target: '< 3000 ms', met: sampleMs < 3000, note: `${first.actions} actions, ${first.metricValues} metric values` },
    { figure: 'publication of the sample: files', value: sampleFiles, unit: 'files', target: 'report', met: true },
    { figure: 'publication of the sample: total size', value: Math.round(bytesOf(first.files) / 1024), unit: 'KB', target: 'report', met: true },
    { figure: 'publication of 1 000 actions and 4 000 reports: build time', value: largeMs, unit: 'ms', target: '< 10000 ms', met: largeMs < 10000, note: `${Object.keys(largeFiles).length} files, ${Math.round(bytesOf(largeFiles) / 1024)} KB` },
    { figure: 'republishing the same data: files that differ', value: differing, unit: 'files', target: '= 0', met: differing === 0, note: `${again.newEntries} new feed entries` }
  ];
}
