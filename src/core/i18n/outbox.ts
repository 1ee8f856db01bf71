import { defineCatalog } from './catalog';

/** The local workbench's outbox page: what the emulator's Graph has "sent" (reminder e-mails, channel posts). */
export const OUTBOX = defineCatalog('outbox', {
  fi: {
    page: 'Lähetetyt viestit',
    heading: 'Emulaattorin lähetetyt viestit',
    intro: 'Muistutukset, Teams-ilmoitukset ja kanavajulkaisut, jotka emulaattorin Microsoft Graph on ottanut vastaan. Oikeassa ympäristössä ne lähtisivät Outlookiin ja Teamsiin.',
    refresh: 'Päivitä',
    frame: 'Lähetetyt viestit'
  },
  sv: {
    page: 'Skickade meddelanden',
    heading: 'Emulatorns skickade meddelanden',
    intro: 'Påminnelser, Teams-aviseringar och kanalinlägg som emulatorns Microsoft Graph har tagit emot. I en riktig miljö skulle de gå till Outlook och Teams.',
    refresh: 'Uppdatera',
    frame: 'Skickade meddelanden'
  },
  en: {
    page: 'Outbox',
    heading: 'The emulator’s outbox',
    intro: 'Reminders, Teams notifications and channel posts the emulator’s Microsoft Graph has accepted. In a real tenant they would go to Outlook and Teams.',
    refresh: 'Refresh',
    frame: 'Outbox'
  }
});
