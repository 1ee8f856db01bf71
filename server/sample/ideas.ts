import type { IdeaFields } from '../../src/core/schema';
import { asPerson, samplePerson } from './people';

/** SAMPLE DATA — ideas from staff, in Finnish and Swedish, in every state of the steering group's triage. */

/** An idea with the action it led to by code (ids do not exist yet). */
export type SampleIdea = Omit<IdeaFields, 'action'> & { readonly actionCode: string | null };

const by = (local: string) => asPerson(samplePerson(`${local}@porvoo.fi`));

export function sampleIdeas(): SampleIdea[] {
  return [
    {
      title: 'Gemensam söktjänst för bibliotekets e-material',
      what: 'En söktjänst där man på en gång hittar e-böcker, ljudböcker och tidningar från alla bibliotekets e-tjänster.',
      why: 'Kunderna vet inte i vilken tjänst materialet finns och ger upp.',
      beneficiaries: ['residents'], goal: 'A', costClass: 'S', impactClass: 'M', state: 'new', outcome: null,
      actionCode: null, proposer: by('sofia.ekstrom'), language: 'sv'
    },
    {
      title: 'Lumitöiden reaaliaikainen seuranta kartalla',
      what: 'Aurauskaluston sijainti ja katujen auraustilanne näkyviin kartalle kaupungin verkkosivuilla.',
      why: 'Asukkaat kysyvät talvisin puhelimitse, milloin oma katu aurataan; kartta vähentäisi yhteydenottoja.',
      beneficiaries: ['residents', 'staff'], goal: 'A', costClass: 'M', impactClass: 'L', state: 'under-review', outcome: null,
      actionCode: null, proposer: by('matti.heinonen'), language: 'fi'
    },
    {
      title: 'Koululaisten palaute kouluruoasta sähköisesti',
      what: 'Oppilaat voivat antaa palautetta päivän ruoasta ruokalan näytöllä tai puhelimella.',
      why: 'Palautteen avulla voidaan vähentää ruokahävikkiä ja parantaa ruokalistaa.',
      beneficiaries: ['residents', 'climate'], goal: 'B', costClass: 'S', impactClass: 'M', state: 'merged',
      outcome: 'Yhdistetty ruokahävikin seurantaan (DT25-15).', actionCode: 'DT25-15', proposer: by('emilia.virtanen'), language: 'fi'
    },
    {
      title: 'Tekoäly kokousmuistioiden laatimiseen',
      what: 'Kokousten muistiot ja tehtävälistat tekoälyavustajan luonnostelemina.',
      why: 'Muistioiden kirjoittamiseen kuluu asiantuntijoilta viikoittain useita tunteja.',
      beneficiaries: ['staff'], goal: 'C', costClass: 'S', impactClass: 'M', state: 'accepted',
      outcome: 'Otetaan mukaan tekoälyavustajan pilottiin (DT25-11).', actionCode: 'DT25-11', proposer: by('jenni.aalto'), language: 'fi'
    },
    {
      title: 'Oma mobiilisovellus jokaiselle toimialalle',
      what: 'Jokaiselle toimialalle oma sovellus asukkaiden asiointiin.',
      why: 'Asiointi puhelimella olisi helpompaa.',
      beneficiaries: ['residents'], goal: 'A', costClass: 'L', impactClass: 'M', state: 'rejected',
      outcome: 'Ei edistetä: erilliset sovellukset hajauttaisivat asiointia. Kehitetään yhteistä ePorvoo-asiointia ja sen mobiilikäytettävyyttä.',
      actionCode: null, proposer: by('matti.heinonen'), language: 'fi'
    },
    {
      title: 'Tablettilainaamo ikäihmisille',
      what: 'Kirjastoista voisi lainata tabletin, johon on valmiiksi asennettu tärkeimmät asiointisovellukset, ja saada opastusta sen käyttöön.',
      why: 'Moni ikäihminen ei hanki omaa laitetta ennen kuin on kokeillut sitä.',
      beneficiaries: ['residents'], goal: 'K1', costClass: 'S', impactClass: 'M', state: 'new', outcome: null,
      actionCode: null, proposer: by('emilia.virtanen'), language: 'fi'
    },
    {
      title: 'Sensorer för beläggningsgraden på pendelparkeringarna',
      what: 'Sensorer som visar lediga platser på pendelparkeringarna i en app och på skyltar.',
      why: 'Mindre körande i onödan och bättre underlag för planeringen av parkeringen.',
      beneficiaries: ['residents', 'climate'], goal: 'B', costClass: 'M', impactClass: 'M', state: 'under-review', outcome: null,
      actionCode: null, proposer: by('ida.westerlund'), language: 'sv'
    },
    {
      title: 'Osallistuvan budjetoinnin äänestys verkossa',
      what: 'Osallistuvan budjetoinnin ehdotukset ja äänestys sähköiseen palveluun vahvalla tunnistautumisella.',
      why: 'Paperiäänestys tavoittaa vain pienen osan asukkaista.',
      beneficiaries: ['residents'], goal: 'K4', costClass: 'S', impactClass: 'M', state: 'accepted',
      outcome: 'Sisällytetään digitiekarttaan 2026 (DT26-25).', actionCode: 'DT26-25', proposer: by('katja.salminen'), language: 'fi'
    }
  ];
}
