import { defineCatalog } from './catalog';

/** The app shell shared by every web part: error boundary, error reasons, progress. */
export const SHELL = defineCatalog('shell', {
  fi: {
    crashTitle: '{part} ei voi näyttää tietoja juuri nyt',
    crashBody: 'Tallennetut tiedot ovat tallessa. Yritä uudelleen; jos virhe toistuu, kerro siitä digitiimille.',
    technicalDetails: 'Tekninen kuvaus: {message}',
    reasonAccessDenied: 'Sinulla ei ole oikeutta tähän.',
    reasonNotFound: 'Tietoa ei löytynyt; joku on ehkä poistanut sen.',
    reasonConflict: 'Joku muu on muuttanut tietoa sillä välin.',
    reasonNetwork: 'Yhteys SharePointiin ei toiminut.',
    reasonThrottled: 'SharePoint on juuri nyt ruuhkainen.',
    reasonUnknown: 'Odottamaton virhe ({message}).',
    working: 'Työskennellään…',
    dismiss: 'Sulje ilmoitus'
  },
  sv: {
    crashTitle: '{part} kan inte visa uppgifterna just nu',
    crashBody: 'Det som sparats finns kvar. Försök igen; om felet upprepas, meddela digiteamet.',
    technicalDetails: 'Teknisk beskrivning: {message}',
    reasonAccessDenied: 'Du har inte behörighet till detta.',
    reasonNotFound: 'Uppgiften hittades inte; någon kan ha tagit bort den.',
    reasonConflict: 'Någon annan har ändrat uppgiften under tiden.',
    reasonNetwork: 'Förbindelsen till SharePoint fungerade inte.',
    reasonThrottled: 'SharePoint är överbelastat just nu.',
    reasonUnknown: 'Oväntat fel ({message}).',
    working: 'Arbetar…',
    dismiss: 'Stäng meddelandet'
  },
  en: {
    crashTitle: '{part} cannot show its data right now',
    crashBody: 'Nothing saved has been lost. Try again; if the error repeats, tell the digital team.',
    technicalDetails: 'Technical detail: {message}',
    reasonAccessDenied: 'You do not have permission for this.',
    reasonNotFound: 'It was not found; someone may have deleted it.',
    reasonConflict: 'Someone else has changed it in the meantime.',
    reasonNetwork: 'The connection to SharePoint did not work.',
    reasonThrottled: 'SharePoint is busy right now.',
    reasonUnknown: 'Unexpected error ({message}).',
    working: 'Working…',
    dismiss: 'Dismiss the message'
  }
});
