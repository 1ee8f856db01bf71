import type { Person } from '../schema';

function isPerson(v: unknown): v is Person {
  return !!v && typeof v === 'object' && typeof (v as Person).email === 'string';
}

/**
 * Equality of two field values as people see them: people by e-mail (case-insensitive), choice lists
 * regardless of order, empty text equal to null.
 */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  if (empty(a) && empty(b)) return true;
  if (isPerson(a) && isPerson(b)) return a.email.toLowerCase() === b.email.toLowerCase();
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const sa = [...a].map(String).sort();
    const sb = [...b].map(String).sort();
    return sa.every((v, i) => v === sb[i]);
  }
  return a === b;
}
