import type { Labels } from '../i18n/catalog';
import type { FieldDef, ListDef, ViewDef } from './types';
import {
  ACTION_STATUSES, APPROVAL_STATES, BENEFICIARIES, COST_CLASSES, DEVELOPMENT_MODELS, FUNDING_SOURCES, GOALS,
  IDEA_STATES, IMPACT_CLASSES, LANGUAGE_CHOICES, LEVELS, LONG_TERM_BENEFITS, MEETING_STATES, NEED_SOURCES,
  REMINDER_KINDS, REMINDER_STATES, RESPONSIBLE_DIRECTORS, TRAFFIC_LIGHTS
} from './choices';

/**
 * The lists of domain.md (and, since schema 4, the steering group's two decision lists): the single
 * source of truth for SharePoint fields, form fields,
 * Excel columns and validation. Internal names and Excel headers appear here and nowhere else.
 *
 * Schema versions: 1 = the roadmap and follow-up lists; 2 = the yearly cycle (ideas, approval states,
 * carry-over links); 3 = the public summary of a status report and its "public" flag (the open
 * publication); 4 = rights that SharePoint enforces (status reports in per-action folders, the steering
 * group's decisions in lists of their own). A field's `since` says in which version it appeared, so that
 * provisioning can upgrade a site in place.
 */
export const SCHEMA_VERSION = 4;

/**
 * Hidden Number field that provisioning adds to every list; its default value is the schema version the
 * list was last provisioned with (the web property bag would need custom script, refused on NoScript sites).
 */
export const SCHEMA_VERSION_FIELD = 'DtSchemaVersion';

/** Keeps the literal types of a definition while checking it against `FieldDef`. */
function field<const F extends FieldDef>(def: F): F {
  return def;
}
function list<const L extends ListDef>(def: L): L {
  return def;
}
function view(def: ViewDef): ViewDef {
  return def;
}

const TRAFFIC_LIGHT_LABELS = { fi: 'Liikennevalo', sv: 'Trafikljus', en: 'Traffic light' } as const;

// ---------------------------------------------------------------------------------------------------------
// The steering group's fields (schema 4): part of the action's and the idea's domain types, stored in
// lists only the steering group writes (ActionDecisions, IdeaTriage below). SharePoint has no field-level
// permissions, so a value kept on the action itself could be changed by its owner through REST.
// ---------------------------------------------------------------------------------------------------------
const ACTION_CODE = field({ key: 'code', internalName: 'DtCode', kind: 'text', indexed: true, unique: true, maxLength: 32, excelOrder: 1, excelWidth: 10, since: 1,
  labels: { fi: 'Tunnus', sv: 'Kod', en: 'Code' }, aliases: ['ID-tunnus', 'Id', 'Nro', 'Nr'],
  description: { fi: 'Yksilöivä tunnus, esim. DT25-07. Luodaan, jos puuttuu.', sv: 'Unik kod, t.ex. DT25-07. Skapas om den saknas.', en: 'Unique code such as DT25-07. Generated when missing.' } });
const ACTION_APPROVED_ON = field({ key: 'approvedOn', internalName: 'DtApprovedOn', kind: 'date', excelOrder: 27, excelWidth: 12, since: 1,
  labels: { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Approved' }, aliases: ['Hyväksytty pvm', 'Approved on'] });
const ACTION_APPROVAL_STATE = field({ key: 'approvalState', internalName: 'DtApprovalState', kind: 'choice', choices: APPROVAL_STATES, indexed: true, since: 2,
  labels: { fi: 'Hyväksynnän tila', sv: 'Godkännandestatus', en: 'Approval state' } });
const ACTION_BOARD_DECISION = field({ key: 'boardDecisionRef', internalName: 'DtBoardDecisionRef', kind: 'text', maxLength: 255, since: 2,
  labels: { fi: 'Kaupunginhallituksen päätös', sv: 'Stadsstyrelsens beslut', en: 'City board decision' } });
const IDEA_STATE = field({ key: 'state', internalName: 'DtIdeaState', kind: 'choice', choices: IDEA_STATES, required: true, indexed: true, since: 2, labels: { fi: 'Tila', sv: 'Status', en: 'State' } });
const IDEA_OUTCOME = field({ key: 'outcome', internalName: 'DtOutcome', kind: 'note', since: 2,
  labels: { fi: 'Perustelu', sv: 'Motivering', en: 'Reason' } });
const IDEA_ACTION = field({ key: 'action', internalName: 'DtAction', kind: 'lookup', lookupList: 'actions', since: 2,
  labels: { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Action' } });

// ---------------------------------------------------------------------------------------------------------
// RoadmapActions: one row of the roadmap spreadsheet. Excel order follows domain.md.
// ---------------------------------------------------------------------------------------------------------
export const ROADMAP_ACTIONS = list({
  key: 'actions',
  url: 'Lists/RoadmapActions',
  titles: { fi: 'Digitiekartan toimenpiteet', sv: 'Den digitala vägkartans åtgärder', en: 'Roadmap actions' },
  description: {
    fi: 'Digiohjelman 2024–2026 vuosittaisen digitiekartan toimenpiteet.',
    sv: 'Åtgärderna i digiprogrammets 2024–2026 årliga digitala vägkarta.',
    en: 'The actions of the yearly roadmap of the digital programme 2024–2026.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', required: true, maxLength: 255, excelOrder: 2, excelWidth: 48, since: 1,
    labels: { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Action' }, aliases: ['Projekti', 'Projekt', 'Project', 'Nimi', 'Namn', 'Name'] }),
  versioning: true,
  since: 1,
  decisions: { list: 'actionDecisions', by: 'action', fields: ['code', 'approvalState', 'boardDecisionRef', 'approvedOn'] },
  fields: [
    ACTION_CODE,
    field({ key: 'description', internalName: 'DtDescription', kind: 'note', excelOrder: 3, excelWidth: 60, since: 1,
      labels: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' } }),
    field({ key: 'roadmapYear', internalName: 'DtRoadmapYear', kind: 'year', required: true, indexed: true, min: 2024, max: 2099, excelOrder: 4, excelWidth: 12, since: 1,
      labels: { fi: 'Tiekarttavuosi', sv: 'Vägkartans år', en: 'Roadmap year' }, aliases: ['Vuosi', 'År', 'Year'] }),
    field({ key: 'goal', internalName: 'DtGoal', kind: 'choice', required: true, choices: GOALS, excelOrder: 5, excelWidth: 14, since: 1,
      labels: { fi: 'Tavoite tai kyvykkyys', sv: 'Mål eller kompetens', en: 'Goal or competence' }, aliases: ['Tavoite', 'Mål', 'Goal', 'Kyvykkyys'] }),
    field({ key: 'level', internalName: 'DtLevel', kind: 'choice', required: true, indexed: true, choices: LEVELS, excelOrder: 6, excelWidth: 30, since: 1,
      labels: { fi: 'Taso', sv: 'Nivå', en: 'Level' } }),
    field({ key: 'statutory', internalName: 'DtStatutory', kind: 'boolean', excelOrder: 7, excelWidth: 12, since: 1,
      labels: { fi: 'Lakisääteinen', sv: 'Lagstadgad', en: 'Statutory' } }),
    field({ key: 'longTermBenefit', internalName: 'DtLongTermBenefit', kind: 'choice', choices: LONG_TERM_BENEFITS, excelOrder: 8, excelWidth: 18, since: 1,
      labels: { fi: 'Pitkän aikavälin hyöty', sv: 'Långsiktig nytta', en: 'Long-term benefit' } }),
    field({ key: 'beneficiaries', internalName: 'DtBeneficiaries', kind: 'multichoice', choices: BENEFICIARIES, excelOrder: 9, excelWidth: 28, since: 1,
      labels: { fi: 'Hyödynsaajat', sv: 'Förmånstagare', en: 'Beneficiaries' } }),
    field({ key: 'costClass', internalName: 'DtCostClass', kind: 'choice', choices: COST_CLASSES, excelOrder: 10, excelWidth: 12, since: 1,
      labels: { fi: 'Kustannusluokka', sv: 'Kostnadsklass', en: 'Cost class' }, aliases: ['Kustannus', 'Kostnad', 'Cost'] }),
    field({ key: 'impactClass', internalName: 'DtImpactClass', kind: 'choice', choices: IMPACT_CLASSES, excelOrder: 11, excelWidth: 12, since: 1,
      labels: { fi: 'Vaikuttavuus', sv: 'Effekt', en: 'Impact class' }, aliases: ['Impact'] }),
    field({ key: 'developmentModel', internalName: 'DtDevelopmentModel', kind: 'choice', choices: DEVELOPMENT_MODELS, excelOrder: 12, excelWidth: 14, since: 1,
      labels: { fi: 'Kehittämismalli', sv: 'Utvecklingsmodell', en: 'Development model' } }),
    field({ key: 'needSource', internalName: 'DtNeedSource', kind: 'choice', choices: NEED_SOURCES, indexed: true, excelOrder: 13, excelWidth: 22, since: 1,
      labels: { fi: 'Tarve', sv: 'Behov', en: 'Need source' }, aliases: ['Mistä tarve', 'Need'] }),
    field({ key: 'responsibleDirector', internalName: 'DtResponsibleDirector', kind: 'choice', choices: RESPONSIBLE_DIRECTORS, fillIn: true, indexed: true, excelOrder: 14, excelWidth: 30, since: 1,
      labels: { fi: 'Vastuujohtaja', sv: 'Ansvarig direktör', en: 'Responsible director' }, aliases: ['Vastuutaso', 'Director'] }),
    field({ key: 'owner', internalName: 'DtOwner', kind: 'user', indexed: true, excelOrder: 15, excelWidth: 28, since: 1,
      labels: { fi: 'Vastuuhenkilö', sv: 'Ansvarsperson', en: 'Owner' }, aliases: ['Omistaja', 'Yhteyshenkilö', 'Kontaktperson'],
      description: { fi: 'Sähköpostiosoite Excelissä.', sv: 'E-postadress i Excel.', en: 'E-mail address in Excel.' } }),
    field({ key: 'status', internalName: 'DtStatus', kind: 'choice', required: true, indexed: true, choices: ACTION_STATUSES, excelOrder: 16, excelWidth: 14, since: 1,
      labels: { fi: 'Tila', sv: 'Status', en: 'Status' } }),
    field({ key: 'trafficLight', internalName: 'DtTrafficLight', kind: 'choice', indexed: true, choices: TRAFFIC_LIGHTS, excelOrder: 17, excelWidth: 12, since: 1,
      labels: TRAFFIC_LIGHT_LABELS, aliases: ['Valo', 'Ljus'],
      description: { fi: 'Viimeisimmän tilannepäivityksen liikennevalo.', sv: 'Trafikljuset i den senaste lägesrapporten.', en: 'The latest status report’s light.' } }),
    field({ key: 'progress', internalName: 'DtProgress', kind: 'percent', min: 0, max: 100, excelOrder: 18, excelWidth: 12, since: 1,
      labels: { fi: 'Edistyminen %', sv: 'Framsteg %', en: 'Progress %' }, aliases: ['Edistyminen', 'Framsteg', 'Progress', 'Valmiusaste'] }),
    field({ key: 'start', internalName: 'DtStart', kind: 'period', excelOrder: 19, excelWidth: 12, since: 1,
      labels: { fi: 'Alkaa', sv: 'Börjar', en: 'Start' }, aliases: ['Aloitus', 'Alku', 'Start date'] }),
    field({ key: 'end', internalName: 'DtEnd', kind: 'period', excelOrder: 20, excelWidth: 12, since: 1,
      labels: { fi: 'Päättyy', sv: 'Slutar', en: 'End' }, aliases: ['Loppu', 'Valmistuu', 'End date'] }),
    field({ key: 'oneTimeCost', internalName: 'DtOneTimeCost', kind: 'currency', min: 0, excelOrder: 21, excelWidth: 16, since: 1,
      labels: { fi: 'Kertakustannus €', sv: 'Engångskostnad €', en: 'One-time cost €' }, aliases: ['Kertakustannus', 'Kertainvestointi', 'Engångskostnad', 'One-time cost'] }),
    field({ key: 'annualCost', internalName: 'DtAnnualCost', kind: 'currency', min: 0, perYear: true, excelOrder: 22, excelWidth: 16, since: 1,
      labels: { fi: 'Vuosikustannus €/v', sv: 'Årlig kostnad €/år', en: 'Annual cost €/yr' }, aliases: ['Vuosikustannus', 'Årlig kostnad', 'Annual cost'] }),
    field({ key: 'actualCost', internalName: 'DtActualCost', kind: 'currency', min: 0, excelOrder: 23, excelWidth: 16, since: 1,
      labels: { fi: 'Toteutuneet kustannukset €', sv: 'Utfall €', en: 'Actual cost €' }, aliases: ['Toteutuneet kustannukset', 'Käytetyt resurssit', 'Utfall', 'Actual cost'] }),
    field({ key: 'funding', internalName: 'DtFunding', kind: 'choice', choices: FUNDING_SOURCES, excelOrder: 24, excelWidth: 16, since: 1,
      labels: { fi: 'Rahoitus', sv: 'Finansiering', en: 'Funding' } }),
    field({ key: 'impacts', internalName: 'DtImpacts', kind: 'note', excelOrder: 25, excelWidth: 50, since: 1,
      labels: { fi: 'Vaikutukset', sv: 'Effekter', en: 'Impacts' } }),
    field({ key: 'effectIndicator', internalName: 'DtEffectIndicator', kind: 'text', maxLength: 255, excelOrder: 26, excelWidth: 30, since: 1,
      labels: { fi: 'Vaikuttavuusmittari', sv: 'Effektmätare', en: 'Effect indicator' } }),
    ACTION_APPROVED_ON,
    // Follow-up and the yearly cycle (not columns of the city's spreadsheet).
    field({ key: 'lastReportOn', internalName: 'DtLastReportOn', kind: 'datetime', indexed: true, since: 1,
      labels: { fi: 'Viimeisin tilannepäivitys', sv: 'Senaste lägesrapport', en: 'Latest status report' } }),
    field({ key: 'decisionNeeded', internalName: 'DtDecisionNeeded', kind: 'boolean', since: 1,
      labels: { fi: 'Tarvitaan päätös', sv: 'Beslut behövs', en: 'Decision needed' } }),
    ACTION_APPROVAL_STATE,
    ACTION_BOARD_DECISION,
    field({ key: 'carriedFrom', internalName: 'DtCarriedFrom', kind: 'lookup', lookupList: 'actions', indexed: true, since: 2,
      labels: { fi: 'Siirretty toimenpiteestä', sv: 'Överförd från åtgärd', en: 'Carried over from' } }),
    field({ key: 'fromIdea', internalName: 'DtFromIdea', kind: 'lookup', lookupList: 'ideas', since: 2,
      labels: { fi: 'Idea', sv: 'Idé', en: 'Idea' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Kaikki toimenpiteet', sv: 'Alla åtgärder', en: 'All actions' },
      fields: ['title', 'roadmapYear', 'goal', 'level', 'responsibleDirector', 'owner', 'status', 'trafficLight', 'progress'],
      orderBy: { field: 'title', ascending: true }, rowLimit: 100 }),
    view({ key: 'active', title: { fi: 'Käynnissä olevat', sv: 'Pågående', en: 'In progress' },
      fields: ['title', 'owner', 'trafficLight', 'progress', 'lastReportOn'],
      where: '<Eq><FieldRef Name="DtStatus"/><Value Type="Choice">Käynnissä</Value></Eq>', orderBy: { field: 'title', ascending: true }, rowLimit: 100 }),
    view({ key: 'redLights', title: { fi: 'Punaiset valot', sv: 'Röda ljus', en: 'Red lights' },
      fields: ['title', 'owner', 'trafficLight', 'progress', 'lastReportOn'],
      where: '<Eq><FieldRef Name="DtTrafficLight"/><Value Type="Choice">punainen</Value></Eq>', orderBy: { field: 'title', ascending: true }, rowLimit: 100 })
  ]
});

// ---------------------------------------------------------------------------------------------------------
// StatusUpdates: an owner's report before a steering meeting; the history is kept.
// ---------------------------------------------------------------------------------------------------------
// Generic so that each dimension keeps its literal key (a plain `string` key would turn the derived
// StatusUpdate type into an index signature).
const dimensionLight = <K extends string, N extends string>(key: K, internalName: N, fi: string, sv: string, en: string) =>
  ({ key, internalName, kind: 'choice', choices: TRAFFIC_LIGHTS, since: 1, labels: { fi, sv, en } }) as const;

export const STATUS_UPDATES = list({
  key: 'statusUpdates',
  url: 'Lists/StatusUpdates',
  titles: { fi: 'Tilannepäivitykset', sv: 'Lägesrapporter', en: 'Status updates' },
  description: {
    fi: 'Toimenpiteiden tilannepäivitykset ennen digijohtoryhmän kokouksia.',
    sv: 'Åtgärdernas lägesrapporter inför digiledningsgruppens möten.',
    en: 'Status reports on the actions before each steering meeting.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', maxLength: 255, since: 1,
    labels: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' } }),
  versioning: true,
  since: 1,
  // Schema 3: the reports on an action live in its folder, where only its owners and the steering group add.
  folderPer: 'action',
  fields: [
    field({ key: 'action', internalName: 'DtAction', kind: 'lookup', lookupList: 'actions', required: true, indexed: true, since: 1,
      labels: { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Action' } }),
    field({ key: 'reportedOn', internalName: 'DtReportedOn', kind: 'datetime', required: true, indexed: true, since: 1,
      labels: { fi: 'Raportoitu', sv: 'Rapporterad', en: 'Reported on' } }),
    field({ key: 'overallLight', internalName: 'DtOverallLight', kind: 'choice', choices: TRAFFIC_LIGHTS, required: true, since: 1,
      labels: { fi: 'Kokonaistilanne', sv: 'Helhetsläge', en: 'Overall' } }),
    field(dimensionLight('scheduleLight', 'DtScheduleLight', 'Aikataulu', 'Tidtabell', 'Schedule')),
    field({ key: 'scheduleComment', internalName: 'DtScheduleComment', kind: 'note', since: 1, labels: { fi: 'Aikataulu: kommentti', sv: 'Tidtabell: kommentar', en: 'Schedule: comment' } }),
    field(dimensionLight('costsLight', 'DtCostsLight', 'Kustannukset', 'Kostnader', 'Costs')),
    field({ key: 'costsComment', internalName: 'DtCostsComment', kind: 'note', since: 1, labels: { fi: 'Kustannukset: kommentti', sv: 'Kostnader: kommentar', en: 'Costs: comment' } }),
    field(dimensionLight('scopeLight', 'DtScopeLight', 'Laajuus ja laatu', 'Omfattning och kvalitet', 'Scope and quality')),
    field({ key: 'scopeComment', internalName: 'DtScopeComment', kind: 'note', since: 1, labels: { fi: 'Laajuus ja laatu: kommentti', sv: 'Omfattning och kvalitet: kommentar', en: 'Scope and quality: comment' } }),
    field(dimensionLight('risksLight', 'DtRisksLight', 'Riskit', 'Risker', 'Risks')),
    field({ key: 'risksComment', internalName: 'DtRisksComment', kind: 'note', since: 1, labels: { fi: 'Riskit: kommentti', sv: 'Risker: kommentar', en: 'Risks: comment' } }),
    field({ key: 'progress', internalName: 'DtProgress', kind: 'percent', min: 0, max: 100, since: 1,
      labels: { fi: 'Edistyminen %', sv: 'Framsteg %', en: 'Progress %' } }),
    field({ key: 'done', internalName: 'DtDone', kind: 'note', since: 1, labels: { fi: 'Tehty', sv: 'Gjort', en: 'Done' } }),
    field({ key: 'next', internalName: 'DtNext', kind: 'note', since: 1, labels: { fi: 'Seuraavaksi', sv: 'Härnäst', en: 'Next' } }),
    field({ key: 'decisionNeeded', internalName: 'DtDecisionNeeded', kind: 'boolean', since: 1,
      labels: { fi: 'Tarvitaan digijohtoryhmän päätös', sv: 'Beslut av digiledningsgruppen behövs', en: 'Decision needed from the steering group' } }),
    field({ key: 'decisionNote', internalName: 'DtDecisionNote', kind: 'note', since: 1,
      labels: { fi: 'Mitä päätetään', sv: 'Vad ska beslutas', en: 'What needs deciding' } }),
    // The report's texts above stay internal; only this summary, and only when marked public, is
    // published on the city website (off by default: SharePoint's Boolean default 0).
    field({ key: 'publicSummary', internalName: 'DtPublicSummary', kind: 'note', since: 3,
      labels: { fi: 'Julkinen tiivistelmä', sv: 'Offentlig sammanfattning', en: 'Public summary' },
      description: {
        fi: 'Lyhyt kuvaus tilanteesta kaupungin verkkosivuille. Älä mainitse henkilöiden nimiä.',
        sv: 'En kort beskrivning av läget för stadens webbplats. Nämn inga personers namn.',
        en: 'A short account of the situation for the city website. Do not name people.'
      } }),
    field({ key: 'isPublic', internalName: 'DtIsPublic', kind: 'boolean', since: 3,
      labels: { fi: 'Julkaise tiivistelmä', sv: 'Publicera sammanfattningen', en: 'Publish the summary' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Kaikki päivitykset', sv: 'Alla rapporter', en: 'All reports' },
      fields: ['action', 'reportedOn', 'overallLight', 'progress', 'decisionNeeded'], orderBy: { field: 'reportedOn', ascending: false }, rowLimit: 100 })
  ]
});

// ---------------------------------------------------------------------------------------------------------
// SteeringMeetings: the meetings the reminder job reads; mirrors the group calendar.
// ---------------------------------------------------------------------------------------------------------
export const STEERING_MEETINGS = list({
  key: 'meetings',
  url: 'Lists/SteeringMeetings',
  titles: { fi: 'Digijohtoryhmän kokoukset', sv: 'Digiledningsgruppens möten', en: 'Steering group meetings' },
  description: {
    fi: 'Digijohtoryhmän kokoukset, esityslistat ja päätökset.',
    sv: 'Digiledningsgruppens möten, föredragningslistor och beslut.',
    en: 'Steering group meetings, agendas and decisions.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', required: true, maxLength: 255, since: 1,
    labels: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' } }),
  versioning: true,
  since: 1,
  fields: [
    field({ key: 'startsAt', internalName: 'DtStartsAt', kind: 'datetime', required: true, indexed: true, since: 1,
      labels: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' } }),
    field({ key: 'endsAt', internalName: 'DtEndsAt', kind: 'datetime', since: 1,
      labels: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' } }),
    field({ key: 'state', internalName: 'DtMeetingState', kind: 'choice', choices: MEETING_STATES, required: true, indexed: true, since: 1,
      labels: { fi: 'Tila', sv: 'Status', en: 'State' } }),
    field({ key: 'agenda', internalName: 'DtAgenda', kind: 'note', since: 1, labels: { fi: 'Esityslista', sv: 'Föredragningslista', en: 'Agenda' } }),
    field({ key: 'minutesUrl', internalName: 'DtMinutesUrl', kind: 'text', maxLength: 255, since: 1, labels: { fi: 'Pöytäkirja', sv: 'Protokoll', en: 'Minutes' } }),
    field({ key: 'decisions', internalName: 'DtDecisions', kind: 'note', since: 1, labels: { fi: 'Päätökset', sv: 'Beslut', en: 'Decisions' } }),
    field({ key: 'calendarEventId', internalName: 'DtCalendarEventId', kind: 'text', maxLength: 255, indexed: true, verbatim: true, since: 1,
      labels: { fi: 'Kalenteritapahtuma', sv: 'Kalenderhändelse', en: 'Calendar event' } }),
    field({ key: 'snapshot', internalName: 'DtSnapshot', kind: 'note', verbatim: true, since: 1,
      labels: { fi: 'Jäädytetty ennakkomateriaali', sv: 'Fryst förhandsmaterial', en: 'Frozen pre-read' } }),
    field({ key: 'snapshotAt', internalName: 'DtSnapshotAt', kind: 'datetime', since: 1,
      labels: { fi: 'Jäädytetty', sv: 'Fryst', en: 'Frozen on' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Kokoukset', sv: 'Möten', en: 'Meetings' },
      fields: ['title', 'startsAt', 'state', 'minutesUrl'], orderBy: { field: 'startsAt', ascending: true }, rowLimit: 100 })
  ]
});

// ---------------------------------------------------------------------------------------------------------
// ProgrammeMetrics and MetricValues: the nine result metrics and their yearly values.
// ---------------------------------------------------------------------------------------------------------
export const PROGRAMME_METRICS = list({
  key: 'metrics',
  url: 'Lists/ProgrammeMetrics',
  titles: { fi: 'Digiohjelman mittarit', sv: 'Digiprogrammets mätare', en: 'Programme metrics' },
  description: {
    fi: 'Digiohjelman tulosmittarit, kolme kutakin tavoitetta kohden.',
    sv: 'Digiprogrammets resultatmätare, tre per mål.',
    en: 'The programme’s result metrics, three per goal.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', required: true, maxLength: 255, since: 1,
    labels: { fi: 'Mittari', sv: 'Mätare', en: 'Metric' } }),
  versioning: true,
  since: 1,
  fields: [
    field({ key: 'code', internalName: 'DtMetricCode', kind: 'text', required: true, indexed: true, unique: true, maxLength: 8, since: 1,
      labels: { fi: 'Tunnus', sv: 'Kod', en: 'Code' } }),
    field({ key: 'goal', internalName: 'DtGoal', kind: 'choice', choices: GOALS, required: true, since: 1,
      labels: { fi: 'Tavoite', sv: 'Mål', en: 'Goal' } }),
    field({ key: 'titleSv', internalName: 'DtTitleSv', kind: 'text', maxLength: 255, since: 1, labels: { fi: 'Mittari ruotsiksi', sv: 'Mätare på svenska', en: 'Metric in Swedish' } }),
    field({ key: 'titleEn', internalName: 'DtTitleEn', kind: 'text', maxLength: 255, since: 1, labels: { fi: 'Mittari englanniksi', sv: 'Mätare på engelska', en: 'Metric in English' } }),
    field({ key: 'source', internalName: 'DtMetricSource', kind: 'note', since: 1, labels: { fi: 'Lähde', sv: 'Källa', en: 'Source' } }),
    field({ key: 'unit', internalName: 'DtUnit', kind: 'text', maxLength: 64, since: 1, labels: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Mittarit', sv: 'Mätare', en: 'Metrics' }, fields: ['code', 'title', 'goal', 'source'], orderBy: { field: 'code', ascending: true }, rowLimit: 100 })
  ]
});

export const METRIC_VALUES = list({
  key: 'metricValues',
  url: 'Lists/MetricValues',
  titles: { fi: 'Mittareiden arvot', sv: 'Mätarvärden', en: 'Metric values' },
  description: { fi: 'Mittareiden vuosittaiset arvot.', sv: 'Mätarnas årliga värden.', en: 'The metrics’ yearly values.' },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', maxLength: 255, since: 1, labels: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' } }),
  versioning: true,
  since: 1,
  fields: [
    field({ key: 'metric', internalName: 'DtMetric', kind: 'lookup', lookupList: 'metrics', required: true, indexed: true, since: 1,
      labels: { fi: 'Mittari', sv: 'Mätare', en: 'Metric' } }),
    field({ key: 'year', internalName: 'DtYear', kind: 'year', required: true, indexed: true, min: 2000, max: 2099, since: 1,
      labels: { fi: 'Vuosi', sv: 'År', en: 'Year' } }),
    field({ key: 'value', internalName: 'DtValue', kind: 'number', since: 1, labels: { fi: 'Arvo', sv: 'Värde', en: 'Value' } }),
    field({ key: 'note', internalName: 'DtValueNote', kind: 'note', since: 1, labels: { fi: 'Huomio', sv: 'Anmärkning', en: 'Note' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Arvot', sv: 'Värden', en: 'Values' }, fields: ['metric', 'year', 'value'], orderBy: { field: 'year', ascending: true }, rowLimit: 100 })
  ]
});

// ---------------------------------------------------------------------------------------------------------
// Ideas: proposals from staff and residents, triaged by the steering group.
// ---------------------------------------------------------------------------------------------------------
export const IDEAS = list({
  key: 'ideas',
  url: 'Lists/Ideas',
  titles: { fi: 'Digi-ideat', sv: 'Digitala idéer', en: 'Ideas' },
  description: {
    fi: 'Henkilöstön ja asukkaiden ideat digitiekarttaan.',
    sv: 'Personalens och invånarnas idéer till den digitala vägkartan.',
    en: 'Ideas for the roadmap from staff and residents.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', required: true, maxLength: 255, since: 2,
    labels: { fi: 'Idea', sv: 'Idé', en: 'Idea' } }),
  versioning: true,
  since: 2,
  decisions: { list: 'ideaTriage', by: 'idea', fields: ['state', 'outcome', 'action'], defaults: { state: 'new' } },
  fields: [
    field({ key: 'what', internalName: 'DtWhat', kind: 'note', required: true, since: 2, labels: { fi: 'Mitä', sv: 'Vad', en: 'What' } }),
    field({ key: 'why', internalName: 'DtWhy', kind: 'note', since: 2, labels: { fi: 'Miksi', sv: 'Varför', en: 'Why' } }),
    field({ key: 'beneficiaries', internalName: 'DtBeneficiaries', kind: 'multichoice', choices: BENEFICIARIES, since: 2,
      labels: { fi: 'Hyödynsaajat', sv: 'Förmånstagare', en: 'Beneficiaries' } }),
    field({ key: 'goal', internalName: 'DtGoal', kind: 'choice', choices: GOALS, since: 2, labels: { fi: 'Tavoite tai kyvykkyys', sv: 'Mål eller kompetens', en: 'Goal or competence' } }),
    field({ key: 'costClass', internalName: 'DtCostClass', kind: 'choice', choices: COST_CLASSES, since: 2, labels: { fi: 'Kustannusluokka', sv: 'Kostnadsklass', en: 'Cost class' } }),
    field({ key: 'impactClass', internalName: 'DtImpactClass', kind: 'choice', choices: IMPACT_CLASSES, since: 2, labels: { fi: 'Vaikuttavuus', sv: 'Effekt', en: 'Impact class' } }),
    IDEA_STATE,
    IDEA_OUTCOME,
    IDEA_ACTION,
    field({ key: 'proposer', internalName: 'DtProposer', kind: 'user', indexed: true, since: 2, labels: { fi: 'Ehdottaja', sv: 'Förslagsställare', en: 'Proposed by' } }),
    field({ key: 'language', internalName: 'DtLanguage', kind: 'choice', choices: LANGUAGE_CHOICES, since: 2, labels: { fi: 'Kieli', sv: 'Språk', en: 'Language' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Kaikki ideat', sv: 'Alla idéer', en: 'All ideas' }, fields: ['title', 'goal', 'proposer'], orderBy: { field: 'title', ascending: true }, rowLimit: 100 })
  ]
});

// ---------------------------------------------------------------------------------------------------------
// ActionDecisions and IdeaTriage: the steering group's fields of actions and ideas (schema 4), one item
// per action or idea, writable by the steering group only (security.ts).
// ---------------------------------------------------------------------------------------------------------
export const ACTION_DECISIONS = list({
  key: 'actionDecisions',
  url: 'Lists/ActionDecisions',
  titles: { fi: 'Toimenpiteiden päätökset', sv: 'Beslut om åtgärderna', en: 'Action decisions' },
  description: {
    fi: 'Digijohtoryhmän ja kaupunginhallituksen päätökset toimenpiteistä: tunnus ja hyväksyntä. Vain digijohtoryhmä muokkaa.',
    sv: 'Digiledningsgruppens och stadsstyrelsens beslut om åtgärderna: kod och godkännande. Endast digiledningsgruppen redigerar.',
    en: 'The steering group’s and the city board’s decisions on the actions: code and approval. Only the steering group edits.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', maxLength: 255, since: 4,
    labels: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' } }),
  versioning: true,
  since: 4,
  fields: [
    field({ key: 'action', internalName: 'DtAction', kind: 'lookup', lookupList: 'actions', required: true, indexed: true, unique: true, since: 4,
      labels: { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Action' } }),
    { ...ACTION_CODE, since: 4 },
    { ...ACTION_APPROVAL_STATE, since: 4 },
    { ...ACTION_BOARD_DECISION, since: 4 },
    { ...ACTION_APPROVED_ON, since: 4 }
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Päätökset', sv: 'Beslut', en: 'Decisions' },
      fields: ['code', 'action', 'approvalState', 'boardDecisionRef', 'approvedOn'], orderBy: { field: 'code', ascending: true }, rowLimit: 100 })
  ]
});

export const IDEA_TRIAGE = list({
  key: 'ideaTriage',
  url: 'Lists/IdeaTriage',
  titles: { fi: 'Ideoiden käsittely', sv: 'Behandling av idéer', en: 'Idea triage' },
  description: {
    fi: 'Digijohtoryhmän päätökset ideoista: tila, perustelu ja toimenpide. Vain digijohtoryhmä muokkaa.',
    sv: 'Digiledningsgruppens beslut om idéerna: status, motivering och åtgärd. Endast digiledningsgruppen redigerar.',
    en: 'The steering group’s decisions on ideas: state, reason and action. Only the steering group edits.'
  },
  titleField: field({ key: 'title', internalName: 'Title', kind: 'text', maxLength: 255, since: 4,
    labels: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' } }),
  versioning: true,
  since: 4,
  fields: [
    field({ key: 'idea', internalName: 'DtIdea', kind: 'lookup', lookupList: 'ideas', required: true, indexed: true, unique: true, since: 4,
      labels: { fi: 'Idea', sv: 'Idé', en: 'Idea' } }),
    { ...IDEA_STATE, since: 4 },
    { ...IDEA_OUTCOME, since: 4 },
    { ...IDEA_ACTION, since: 4 }
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Käsittely', sv: 'Behandling', en: 'Triage' },
      fields: ['idea', 'state', 'action'], orderBy: { field: 'state', ascending: true }, rowLimit: 100 })
  ]
});

// ---------------------------------------------------------------------------------------------------------
// ReminderLog: every reminder is claimed here before it is sent (exactly-once delivery).
// ---------------------------------------------------------------------------------------------------------
export const REMINDER_LOG = list({
  key: 'reminderLog',
  url: 'Lists/ReminderLog',
  titles: { fi: 'Muistutusloki', sv: 'Påminnelselogg', en: 'Reminder log' },
  description: {
    fi: 'Lähetetyt muistutukset; estää saman muistutuksen lähettämisen kahdesti.',
    sv: 'Skickade påminnelser; hindrar att samma påminnelse skickas två gånger.',
    en: 'Reminders sent; prevents the same reminder being sent twice.'
  },
  titleField: field({ key: 'key', internalName: 'Title', kind: 'text', required: true, maxLength: 255, verbatim: true, since: 1,
    labels: { fi: 'Avain', sv: 'Nyckel', en: 'Key' } }),
  versioning: false,
  since: 1,
  fields: [
    field({ key: 'kind', internalName: 'DtReminderKind', kind: 'choice', choices: REMINDER_KINDS, required: true, since: 1, labels: { fi: 'Laji', sv: 'Typ', en: 'Kind' } }),
    field({ key: 'meeting', internalName: 'DtMeeting', kind: 'lookup', lookupList: 'meetings', indexed: true, since: 1, labels: { fi: 'Kokous', sv: 'Möte', en: 'Meeting' } }),
    field({ key: 'meetingStartsAt', internalName: 'DtMeetingStartsAt', kind: 'datetime', since: 1, labels: { fi: 'Kokouksen alku', sv: 'Mötets början', en: 'Meeting starts' } }),
    field({ key: 'recipient', internalName: 'DtRecipient', kind: 'text', required: true, maxLength: 255, indexed: true, verbatim: true, since: 1, labels: { fi: 'Vastaanottaja', sv: 'Mottagare', en: 'Recipient' } }),
    field({ key: 'state', internalName: 'DtReminderState', kind: 'choice', choices: REMINDER_STATES, required: true, indexed: true, since: 1, labels: { fi: 'Tila', sv: 'Status', en: 'State' } }),
    field({ key: 'claimedAt', internalName: 'DtClaimedAt', kind: 'datetime', since: 1, labels: { fi: 'Varattu', sv: 'Reserverad', en: 'Claimed at' } }),
    field({ key: 'sentAt', internalName: 'DtSentAt', kind: 'datetime', since: 1, labels: { fi: 'Lähetetty', sv: 'Skickad', en: 'Sent at' } }),
    field({ key: 'attempts', internalName: 'DtAttempts', kind: 'integer', min: 0, since: 1, labels: { fi: 'Yritykset', sv: 'Försök', en: 'Attempts' } }),
    field({ key: 'actionCodes', internalName: 'DtActionCodes', kind: 'note', verbatim: true, since: 1, labels: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Actions' } }),
    field({ key: 'language', internalName: 'DtLanguage', kind: 'choice', choices: LANGUAGE_CHOICES, since: 1, labels: { fi: 'Kieli', sv: 'Språk', en: 'Language' } }),
    field({ key: 'error', internalName: 'DtError', kind: 'note', since: 1, labels: { fi: 'Virhe', sv: 'Fel', en: 'Error' } })
  ],
  views: [
    view({ key: 'all', isDefault: true, title: { fi: 'Muistutukset', sv: 'Påminnelser', en: 'Reminders' }, fields: ['key', 'kind', 'recipient', 'state', 'sentAt'], orderBy: { field: 'claimedAt', ascending: false }, rowLimit: 100 })
  ]
});

/**
 * The roadmap workbook's hidden columns (after the visible ones): the item's id and its version (etag), so
 * that a re-import knows exactly which item and which version a row was exported from. Their headers
 * never collide with a field's header or alias (note: `Id` is an alias of Tunnus).
 */
export const EXCEL_ITEM_COLUMNS = {
  id: { labels: { fi: 'SharePoint-tunniste', sv: 'SharePoint-ID', en: 'SharePoint ID' }, aliases: ['Item ID'], excelWidth: 10 },
  etag: { labels: { fi: 'SharePoint-versio', sv: 'SharePoint-version', en: 'SharePoint version' }, aliases: ['Version tag', 'ETag'], excelWidth: 10 }
} as const satisfies Readonly<Record<'id' | 'etag', { readonly labels: Labels; readonly aliases: readonly string[]; readonly excelWidth: number }>>;

export const LISTS = [ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, PROGRAMME_METRICS, METRIC_VALUES, IDEAS, ACTION_DECISIONS, IDEA_TRIAGE, REMINDER_LOG] as const;
export type AnyList = (typeof LISTS)[number];
export type ListKey = AnyList['key'];

export function listByKey(key: ListKey): AnyList {
  const found = LISTS.find((l) => l.key === key);
  if (!found) throw new Error(`Unknown list ${key}`);
  return found;
}

/** The Title field first, then the list's own fields. */
export function allFields(def: ListDef): readonly FieldDef[] {
  return [def.titleField, ...def.fields];
}
