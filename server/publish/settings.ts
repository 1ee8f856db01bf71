import { LANGUAGES, type Labels } from '../../src/core/i18n/catalog';
import { MessageError, type CliKey, type MessageValues } from '../../src/core/i18n/cli';

/**
 * What the city decides about its publication, kept out of the code: the feedback channel and the
 * dates of the accessibility statement (Act on the Provision of Digital Services 306/2019), the
 * supervisory authority's contact details, the licence of the open data, and the public address of the
 * site. Read from a JSON file (`tiekartta publish --settings FILE`) and a few CLI options; documented in
 * docs/publication.md.
 */

export type Compliance = 'full' | 'partial' | 'none';

export interface ContactDetails {
  /** The channel's name, e.g. the programme's office; never a person. */
  readonly name: Labels;
  readonly email: string | null;
  readonly phone: string | null;
  /** A web form. */
  readonly url: string | null;
  readonly postalAddress: string | null;
}

export interface SupervisorDetails {
  readonly name: Labels;
  readonly unit: Labels;
  readonly website: Labels;
  readonly email: string;
  readonly phone: string;
}

export interface PublicationSettings {
  /** Where the site is published (`https://…/`): links in the feeds become absolute. */
  readonly baseUrl: string | null;
  readonly feedback: ContactDetails;
  readonly statement: {
    /** The day the accessibility statement was prepared (`YYYY-MM-DD`). */
    readonly preparedOn: string;
    readonly reviewedOn: string | null;
    readonly compliance: Compliance;
    /** Further non-accessible content and why, beyond what the publication knows of itself. */
    readonly nonAccessible: readonly Labels[];
  };
  readonly supervisor: SupervisorDetails;
  readonly licence: { readonly name: string; readonly title: string; readonly path: string };
  /** The authority (a domain the city owns) of the feeds' `tag:` entry ids. */
  readonly feedIdAuthority: string;
}

/**
 * The accessibility supervisor named in Act 306/2019 as it was written; the city checks it before
 * publishing (see docs/publication.md: a change of authority is a settings change, not a code change).
 */
export const DEFAULT_SUPERVISOR: SupervisorDetails = {
  name: { fi: 'Etelä-Suomen aluehallintovirasto', sv: 'Regionförvaltningsverket i Södra Finland', en: 'Regional State Administrative Agency for Southern Finland' },
  unit: { fi: 'Saavutettavuuden valvonnan yksikkö', sv: 'Enheten för tillgänglighetstillsyn', en: 'Web Accessibility Monitoring Unit' },
  website: { fi: 'https://www.saavutettavuusvaatimukset.fi', sv: 'https://www.saavutettavuusvaatimukset.fi', en: 'https://www.saavutettavuusvaatimukset.fi' },
  email: 'saavutettavuus@avi.fi',
  phone: '0295 016 000'
};

export const DEFAULT_LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** A setting that is missing or wrong: English in `message`, every language through `cliMessage`. */
export class SettingsError extends MessageError {
  public readonly name = 'SettingsError';
  public constructor(key: CliKey, values?: MessageValues) {
    super({ key, values });
  }
}

const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[a-z]{2,}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Json = Readonly<Record<string, unknown>>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(obj: Json, key: string, where: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') throw new SettingsError('settingsText', { where: `${where}.${key}` });
  return v.trim();
}

/** Only web addresses: no `javascript:` or `data:` URL reaches a link. */
function webUrl(value: string | null, where: string): string | null {
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError('settingsUrl', { where, value });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingsError('settingsUrl', { where, value });
  return url.href;
}

function email(value: string | null, where: string): string | null {
  if (value !== null && !EMAIL.test(value)) throw new SettingsError('settingsEmail', { where, value });
  return value;
}

function day(value: string | null, where: string): string | null {
  if (value === null) return null;
  const t = Date.parse(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) throw new SettingsError('settingsDay', { where, value });
  return value;
}

/** A text in every language: one string for all, or `{ "fi": …, "sv": …, "en": … }`. */
function labels(v: unknown, where: string, fallback?: Labels): Labels {
  if (v === undefined || v === null) {
    if (fallback) return fallback;
    throw new SettingsError('settingsMissing', { where });
  }
  if (typeof v === 'string') return { fi: v, sv: v, en: v };
  if (!isObject(v)) throw new SettingsError('settingsLabels', { where });
  const out: Record<string, string> = {};
  for (const lang of LANGUAGES) {
    const t = v[lang] ?? fallback?.[lang];
    if (typeof t !== 'string' || t.trim() === '') throw new SettingsError('settingsMissing', { where: `${where}.${lang}` });
    out[lang] = t.trim();
  }
  return out as Labels;
}

function section(raw: Json, key: string): Json {
  const v = raw[key];
  if (v === undefined) return {};
  if (!isObject(v)) throw new SettingsError('settingsObject', { where: key });
  return v;
}

/** Overrides from the command line (`--feedback-email`, `--statement-date`, `--base-url`). */
export interface SettingsOverrides {
  readonly feedbackEmail?: string;
  readonly statementDate?: string;
  readonly baseUrl?: string;
}

/**
 * Checks and completes the settings. The feedback channel (at least one of e-mail, phone, web form)
 * and the statement's date are required: the law requires them and nobody can guess them.
 */
export function publicationSettings(raw: unknown, overrides: SettingsOverrides = {}): PublicationSettings {
  if (raw !== undefined && !isObject(raw)) throw new SettingsError('settingsNotObject');
  const root: Json = raw ?? {};
  const fb = section(root, 'feedback');
  const st = section(root, 'statement');
  const sup = section(root, 'supervisor');
  const lic = section(root, 'licence');

  const feedback: ContactDetails = {
    name: labels(fb.name, 'feedback.name', { fi: 'Porvoon kaupunki', sv: 'Borgå stad', en: 'City of Porvoo' }),
    email: email(overrides.feedbackEmail ?? text(fb, 'email', 'feedback'), 'feedback.email'),
    phone: text(fb, 'phone', 'feedback'),
    url: webUrl(text(fb, 'url', 'feedback'), 'feedback.url'),
    postalAddress: text(fb, 'postalAddress', 'feedback')
  };
  if (!feedback.email && !feedback.phone && !feedback.url) {
    throw new SettingsError('settingsFeedback');
  }
  const preparedOn = day(overrides.statementDate ?? text(st, 'preparedOn', 'statement'), 'statement.preparedOn');
  if (!preparedOn) throw new SettingsError('settingsPreparedOn');
  const compliance = text(st, 'compliance', 'statement') ?? 'partial';
  if (compliance !== 'full' && compliance !== 'partial' && compliance !== 'none') throw new SettingsError('settingsCompliance', { value: compliance });
  const extra = st.nonAccessible ?? [];
  if (!Array.isArray(extra)) throw new SettingsError('settingsNonAccessible');

  const baseUrl = webUrl(overrides.baseUrl ?? text(root, 'baseUrl', 'settings'), 'baseUrl');
  return {
    baseUrl: baseUrl === null ? null : baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    feedback,
    statement: {
      preparedOn,
      reviewedOn: day(text(st, 'reviewedOn', 'statement'), 'statement.reviewedOn'),
      compliance,
      nonAccessible: extra.map((e: unknown, i) => labels(e, `statement.nonAccessible[${i}]`))
    },
    supervisor: {
      name: labels(sup.name, 'supervisor.name', DEFAULT_SUPERVISOR.name),
      unit: labels(sup.unit, 'supervisor.unit', DEFAULT_SUPERVISOR.unit),
      website: checkedWebsites(labels(sup.website, 'supervisor.website', DEFAULT_SUPERVISOR.website)),
      email: email(text(sup, 'email', 'supervisor'), 'supervisor.email') ?? DEFAULT_SUPERVISOR.email,
      phone: text(sup, 'phone', 'supervisor') ?? DEFAULT_SUPERVISOR.phone
    },
    licence: {
      name: text(lic, 'name', 'licence') ?? DEFAULT_LICENCE.name,
      title: text(lic, 'title', 'licence') ?? DEFAULT_LICENCE.title,
      path: webUrl(text(lic, 'path', 'licence'), 'licence.path') ?? DEFAULT_LICENCE.path
    },
    feedIdAuthority: feedAuthority(text(root, 'feedIdAuthority', 'settings') ?? 'porvoo.fi')
  };
}

function feedAuthority(value: string): string {
  if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i.test(value)) throw new SettingsError('settingsFeedAuthority', { value });
  return value.toLowerCase();
}

function checkedWebsites(sites: Labels): Labels {
  for (const lang of LANGUAGES) webUrl(sites[lang], `supervisor.website.${lang}`);
  return sites;
}
