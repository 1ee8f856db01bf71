import type { Person } from '../../src/core/schema';
import type { GroupKey } from '../../src/core/schema/security';

/**
 * SAMPLE DATA — invented people with realistic Finnish and Swedish names (Porvoo/Borgå is bilingual).
 * Any likeness to real city staff is unintended.
 */

/** Which SharePoint group a sample person belongs to (src/core/schema/security.ts). */
export type SampleRole = 'steering' | 'owner' | 'reader';

export interface SamplePerson extends Person {
  readonly email: string;
  readonly displayName: string;
  readonly firstName: string;
  readonly lastName: string;
  /** The language the person reads and writes: their reports and reminders use it. */
  readonly language: 'fi' | 'sv';
  readonly role: SampleRole;
  /** Job title, in the person's own language. */
  readonly jobTitle: string;
}

export const GROUP_OF_ROLE: Readonly<Record<SampleRole, GroupKey>> = { steering: 'steering', owner: 'owners', reader: 'readers' };

/** `firstname.lastname@porvoo.fi`, letters without diacritics (ä → a, ö → o, å → a). */
export function emailOf(firstName: string, lastName: string): string {
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '-');
  return `${plain(firstName)}.${plain(lastName)}@porvoo.fi`;
}

function person(firstName: string, lastName: string, language: 'fi' | 'sv', role: SampleRole, jobTitle: string): SamplePerson {
  return { email: emailOf(firstName, lastName), displayName: `${firstName} ${lastName}`, firstName, lastName, language, role, jobTitle };
}

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  // The steering group (digijohtoryhmä / digiledningsgruppen).
  person('Helena', 'Koskinen', 'fi', 'steering', 'Kehitysjohtaja, digijohtoryhmän puheenjohtaja'),
  person('Johan', 'Lindholm', 'sv', 'steering', 'IT-chef'),
  person('Anna-Maria', 'Nyström', 'sv', 'steering', 'Digitaliseringsexpert, digiledningsgruppens sekreterare'),
  person('Kari', 'Laaksonen', 'fi', 'steering', 'Talouspäällikkö'),
  person('Susanna', 'Mäkelä', 'fi', 'steering', 'Kasvatuksen ja koulutuksen kehittämispäällikkö'),
  person('Erik', 'Forsman', 'sv', 'steering', 'Utvecklingschef, livskraft'),
  person('Päivi', 'Heikkinen', 'fi', 'steering', 'Hallintopäällikkö'),
  // Action owners (vastuuhenkilöt / ansvarspersoner).
  person('Mikael', 'Sjöberg', 'sv', 'owner', 'Informationssäkerhetschef'),
  person('Laura', 'Niemi', 'fi', 'owner', 'Kulttuuri- ja liikuntapalveluiden palvelupäällikkö'),
  person('Timo', 'Rantanen', 'fi', 'owner', 'Paikkatietopäällikkö'),
  person('Sanna', 'Lehtonen', 'fi', 'owner', 'Ympäristösuunnittelija'),
  person('Markus', 'Holmström', 'sv', 'owner', 'Nätverkschef, Borgå Vatten'),
  person('Katja', 'Salminen', 'fi', 'owner', 'Asiakkuuspäällikkö'),
  person('Jenni', 'Aalto', 'fi', 'owner', 'HR-kehittämispäällikkö'),
  person('Oskar', 'Lindqvist', 'sv', 'owner', 'Arkivchef'),
  person('Riikka', 'Hakala', 'fi', 'owner', 'Controller'),
  person('Petri', 'Väisänen', 'fi', 'owner', 'Taloushallinnon kehittämispäällikkö'),
  person('Maria', 'Grönroos', 'sv', 'owner', 'Fastighetschef'),
  person('Tuomas', 'Kettunen', 'fi', 'owner', 'ICT-asiantuntija'),
  person('Elina', 'Lahtinen', 'fi', 'owner', 'Varhaiskasvatuksen kehittämiskoordinaattori'),
  person('Niklas', 'Backman', 'sv', 'owner', 'Koordinator för undervisningsteknologi'),
  person('Heidi', 'Korhonen', 'fi', 'owner', 'Viestintäpäällikkö'),
  person('Jussi', 'Peltonen', 'fi', 'owner', 'Työllisyyspalveluiden päällikkö'),
  person('Linnea', 'Söderholm', 'sv', 'owner', 'Chef för kosttjänster'),
  person('Ville', 'Järvinen', 'fi', 'owner', 'Integraatioarkkitehti'),
  person('Ida', 'Westerlund', 'sv', 'owner', 'Servicechef, stadsbiblioteket'),
  person('Antti', 'Suominen', 'fi', 'owner', 'Hankinta-asiantuntija'),
  // Readers: city staff who follow the roadmap and propose ideas.
  person('Emilia', 'Virtanen', 'fi', 'reader', 'Asiakaspalvelusihteeri'),
  person('Sofia', 'Ekström', 'sv', 'reader', 'Bibliotekarie'),
  person('Matti', 'Heinonen', 'fi', 'reader', 'Kunnossapitoesimies')
];

/** The three people the local workbench signs in as. */
export const DEMO_USERS = {
  /** Reads the roadmap and proposes ideas. */
  reader: emailOf('Emilia', 'Virtanen'),
  /** Owns several actions, among them the statutory 2025 NIS2 action (DT25-01); writes in Swedish. */
  owner: emailOf('Mikael', 'Sjöberg'),
  /** Chairs the steering group. */
  steering: emailOf('Helena', 'Koskinen')
} as const;

const BY_EMAIL = new Map(SAMPLE_PEOPLE.map((p) => [p.email, p]));

export function samplePerson(email: string): SamplePerson {
  const found = BY_EMAIL.get(email);
  if (!found) throw new Error(`No sample person ${email}`);
  return found;
}

/** A sample person as the domain's `Person` (what a user field holds). */
export function asPerson(p: SamplePerson): Person {
  return { email: p.email, displayName: p.displayName };
}
