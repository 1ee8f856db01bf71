import { LISTS, storedFields, type FieldDef, type ListDef } from '../../src/core/schema';

/**
 * Where hostile text can go: every field a person writes through SharePoint that the product reads
 * back and shows or outputs, taken from the schema so that a field added later is a place too (a unit
 * test and `npm run bench -- hostile` check the coverage). A place is a list's field, or a person's
 * display name (SharePoint's user information, which a site admin edits).
 */

export type PlaceKind = 'text' | 'note' | 'choice' | 'multichoice' | 'url' | 'person';

export interface Place {
  readonly list: ListDef;
  readonly field: FieldDef;
  readonly kind: PlaceKind;
  /** The longest text SharePoint keeps in it through REST, if limited. */
  readonly maxLength?: number;
}

/**
 * The lists people write: every list of the schema (a list added later is covered too) except
 * ReminderLog, the reminder job's own ledger, which only the job and the steering group write and
 * nothing shows.
 */
export const HOSTILE_LISTS: readonly ListDef[] = LISTS.filter((l) => l.key !== 'reminderLog');

/**
 * Fields the product writes for itself (`verbatim` in the schema: the frozen pre-read's JSON, the
 * calendar event id) are not places: a hostile but well-formed frozen pre-read is written as its own step.
 */
function kindOf(field: FieldDef): PlaceKind | undefined {
  if (field.key === 'minutesUrl') return 'url';
  switch (field.kind) {
    case 'text':
    case 'period':
      return 'text';
    case 'note':
      return 'note';
    case 'choice':
      return field.fillIn ? 'text' : 'choice';
    case 'multichoice':
      return 'multichoice';
    case 'user':
      return 'person';
    default:
      return undefined;
  }
}

/**
 * SharePoint stores up to 255 characters in any single line of text or choice through REST, whatever the
 * field's `MaxLength` (only the forms enforce that: server/emulator/FIDELITY.md); notes are not limited.
 */
function maxLengthOf(field: FieldDef): number | undefined {
  return field.kind === 'text' || field.kind === 'period' || field.kind === 'choice' ? 255 : undefined;
}

export function placeKey(list: ListDef, field: FieldDef): string {
  return `${list.key}.${field.key}`;
}

export function hostilePlaces(): Place[] {
  const places: Place[] = [];
  for (const list of HOSTILE_LISTS) {
    // A steering-only field of an action or idea is stored (and read) in its decisions list only: the
    // column left on the item itself is never shown, so the place is the decisions list's field.
    for (const field of storedFields(list)) {
      const kind = kindOf(field);
      if (!kind || field.verbatim) continue;
      places.push({ list, field, kind, maxLength: maxLengthOf(field) });
    }
  }
  return places;
}
