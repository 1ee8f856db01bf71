/**
 * Figures for the steering group's follow-up: the one aggregation over 5 000 actions, the meeting deck,
 * and the dashboard web part's initial JavaScript (the charts and the deck are loaded on demand and not
 * counted): the entry bundle and its view's chunks in the production build (built when dist/ is stale).
 */
import { buildLargeActionSet, buildSampleData } from '../server/sample';
import { ICT_BUDGETS, summariseYear, type FollowupInput } from '../src/core/followup';
import type { RoadmapAction, StatusUpdate, TrafficLight } from '../src/core/schema';
import { renderMeetingDeck } from '../src/report/deck';
import { sampleInput } from '../tests/fixtures/sampleInput';
import { timeMs, type Figure } from './figure';
import { webPartInitialJs } from './ui';

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

export async function run(): Promise<Figure[]> {
  const large = largeInput();
  summariseYear(large, 2025, '2025-11-07T07:00:00Z');
  const aggregate = await timeMs(() => summariseYear(large, 2025, '2025-11-07T07:00:00Z'), 9);

  const sample = summariseYear(sampleInput(buildSampleData({ now: new Date('2024-11-08T07:00:00Z') })), 2024, '2024-11-08T07:00:00Z');
  await renderMeetingDeck(sample, { lang: 'fi' });
  const deck = await timeMs(() => renderMeetingDeck(sample, { lang: 'fi', meetingDay: '2024-11-08' }), 5);

  const js = webPartInitialJs('FollowupWebPart');
  return [
    { figure: 'follow-up aggregation (summariseYear) over 5 000 actions and 20 000 reports', value: aggregate, unit: 'ms', target: '< 50 ms', met: aggregate < 50, note: 'median of 9 after one warm-up' },
    { figure: 'steering meeting deck generation (sample 8.11.2024, pptx written)', value: deck, unit: 'ms', target: '< 3000 ms', met: deck < 3000 },
    { figure: 'follow-up web part initial JS gzipped (charts and deck excluded)', value: js.kb, unit: 'KB', target: '<= 120 KB', met: js.kb <= 120, note: `${js.files.length} files (entry and its view's chunks)` }
  ];
}
