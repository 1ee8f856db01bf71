import { INDICATORS as I, type ActionSeed } from './seed';

/**
 * SAMPLE DATA — roadmap 2026: 28 new actions, 13 of them driven by new laws (domain.md: the city board's
 * decision of 15.12.2025). The steering group prioritised 20 proposals on 12.9.2025 and the remaining 8
 * on 7.11.2025; the city board approved the roadmap on 15.12.2025. Before those dates the actions are
 * proposals (`approvalState` proposed/prioritised, status proposed/planned), which is what the sample
 * shows at its default `now` (autumn 2025). Their stories start in 2026. Titles are invented.
 */

const o = (local: string): string => `${local}@porvoo.fi`;

export const ACTIONS_2026: readonly ActionSeed[] = [
  {
    code: 'DT26-01', year: 2026, title: 'EU:n tekoälyasetuksen vaatimusten kartoitus ja tekoälyjärjestelmien rekisteri',
    goal: 'K2', level: 'foundation', need: 'law', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'hallinto', owner: o('paivi.heikkinen'),
    start: '2026-Q1', end: '2026-Q3', oneTimeCost: 6000, funding: 'own-budget', effectIndicator: I.security, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT26-02', year: 2026, title: 'Esteettömyysdirektiivin mukaiset asiointipalvelut',
    goal: 'A', level: 'shared', need: 'law', benefit: 'human-centricity', beneficiaries: ['residents', 'tourists'],
    cost: 'M', impact: 'L', model: 'independent', director: 'viestinta', owner: o('heidi.korhonen'),
    start: '2026-Q1', end: '2026-Q4', oneTimeCost: 25000, funding: 'own-budget', effectIndicator: I.residentSatisfaction, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-03', year: 2026, title: 'NIS2: poikkeamien havainnointi- ja ilmoitusprosessi (SOC-palvelu)',
    description: 'En tjänst för upptäckt av säkerhetsincidenter (SOC) och en process för anmälan av incidenter inom 24 timmar enligt cybersäkerhetslagen.',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'sustainability', beneficiaries: ['residents', 'staff'],
    cost: 'L', impact: 'L', model: 'network', director: 'kehitys', owner: o('mikael.sjoberg'),
    start: '2026-Q1', end: '2027-Q1', oneTimeCost: 20000, annualCost: 45000, funding: 'own-budget', effectIndicator: I.security, prioritisedAt: 9,
    story: { from: 12, reach: 75 }
  },
  {
    code: 'DT26-04', year: 2026, title: 'Eurooppalaisen digitaalisen identiteetin (EUDI-lompakko) valmius asioinnissa',
    goal: 'A', level: 'foundation', need: 'law', benefit: 'renewal', beneficiaries: ['residents', 'businesses'],
    cost: 'M', impact: 'L', model: 'network', director: 'kehitys', owner: o('katja.salminen'),
    start: '2026-Q2', end: '2027-Q2', oneTimeCost: 15000, funding: 'own-budget', effectIndicator: I.eServices, prioritisedAt: 9,
    story: { from: 13, reach: 60 }
  },
  {
    code: 'DT26-05', year: 2026, title: 'Palkka-avoimuusraportoinnin automatisointi',
    goal: 'C', level: 'data', need: 'law', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'henkilosto', owner: o('jenni.aalto'),
    start: '2026-Q3', end: '2027-Q2', oneTimeCost: 8000, funding: 'own-budget', effectIndicator: I.staffSatisfaction, prioritisedAt: 9,
    story: { from: 15, reach: 50 }
  },
  {
    code: 'DT26-06', year: 2026, title: 'Varhaiskasvatusmaksujen tulotietojen haku tulorekisteristä',
    goal: 'C', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'kake', owner: o('elina.lahtinen'),
    start: '2026-Q1', end: '2026-Q4', oneTimeCost: 18000, annualCost: 3000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-07', year: 2026, title: 'Ilmastolain mukaisen päästöraportoinnin datavirta',
    goal: 'B', level: 'data', need: 'law', benefit: 'sustainability', beneficiaries: ['climate'],
    cost: 'M', impact: 'M', model: 'independent', director: 'elinvoima', owner: o('sanna.lehtonen'),
    start: '2026-Q2', end: '2026-Q4', oneTimeCost: 12000, funding: 'own-budget', effectIndicator: I.emissions, prioritisedAt: 9,
    story: { from: 13, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-08', year: 2026, title: 'Rakennetun ympäristön tietojärjestelmän (RYTJ) liitäntä',
    goal: 'K2', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['businesses', 'residents'],
    cost: 'M', impact: 'M', model: 'network', director: 'elinvoima', owner: o('timo.rantanen'),
    start: '2026-Q1', end: '2027-Q1', oneTimeCost: 30000, annualCost: 5000, funding: 'own-budget', effectIndicator: I.businessSatisfaction, prioritisedAt: 9,
    story: { from: 12, reach: 80 }
  },
  {
    code: 'DT26-09', year: 2026, title: 'Arkistolain mukaiset säilytysajat asianhallintaan',
    description: 'Arkivlagens bevarandetider förs in i ärendehanteringssystemet så att handlingar gallras automatiskt.',
    goal: 'K2', level: 'shared', need: 'law', benefit: 'sustainability', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'hallinto', owner: o('oskar.lindqvist'),
    start: '2026-Q2', end: '2026-Q4', oneTimeCost: 5000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 9,
    story: { from: 13, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-10', year: 2026, title: 'Oppilashuollon kirjaamisen tietosuojamuutokset',
    goal: 'K2', level: 'sector', need: 'law', benefit: 'human-centricity', beneficiaries: ['residents', 'staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'kake', owner: o('niklas.backman'),
    start: '2026-Q1', end: '2026-Q3', oneTimeCost: 7000, funding: 'own-budget', effectIndicator: I.learning, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT26-11', year: 2026, title: 'Vesihuollon häiriötiedotus tekstiviestillä',
    description: 'Kunderna får sms om avbrott i vattendistributionen och om kokningsrekommendationer.',
    goal: 'A', level: 'sector', need: 'law', benefit: 'human-centricity', beneficiaries: ['residents', 'businesses'],
    cost: 'S', impact: 'L', model: 'independent', director: 'porvoon-vesi', owner: o('markus.holmstrom'),
    start: '2026-Q2', end: '2026-Q4', oneTimeCost: 6000, annualCost: 2500, funding: 'own-budget', effectIndicator: I.residentSatisfaction, prioritisedAt: 9,
    story: { from: 13, ends: { kind: 'completed', at: 16 } }
  },
  {
    code: 'DT26-12', year: 2026, title: 'Kriittisten palveluiden varajärjestelmien testaus',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'sustainability', beneficiaries: ['residents', 'staff'],
    cost: 'S', impact: 'M', model: 'network', director: 'kehitys', owner: o('mikael.sjoberg'),
    start: '2026-Q3', end: '2026-Q4', oneTimeCost: 4000, funding: 'own-budget', effectIndicator: I.security, prioritisedAt: 9,
    story: { from: 15, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-13', year: 2026, title: 'Työllisyyspalveluiden asiakastietojärjestelmän uudet velvoitteet',
    goal: 'C', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['residents', 'businesses'],
    cost: 'M', impact: 'M', model: 'network', director: 'elinvoima', owner: o('jussi.peltonen'),
    start: '2026-Q1', end: '2026-Q4', oneTimeCost: 14000, funding: 'state-grant', effectIndicator: I.businessSatisfaction, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-14', year: 2026, title: 'Puhelinvaihteen ja asiakaspalvelun siirto pilvipalveluun',
    description: 'Nykyisen puhelinvaihteen tuki päättyy; vaihde ja asiakaspalvelun jonotus siirretään pilvipalveluun.',
    goal: 'A', level: 'shared', need: 'end-of-support', benefit: 'renewal', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'viestinta', owner: o('katja.salminen'),
    start: '2026-Q1', end: '2026-Q3', oneTimeCost: 22000, annualCost: 9000, funding: 'own-budget', effectIndicator: I.residentSatisfaction, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT26-15', year: 2026, title: 'Intranetin uudistus',
    goal: 'K1', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'viestinta', owner: o('heidi.korhonen'),
    start: '2026-Q2', end: '2027-Q1', oneTimeCost: 28000, funding: 'own-budget', effectIndicator: I.staffSatisfaction, prioritisedAt: 10,
    story: { from: 13, reach: 70 }
  },
  {
    code: 'DT26-16', year: 2026, title: 'Tekoälyavusteinen asiakaspalvelu',
    description: 'En AI-assisterad kundtjänst på finska, svenska och engelska, som bygger på pilotens erfarenheter (DT24-26, DT25-11).',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'tourists'],
    cost: 'M', impact: 'L', model: 'independent', director: 'kehitys', owner: o('johan.lindholm'),
    start: '2026-Q2', end: '2027-Q2', oneTimeCost: 20000, annualCost: 12000, funding: 'own-budget', effectIndicator: I.residentSatisfaction, prioritisedAt: 9,
    story: { from: 13, reach: 55 }
  },
  {
    code: 'DT26-17', year: 2026, title: 'Tekoälykokeilut opetuksessa',
    goal: 'K1', level: 'sector', need: 'strategy', benefit: 'renewal', beneficiaries: ['residents', 'staff'],
    cost: 'S', impact: 'M', model: 'network', director: 'kake', owner: o('niklas.backman'),
    start: '2026-Q3', end: '2027-Q2', oneTimeCost: 5000, funding: 'own-budget', effectIndicator: I.learning, prioritisedAt: 10,
    story: { from: 15, reach: 45 }
  },
  {
    code: 'DT26-18', year: 2026, title: 'Rakennuslupaneuvonnan sähköinen ajanvaraus',
    goal: 'A', level: 'sector', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'businesses'],
    cost: 'S', impact: 'M', model: 'independent', director: 'elinvoima', owner: o('erik.forsman'),
    start: '2026-Q1', end: '2026-Q2', oneTimeCost: 3000, funding: 'own-budget', effectIndicator: I.businessSatisfaction, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 14 } }
  },
  {
    code: 'DT26-19', year: 2026, title: 'Keittiöiden energiankulutuksen seuranta',
    description: 'Energiförbrukningen i produktionsköken mäts per apparat och jämförs mellan köken.',
    goal: 'B', level: 'sector', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'ateria-puhtaus', owner: o('linnea.soderholm'),
    start: '2026-Q2', end: '2026-Q4', oneTimeCost: 7000, funding: 'own-budget', effectIndicator: I.emissions, prioritisedAt: 9,
    story: { from: 13, ends: { kind: 'completed', at: 17 } }
  },
  {
    code: 'DT26-20', year: 2026, title: 'Siivouksen toiminnanohjaus mobiililaitteilla',
    goal: 'C', level: 'sector', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'ateria-puhtaus', owner: o('linnea.soderholm'),
    start: '2026-Q3', end: '2027-Q2', oneTimeCost: 16000, annualCost: 6000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 10,
    story: { from: 15, reach: 45 }
  },
  {
    code: 'DT26-21', year: 2026, title: 'Kiinteistöjen kulunvalvonnan yhtenäistäminen',
    goal: 'K3', level: 'foundation', need: 'strategy', benefit: 'sustainability', beneficiaries: ['staff', 'residents'],
    cost: 'L', impact: 'M', model: 'independent', director: 'toimitila', owner: o('maria.gronroos'),
    start: '2026-Q2', end: '2027-Q4', oneTimeCost: 60000, funding: 'own-budget', effectIndicator: I.security, prioritisedAt: 10,
    story: { from: 13, reach: 40 }
  },
  {
    code: 'DT26-22', year: 2026, title: 'Vesimittareiden etäluenta',
    description: 'Fjärravläsning av vattenmätare i hela nätet under tre år; förbrukningen syns för kunderna i webbtjänsten.',
    goal: 'B', level: 'sector', need: 'strategy', benefit: 'sustainability', beneficiaries: ['residents', 'climate'],
    cost: 'L', impact: 'L', model: 'independent', director: 'porvoon-vesi', owner: o('markus.holmstrom'),
    start: '2026-Q1', end: '2028-Q4', oneTimeCost: 120000, annualCost: 10000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 9,
    story: { from: 12, reach: 40 }
  },
  {
    code: 'DT26-23', year: 2026, title: 'Investointien seurannan raportointi',
    goal: 'C', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'rahoitus', owner: o('riikka.hakala'),
    start: '2026-Q1', end: '2026-Q2', oneTimeCost: 6000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 14 } }
  },
  {
    code: 'DT26-24', year: 2026, title: 'Hankintojen analytiikka',
    goal: 'C', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'rahoitus', owner: o('antti.suominen'),
    start: '2026-Q3', end: '2027-Q1', oneTimeCost: 9000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 10,
    story: { from: 15, reach: 50 }
  },
  {
    code: 'DT26-25', year: 2026, title: 'Osallistuvan budjetoinnin digitaalinen alusta',
    goal: 'K4', level: 'shared', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents'],
    cost: 'S', impact: 'M', model: 'network', director: 'kehitys', owner: o('anna-maria.nystrom'),
    start: '2026-Q1', end: '2026-Q3', oneTimeCost: 8000, annualCost: 3000, funding: 'own-budget', effectIndicator: I.residentSatisfaction, prioritisedAt: 10,
    story: { from: 12, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT26-26', year: 2026, title: 'Henkilöstön digitaitojen kartoitus',
    goal: 'K1', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'S', model: 'independent', director: 'henkilosto', owner: o('jenni.aalto'),
    start: '2026-Q1', end: '2026-Q2', oneTimeCost: 2000, funding: 'own-budget', effectIndicator: I.staffSatisfaction, prioritisedAt: 9,
    story: { from: 12, ends: { kind: 'completed', at: 14 } }
  },
  {
    code: 'DT26-27', year: 2026, title: 'Tiedon laadun mittarointi',
    goal: 'K2', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'kehitys', owner: o('ville.jarvinen'),
    start: '2026-Q3', end: '2027-Q1', oneTimeCost: 5000, funding: 'own-budget', effectIndicator: I.operatingCosts, prioritisedAt: 10,
    story: { from: 15, reach: 50 }
  },
  {
    code: 'DT26-28', year: 2026, title: 'Itä-Uudenmaan kuntien yhteinen digituki',
    description: 'Ett gemensamt digistöd för kommunerna i Östra Nyland: gemensam telefontjänst, material och utbildning av digihandledare.',
    goal: 'K4', level: 'shared', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents'],
    cost: 'S', impact: 'M', model: 'network', director: 'elinvoima', owner: o('ida.westerlund'),
    start: '2026-Q2', end: '2027-Q2', annualCost: 10000, funding: 'project-funding', effectIndicator: I.residentSatisfaction, prioritisedAt: 10,
    story: { from: 13, reach: 60 }
  }
];
