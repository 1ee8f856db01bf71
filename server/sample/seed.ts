import type { RoadmapActionFields } from '../../src/core/schema';

/**
 * The shape in which the sample's actions are written down: the stable facts of an action plus its
 * *story* (when its owner reports, how it ends, what goes wrong), from which `buildSampleData` derives
 * the status reports and the action's state at any `now`.
 */

type F = RoadmapActionFields;

export type Dimension = 'schedule' | 'costs' | 'scope' | 'risks';

/** A dimension whose light is not green from meeting `at` through `until` (default: `at` only). */
export interface Trouble {
  readonly at: number;
  readonly until?: number;
  readonly dimension: Dimension;
  readonly light: 'yellow' | 'red';
  /** What the owner asks the steering group to decide at meeting `at`, in Finnish and Swedish. */
  readonly decision?: { readonly fi: string; readonly sv: string };
  /** What the group decided (the minutes are in Finnish). */
  readonly outcome?: string;
}

export interface Story {
  /** Index (calendar.ts) of the first meeting the owner reports to. */
  readonly from: number;
  /** How it ends and at which meeting; absent = still running after the last sample meeting. */
  readonly ends?: { readonly kind: 'completed' | 'paused' | 'cancelled'; readonly at: number };
  /** Progress reached at the last sample meeting when it does not end (default 85). */
  readonly reach?: number;
  readonly troubles?: readonly Trouble[];
  /** The final report is filed 8–12 days before the meeting (the completions "by 10/2024"). */
  readonly earlyFinalReport?: boolean;
}

export interface ActionSeed {
  readonly code: string;
  readonly year: number;
  readonly title: string;
  readonly description?: string;
  readonly goal: F['goal'];
  readonly level: F['level'];
  /** Default: the need source is a law. */
  readonly statutory?: boolean;
  readonly need: NonNullable<F['needSource']>;
  readonly benefit: NonNullable<F['longTermBenefit']>;
  readonly beneficiaries: F['beneficiaries'];
  readonly cost: NonNullable<F['costClass']>;
  readonly impact: NonNullable<F['impactClass']>;
  readonly model: NonNullable<F['developmentModel']>;
  /** A responsible director's choice code (choices.ts). */
  readonly director: string;
  /** The owner's e-mail (people.ts). */
  readonly owner: string;
  readonly start: string;
  readonly end: string;
  readonly oneTimeCost?: number;
  readonly annualCost?: number;
  /** Euros booked when it is completed, when not the planned one-time plus annual cost. */
  readonly finalCost?: number;
  readonly funding: NonNullable<F['funding']>;
  readonly impacts?: string;
  readonly effectIndicator?: string;
  readonly story: Story;
  /** Roadmap 2025: planned a year ahead, already sketched in the roadmap 2024. */
  readonly plannedAhead?: boolean;
  /** Roadmap 2026: the meeting at which the steering group prioritised the proposal. */
  readonly prioritisedAt?: number;
}

/** City-strategy indicators the actions' effects are measured with (one per action). */
export const INDICATORS = {
  eServices: 'Sähköisen asioinnin osuus palveluista',
  residentSatisfaction: 'Asukastyytyväisyys kaupungin palveluihin',
  emissions: 'Kaupungin kasvihuonekaasupäästöt',
  staffSatisfaction: 'Henkilöstön työtyytyväisyys',
  operatingCosts: 'Toimintamenojen kehitys',
  security: 'Tietoturvallisuuden kypsyystaso',
  tourism: 'Matkailijoiden määrä',
  businessSatisfaction: 'Yritysten tyytyväisyys kaupungin palveluihin',
  learning: 'Oppilaiden ja huoltajien tyytyväisyys'
} as const;
