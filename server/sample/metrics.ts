import type { Labels } from '../../src/core/i18n/catalog';
import type { MetricValueFields, ProgrammeMetricFields } from '../../src/core/schema';

/**
 * The nine result metrics of the programme (three per goal, domain.md and the programme's chapter 6) with
 * their sources, and SAMPLE yearly values 2023–2025. The metrics themselves are the programme's; the
 * values are invented, with plausible trends. Most metrics had no baseline (the programme says so), so
 * several have no 2023 value: the row exists with `value: null` and a note, so the trend shows the gap.
 */

export type SampleMetric = ProgrammeMetricFields & {
  /** The source in every language (the list's `source` field holds the Finnish one). */
  readonly sourceLabels: Labels;
};

/** A yearly value with its metric by code (ids do not exist yet). */
export type SampleMetricValue = Omit<MetricValueFields, 'metric'> & { readonly metricCode: string };

interface MetricDef {
  readonly code: string;
  readonly goal: 'A' | 'B' | 'C';
  readonly titles: Labels;
  readonly source: Labels;
  readonly unit: string;
  /** 2023, 2024, 2025; null = not measured. */
  readonly values: readonly [number | null, number, number];
  readonly notes?: readonly [string | null, string | null, string | null];
}

const NO_BASELINE = 'Lähtötasoa ei mitattu; seuranta alkoi 2024.';

const METRICS: readonly MetricDef[] = [
  {
    code: 'A1', goal: 'A', unit: '%', values: [48, 53, 58],
    titles: {
      fi: 'Julkisten palveluiden osuus digitaalisissa kanavissa ja digitalisaatioaste',
      sv: 'Procentandelen av offentliga tjänster i digitala kanaler och digitaliseringsgraden',
      en: 'Share of public services in digital channels; degree of digitalisation'
    },
    source: {
      fi: 'YritysDigi-hankkeen palvelulupauksen digitalisaatioastemittari',
      sv: 'Mätare för digitaliseringsgraden i servicelöftet i projektet YritysDigi',
      en: 'YritysDigi service-promise digitalisation meter'
    }
  },
  {
    code: 'A2', goal: 'A', unit: 'tuhatta käyntiä', values: [182, 205, 231],
    notes: [null, null, 'Suomi.fi-laatutyökalun asiakastyytyväisyys 4,1/5.'],
    titles: {
      fi: 'Digitaalisten palveluiden käyttömäärät, kustannukset ja asiakastyytyväisyys',
      sv: 'Användningsvolymer, kostnader och kundnöjdhet i fråga om de digitala tjänsterna',
      en: 'Usage volumes, costs and customer satisfaction of digital services'
    },
    source: {
      fi: 'ePorvoon ja verkkokaupan kävijämäärät sekä MDB; Suomi.fi-laatutyökalun asiakastyytyväisyys',
      sv: 'Besökarantalet på ePorvoo och i webbutiken samt MDB; kundnöjdheten i Suomi.fi:s kvalitetsverktyg',
      en: 'Visitors to ePorvoo and the web shop, MDB; Suomi.fi quality tool satisfaction'
    }
  },
  {
    code: 'A3', goal: 'A', unit: 'kpl', values: [null, 4, 7], notes: [NO_BASELINE, null, null],
    titles: {
      fi: 'Kansallisesti sovitut merkittävimmät elämäntapahtumat: yhteentoimivien ja mahdollisuuksien mukaan automaattisten digipalveluiden määrä',
      sv: 'De mest betydande livssituationerna som överenskommits nationellt: antalet interoperabla och i mån av möjlighet automatiska digitala tjänster',
      en: 'Nationally agreed most significant life events: number of interoperable and, where possible, automated digital services'
    },
    source: {
      fi: 'Relevanttien toimenpiteiden edistyminen, liikennevalot',
      sv: 'Framskridande av relevanta åtgärder, trafikljus',
      en: 'Progress of the relevant actions, traffic lights'
    }
  },
  {
    code: 'B1', goal: 'B', unit: '%', values: [null, 71, 76], notes: [NO_BASELINE, null, null],
    titles: { fi: 'ICT-laitteiden käyttöaste', sv: 'Nyttograden för ICT-utrustning', en: 'Utilisation rate of ICT equipment' },
    source: { fi: 'Toimittajan raportointi', sv: 'Leverantörens rapportering', en: 'Supplier reporting' }
  },
  {
    code: 'B2', goal: 'B', unit: 'kpl', values: [3, 5, 9],
    titles: {
      fi: 'Energian ja muiden luonnonvarojen kulutuksen seurannan mahdollistaminen',
      sv: 'Möjliggörande av uppföljning av förbrukningen av energi och andra naturresurser',
      en: 'Monitoring of energy and other natural resource use made possible'
    },
    source: { fi: 'Seurattavien prosessien määrä', sv: 'Antalet processer som följs upp', en: 'Number of monitored processes' }
  },
  {
    code: 'B3', goal: 'B', unit: '%', values: [null, 20, 45], notes: [NO_BASELINE, 'Osuus IT-hankinnoista, joissa MittViDi-kriteerit.', null],
    titles: { fi: 'Ympäristönäkökohdat osana IT-hankintoja', sv: 'Miljöaspekter som en del av IT-upphandlingarna', en: 'Environmental aspects in IT procurement' },
    source: {
      fi: 'MittViDi-arviointikehikko, ml. konesalikapasiteetin käyttö',
      sv: 'MittViDi-utvärderingsramen, inkl. användning av datorsalskapaciteten',
      en: 'MittViDi evaluation framework incl. use of data-centre capacity'
    }
  },
  {
    code: 'C1', goal: 'C', unit: 'kpl', values: [6, 11, 17],
    titles: { fi: 'Muutettujen tai yhtenäistettyjen prosessien määrä', sv: 'Antalet processer som har ändrats eller förenhetligats', en: 'Number of processes changed or harmonised' },
    source: {
      fi: 'Toimenpiteiden edistyminen ja/tai automatisoitujen työnkulkujen määrä',
      sv: 'Framsteg i åtgärderna och/eller antal automatiska arbetsgångar',
      en: 'Progress of actions and/or number of automated workflows'
    }
  },
  {
    code: 'C2', goal: 'C', unit: 'kpl', values: [34, 31, 27],
    notes: ['Päällekkäisten järjestelmien määrä; integraatioita 41.', 'Päällekkäisten järjestelmien määrä; integraatioita 49.', 'Päällekkäisten järjestelmien määrä; integraatioita 58.'],
    titles: { fi: 'Järjestelmien tehokkaampi käyttö ja yhtenäistäminen', sv: 'Effektivare användning och harmonisering av system', en: 'More efficient use and harmonisation of systems' },
    source: {
      fi: 'Integraatioiden ja päällekkäisten järjestelmien määrä',
      sv: 'Antalet integreringar och antalet överlappande system',
      en: 'Number of integrations and of overlapping systems'
    }
  },
  {
    code: 'C3', goal: 'C', unit: '%', values: [null, 38, 52], notes: [NO_BASELINE, null, null],
    titles: {
      fi: 'Olemassa olevan tiedon saatavuus ja tehokas hyödyntäminen työssä, johtamisessa ja päätöksenteossa',
      sv: 'Tillgången till befintlig information och ett effektivt utnyttjande av den i arbetet, ledningen och beslutsfattandet',
      en: 'Availability and effective use of existing information in work, management and decisions'
    },
    source: { fi: 'Kaupungin yhteisten raporttien käyttöaste', sv: 'Användningsgraden för stadens gemensamma rapporter', en: 'Usage rate of the city’s shared reports' }
  }
];

export const METRIC_YEARS = [2023, 2024, 2025] as const;

export function sampleMetrics(): SampleMetric[] {
  return METRICS.map((m) => ({
    title: m.titles.fi,
    code: m.code,
    goal: m.goal,
    titleSv: m.titles.sv,
    titleEn: m.titles.en,
    source: m.source.fi,
    unit: m.unit,
    sourceLabels: m.source
  }));
}

export function sampleMetricValues(): SampleMetricValue[] {
  return METRICS.flatMap((m) =>
    METRIC_YEARS.map((year, i) => ({
      title: `${m.code} ${year}`,
      metricCode: m.code,
      year,
      value: m.values[i],
      note: m.notes?.[i] ?? null
    }))
  );
}
