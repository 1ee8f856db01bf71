import { defineCatalog } from './catalog';

/**
 * Status reports that do not count (src/core/reports): the follow-up dashboard, the steering tab's
 * pre-read and the reminder previews list them, so that nobody wonders where a report went.
 */
export const REPORTS = defineCatalog('reports', {
  fi: {
    ignoredTitle: 'Huomiotta jätetyt tilannepäivitykset ({count})',
    ignoredIntro: 'Näitä tilannepäivityksiä ei lasketa mukaan liikennevaloihin, edistymiseen eikä muistutuksiin, koska niiden kirjoittaja ei ollut toimenpiteen vastuuhenkilö eikä digijohtoryhmän jäsen kirjoittaessaan niitä.',
    ignoredItem: '{code}, raportoitu {date}: {reason}',
    reasonAuthor: 'kirjoittajalla ei ollut oikeutta raportoida toimenpiteestä',
    reasonEditor: 'viimeisimmällä muokkaajalla ei ollut oikeutta raportoida toimenpiteestä',
    reasonUnknown: 'kirjoittajaa ei tunneta',
    by: '{who}'
  },
  sv: {
    ignoredTitle: 'Lägesrapporter som inte räknas ({count})',
    ignoredIntro: 'De här lägesrapporterna räknas inte med i trafikljusen, framstegen eller påminnelserna, eftersom den som skrev dem varken var åtgärdens ansvarsperson eller medlem i digiledningsgruppen när de skrevs.',
    ignoredItem: '{code}, rapporterad {date}: {reason}',
    reasonAuthor: 'skribenten hade inte rätt att rapportera om åtgärden',
    reasonEditor: 'den som senast ändrade rapporten hade inte rätt att rapportera om åtgärden',
    reasonUnknown: 'skribenten är okänd',
    by: '{who}'
  },
  en: {
    ignoredTitle: 'Status reports not counted ({count})',
    ignoredIntro: 'These status reports are left out of the traffic lights, progress and reminders, because whoever wrote them was neither the action’s owner nor a steering group member when writing them.',
    ignoredItem: '{code}, reported {date}: {reason}',
    reasonAuthor: 'the writer was not entitled to report on the action',
    reasonEditor: 'whoever last changed it was not entitled to report on the action',
    reasonUnknown: 'the writer is unknown',
    by: '{who}'
  }
});
