import { defineCatalog } from './catalog';

/** Strings shared by every view: states, actions and errors that look the same everywhere. */
export const COMMON = defineCatalog('common', {
  fi: {
    appName: 'Digitiekartta',
    loading: 'Ladataan…',
    retry: 'Yritä uudelleen',
    save: 'Tallenna',
    cancel: 'Peruuta',
    close: 'Sulje',
    errorTitle: 'Jokin meni vikaan',
    errorBody: 'Tietoja ei voitu näyttää. Tallennettu tieto on tallessa. Yritä uudelleen hetken kuluttua.',
    accessDenied: 'Sinulla ei ole oikeutta tähän toimintoon.',
    conflict: 'Joku muu on muuttanut tätä tietoa sillä välin.',
    empty: 'Ei näytettävää.',
    yes: 'Kyllä',
    no: 'Ei'
  },
  sv: {
    appName: 'Digitala vägkartan',
    loading: 'Laddar…',
    retry: 'Försök igen',
    save: 'Spara',
    cancel: 'Avbryt',
    close: 'Stäng',
    errorTitle: 'Något gick fel',
    errorBody: 'Uppgifterna kunde inte visas. Det som sparats finns kvar. Försök igen om en stund.',
    accessDenied: 'Du har inte behörighet till den här funktionen.',
    conflict: 'Någon annan har ändrat uppgiften under tiden.',
    empty: 'Inget att visa.',
    yes: 'Ja',
    no: 'Nej'
  },
  en: {
    appName: 'Digital roadmap',
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    errorTitle: 'Something went wrong',
    errorBody: 'The data could not be shown. Nothing saved has been lost. Please try again in a moment.',
    accessDenied: 'You do not have permission to do this.',
    conflict: 'Someone else has changed this in the meantime.',
    empty: 'Nothing to show.',
    yes: 'Yes',
    no: 'No'
  }
});
