import type { Lang } from '../i18n/catalog';
import { COMMON } from '../i18n/common';
import { formatDateTime, formatDay, formatEuro, formatNumber } from '../i18n/format';
import type { FieldDef, Person } from '../schema';
import { choiceLabel } from '../schema/mapping';
import { parsePeriod } from '../schema/period';

/** A person as shown: the name, or the e-mail when the name is unknown. */
export function personLabel(person: Person | null | undefined): string | null {
  if (!person) return null;
  return person.displayName && person.displayName.trim() !== '' ? person.displayName : person.email;
}

/** A period as people read it: a localised day, or `2025 Q2`. */
export function formatPeriod(text: string, lang: Lang): string {
  const p = parsePeriod(text);
  if (!p) return text;
  return p.kind === 'day' ? formatDay(p.day, lang) : `${p.year} Q${p.quarter}`;
}

/**
 * Any field value as localised plain text: choices by label, euros, days and times the local way,
 * yes/no. Null when there is no value (the UI says "not set"). Never HTML: the caller renders text.
 */
export function formatFieldValue(field: FieldDef, value: unknown, lang: Lang): string | null {
  if (value === null || value === undefined || value === '') return field.kind === 'boolean' ? COMMON[lang].no : null;
  switch (field.kind) {
    case 'boolean':
      return value === true ? COMMON[lang].yes : COMMON[lang].no;
    case 'choice':
      return choiceLabel(field, String(value), lang);
    case 'multichoice':
      return Array.isArray(value) && value.length ? value.map((v) => choiceLabel(field, String(v), lang)).join(', ') : null;
    case 'currency':
      return typeof value === 'number' ? formatEuro(value, lang) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${formatNumber(value, lang, 0)} %` : String(value);
    case 'number':
    case 'integer':
      return typeof value === 'number' ? formatNumber(value, lang) : String(value);
    case 'year':
      return String(value);
    case 'date':
      return typeof value === 'string' ? formatDay(value, lang) : String(value);
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value, lang) : String(value);
    case 'period':
      return typeof value === 'string' ? formatPeriod(value, lang) : String(value);
    case 'user':
      return personLabel(value as Person);
    default:
      return String(value);
  }
}

/** The detail panel's sections: every field of an action appears in exactly one (a unit test checks). */
export const ACTION_SECTIONS = [
  { key: 'basics', fields: ['code', 'title', 'description', 'roadmapYear', 'goal', 'level'] },
  { key: 'classification', fields: ['statutory', 'needSource', 'longTermBenefit', 'beneficiaries', 'costClass', 'impactClass', 'developmentModel'] },
  { key: 'responsibility', fields: ['responsibleDirector', 'owner', 'status', 'trafficLight', 'progress', 'lastReportOn', 'decisionNeeded'] },
  { key: 'schedule', fields: ['start', 'end', 'oneTimeCost', 'annualCost', 'actualCost', 'funding'] },
  { key: 'effects', fields: ['impacts', 'effectIndicator'] },
  { key: 'approval', fields: ['approvalState', 'approvedOn', 'boardDecisionRef', 'carriedFrom', 'fromIdea'] }
] as const;
export type ActionSectionKey = (typeof ACTION_SECTIONS)[number]['key'];
