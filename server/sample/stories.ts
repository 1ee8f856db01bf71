import type { RoadmapActionFields, StatusUpdateFields, TrafficLight } from '../../src/core/schema';
import { helsinkiDay, helsinkiInstant, shiftDay } from '../../src/core/time/helsinki';
import { BOARD_APPROVALS, LAST_MEETING, MEETING_2024_11_08, MEETING_DAYS, dayLabel, meetingStart } from './calendar';
import { createRandom, type Random } from './prng';
import { DIMENSION_COMMENTS, PHASE_TEXTS, REPORT_TITLE } from './reportTexts';
import type { ActionSeed, Dimension, Trouble } from './seed';

/**
 * Turns an action's story into its status reports (all of them, over the sample's whole calendar) and
 * derives what the action looks like at a given instant: reports filed after `now` do not exist yet,
 * meetings after `now` have not decided anything, and the action shows its latest visible report.
 */

/** A status report as the sample holds it: the action by its code (ids do not exist yet) and its author. */
export type SampleStatusUpdate = Omit<StatusUpdateFields, 'action'> & {
  readonly actionCode: string;
  /** The owner who filed it (the seeder acts as this user, so that SharePoint's Created By is right). */
  readonly authorEmail: string;
};

export interface PlannedReport {
  /** Index of the meeting the report was written for. */
  readonly meeting: number;
  readonly at: Date;
  readonly update: SampleStatusUpdate;
  /** The completion report (progress 100). */
  readonly completes: boolean;
}

const DIMENSIONS: readonly Dimension[] = ['schedule', 'costs', 'scope', 'risks'];
const LIGHT_RANK: Readonly<Record<TrafficLight, number>> = { green: 0, yellow: 1, red: 2 };

/** Before each meeting an owner skips a report now and then; never the first, the last, a troubled one or two in a row. */
const SKIP_PROBABILITY = 0.1;
/** A passing yellow light on some dimension, besides the scripted troubles. */
const PASSING_YELLOW_PROBABILITY = 0.12;

function round5(n: number): number {
  return Math.round(n / 5) * 5;
}

function weekdayOnOrBefore(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  if (weekday === 6) return shiftDay(day, -1);
  if (weekday === 0) return shiftDay(day, -2);
  return day;
}

function troublesAt(seed: ActionSeed, meeting: number): Trouble[] {
  return (seed.story.troubles ?? []).filter((t) => t.at <= meeting && meeting <= (t.until ?? t.at));
}

function reportTime(random: Random, meeting: number, early: boolean): { readonly day: string; readonly at: Date } {
  const daysBefore = early ? random.int(8, 12) : random.int(3, 12);
  const day = weekdayOnOrBefore(shiftDay(MEETING_DAYS[meeting], -daysBefore));
  const hh = random.int(8, 15);
  const mm = random.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]);
  return { day, at: helsinkiInstant(day, `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`) };
}

/** Progress rises roughly evenly towards the end (or the level `reach` for a story that does not end). */
function progressCurve(seed: ActionSeed): (meeting: number) => number {
  const { from, ends, reach } = seed.story;
  if (ends?.kind === 'completed') return (m) => (100 * (m - from + 1)) / (ends.at - from + 1);
  // A paused or cancelled action stops short: as if it had three more meetings to go.
  if (ends) return (m) => (100 * (m - from + 1)) / (ends.at + 3 - from + 1);
  return (m) => ((reach ?? 85) * (m - from + 1)) / (LAST_MEETING - from + 1);
}

/** Every report the owner of `seed` files over the sample calendar, oldest first. */
export function planReports(seed: ActionSeed, language: 'fi' | 'sv', authorEmail: string): PlannedReport[] {
  const { story } = seed;
  const random = createRandom(`reports:${seed.code}`);
  const last = story.ends?.at ?? LAST_MEETING;
  const curve = progressCurve(seed);
  const pick = (texts: { readonly fi: readonly string[]; readonly sv: readonly string[] }) => random.pick(texts[language]);
  const reports: PlannedReport[] = [];
  let progress = 0;
  let skippedLast = false;
  for (let m = story.from; m <= last; m++) {
    const troubles = troublesAt(seed, m);
    const completes = story.ends?.kind === 'completed' && m === story.ends.at;
    const final = m === last && story.ends !== undefined;
    // Draw in the same order whatever happens, so that one change does not reshuffle the rest.
    const skipDraw = random.chance(SKIP_PROBABILITY);
    const jitter = random.int(-1, 1) * 5;
    const yellowDraw = random.chance(PASSING_YELLOW_PROBABILITY);
    const yellowDimension = random.pick(DIMENSIONS);
    const { day, at } = reportTime(random, m, completes && story.earlyFinalReport === true);
    // Never two in a row: an owner who missed one meeting reports to the next.
    if (skipDraw && !skippedLast && m !== story.from && !final && troubles.length === 0) {
      skippedLast = true;
      continue;
    }
    skippedLast = false;

    progress = completes ? 100 : Math.max(progress, Math.min(95, Math.max(5, round5(curve(m)) + jitter)));
    const lights: Record<Dimension, TrafficLight> = { schedule: 'green', costs: 'green', scope: 'green', risks: 'green' };
    for (const t of troubles) if (LIGHT_RANK[t.light] > LIGHT_RANK[lights[t.dimension]]) lights[t.dimension] = t.light;
    if (yellowDraw && troubles.length === 0 && !completes && m !== story.from) lights[yellowDimension] = 'yellow';
    const overall = DIMENSIONS.map((d) => lights[d]).reduce((worst, l) => (LIGHT_RANK[l] > LIGHT_RANK[worst] ? l : worst), 'green' as TrafficLight);
    const decision = troubles.find((t) => t.at === m && t.decision)?.decision;
    const phase = completes ? 'done' : progress < 30 ? 'start' : progress < 70 ? 'middle' : 'late';

    reports.push({
      meeting: m,
      at,
      completes,
      update: {
        title: `${REPORT_TITLE[language]} ${seed.code} ${dayLabel(day)}`,
        actionCode: seed.code,
        authorEmail,
        reportedOn: at.toISOString(),
        overallLight: overall,
        scheduleLight: lights.schedule,
        scheduleComment: pick(DIMENSION_COMMENTS.schedule[lights.schedule]),
        costsLight: lights.costs,
        costsComment: pick(DIMENSION_COMMENTS.costs[lights.costs]),
        scopeLight: lights.scope,
        scopeComment: pick(DIMENSION_COMMENTS.scope[lights.scope]),
        risksLight: lights.risks,
        risksComment: pick(DIMENSION_COMMENTS.risks[lights.risks]),
        progress,
        done: pick(PHASE_TEXTS[phase].done),
        next: final && !completes
          ? (language === 'sv' ? 'Digiledningsgruppens beslut om fortsättningen.' : 'Digijohtoryhmän päätös jatkosta.')
          : pick(PHASE_TEXTS[phase].next),
        decisionNeeded: decision !== undefined,
        decisionNote: decision ? decision[language] : null,
        // The owner publishes a summary when the work is done; earlier reports stay internal.
        publicSummary: completes ? PUBLIC_DONE[language] : null,
        isPublic: completes
      }
    });
  }
  return reports;
}

const PUBLIC_DONE = {
  fi: 'Toimenpide on valmis ja sen tulokset ovat käytössä.',
  sv: 'Åtgärden är klar och resultaten används.'
} as const;

type DerivedKeys = 'status' | 'trafficLight' | 'progress' | 'lastReportOn' | 'decisionNeeded' | 'actualCost' | 'approvalState' | 'approvedOn' | 'boardDecisionRef';
export type DerivedActionState = Pick<RoadmapActionFields, DerivedKeys>;

/** The meeting at which the steering group prioritised a roadmap's proposal. */
function prioritisedAt(seed: ActionSeed): Date | undefined {
  if (seed.prioritisedAt !== undefined) return meetingStart(seed.prioritisedAt);
  // Roadmap 2024 was prepared before the sample's calendar; a third of 2025 was sketched with it.
  if (seed.year === 2024 || seed.plannedAhead) return helsinkiInstant(BOARD_APPROVALS[2024]);
  // The rest of roadmap 2025 was approved by the steering group on 8.11.2024.
  if (seed.year === 2025) return meetingStart(MEETING_2024_11_08);
  return undefined;
}

function boardDecisionRef(seed: ActionSeed): string {
  const approved = dayLabel(BOARD_APPROVALS[seed.year]);
  return seed.plannedAhead
    ? `Kaupunginhallitus ${dayLabel(BOARD_APPROVALS[2024])} (alustava) ja ${approved}`
    : `Kaupunginhallitus ${approved}`;
}

/** What an action looks like at `now`, given all of its planned reports. */
export function actionStateAt(seed: ActionSeed, reports: readonly PlannedReport[], now: Date): DerivedActionState {
  const visible = reports.filter((r) => r.at.getTime() < now.getTime());
  const latest = visible.length > 0 ? visible[visible.length - 1] : undefined;
  const boardDay = BOARD_APPROVALS[seed.year];
  const approved = boardDay !== undefined && helsinkiDay(now) >= boardDay;
  const prioritised = prioritisedAt(seed);
  const approvalState = approved ? 'approved' : prioritised && now.getTime() >= prioritised.getTime() ? 'prioritised' : 'proposed';

  const ends = seed.story.ends;
  let status: RoadmapActionFields['status'];
  if (ends?.kind === 'completed' && latest?.completes) status = 'completed';
  else if (ends && ends.kind !== 'completed' && now.getTime() >= meetingStart(ends.at).getTime()) status = ends.kind;
  else if (latest) status = 'in-progress';
  else status = approvalState === 'proposed' ? 'proposed' : 'planned';

  const planned = (seed.oneTimeCost ?? 0) + (seed.annualCost ?? 0);
  const costTrouble = latest !== undefined && (seed.story.troubles ?? []).some((t) => t.dimension === 'costs' && t.at <= latest.meeting);
  let actualCost: number | null = null;
  if (status === 'completed') actualCost = seed.finalCost ?? (planned > 0 ? planned : null);
  else if (latest && planned > 0) actualCost = Math.round((planned * (latest.update.progress ?? 0) * (costTrouble ? 1.1 : 1)) / 1000) * 10;

  return {
    status,
    trafficLight: latest?.update.overallLight ?? null,
    progress: latest?.update.progress ?? null,
    lastReportOn: latest?.update.reportedOn ?? null,
    // A decision is pending until the meeting it was asked for; then the minutes hold it.
    decisionNeeded: latest !== undefined && latest.update.decisionNeeded && now.getTime() < meetingStart(latest.meeting).getTime() && (status === 'in-progress'),
    actualCost,
    approvalState,
    approvedOn: approved ? boardDay : null,
    boardDecisionRef: approved ? boardDecisionRef(seed) : null
  };
}
