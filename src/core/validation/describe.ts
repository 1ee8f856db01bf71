import { format, type Lang } from '../i18n/catalog';
import { COMMON } from '../i18n/common';
import { formatDateTime, formatDay, formatNumber } from '../i18n/format';
import { VALIDATION, type ValidationMessageKey } from '../i18n/validation';
import type { FieldDef, FieldKind, ListDef } from '../schema/types';
import { allFields } from '../schema/lists';
import { choiceByCode } from '../schema/mapping';
import { normalisePeriod, parsePeriod, periodLabel } from '../schema/period';
import { isInstant, isRealDay } from './fields';
import type { ValidationIssue } from './issues';

/** Long texts are cut in messages: the importer shows the cell anyway. */
const MAX_SHOWN = 40;

const KIND_KEYS: Readonly<Record<FieldKind, ValidationMessageKey>> = {
  text: 'kindText',
  note: 'kindNote',
  integer: 'kindInteger',
  number: 'kindNumber',
  currency: 'kindCurrency',
  percent: 'kindPercent',
  year: 'kindYear',
  boolean: 'kindBoolean',
  choice: 'kindChoice',
  multichoice: 'kindMultichoice',
  date: 'kindDate',
  datetime: 'kindDatetime',
  period: 'kindPeriod',
  user: 'kindUser',
  lookup: 'kindLookup'
};

function quoted(text: string, lang: Lang): string {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
  return format(VALIDATION[lang].quoted, { text: shown });
}

function formatNumberFor(kind: FieldKind | undefined, n: number, lang: Lang): string {
  // Years, ids and counts read best without grouping; amounts and percentages as the locale writes them.
  if (kind === 'year' || kind === 'lookup' || kind === 'integer') return String(n);
  return formatNumber(n, lang, 2);
}

function formatPeriodText(text: string, lang: Lang): string | undefined {
  const period = parsePeriod(text);
  if (!period) return undefined;
  return period.kind === 'day' ? formatDay(period.day, lang) : periodLabel(period);
}

/** A value as people write it in that language: numbers the local way, known choices by label, text quoted. */
export function formatIssueValue(field: FieldDef | undefined, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumberFor(field?.kind, value, lang);
  if (typeof value === 'boolean') return value ? COMMON[lang].yes : COMMON[lang].no;
  if (Array.isArray(value)) return value.map((v) => formatIssueValue(field, v, lang)).join(', ');
  if (typeof value === 'object') {
    const email = (value as { email?: unknown }).email;
    return quoted(typeof email === 'string' ? email : JSON.stringify(value), lang);
  }
  const text = String(value);
  switch (field?.kind) {
    case 'date':
      return isRealDay(text) ? formatDay(text, lang) : quoted(text, lang);
    case 'datetime':
      return isInstant(text) ? formatDateTime(text, lang) : quoted(text, lang);
    case 'period':
      // Only the canonical form is shown as a period: anything else is shown as it was typed.
      return (normalisePeriod(text) === text ? formatPeriodText(text, lang) : undefined) ?? quoted(text, lang);
    case 'choice':
    case 'multichoice': {
      const choice = choiceByCode(field, text);
      return choice ? choice.labels[lang] : quoted(text, lang);
    }
    default:
      return quoted(text, lang);
  }
}

/** The options of a choice as people would type them: the code where it is what the sheet shows (A, K1, S), else the label. */
function allowedChoices(field: FieldDef | undefined, lang: Lang): string {
  return (field?.choices ?? []).map((c) => (c.spValue === c.code ? c.code : c.labels[lang])).join(', ');
}

/**
 * One issue as a sentence in the user's language, naming the field by its label in that language and
 * showing the value, e.g. fi `Kenttä Edistyminen %: arvo 120 ei ole välillä 0–100`.
 */
export function describeIssue(issue: ValidationIssue, lang: Lang, listDef: ListDef): string {
  const field = allFields(listDef).find((f) => f.key === issue.field);
  const texts = VALIDATION[lang];
  const values: Record<string, string | number> = {
    field: field ? field.labels[lang] : issue.field,
    value: formatIssueValue(field, issue.value, lang)
  };
  for (const name of Object.keys(issue.params)) {
    const param = issue.params[name];
    // Bounds read like the value (a year as 2024, an amount as 2 800); lengths and indexes as plain integers.
    values[name] = typeof param === 'number' ? formatNumberFor(name === 'min' || name === 'max' ? field?.kind : 'integer', param, lang) : param;
  }
  if (issue.code === 'wrongType') values.expected = texts[KIND_KEYS[field?.kind ?? 'text']];
  if (issue.code === 'invalidChoice') values.allowed = allowedChoices(field, lang);
  if (issue.code === 'endBeforeStart' && typeof issue.params.start === 'string') values.start = formatIssueValue(field, issue.params.start, lang);
  return format(texts[issue.code], values);
}

/** Every issue as a sentence, in order. */
export function describeIssues(issues: readonly ValidationIssue[], lang: Lang, listDef: ListDef): string[] {
  return issues.map((i) => describeIssue(i, lang, listDef));
}
