import { INDICATORS as I, type ActionSeed } from './seed';

/**
 * SAMPLE DATA — roadmap 2025 (steering group 8.11.2024, city board 25.11.2024), 26 actions matching the
 * counts of the 8.11.2024 slides:
 * - need source: system end of support 1, law 9, strategy 16;
 * - long-term benefit: human-centricity 3, sustainability 6, renewal 17 (the slide's pie shows 3 and 6
 *   and leaves the largest slice unlabelled; its legend order is ihmislähtöisyys, kestävyys,
 *   uudistuminen, so 3 = human-centricity, 6 = sustainability and the remaining 17 = renewal);
 * - every one of the ten responsible directors; all four levels; every goal and competence;
 * - 9 of 26 (about 1/3) planned a year ahead in the roadmap 2024 (`plannedAhead`);
 * - one-time plus annual costs about 500 k€, the programme estimate for 2025 in the budget proposal.
 * Titles are invented but plausible for a Finnish city in 2025.
 */

const o = (local: string): string => `${local}@porvoo.fi`;

export const ACTIONS_2025: readonly ActionSeed[] = [
  {
    code: 'DT25-01', year: 2025, title: 'NIS2-kyberturvallisuusvaatimusten toimeenpano',
    description: 'Införande av kraven i NIS2-direktivet och den nationella cybersäkerhetslagen: riskhantering, incidentrapportering och leverantörskedjans säkerhet.',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'sustainability', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'L', model: 'network', director: 'hallinto', owner: o('mikael.sjoberg'),
    start: '2025-Q1', end: '2026-Q4', oneTimeCost: 35000, annualCost: 12000, funding: 'own-budget', effectIndicator: I.security, plannedAhead: true,
    story: { from: 6, ends: { kind: 'completed', at: 16 }, troubles: [{ at: 10, until: 11, dimension: 'risks', light: 'yellow' }] }
  },
  {
    code: 'DT25-02', year: 2025, title: 'TE-palveluiden asiakastietojärjestelmien vakiinnuttaminen',
    goal: 'A', level: 'sector', need: 'law', benefit: 'human-centricity', beneficiaries: ['residents', 'businesses'],
    cost: 'M', impact: 'M', model: 'network', director: 'elinvoima', owner: o('jussi.peltonen'),
    start: '2025-01-01', end: '2025-06-30', oneTimeCost: 20000, annualCost: 8000, funding: 'state-grant', effectIndicator: I.businessSatisfaction, plannedAhead: true,
    impacts: 'Asiakastiedot ovat yhdessä järjestelmässä: asiakkaan ei tarvitse kertoa asiaansa uudelleen, ja käsittely nopeutui.',
    story: { from: 6, ends: { kind: 'completed', at: 8 } }
  },
  {
    code: 'DT25-03', year: 2025, title: 'Verkkosivujen saavutettavuuskorjaukset ja saavutettavuusseloste',
    goal: 'A', level: 'shared', need: 'law', benefit: 'human-centricity', beneficiaries: ['residents', 'tourists'],
    cost: 'S', impact: 'L', model: 'independent', director: 'viestinta', owner: o('heidi.korhonen'),
    start: '2025-Q1', end: '2025-Q3', oneTimeCost: 8000, funding: 'own-budget', effectIndicator: I.residentSatisfaction,
    impacts: 'Verkkosivut täyttävät saavutettavuusvaatimukset ja saavutettavuusseloste on ajan tasalla.',
    story: { from: 6, ends: { kind: 'completed', at: 9 } }
  },
  {
    code: 'DT25-04', year: 2025, title: 'Tiedonhallintakartan ja tietoaineistojen kuvausten päivitys',
    description: 'Informationshanteringskartan och beskrivningarna av datamaterialen uppdateras enligt lagen om informationshantering.',
    goal: 'K2', level: 'foundation', need: 'law', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'hallinto', owner: o('oskar.lindqvist'),
    start: '2025-Q2', end: '2026-Q2', oneTimeCost: 8000, funding: 'own-budget', effectIndicator: I.operatingCosts, plannedAhead: true,
    story: { from: 7, ends: { kind: 'completed', at: 14 } }
  },
  {
    code: 'DT25-05', year: 2025, title: 'Sähköisen pitkäaikaissäilytyksen (SÄHKE2) käyttöönotto',
    description: 'Införande av elektroniskt långtidsbevarande: ärendehanteringens handlingar arkiveras digitalt i stället för på papper.',
    goal: 'K2', level: 'shared', need: 'law', benefit: 'sustainability', beneficiaries: ['staff', 'climate'],
    cost: 'L', impact: 'L', model: 'independent', director: 'hallinto', owner: o('oskar.lindqvist'),
    start: '2025-Q2', end: '2027-Q2', oneTimeCost: 55000, annualCost: 12000, funding: 'own-budget', effectIndicator: I.operatingCosts, plannedAhead: true,
    story: {
      from: 7, reach: 70,
      troubles: [
        { at: 9, dimension: 'costs', light: 'yellow' },
        { at: 10, until: 11, dimension: 'costs', light: 'red',
          decision: { fi: 'Arkistoinnin integraatiot osoittautuivat arvioitua laajemmiksi: esitetään 40 000 €:n lisämäärärahaa talousarvioon 2026.', sv: 'Integrationerna för arkiveringen visade sig vara större än beräknat: ett tilläggsanslag på 40 000 € föreslås i budgeten för 2026.' },
          outcome: 'Lisämääräraha 40 000 € esitetään talousarvioon 2026.' }
      ]
    }
  },
  {
    code: 'DT25-06', year: 2025, title: 'Varhaiskasvatuksen tiedonsiirtojen uudistus (Varda)',
    goal: 'K2', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'S', model: 'network', director: 'kake', owner: o('elina.lahtinen'),
    start: '2025-Q1', end: '2025-Q2', oneTimeCost: 4000, funding: 'own-budget', effectIndicator: I.operatingCosts,
    impacts: 'Varhaiskasvatuksen tiedot siirtyvät Vardaan automaattisesti; käsin tehty tallennus jäi pois.',
    story: { from: 6, ends: { kind: 'completed', at: 7 } }
  },
  {
    code: 'DT25-07', year: 2025, title: 'Oppivelvollisuuden seurannan järjestelmämuutokset',
    description: 'Ändringar i elevdatasystemet för uppföljningen av läroplikten och informationsöverföringen till KOSKI.',
    goal: 'A', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'M', model: 'network', director: 'kake', owner: o('niklas.backman'),
    start: '2025-Q1', end: '2026-Q2', oneTimeCost: 12000, funding: 'own-budget', effectIndicator: I.learning,
    story: { from: 6, ends: { kind: 'completed', at: 13 } }
  },
  {
    code: 'DT25-08', year: 2025, title: 'Palkka-avoimuusdirektiivin edellyttämät HR-järjestelmämuutokset',
    goal: 'C', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'henkilosto', owner: o('jenni.aalto'),
    start: '2026-Q1', end: '2026-Q3', oneTimeCost: 15000, funding: 'own-budget', effectIndicator: I.staffSatisfaction,
    story: { from: 12, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT25-09', year: 2025, title: 'ICT-jatkuvuus- ja varautumisharjoitus',
    description: 'En övning i ICT-kontinuitet och beredskap enligt den uppdaterade kontinuitetsplanen (DT24-06), tillsammans med HPK Palvelut Oy.',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'renewal', beneficiaries: ['staff', 'residents'],
    cost: 'S', impact: 'S', model: 'network', director: 'kehitys', owner: o('mikael.sjoberg'),
    start: '2025-Q2', end: '2026-Q1', oneTimeCost: 6000, funding: 'own-budget', effectIndicator: I.security,
    story: { from: 8, ends: { kind: 'completed', at: 12 } }
  },
  {
    code: 'DT25-10', year: 2025, title: 'Taloushallintojärjestelmän vaihto',
    description: 'Nykyisen taloushallintojärjestelmän toimittajatuki päättyy; uusi järjestelmä kilpailutetaan ja otetaan käyttöön.',
    goal: 'C', level: 'shared', need: 'end-of-support', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'L', impact: 'L', model: 'independent', director: 'rahoitus', owner: o('petri.vaisanen'),
    start: '2025-Q1', end: '2026-12-31', oneTimeCost: 40000, annualCost: 20000, funding: 'own-budget', effectIndicator: I.operatingCosts, plannedAhead: true,
    story: {
      from: 6, reach: 80,
      troubles: [
        { at: 8, dimension: 'schedule', light: 'yellow' },
        { at: 10, until: 11, dimension: 'schedule', light: 'red',
          decision: { fi: 'Käyttöönotto siirtyy 1.1.2027: esitetään nykyisen järjestelmän tukisopimuksen jatkamista vuoden 2026 loppuun.', sv: 'Införandet skjuts upp till 1.1.2027: avtalet om support för det nuvarande systemet föreslås förlängas till slutet av 2026.' },
          outcome: 'Nykyisen järjestelmän tukisopimusta jatketaan vuoden 2026 loppuun; käyttöönotto 1.1.2027.' },
        { at: 12, until: 13, dimension: 'schedule', light: 'yellow' }
      ]
    }
  },
  {
    code: 'DT25-11', year: 2025, title: 'Tekoälyavustajan pilotointi asiantuntijatyössä',
    description: 'Pilot med en AI-assistent (Microsoft 365 Copilot) för 50 experter; nyttan och riskerna bedöms före ett bredare införande.',
    goal: 'C', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'kehitys', owner: o('johan.lindholm'),
    start: '2025-Q1', end: '2025-Q4', oneTimeCost: 10000, annualCost: 14000, funding: 'own-budget', effectIndicator: I.staffSatisfaction,
    story: { from: 6, ends: { kind: 'completed', at: 12 }, troubles: [{ at: 9, dimension: 'risks', light: 'yellow' }] }
  },
  {
    code: 'DT25-12', year: 2025, title: 'Tekoälyn käytön periaatteet ja henkilöstön koulutus',
    goal: 'K1', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'L', model: 'independent', director: 'henkilosto', owner: o('anna-maria.nystrom'),
    start: '2025-Q2', end: '2025-Q4', oneTimeCost: 5000, funding: 'own-budget', effectIndicator: I.staffSatisfaction,
    story: { from: 7, ends: { kind: 'completed', at: 10 } }
  },
  {
    code: 'DT25-13', year: 2025, title: 'Digituen yhteistyömalli kirjastojen ja järjestöjen kanssa',
    description: 'En samarbetsmodell för digistöd mellan biblioteken, medborgarinstitutet och föreningarna.',
    goal: 'K1', level: 'sector', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents'],
    cost: 'S', impact: 'M', model: 'network', director: 'elinvoima', owner: o('ida.westerlund'),
    start: '2025-Q2', end: '2026-Q4', annualCost: 6000, funding: 'state-grant', effectIndicator: I.residentSatisfaction,
    story: { from: 7, ends: { kind: 'completed', at: 16 } }
  },
  {
    code: 'DT25-14', year: 2025, title: 'Asiakaspalvelukanavien ja palautteenhallinnan yhtenäistäminen',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['residents', 'businesses', 'staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'viestinta', owner: o('katja.salminen'),
    start: '2025-Q2', end: '2027-Q1', oneTimeCost: 20000, annualCost: 4000, funding: 'own-budget', effectIndicator: I.residentSatisfaction,
    story: { from: 8, reach: 85 }
  },
  {
    code: 'DT25-15', year: 2025, title: 'Ruokahävikin seuranta digitaalisella punnituksella',
    description: 'Digital vägning av matsvinnet i skolornas och daghemmens kök; resultaten följs upp per kök och månad.',
    goal: 'B', level: 'sector', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'ateria-puhtaus', owner: o('linnea.soderholm'),
    start: '2025-Q1', end: '2025-Q4', oneTimeCost: 6000, annualCost: 1200, funding: 'own-budget', effectIndicator: I.emissions,
    story: { from: 6, ends: { kind: 'completed', at: 11 } }
  },
  {
    code: 'DT25-16', year: 2025, title: 'Kiinteistöjen olosuhde- ja energiadatan analytiikka',
    goal: 'B', level: 'data', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'toimitila', owner: o('maria.gronroos'),
    start: '2025-Q1', end: '2026-Q3', oneTimeCost: 18000, annualCost: 4000, funding: 'own-budget', effectIndicator: I.emissions, plannedAhead: true,
    story: { from: 6, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT25-17', year: 2025, title: 'Tilavarausjärjestelmän uudistus',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['residents', 'businesses'],
    cost: 'M', impact: 'L', model: 'independent', director: 'toimitila', owner: o('maria.gronroos'),
    start: '2025-Q2', end: '2026-Q2', oneTimeCost: 15000, annualCost: 5000, funding: 'own-budget', effectIndicator: I.residentSatisfaction,
    story: { from: 7, ends: { kind: 'completed', at: 14 }, troubles: [{ at: 9, until: 10, dimension: 'scope', light: 'yellow' }] }
  },
  {
    code: 'DT25-18', year: 2025, title: 'Vesijohtoverkoston vuotojen etähavainnointi',
    description: 'Läckor i vattenledningsnätet upptäcks med fjärravlästa ljudloggar; mindre läckagevatten och snabbare reparationer.',
    goal: 'B', level: 'sector', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'residents'],
    cost: 'M', impact: 'M', model: 'independent', director: 'porvoon-vesi', owner: o('markus.holmstrom'),
    start: '2025-Q2', end: '2027-Q4', oneTimeCost: 25000, annualCost: 3000, funding: 'own-budget', effectIndicator: I.operatingCosts, plannedAhead: true,
    story: { from: 7, reach: 65 }
  },
  {
    code: 'DT25-19', year: 2025, title: 'Talousraportoinnin automatisointi',
    goal: 'C', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'rahoitus', owner: o('riikka.hakala'),
    start: '2025-Q1', end: '2025-Q4', oneTimeCost: 8000, funding: 'own-budget', effectIndicator: I.operatingCosts,
    story: { from: 6, ends: { kind: 'completed', at: 12 } }
  },
  {
    code: 'DT25-20', year: 2025, title: 'Kaupungin tietovarannon perustaminen',
    goal: 'K2', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'L', impact: 'L', model: 'independent', director: 'kehitys', owner: o('ville.jarvinen'),
    start: '2026-Q1', end: '2027-Q2', oneTimeCost: 30000, annualCost: 8000, funding: 'own-budget', effectIndicator: I.operatingCosts, plannedAhead: true,
    story: { from: 12, reach: 60 }
  },
  {
    code: 'DT25-21', year: 2025, title: 'Sähköisen allekirjoituksen laajentaminen kaikille toimialoille',
    goal: 'C', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff', 'businesses'],
    cost: 'S', impact: 'M', model: 'independent', director: 'hallinto', owner: o('paivi.heikkinen'),
    start: '2025-Q1', end: '2025-Q4', annualCost: 7000, funding: 'own-budget', effectIndicator: I.operatingCosts,
    story: { from: 6, ends: { kind: 'completed', at: 12 } }
  },
  {
    code: 'DT25-22', year: 2025, title: 'Yritysten sähköinen palvelupolku',
    description: 'Företagens elektroniska servicestig: tillstånd, tomter och rådgivning på ett ställe.',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['businesses'],
    cost: 'S', impact: 'M', model: 'network', director: 'elinvoima', owner: o('erik.forsman'),
    start: '2025-Q2', end: '2026-Q4', oneTimeCost: 8000, funding: 'own-budget', effectIndicator: I.businessSatisfaction,
    story: { from: 8, ends: { kind: 'completed', at: 16 } }
  },
  {
    code: 'DT25-23', year: 2025, title: 'Päätelaitteiden virranhallinta ja käyttöasteen seuranta',
    goal: 'B', level: 'foundation', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate'],
    cost: 'S', impact: 'M', model: 'independent', director: 'kehitys', owner: o('tuomas.kettunen'),
    start: '2025-Q1', end: '2026-Q2', oneTimeCost: 3000, funding: 'own-budget', effectIndicator: I.emissions,
    story: { from: 6, ends: { kind: 'completed', at: 13 } }
  },
  {
    code: 'DT25-24', year: 2025, title: 'Identiteetin- ja pääsynhallinnan uudistus',
    goal: 'K3', level: 'foundation', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'L', impact: 'L', model: 'independent', director: 'kehitys', owner: o('johan.lindholm'),
    start: '2026-Q2', end: '2027-Q2', oneTimeCost: 25000, annualCost: 8000, funding: 'own-budget', effectIndicator: I.security, plannedAhead: true,
    story: { from: 13, reach: 55 }
  },
  {
    code: 'DT25-25', year: 2025, title: 'Suomi.fi-viestien ja -valtuuksien laajempi käyttöönotto',
    goal: 'K4', level: 'foundation', need: 'strategy', benefit: 'renewal', beneficiaries: ['residents', 'businesses'],
    cost: 'S', impact: 'L', model: 'network', director: 'kehitys', owner: o('katja.salminen'),
    start: '2025-Q1', end: '2026-Q2', oneTimeCost: 4000, funding: 'own-budget', effectIndicator: I.eServices,
    story: { from: 6, ends: { kind: 'completed', at: 14 }, troubles: [{ at: 8, dimension: 'risks', light: 'yellow' }] }
  },
  {
    code: 'DT25-26', year: 2025, title: 'Koulujen oppimisalustojen ja käyttäjätunnusten yhtenäistäminen',
    goal: 'K4', level: 'foundation', need: 'strategy', benefit: 'renewal', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'kake', owner: o('niklas.backman'),
    start: '2026-Q1', end: '2026-Q4', oneTimeCost: 10000, annualCost: 4000, funding: 'own-budget', effectIndicator: I.learning,
    story: { from: 12, ends: { kind: 'completed', at: 17 } }
  }
];
