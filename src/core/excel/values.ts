import type { Lang } from '../i18n/catalog';
import { formatDay } from '../i18n/format';
import { YES_NO } from '../schema/choices';
import type { Person } from '../schema/entities';
import { choiceLabel } from '../schema/mapping';
import { findChoice } from './choices';
import { normalisePeriod, parsePeriod, periodLabel } from '../schema/period';
import type { FieldDef } from '../schema/types';
import { emptyValue } from '../validation/fields';

/**
 * Field values compared and shown the same way everywhere in the round trip: what counts as "the same"
 * decides whether a row is a change, so that exporting and importing again finds nothing to do.
 */

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The comparable form of a field value: spacing, case of e-mails, order of lists and float noise removed. */
export function canonicalValue(field: FieldDef, value: unknown): unknown {
  if (value === undefined || value === null) return emptyValue(field);
  switch (field.kind) {
    case 'text': {
      const t = String(value).trim().replace(/\s+/g, ' ');
      return t === '' ? null : t;
    }
    case 'note': {
      const t = String(value).replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
      return t === '' ? null : t;
    }
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
    case 'year':
      return typeof value === 'number' ? roundTo(value, field.kind === 'currency' ? 2 : 10) : null;
    case 'boolean':
      return value === true;
    case 'choice': {
      const text = String(value).trim();
      if (text === '') return null;
      return findChoice(field, text)?.code ?? text.replace(/\s+/g, ' ');
    }
    case 'multichoice':
      return Array.isArray(value) ? [...new Set(value.map(String))].sort() : [];
    case 'period': {
      const text = String(value).trim();
      return text === '' ? null : (normalisePeriod(text) ?? text);
    }
    case 'user': {
      const email = (value as Person).email;
      return email ? email.trim().toLowerCase() : null;
    }
    default: {
      const t = String(value);
      return t === '' ? null : t;
    }
  }
}

export function sameValue(field: FieldDef, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonicalValue(field, a)) === JSON.stringify(canonicalValue(field, b));
}

/** A field value as a person reads it in a report (the conflict list, the preview). */
export function displayValue(field: FieldDef, value: unknown, lang: Lang): string {
  const v = canonicalValue(field, value);
  if (v === null) return '';
  switch (field.kind) {
    case 'boolean':
      return v ? YES_NO.yes[lang] : YES_NO.no[lang];
    case 'choice':
      return choiceLabel(field, String(v), lang);
    case 'multichoice':
      return (v as string[]).map((code) => choiceLabel(field, code, lang)).join(', ');
    case 'date':
      return formatDay(String(v), lang);
    case 'period': {
      const p = parsePeriod(String(v));
      if (!p) return String(v);
      return p.kind === 'day' ? formatDay(p.day, lang) : periodLabel(p);
    }
    default:
      return String(v);
  }
}

/** A value as stored on the workbook's hidden base sheet (canonical JSON); undefined for "empty". */
export function baseValue(field: FieldDef, value: unknown): unknown {
  const v = canonicalValue(field, value);
  if (v === null || (Array.isArray(v) && v.length === 0) || v === false) return undefined;
  return v;
}

/** Reads a value of the base sheet back; a value of the wrong shape gives undefined ("base unknown"). */
export function parseBaseValue(field: FieldDef, stored: unknown): unknown {
  if (stored === undefined || stored === null) return canonicalValue(field, null);
  if (field.kind === 'user') return typeof stored === 'string' ? { email: stored } : undefined;
  const expected = canonicalValue(field, null);
  if (typeof expected === 'boolean') return typeof stored === 'boolean' ? stored : undefined;
  if (Array.isArray(expected)) return Array.isArray(stored) ? stored : undefined;
  return typeof stored === 'string' || typeof stored === 'number' ? stored : undefined;
}
