import { INDICATORS as I, type ActionSeed } from './seed';

/**
 * SAMPLE DATA — roadmap 2024 (approved by the city board 22.1.2024), 26 actions.
 *
 * DT24-01 … DT24-06 are the projects the steering group saw as completed by 10/2024 on 8.11.2024, with
 * their real impacts and costs (shared/seeds/roadmap-followup-2024-11-08-fi.txt). The slide's fourth
 * item, (a) invasive plants 8 750 € and (b) storm-water wells 9 900 €, is two separate mappings with
 * separate costs, so it is two actions here: DT24-04 and DT24-05. One-time costs of the six sum to
 * 33 850 € (2 800 + 8 750 + 9 900 + 12 400) and annual costs to 8 800 €/year (3 100 + 5 700).
 * Everything else in this file is invented but plausible.
 *
 * Stories (meeting indexes, see calendar.ts) are chosen so that on the city board's decision of
 * 15.12.2025 the roadmaps 2024–2025 hold 52 actions, 18 completed and 26 in progress, as domain.md says.
 */

const o = (local: string): string => `${local}@porvoo.fi`;

export const ACTIONS_2024: readonly ActionSeed[] = [
  {
    code: 'DT24-01', year: 2024, title: 'Lipunmyynnin, kävijämäärän seurannan ja raportoinnin digitalisointi',
    description: 'Kulttuuri- ja liikuntapalveluiden lipunmyynti verkkoon: lipun osto ja verkkomaksaminen, kävijämäärien seuranta ja raportointi yhdestä järjestelmästä.',
    goal: 'A', level: 'sector', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'tourists', 'staff'],
    cost: 'S', impact: 'L', model: 'independent', director: 'elinvoima', owner: o('laura.niemi'),
    start: '2024-Q1', end: '2024-09-30', annualCost: 3100, funding: 'own-budget', effectIndicator: I.eServices,
    impacts: 'Jatkuva hyöty kuntalaisille ja henkilöstölle. Lipun osto, kävijämäärän seuranta ja raportointi digitalisoitu sekä otettu verkkomaksaminen käyttöön.',
    story: { from: 0, ends: { kind: 'completed', at: 3 } }
  },
  {
    code: 'DT24-02', year: 2024, title: 'Kybermittarin käyttöönotto (Traficomin kyberturvallisuuden arviointimalli)',
    description: 'Kartläggning av stadens cyberförmåga med Traficoms nationella bedömningsmodell Kybermittari; utvecklingsobjekten prioriteras.',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'sustainability', beneficiaries: ['staff', 'residents'],
    cost: 'S', impact: 'M', model: 'network', director: 'hallinto', owner: o('mikael.sjoberg'),
    start: '2024-Q1', end: '2024-Q2', oneTimeCost: 2800, funding: 'project-funding', effectIndicator: I.security,
    impacts: 'Kyberturvallisuus on lakisääteinen (TihL) velvollisuus sekä jatkuvaa kehittämistä osin omin henkilöstöresurssien avulla. Kybermittari, Traficomin kehittämä kansallinen kyberturvallisuuden arviointimalli, muodosti tilannekuvan kyberturvakyvykkyyksistä ja auttoi tunnistamaan kehityskohteita.',
    story: { from: 0, ends: { kind: 'completed', at: 2 } }
  },
  {
    code: 'DT24-03', year: 2024, title: 'Kartalla-palvelu: karttapohjainen palaute ja kehittämisehdotukset',
    description: 'Asukkaat ja muut osalliset voivat antaa palautetta ja tehdä kehittämisehdotuksia suoraan kartalle myös mobiililaitteilla.',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'businesses', 'tourists'],
    cost: 'S', impact: 'L', model: 'independent', director: 'elinvoima', owner: o('timo.rantanen'),
    start: '2024-Q1', end: '2024-Q3', annualCost: 5700, funding: 'own-budget', effectIndicator: I.residentSatisfaction,
    impacts: 'Kartalla-palvelu mahdollistaa asukkaille sekä muille osallisille palautteen antamisen sekä kehittämisehdotusten tekemisen karttapohjalle. Palautteen voi merkitä suoraan kartalle myös mobiililaitteilla, mikä parantaa käytettävyyttä ja palvelutasoa ja lisää käyttäjämäärää.',
    story: { from: 0, ends: { kind: 'completed', at: 3 }, troubles: [{ at: 1, dimension: 'schedule', light: 'yellow' }] }
  },
  {
    code: 'DT24-04', year: 2024, title: 'Haittakasvien kartoitus Porvoon kaupungin alueella',
    description: 'Haitallisten vieraslajikasvien esiintymät kartoitetaan paikkatiedoksi torjuntatyön suunnittelua varten.',
    goal: 'B', level: 'data', need: 'law', benefit: 'sustainability', beneficiaries: ['residents', 'climate'],
    cost: 'M', impact: 'L', model: 'independent', director: 'elinvoima', owner: o('sanna.lehtonen'),
    start: '2024-05-02', end: '2024-09-30', oneTimeCost: 8750, funding: 'own-budget', effectIndicator: I.emissions,
    impacts: 'Haittakasvien torjunta on lakisääteistä työtä, ja vaikutus kuntalaisille on suuri. Kartoitus ohjaa torjunnan oikeisiin kohteisiin.',
    story: { from: 1, ends: { kind: 'completed', at: 4 }, earlyFinalReport: true }
  },
  {
    code: 'DT24-05', year: 2024, title: 'Sadevesikaivojen kartoitus Porvoon kaupungin alueella',
    description: 'Dagvattenbrunnarna kartläggs och förs in i det digitala nätverksregistret.',
    goal: 'B', level: 'data', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'porvoon-vesi', owner: o('markus.holmstrom'),
    start: '2024-05-02', end: '2024-10-15', oneTimeCost: 9900, funding: 'own-budget', effectIndicator: I.operatingCosts,
    impacts: 'Digitaalinen muoto tiedolle nopeuttaa kunnossapitoa sekä tuottaa kustannussäästöä: säästö käyttökustannuksiin on noin 15 000 €/vuosi.',
    story: { from: 1, ends: { kind: 'completed', at: 4 }, earlyFinalReport: true, troubles: [{ at: 3, dimension: 'schedule', light: 'yellow' }] }
  },
  {
    code: 'DT24-06', year: 2024, title: 'ICT-jatkuvuussuunnitelman analyysi ja päivitys',
    description: 'Analys och uppdatering av stadens ICT-kontinuitetsplan tillsammans med en extern konsult; planen upprätthålls därefter av egen personal.',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'sustainability', beneficiaries: ['staff', 'residents'],
    cost: 'M', impact: 'M', model: 'independent', director: 'hallinto', owner: o('mikael.sjoberg'),
    start: '2024-Q1', end: '2024-Q3', oneTimeCost: 12400, funding: 'project-funding', effectIndicator: I.security,
    impacts: 'Jatkuvuuden varmistaminen on lakisääteinen (TihL) velvollisuus. ICT-jatkuvuussuunnitelman analyysi ja päivitys toteutettiin ulkopuolisen konsultin kanssa; lopputuotoksena kaupungin ict-jatkuvuussuunnitelman ensimmäinen versio, jonka ylläpito tapahtuu oman henkilöstön avulla.',
    story: { from: 0, ends: { kind: 'completed', at: 4 }, earlyFinalReport: true, troubles: [{ at: 2, dimension: 'costs', light: 'yellow' }] }
  },
  {
    code: 'DT24-07', year: 2024, title: 'ePorvoo-asiointipalvelun laajentaminen uusiin lomakkeisiin',
    description: 'Yleisimmät paperilomakkeet (mm. avustushakemukset, tilojen käyttöluvat) sähköisiksi ePorvoo-palveluun.',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'businesses'],
    cost: 'M', impact: 'L', model: 'independent', director: 'kehitys', owner: o('katja.salminen'),
    start: '2024-Q1', end: '2025-Q3', oneTimeCost: 35000, annualCost: 6000, funding: 'own-budget', effectIndicator: I.eServices,
    impacts: 'Yleisimmät lomakkeet asioidaan nyt verkossa ympäri vuorokauden; paperilomakkeiden käsittely ja tietojen uudelleensyöttö vähenivät.',
    story: { from: 0, ends: { kind: 'completed', at: 9 }, troubles: [{ at: 5, until: 6, dimension: 'schedule', light: 'yellow' }] }
  },
  {
    code: 'DT24-08', year: 2024, title: 'Microsoft 365 -osaamisen koulutusohjelma henkilöstölle',
    goal: 'K1', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'henkilosto', owner: o('jenni.aalto'),
    start: '2024-Q1', end: '2025-Q2', oneTimeCost: 18000, funding: 'own-budget', effectIndicator: I.staffSatisfaction,
    impacts: 'Henkilöstö käyttää Teamsia ja yhteistä tiedostojen muokkausta sujuvammin; perusasioita koskevat tukipyynnöt vähenivät.',
    story: { from: 0, ends: { kind: 'completed', at: 8 } }
  },
  {
    code: 'DT24-09', year: 2024, title: 'Asukkaiden digituki kirjastoissa',
    description: 'Digistöd för invånarna på huvudbiblioteket och i närbiblioteken: handledning i e-tjänster, bankkoder och Suomi.fi.',
    goal: 'K1', level: 'sector', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents'],
    cost: 'S', impact: 'M', model: 'network', director: 'elinvoima', owner: o('ida.westerlund'),
    start: '2024-Q2', end: '2026-Q4', annualCost: 12000, funding: 'state-grant', effectIndicator: I.residentSatisfaction,
    story: { from: 1, reach: 90 }
  },
  {
    code: 'DT24-10', year: 2024, title: 'Tiedonhallintamallin päivitys',
    goal: 'K2', level: 'foundation', need: 'law', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'hallinto', owner: o('oskar.lindqvist'),
    start: '2024-Q1', end: '2026-Q2', oneTimeCost: 24000, funding: 'own-budget', effectIndicator: I.operatingCosts,
    story: { from: 0, ends: { kind: 'completed', at: 13 }, troubles: [{ at: 6, until: 7, dimension: 'scope', light: 'yellow' }] }
  },
  {
    code: 'DT24-11', year: 2024, title: 'Asianhallinnan sähköisen arkistoinnin esiselvitys',
    goal: 'K2', level: 'shared', need: 'law', benefit: 'sustainability', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'hallinto', owner: o('oskar.lindqvist'),
    start: '2024-Q1', end: '2025-Q2', oneTimeCost: 15000, funding: 'own-budget', effectIndicator: I.operatingCosts,
    story: {
      from: 0, ends: { kind: 'cancelled', at: 7 },
      troubles: [{ at: 7, dimension: 'scope', light: 'red',
        decision: { fi: 'Esitetään esiselvityksen perumista: työ jatkuu sähköisen pitkäaikaissäilytyksen käyttöönottona (DT25-05).', sv: 'Förundersökningen föreslås avbrytas: arbetet fortsätter som införandet av elektroniskt långtidsbevarande (DT25-05).' },
        outcome: 'Esiselvitys perutaan; työ jatkuu toimenpiteessä DT25-05.' }]
    }
  },
  {
    code: 'DT24-12', year: 2024, title: 'Johdon raportointipaketti (Power BI)',
    goal: 'C', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'rahoitus', owner: o('riikka.hakala'),
    start: '2024-Q2', end: '2025-Q1', oneTimeCost: 28000, annualCost: 4800, funding: 'own-budget', effectIndicator: I.operatingCosts,
    impacts: 'Johto näkee talouden ja palvelujen tunnusluvut kuukausittain yhdestä paikasta; raporttien kokoaminen käsin jäi pois.',
    story: { from: 1, ends: { kind: 'completed', at: 7 } }
  },
  {
    code: 'DT24-13', year: 2024, title: 'Ostolaskujen käsittelyn automatisointi',
    goal: 'C', level: 'shared', need: 'strategy', benefit: 'sustainability', beneficiaries: ['staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'rahoitus', owner: o('petri.vaisanen'),
    start: '2024-Q2', end: '2025-Q4', oneTimeCost: 42000, annualCost: 9000, finalCost: 55400, funding: 'own-budget', effectIndicator: I.operatingCosts,
    story: { from: 2, ends: { kind: 'completed', at: 11 }, troubles: [{ at: 8, until: 9, dimension: 'costs', light: 'yellow' }] }
  },
  {
    code: 'DT24-14', year: 2024, title: 'Rekrytointijärjestelmän uudistus',
    goal: 'C', level: 'sector', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'L', impact: 'M', model: 'independent', director: 'henkilosto', owner: o('jenni.aalto'),
    start: '2024-Q2', end: '2025-Q4', oneTimeCost: 60000, annualCost: 15000, funding: 'own-budget', effectIndicator: I.staffSatisfaction,
    story: {
      from: 1, ends: { kind: 'paused', at: 8 },
      troubles: [
        { at: 7, dimension: 'risks', light: 'yellow' },
        { at: 8, dimension: 'risks', light: 'red',
          decision: { fi: 'Esitetään keskeyttämistä, kunnes henkilöstöhallinnon järjestelmän kilpailutus on ratkennut.', sv: 'Föreslås att åtgärden avbryts tillfälligt tills upphandlingen av HR-systemet är avgjord.' },
          outcome: 'Keskeytetään HR-järjestelmän kilpailutuksen ajaksi.' }
      ]
    }
  },
  {
    code: 'DT24-15', year: 2024, title: 'Kiinteistöjen energiankulutuksen etäluenta ja seuranta',
    description: 'Fjärravläsning av el, värme och vatten i stadens största fastigheter och en gemensam vy för uppföljning av förbrukningen.',
    goal: 'B', level: 'sector', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'staff'],
    cost: 'L', impact: 'L', model: 'independent', director: 'toimitila', owner: o('maria.gronroos'),
    start: '2024-Q2', end: '2026-Q2', oneTimeCost: 85000, annualCost: 7000, funding: 'state-grant', effectIndicator: I.emissions,
    story: { from: 2, ends: { kind: 'completed', at: 14 } }
  },
  {
    code: 'DT24-16', year: 2024, title: 'ICT-laitteiden elinkaaren pidentäminen ja kierrätys',
    goal: 'B', level: 'foundation', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate', 'staff'],
    cost: 'S', impact: 'M', model: 'independent', director: 'kehitys', owner: o('tuomas.kettunen'),
    start: '2024-Q1', end: '2026-Q1', oneTimeCost: 10000, funding: 'own-budget', effectIndicator: I.emissions,
    story: { from: 0, ends: { kind: 'completed', at: 12 } }
  },
  {
    code: 'DT24-17', year: 2024, title: 'Varhaiskasvatuksen huoltajaviestinnän sovellus',
    goal: 'A', level: 'sector', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'kake', owner: o('elina.lahtinen'),
    start: '2024-Q3', end: '2026-Q2', oneTimeCost: 45000, annualCost: 12000, funding: 'own-budget', effectIndicator: I.learning,
    story: {
      from: 3, ends: { kind: 'completed', at: 14 },
      troubles: [
        { at: 9, until: 10, dimension: 'schedule', light: 'red',
          decision: { fi: 'Käyttöönotto siirtyy toimittajan viiveen vuoksi: esitetään lisäaikaa 2026 Q2 loppuun.', sv: 'Införandet försenas på grund av leverantören: mer tid föreslås till slutet av 2026 Q2.' },
          outcome: 'Hyväksyttiin lisäaika 2026 Q2 loppuun.' },
        { at: 11, until: 12, dimension: 'schedule', light: 'yellow' }
      ]
    }
  },
  {
    code: 'DT24-18', year: 2024, title: 'Oppilaslaitteiden keskitetty hallinta',
    description: 'Central hantering av elevernas datorer och plattor i alla skolor: samma inställningar, uppdateringar och dataskydd.',
    goal: 'K3', level: 'foundation', need: 'strategy', benefit: 'sustainability', beneficiaries: ['residents', 'staff'],
    cost: 'M', impact: 'M', model: 'independent', director: 'kake', owner: o('niklas.backman'),
    start: '2024-Q1', end: '2026-Q2', oneTimeCost: 30000, annualCost: 8000, funding: 'own-budget', effectIndicator: I.security,
    story: { from: 0, ends: { kind: 'completed', at: 13 } }
  },
  {
    code: 'DT24-19', year: 2024, title: 'Verkkopalveluiden saavutettavuusauditointi',
    goal: 'A', level: 'shared', need: 'law', benefit: 'human-centricity', beneficiaries: ['residents'],
    cost: 'S', impact: 'L', model: 'independent', director: 'viestinta', owner: o('heidi.korhonen'),
    start: '2024-Q1', end: '2024-Q4', oneTimeCost: 16000, funding: 'own-budget', effectIndicator: I.residentSatisfaction,
    impacts: 'Verkkopalveluiden saavutettavuuspuutteet tunnistettiin ja priorisoitiin; korjaukset tehdään digipalvelulain vaatimusten mukaisesti.',
    story: { from: 0, ends: { kind: 'completed', at: 5 } }
  },
  {
    code: 'DT24-20', year: 2024, title: 'Monivaiheisen tunnistautumisen laajentaminen kaikille käyttäjille',
    description: 'Flerfaktorsautentisering för alla användare, även för skolornas och småbarnspedagogikens personal.',
    goal: 'K3', level: 'foundation', need: 'law', benefit: 'sustainability', beneficiaries: ['staff'],
    cost: 'M', impact: 'L', model: 'independent', director: 'kehitys', owner: o('mikael.sjoberg'),
    start: '2024-Q1', end: '2024-12-31', oneTimeCost: 22000, annualCost: 11000, funding: 'own-budget', effectIndicator: I.security,
    impacts: 'Flerfaktorsautentisering skyddar nu alla användarkonton; risken för kapade konton och dataintrång minskade.',
    story: { from: 0, ends: { kind: 'completed', at: 5 }, troubles: [{ at: 3, dimension: 'risks', light: 'yellow' }] }
  },
  {
    code: 'DT24-21', year: 2024, title: 'TE24-uudistuksen järjestelmävalmistelut',
    description: 'Työllisyyspalveluiden siirto kunnalle 1.1.2025: noin 60 uutta työntekijää ja viisi uutta järjestelmäkokonaisuutta yhteen toimivaksi.',
    goal: 'C', level: 'sector', need: 'law', benefit: 'renewal', beneficiaries: ['residents', 'businesses', 'staff'],
    cost: 'M', impact: 'L', model: 'network', director: 'elinvoima', owner: o('jussi.peltonen'),
    start: '2024-Q2', end: '2024-12-31', oneTimeCost: 38000, funding: 'state-grant', effectIndicator: I.businessSatisfaction,
    impacts: 'Työllisyyspalvelut toimivat kunnan järjestelmissä 1.1.2025 alkaen ilman katkoa asiakkaille.',
    story: { from: 2, ends: { kind: 'completed', at: 5 }, troubles: [{ at: 4, dimension: 'schedule', light: 'yellow' }] }
  },
  {
    code: 'DT24-22', year: 2024, title: 'Avoimen paikkatiedon rajapinnat',
    goal: 'K2', level: 'data', need: 'strategy', benefit: 'renewal', beneficiaries: ['businesses', 'residents'],
    cost: 'M', impact: 'M', model: 'network', director: 'elinvoima', owner: o('timo.rantanen'),
    start: '2024-Q3', end: '2026-Q4', oneTimeCost: 20000, funding: 'project-funding', effectIndicator: I.businessSatisfaction,
    story: { from: 3, reach: 80 }
  },
  {
    code: 'DT24-23', year: 2024, title: 'Ympäristökriteerit IT-hankintoihin (MittViDi)',
    goal: 'B', level: 'shared', need: 'strategy', benefit: 'sustainability', beneficiaries: ['climate'],
    cost: 'S', impact: 'M', model: 'network', director: 'rahoitus', owner: o('antti.suominen'),
    start: '2024-Q2', end: '2026-Q3', funding: 'own-budget', effectIndicator: I.emissions,
    story: { from: 1, ends: { kind: 'completed', at: 15 } }
  },
  {
    code: 'DT24-24', year: 2024, title: 'Kuntien digiverkostoyhteistyö',
    description: 'Osallistuminen Kuntaliiton ja FCG:n digiverkostoon sekä seudulliseen yhteistyöhön; kokemusten ja ratkaisujen jakaminen.',
    goal: 'K4', level: 'shared', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'S', model: 'network', director: 'kehitys', owner: o('anna-maria.nystrom'),
    start: '2024-Q1', end: '2026-Q4', annualCost: 4000, funding: 'own-budget', effectIndicator: I.operatingCosts,
    story: { from: 0, reach: 75 }
  },
  {
    code: 'DT24-25', year: 2024, title: 'Itä-Uudenmaan yhteisen integraatioalustan selvitys',
    goal: 'K4', level: 'foundation', need: 'strategy', benefit: 'renewal', beneficiaries: ['staff'],
    cost: 'S', impact: 'S', model: 'network', director: 'kehitys', owner: o('ville.jarvinen'),
    start: '2024-Q1', end: '2025-Q2', oneTimeCost: 9000, funding: 'project-funding', effectIndicator: I.operatingCosts,
    story: {
      from: 0, ends: { kind: 'cancelled', at: 6 },
      troubles: [
        { at: 5, dimension: 'scope', light: 'yellow' },
        { at: 6, dimension: 'scope', light: 'red',
          decision: { fi: 'Kumppanikunnat eivät sitoutuneet yhteiseen alustaan: esitetään selvityksen perumista.', sv: 'Partnerkommunerna förband sig inte till en gemensam plattform: utredningen föreslås avbrytas.' },
          outcome: 'Selvitys perutaan; integraatiot hoidetaan kaupungin omalla alustalla.' }
      ]
    }
  },
  {
    code: 'DT24-26', year: 2024, title: 'Asiakaspalvelun chatbot-kokeilu',
    goal: 'A', level: 'shared', need: 'strategy', benefit: 'human-centricity', beneficiaries: ['residents', 'tourists'],
    cost: 'S', impact: 'M', model: 'independent', director: 'viestinta', owner: o('heidi.korhonen'),
    start: '2024-Q3', end: '2025-Q4', oneTimeCost: 14000, funding: 'own-budget', effectIndicator: I.residentSatisfaction,
    story: {
      from: 3, ends: { kind: 'paused', at: 9 },
      troubles: [
        { at: 8, dimension: 'risks', light: 'yellow' },
        { at: 9, dimension: 'risks', light: 'red',
          decision: { fi: 'Esitetään kokeilun keskeyttämistä, kunnes tekoälyn käyttöperiaatteet (DT25-12) on hyväksytty.', sv: 'Försöket föreslås avbrytas tillfälligt tills principerna för AI (DT25-12) har godkänts.' },
          outcome: 'Kokeilu keskeytetään tekoälyn käyttöperiaatteiden valmistumiseen asti.' }
      ]
    }
  }
];
