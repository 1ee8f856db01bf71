import type { RoadmapActionFields } from '../../src/core/schema';
import {
  BENEFICIARIES, DEVELOPMENT_MODELS, FUNDING_SOURCES, GOALS, LEVELS, LONG_TERM_BENEFITS, RESPONSIBLE_DIRECTORS, TRAFFIC_LIGHTS
} from '../../src/core/schema/choices';
import { periodBounds } from '../../src/core/schema/period';
import { formatActionCode } from '../../src/core/validation/codes';
import { BOARD_APPROVALS } from './calendar';
import { SAMPLE_PEOPLE, asPerson } from './people';
import { createRandom, type Random } from './prng';
import { INDICATORS } from './seed';

/**
 * SAMPLE DATA at scale, for benchmarks and tests (paging past 5 000 items, bulk writes, a 10 000-row
 * workbook): `n` valid, varied actions, the same for the same `n` and `seed`. About 1 000 actions per
 * roadmap year from 2024 on (at least three years), codes `DT{yy}-{nn}` unique, titles unique within a
 * year, every value consistent with src/core/validation (completed = 100 %, end not before start...).
 */

type F = RoadmapActionFields;

const PREFIXES = ['Sähköisen', 'Digitaalisen', 'Yhteisen', 'Automaattisen', 'Mobiilin', 'Keskitetyn', 'Avoimen', 'Älykkään'];
const OBJECTS = ['asioinnin', 'raportoinnin', 'ajanvarauksen', 'laskutuksen', 'arkistoinnin', 'palautteen', 'seurannan', 'tiedonsiirron', 'tilavarauksen', 'tunnistautumisen', 'viestinnän', 'lupakäsittelyn'];
const SUFFIXES = ['käyttöönotto', 'uudistus', 'kehittäminen', 'laajentaminen', 'pilotointi', 'yhtenäistäminen', 'automatisointi'];
const DOMAINS = ['varhaiskasvatuksessa', 'kirjastoissa', 'vesihuollossa', 'ruokapalveluissa', 'kiinteistöissä', 'kouluissa', 'liikuntapalveluissa', 'asiakaspalvelussa', 'taloushallinnossa', 'henkilöstöhallinnossa', 'kaavoituksessa', 'työllisyyspalveluissa'];
const DESCRIPTIONS = [
  'Toimenpide parantaa palvelun saatavuutta ja vähentää manuaalista työtä.',
  'Åtgärden förbättrar tillgängligheten och minskar det manuella arbetet.',
  'Nykyinen toimintatapa perustuu paperilomakkeisiin ja sähköpostiin.',
  'Ratkaisu hankitaan yhteistyössä naapurikuntien kanssa.'
];

const codes = <C extends { readonly code: string }>(choices: readonly C[]): C['code'][] => choices.map((c) => c.code);
const GOAL_CODES = codes(GOALS);
const LEVEL_CODES = codes(LEVELS);
const BENEFIT_CODES = codes(LONG_TERM_BENEFITS);
const BENEFICIARY_CODES = codes(BENEFICIARIES);
const MODEL_CODES = codes(DEVELOPMENT_MODELS);
const FUNDING_CODES = codes(FUNDING_SOURCES);
const DIRECTOR_CODES = codes(RESPONSIBLE_DIRECTORS);
const LIGHT_CODES = codes(TRAFFIC_LIGHTS);
const SIZES: readonly NonNullable<F['costClass']>[] = ['S', 'M', 'L'];
const OWNERS = SAMPLE_PEOPLE.filter((p) => p.role !== 'reader').map(asPerson);
const INDICATOR_TEXTS = Object.keys(INDICATORS).map((k) => INDICATORS[k as keyof typeof INDICATORS]);

function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  let r = random.next() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of options) {
    r -= weight;
    if (r < 0) return value;
  }
  return options[options.length - 1][0];
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function quarterAfter(year: number, quarter: number, quarters: number): { readonly year: number; readonly quarter: number } {
  const index = year * 4 + (quarter - 1) + quarters;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

function largeAction(random: Random, year: number, number: number, title: string): F {
  const need = weighted<NonNullable<F['needSource']>>(random, [['end-of-support', 5], ['law', 35], ['strategy', 60]]);
  const status = weighted<F['status']>(random, [['completed', 30], ['in-progress', 35], ['planned', 15], ['proposed', 8], ['paused', 7], ['cancelled', 5]]);
  const reported = status !== 'planned' && status !== 'proposed';
  const progress = status === 'completed' ? 100 : status === 'in-progress' ? random.int(1, 19) * 5 : reported ? random.int(2, 16) * 5 : null;
  const costClass = random.pick(SIZES);
  const oneTimeCost = random.chance(0.8) ? random.int(1, costClass === 'S' ? 10 : costClass === 'M' ? 50 : 200) * 1000 : null;
  const annualCost = random.chance(0.4) ? random.int(1, 20) * 500 : null;
  const planned = (oneTimeCost ?? 0) + (annualCost ?? 0);
  const startQuarter = random.int(1, 4);
  const end = quarterAfter(year, startQuarter, random.int(0, 6));
  const approved = status !== 'proposed';
  const approvedOn = BOARD_APPROVALS[year] ?? `${year - 1}-12-15`;
  const reportMonth = random.int(1, 12);
  return {
    title,
    code: formatActionCode(year, number),
    description: random.chance(0.3) ? random.pick(DESCRIPTIONS) : null,
    roadmapYear: year,
    goal: random.pick(GOAL_CODES),
    level: random.pick(LEVEL_CODES),
    statutory: need === 'law',
    longTermBenefit: random.pick(BENEFIT_CODES),
    beneficiaries: BENEFICIARY_CODES.filter(() => random.chance(0.35)),
    costClass,
    impactClass: random.pick(SIZES),
    developmentModel: random.pick(MODEL_CODES),
    needSource: need,
    responsibleDirector: random.pick(DIRECTOR_CODES),
    owner: random.pick(OWNERS),
    status,
    trafficLight: reported ? (status === 'completed' ? 'green' : weighted(random, LIGHT_CODES.map((l, i) => [l, [70, 20, 10][i]] as const))) : null,
    progress,
    start: `${year}-Q${startQuarter}`,
    end: random.chance(0.5) ? `${end.year}-Q${end.quarter}` : periodBounds({ kind: 'quarter', year: end.year, quarter: end.quarter as 1 | 2 | 3 | 4 }).last,
    oneTimeCost,
    annualCost,
    actualCost: reported && planned > 0 ? Math.round((planned * (progress ?? 0)) / 1000) * 10 : null,
    funding: random.pick(FUNDING_CODES),
    impacts: status === 'completed' && random.chance(0.5) ? 'Käsittelyaika lyheni ja asiakastyytyväisyys parani.' : null,
    effectIndicator: random.pick(INDICATOR_TEXTS),
    approvedOn: approved ? approvedOn : null,
    // A fixed UTC time keeps 10 000 actions cheap to build (time zones do not matter here).
    lastReportOn: reported ? `${year}-${pad(reportMonth)}-${pad(random.int(1, 28))}T08:00:00.000Z` : null,
    decisionNeeded: status === 'in-progress' && random.chance(0.05),
    approvalState: approved ? 'approved' : 'proposed',
    boardDecisionRef: null,
    carriedFrom: null,
    fromIdea: null
  };
}

/** `n` valid actions for benchmarks and tests; deterministic for the same `n` and `seed`. */
export function buildLargeActionSet(n: number, seed: number | string = 1): RoadmapActionFields[] {
  const random = createRandom(`large:${seed}`);
  const years = Math.min(76, Math.max(3, Math.ceil(n / 1000)));
  const perYear = new Map<number, number>();
  const titles = new Set<string>();
  const actions: RoadmapActionFields[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2024 + (i % years);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const base = `${random.pick(PREFIXES)} ${random.pick(OBJECTS)} ${random.pick(SUFFIXES)} ${random.pick(DOMAINS)}`;
    let title = base;
    for (let phase = 2; titles.has(`${year}|${title}`); phase++) title = `${base}, vaihe ${phase}`;
    titles.add(`${year}|${title}`);
    actions.push(largeAction(random, year, number, title));
  }
  return actions;
}
