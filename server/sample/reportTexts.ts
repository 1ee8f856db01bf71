import type { Dimension } from './seed';

/**
 * SAMPLE DATA — what owners write in their status reports, in Finnish and Swedish (each owner writes in
 * their own language). Picked by the seeded generator per report.
 */

type Light = 'green' | 'yellow' | 'red';
type Texts = { readonly fi: readonly string[]; readonly sv: readonly string[] };

export const DIMENSION_COMMENTS: Readonly<Record<Dimension, Readonly<Record<Light, Texts>>>> = {
  schedule: {
    green: {
      fi: ['Aikataulussa.', 'Edetään suunnitellussa aikataulussa.', 'Välitavoitteet saavutettu ajallaan.'],
      sv: ['Enligt tidtabellen.', 'Arbetet framskrider enligt plan.', 'Delmålen har nåtts i tid.']
    },
    yellow: {
      fi: ['Toimittajan resurssipula viivästyttää käyttöönottoa noin kuukaudella.', 'Testaus venyy; käyttöönotto siirtyy seuraavan neljänneksen alkuun.'],
      sv: ['Leverantörens resursbrist försenar införandet med ungefär en månad.', 'Testningen drar ut på tiden; införandet flyttas till början av nästa kvartal.']
    },
    red: {
      fi: ['Käyttöönotto ei toteudu suunnitellusti; aikataulu on arvioitava uudelleen.', 'Toimittaja ei pysty toimittamaan sovittuun päivään mennessä.'],
      sv: ['Införandet sker inte som planerat; tidtabellen måste ses över.', 'Leverantören kan inte leverera till det avtalade datumet.']
    }
  },
  costs: {
    green: {
      fi: ['Kustannukset budjetin mukaiset.', 'Ei poikkeamia kustannusarviosta.'],
      sv: ['Kostnaderna enligt budget.', 'Inga avvikelser från kostnadskalkylen.']
    },
    yellow: {
      fi: ['Lisätyöt kasvattavat kustannuksia noin 10 %.', 'Integraatiotyön osuus arvioitua suurempi.'],
      sv: ['Tilläggsarbeten ökar kostnaderna med cirka 10 %.', 'Integrationsarbetet är större än beräknat.']
    },
    red: {
      fi: ['Kustannusarvio ylittyy merkittävästi; tarvitaan lisärahoitusta.'],
      sv: ['Kostnadskalkylen överskrids betydligt; tilläggsfinansiering behövs.']
    }
  },
  scope: {
    green: {
      fi: ['Laajuus ennallaan.', 'Vaatimukset täyttyvät.'],
      sv: ['Omfattningen oförändrad.', 'Kraven uppfylls.']
    },
    yellow: {
      fi: ['Osa toiminnallisuuksista siirretään jatkovaiheeseen.', 'Käyttäjien tarpeet tarkentuneet; määrittelyä päivitetään.'],
      sv: ['En del av funktionerna flyttas till en senare fas.', 'Användarnas behov har preciserats; specifikationen uppdateras.']
    },
    red: {
      fi: ['Ratkaisu ei täytä keskeisiä vaatimuksia nykyisellä laajuudella.'],
      sv: ['Lösningen uppfyller inte de centrala kraven i nuvarande omfattning.']
    }
  },
  risks: {
    green: {
      fi: ['Ei merkittäviä riskejä.', 'Riskit hallinnassa.'],
      sv: ['Inga betydande risker.', 'Riskerna är under kontroll.']
    },
    yellow: {
      fi: ['Avainhenkilöriski: projektipäällikön sijaisuus avoinna.', 'Tietosuojan vaikutustenarviointi kesken.'],
      sv: ['Risk i fråga om nyckelpersoner: vikariatet för projektledaren är öppet.', 'Konsekvensbedömningen avseende dataskydd pågår.']
    },
    red: {
      fi: ['Merkittävä riski: hankkeen edellytykset eivät ole voimassa nykyisellään.'],
      sv: ['Betydande risk: förutsättningarna för projektet finns inte i nuläget.']
    }
  }
};

/** What was done and what comes next, by phase of the work. */
export const PHASE_TEXTS: Readonly<Record<'start' | 'middle' | 'late' | 'done', { readonly done: Texts; readonly next: Texts }>> = {
  start: {
    done: {
      fi: ['Projektisuunnitelma ja työryhmä vahvistettu.', 'Nykytilan kartoitus ja vaatimusmäärittely aloitettu.', 'Aloituspalaveri pidetty sidosryhmien kanssa.'],
      sv: ['Projektplanen och arbetsgruppen har fastställts.', 'Kartläggningen av nuläget och kravspecifikationen har inletts.', 'Startmöte med intressenterna har hållits.']
    },
    next: {
      fi: ['Vaatimusmäärittely ja hankinnan valmistelu.', 'Ratkaisuvaihtoehtojen vertailu.'],
      sv: ['Kravspecifikation och förberedelse av upphandlingen.', 'Jämförelse av lösningsalternativ.']
    }
  },
  middle: {
    done: {
      fi: ['Toimittaja valittu ja sopimus allekirjoitettu.', 'Pilotti käynnistetty kahdessa yksikössä.', 'Integraatioiden toteutus aloitettu.'],
      sv: ['Leverantören har valts och avtalet undertecknats.', 'Piloten har inletts i två enheter.', 'Genomförandet av integrationerna har inletts.']
    },
    next: {
      fi: ['Pilotin palautteen käsittely ja laajennus.', 'Integraatioiden testaus.', 'Käyttäjäkoulutusten suunnittelu.'],
      sv: ['Behandling av feedbacken från piloten och utvidgning.', 'Testning av integrationerna.', 'Planering av användarutbildningarna.']
    }
  },
  late: {
    done: {
      fi: ['Käyttöönotto tehty suurimmassa osassa yksiköitä.', 'Käyttäjäkoulutukset pidetty.', 'Hyväksymistestaus valmis.'],
      sv: ['Införandet har gjorts i de flesta enheterna.', 'Användarutbildningarna har hållits.', 'Godkännandetestningen är klar.']
    },
    next: {
      fi: ['Viimeiset käyttöönotot ja loppuraportti.', 'Ylläpidon siirto linjaorganisaatiolle.'],
      sv: ['De sista införandena och slutrapporten.', 'Överföring av underhållet till linjeorganisationen.']
    }
  },
  done: {
    done: {
      fi: ['Käyttöönotto valmis ja ylläpito siirretty linjaorganisaatiolle.', 'Toimenpide valmis; loppuraportti hyväksytty.'],
      sv: ['Införandet är klart och underhållet har överförts till linjeorganisationen.', 'Åtgärden är klar; slutrapporten har godkänts.']
    },
    next: {
      fi: ['Hyötyjen seuranta osana mittariraportointia.'],
      sv: ['Nyttan följs upp som en del av mätarrapporteringen.']
    }
  }
};

export const REPORT_TITLE = { fi: 'Tilannepäivitys', sv: 'Lägesrapport' } as const;
