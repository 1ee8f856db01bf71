import type { ChoiceDef } from './types';

/** Choice sets of domain.md. Codes are stable; labels are fi/sv/en. */

export const GOALS = [
  { code: 'A', spValue: 'A', labels: { fi: 'Palvelemme asiakkaita kattavasti ihmislähtöisillä sähköisillä palveluilla', sv: 'Heltäckande service för kunderna genom människoorienterade e-tjänster', en: 'Comprehensive service through human-centred e-services' } },
  { code: 'B', spValue: 'B', labels: { fi: 'Hyödynnämme digitalisaatiota päivittäisten ilmastotekojen toteuttamiseksi', sv: 'Utnyttjande av digitaliseringen för att genomföra dagliga klimatåtgärder', en: 'Digitalisation for everyday climate action' } },
  { code: 'C', spValue: 'C', labels: { fi: 'Ketteröitämme ja automatisoimme toimintaa hyödyllisempään ajankäyttöön', sv: 'Göra verksamheten smidigare och automatiserad för nyttigare tidsanvändning', en: 'Agile, automated operations that free time for useful work' } },
  { code: 'K1', spValue: 'K1', labels: { fi: 'Digitaalinen sivistys', sv: 'Digital bildning', en: 'Digital literacy' } },
  { code: 'K2', spValue: 'K2', labels: { fi: 'Tiedon laatu ja hallinta', sv: 'Kvaliteten på och hanteringen av informationen', en: 'Information quality and management' } },
  { code: 'K3', spValue: 'K3', labels: { fi: 'Jatkuvuuden varmistaminen', sv: 'Säkerställande av kontinuiteten', en: 'Ensuring continuity' } },
  { code: 'K4', spValue: 'K4', labels: { fi: 'Yhteinen kehittäminen', sv: 'Gemensam utveckling', en: 'Joint development' } }
] as const satisfies readonly ChoiceDef[];

export const LEVELS = [
  { code: 'foundation', labels: { fi: 'Digitaalinen perusta (sisältää digiturvan)', sv: 'Digital grund (inklusive digital säkerhet)', en: 'Digital foundation (incl. digital security)' }, aliases: ['Digitaalinen perusta', 'perusta'] },
  { code: 'shared', labels: { fi: 'Kaupungin yhteiset ratkaisut (TORI)', sv: 'Stadens gemensamma lösningar (TORI)', en: 'City-wide shared solutions (TORI)' }, aliases: ['TORI', 'Kaupungin yhteiset ratkaisut'] },
  { code: 'sector', labels: { fi: 'Toimialakohtaiset muutokset (TOSI)', sv: 'Sektorspecifika förändringar (TOSI)', en: 'Sector-specific changes (TOSI)' }, aliases: ['TOSI', 'Toimialakohtaiset muutokset', 'Toimialakohtaiset muutokset (sovellukset)'] },
  { code: 'data', labels: { fi: 'Analytiikka ja data', sv: 'Analytik och data', en: 'Analytics and data' }, aliases: ['Data & Analytiikka', 'analytiikka & data', 'Data and analytics'] }
] as const satisfies readonly ChoiceDef[];

export const LONG_TERM_BENEFITS = [
  { code: 'renewal', labels: { fi: 'uudistuminen', sv: 'förnyelse', en: 'renewal' } },
  { code: 'human-centricity', labels: { fi: 'ihmislähtöisyys', sv: 'människoorientering', en: 'human-centricity' } },
  { code: 'sustainability', labels: { fi: 'kestävyys', sv: 'hållbarhet', en: 'sustainability' } }
] as const satisfies readonly ChoiceDef[];

export const BENEFICIARIES = [
  { code: 'residents', labels: { fi: 'kuntalaiset', sv: 'kommuninvånarna', en: 'residents' }, aliases: ['asukkaat', 'invånare'] },
  { code: 'businesses', labels: { fi: 'yritykset', sv: 'företagen', en: 'businesses' }, aliases: ['företag'] },
  { code: 'tourists', labels: { fi: 'matkailijat', sv: 'turisterna', en: 'tourists' }, aliases: ['turister'] },
  { code: 'staff', labels: { fi: 'henkilöstö', sv: 'personalen', en: 'staff' }, aliases: ['personal'] },
  { code: 'climate', labels: { fi: 'ilmasto', sv: 'klimatet', en: 'climate' }, aliases: ['klimat'] }
] as const satisfies readonly ChoiceDef[];

/** Cost class: what the action needs from the budget. */
export const COST_CLASSES = [
  { code: 'S', spValue: 'S', labels: { fi: 'S – nykyisillä resursseilla', sv: 'S – med nuvarande resurser', en: 'S – current resources' } },
  { code: 'M', spValue: 'M', labels: { fi: 'M – määräaikainen lisäys budjettiin ja/tai henkilöstösuunnitelmaan', sv: 'M – tidsbegränsat tillägg i budget och/eller personalplan', en: 'M – time-bound addition to budget and/or staff plan' } },
  { code: 'L', spValue: 'L', labels: { fi: 'L – pitkäaikainen lisäys', sv: 'L – långsiktigt tillägg', en: 'L – long-term addition' } }
] as const satisfies readonly ChoiceDef[];

/** Impact class: how many are affected, and for how long. */
export const IMPACT_CLASSES = [
  { code: 'S', spValue: 'S', labels: { fi: 'S – kertaluonteinen tai harvoihin kohdistuva vaikutus', sv: 'S – engångseffekt eller effekt på få', en: 'S – one-off effect or effect on few people' } },
  { code: 'M', spValue: 'M', labels: { fi: 'M – jatkuva vaikutus harvoihin tai kertaluonteinen moniin', sv: 'M – kontinuerlig effekt på få eller engångseffekt på många', en: 'M – continuous effect on few, or one-off on many' } },
  { code: 'L', spValue: 'L', labels: { fi: 'L – jatkuva vaikutus moniin', sv: 'L – kontinuerlig effekt på många', en: 'L – continuous effect on many' } }
] as const satisfies readonly ChoiceDef[];

export const DEVELOPMENT_MODELS = [
  { code: 'network', labels: { fi: 'verkosto', sv: 'nätverk', en: 'network' } },
  { code: 'independent', labels: { fi: 'itsenäinen', sv: 'självständigt', en: 'independent' } }
] as const satisfies readonly ChoiceDef[];

export const NEED_SOURCES = [
  { code: 'end-of-support', labels: { fi: 'Järjestelmän tuki loppuu', sv: 'Systemets support upphör', en: 'System end of support' } },
  { code: 'law', labels: { fi: 'Laki', sv: 'Lag', en: 'Law' } },
  { code: 'strategy', labels: { fi: 'Strategia', sv: 'Strategi', en: 'Strategy' } }
] as const satisfies readonly ChoiceDef[];

/** The responsible directors of 2025; an editable choice (titles change with the organisation). */
export const RESPONSIBLE_DIRECTORS = [
  { code: 'ateria-puhtaus', labels: { fi: 'Ateria- ja puhtauspalveluiden toimitusjohtaja', sv: 'Verkställande direktör för mat- och städtjänster', en: 'Managing Director, Catering and Cleaning Services' }, aliases: ['Ateria ja puhtauspalveluiden tj'] },
  { code: 'elinvoima', labels: { fi: 'Elinvoimajohtaja', sv: 'Livskraftsdirektör', en: 'Director of Vitality' } },
  { code: 'hallinto', labels: { fi: 'Hallintojohtaja', sv: 'Förvaltningsdirektör', en: 'Director of Administration' } },
  { code: 'henkilosto', labels: { fi: 'Henkilöstöjohtaja', sv: 'Personaldirektör', en: 'Director of Human Resources' } },
  { code: 'kake', labels: { fi: 'Kasvatus- ja koulutustoimialan johtaja (Kake)', sv: 'Direktör för fostran och utbildning', en: 'Director of Education' }, aliases: ['Kaken johtaja'] },
  { code: 'kehitys', labels: { fi: 'Kehitysjohtaja', sv: 'Utvecklingsdirektör', en: 'Director of Development' } },
  { code: 'porvoon-vesi', labels: { fi: 'Porvoon Veden toimitusjohtaja', sv: 'Verkställande direktör för Borgå Vatten', en: 'Managing Director, Porvoo Water' }, aliases: ['Porvoon Veden tj'] },
  { code: 'rahoitus', labels: { fi: 'Rahoitusjohtaja', sv: 'Finansdirektör', en: 'Director of Finance' } },
  { code: 'toimitila', labels: { fi: 'Toimitilajohtaja', sv: 'Lokaldirektör', en: 'Director of Premises' } },
  { code: 'viestinta', labels: { fi: 'Viestintäjohtaja', sv: 'Kommunikationsdirektör', en: 'Director of Communications' } }
] as const satisfies readonly ChoiceDef[];

export const ACTION_STATUSES = [
  { code: 'proposed', labels: { fi: 'Ehdotettu', sv: 'Föreslagen', en: 'Proposed' } },
  { code: 'planned', labels: { fi: 'Suunniteltu', sv: 'Planerad', en: 'Planned' } },
  { code: 'in-progress', labels: { fi: 'Käynnissä', sv: 'Pågående', en: 'In progress' } },
  { code: 'completed', labels: { fi: 'Valmis', sv: 'Slutförd', en: 'Completed' } },
  { code: 'paused', labels: { fi: 'Keskeytetty', sv: 'Avbruten tillfälligt', en: 'Paused' } },
  { code: 'cancelled', labels: { fi: 'Peruttu', sv: 'Inställd', en: 'Cancelled' } }
] as const satisfies readonly ChoiceDef[];

export const TRAFFIC_LIGHTS = [
  { code: 'green', labels: { fi: 'vihreä', sv: 'grön', en: 'green' } },
  { code: 'yellow', labels: { fi: 'keltainen', sv: 'gul', en: 'yellow' } },
  { code: 'red', labels: { fi: 'punainen', sv: 'röd', en: 'red' } }
] as const satisfies readonly ChoiceDef[];

export const FUNDING_SOURCES = [
  { code: 'own-budget', labels: { fi: 'oma budjetti', sv: 'egen budget', en: 'own budget' } },
  { code: 'project-funding', labels: { fi: 'hankerahoitus', sv: 'projektfinansiering', en: 'project funding' } },
  { code: 'state-grant', labels: { fi: 'valtionavustus', sv: 'statsunderstöd', en: 'state grant' } }
] as const satisfies readonly ChoiceDef[];

/** Where an action stands in the yearly approval cycle. */
export const APPROVAL_STATES = [
  { code: 'proposed', labels: { fi: 'Ehdotus', sv: 'Förslag', en: 'Proposal' } },
  { code: 'prioritised', labels: { fi: 'Digijohtoryhmän priorisoima', sv: 'Prioriterad av digiledningsgruppen', en: 'Prioritised by the steering group' } },
  { code: 'approved', labels: { fi: 'Kaupunginhallituksen hyväksymä', sv: 'Godkänd av stadsstyrelsen', en: 'Approved by the city board' } }
] as const satisfies readonly ChoiceDef[];

export const MEETING_STATES = [
  { code: 'scheduled', labels: { fi: 'Suunniteltu', sv: 'Planerat', en: 'Scheduled' } },
  { code: 'held', labels: { fi: 'Pidetty', sv: 'Hållet', en: 'Held' } },
  { code: 'cancelled', labels: { fi: 'Peruttu', sv: 'Inställt', en: 'Cancelled' } }
] as const satisfies readonly ChoiceDef[];

export const IDEA_STATES = [
  { code: 'new', labels: { fi: 'Uusi', sv: 'Ny', en: 'New' } },
  { code: 'under-review', labels: { fi: 'Arvioitavana', sv: 'Under bedömning', en: 'Under review' } },
  { code: 'accepted', labels: { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Accepted' } },
  { code: 'rejected', labels: { fi: 'Hylätty', sv: 'Avslagen', en: 'Rejected' } },
  { code: 'merged', labels: { fi: 'Yhdistetty toimenpiteeseen', sv: 'Sammanslagen med en åtgärd', en: 'Merged into an action' } }
] as const satisfies readonly ChoiceDef[];

export const REMINDER_KINDS = [
  { code: 'owner-request', labels: { fi: 'Tilannepäivityspyyntö', sv: 'Begäran om lägesrapport', en: 'Status report request' } },
  { code: 'steering-preread', labels: { fi: 'Ennakkomateriaali', sv: 'Förhandsmaterial', en: 'Steering pre-read' } },
  { code: 'last-call', labels: { fi: 'Viimeinen muistutus', sv: 'Sista påminnelse', en: 'Last call' } }
] as const satisfies readonly ChoiceDef[];

export const REMINDER_STATES = [
  { code: 'claimed', labels: { fi: 'Varattu', sv: 'Reserverad', en: 'Claimed' } },
  { code: 'sent', labels: { fi: 'Lähetetty', sv: 'Skickad', en: 'Sent' } },
  { code: 'failed', labels: { fi: 'Epäonnistui', sv: 'Misslyckades', en: 'Failed' } },
  { code: 'skipped', labels: { fi: 'Ohitettu', sv: 'Överhoppad', en: 'Skipped' } }
] as const satisfies readonly ChoiceDef[];

export const LANGUAGE_CHOICES = [
  { code: 'fi', labels: { fi: 'suomi', sv: 'finska', en: 'Finnish' } },
  { code: 'sv', labels: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' } },
  { code: 'en', labels: { fi: 'englanti', sv: 'engelska', en: 'English' } }
] as const satisfies readonly ChoiceDef[];

/** Yes/no as written in the workbook, and the spellings accepted on import. */
export const YES_NO = {
  yes: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
  no: { fi: 'Ei', sv: 'Nej', en: 'No' },
  yesAliases: ['kyllä', 'kylla', 'k', 'ja', 'j', 'yes', 'y', 'x', 'true', '1', 'tosi', 'sant'],
  noAliases: ['ei', 'e', 'nej', 'n', 'no', 'false', '0', '', 'epätosi', 'falskt']
} as const;
