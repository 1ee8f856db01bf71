import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RoadmapActionFields } from '../src/core/schema';
import { provision } from '../src/data/provision';
import { createRepositories } from '../src/data/repository';
import { createSp } from '../src/data/sp';
import { startEmulator } from '../server/emulator';
import type { Figure } from './figure';


function action(n: number): RoadmapActionFields {
  return {
    title: `Benchmark action ${n}`, code: `B-${String(n).padStart(5, '0')}`, description: 'Sample benchmark row', roadmapYear: 2025,
    goal: 'A', level: 'shared', statutory: false, longTermBenefit: 'renewal', beneficiaries: ['residents'], costClass: 'M', impactClass: 'M',
    developmentModel: null, needSource: 'strategy', responsibleDirector: null, owner: null, status: 'planned', trafficLight: 'green',
    progress: n % 101, start: '2025-Q1', end: '2025-Q4', oneTimeCost: 1000, annualCost: null, actualCost: null, funding: null, impacts: null,
    effectIndicator: null, approvedOn: null, lastReportOn: null, decisionNeeded: false, approvalState: null, boardDecisionRef: null,
    carriedFrom: null, fromIdea: null
  };
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

/**
 * The data layer against the local emulator, in one run: reading 6 000 actions, creating 1 000 actions
 * in batches and one by one (same emulator, same process), and the wall-time ratio of the two.
 */
export async function run(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dt-bench-data-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'empty' });
  try {
    const sp = createSp({ siteUrl: emulator.siteUrl });
    await provision(sp);
    const repos = createRepositories(sp);

    emulator.resetCounters();
    let t = performance.now();
    const batched = await repos.actions.addMany(range(0, 1000).map(action));
    const batchedMs = performance.now() - t;
    const batchedRequests = emulator.counters().total;
    if (batched.failed.length > 0) throw new Error(`batched add failed for ${batched.failed.length} items`);

    t = performance.now();
    for (const n of range(1000, 1000)) await repos.actions.add(action(n));
    const oneByOneMs = performance.now() - t;

    const rest = await repos.actions.addMany(range(2000, 4000).map(action));
    if (rest.failed.length > 0) throw new Error(`filling to 6 000 failed for ${rest.failed.length} items`);

    emulator.resetCounters();
    t = performance.now();
    const all = await repos.actions.list();
    const readMs = performance.now() - t;
    const readRequests = emulator.counters().total;
    if (all.length !== 6000) throw new Error(`read ${all.length} actions, expected 6 000`);

    const ratio = batchedMs / oneByOneMs;
    return [
      { figure: 'read 6 000 actions: HTTP requests', value: readRequests, unit: 'requests', target: '<= 2 (5 000 per page)', met: readRequests <= 2 },
      { figure: 'read 6 000 actions: wall time', value: Math.round(readMs), unit: 'ms', target: 'informational', met: true },
      { figure: 'create 1 000 actions batched: HTTP requests', value: batchedRequests, unit: 'requests', target: '<= 50', met: batchedRequests <= 50 },
      { figure: 'create 1 000 actions batched: wall time', value: Math.round(batchedMs), unit: 'ms', target: 'informational', met: true },
      { figure: 'create 1 000 actions one by one: wall time', value: Math.round(oneByOneMs), unit: 'ms', target: 'informational', met: true },
      {
        figure: 'create 1 000 actions: wall time batched / one by one', value: Number(ratio.toFixed(3)), unit: 'ratio', target: '< 1', met: ratio < 1,
        note: 'same emulator, same run; batches of 100 items per $batch request'
      }
    ];
  } finally {
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
