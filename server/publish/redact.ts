import type { FollowupInput } from '../../src/core/followup';

/**
 * The publication carries no personal data. Its rows have no person fields by construction
 * (`ActionProgress`); what remains is free text people typed (titles, impacts, notes). This removes from
 * such text every e-mail address and phone number, and the names and addresses of everyone the lists
 * know: action owners, and the authors and editors of every item.
 */
export interface Redactor {
  (text: string): string;
  readonly people: number;
}

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
// Phone numbers start with + or 0 (+358 40 123 4567, 040-123 4567, 09 1234 5678): never a year or a
// euro sum such as 15 000.
const PHONE = /(?:\+\d{2,3}[\s-]?(?:\(0\))?\d{1,3}|(?<!\d)0\d{1,3})[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g;
const REMOVED = '[…]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Everyone the input names: owners (name and e-mail) and the authors and editors of its items. */
export function peopleOf(input: FollowupInput): { names: Set<string>; emails: Set<string> } {
  const names = new Set<string>();
  const emails = new Set<string>();
  const addEmail = (e: string | undefined | null): void => {
    if (e) emails.add(e.toLowerCase());
  };
  for (const a of input.actions) {
    if (a.owner) {
      addEmail(a.owner.email);
      if (a.owner.displayName && a.owner.displayName.trim().length > 2) names.add(a.owner.displayName.trim());
    }
  }
  for (const item of [...input.actions, ...input.statusUpdates, ...input.metrics, ...input.metricValues]) {
    addEmail(item.authorEmail);
    addEmail(item.editorEmail);
  }
  return { names, emails };
}

export function createRedactor(input: FollowupInput, extraNames: readonly string[] = []): Redactor {
  const { names, emails } = peopleOf(input);
  for (const n of extraNames) if (n.trim().length > 2) names.add(n.trim());
  // Names as written, and "Lastname Firstname" as Finnish lists often write them; longest first.
  const variants = new Set<string>();
  for (const n of names) {
    variants.add(n);
    const parts = n.split(/\s+/);
    if (parts.length === 2) variants.add(`${parts[1]} ${parts[0]}`);
  }
  const patterns = [...variants].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const nameRe = patterns.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${patterns.join('|')})(?![\\p{L}])`, 'giu') : null;
  const redact = ((text: string): string => {
    let out = text.replace(EMAIL, REMOVED).replace(PHONE, REMOVED);
    if (nameRe) out = out.replace(nameRe, REMOVED);
    return out;
  }) as Redactor;
  Object.defineProperty(redact, 'people', { value: names.size + emails.size });
  return redact;
}
