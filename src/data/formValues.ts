import { allFields, choiceByCode, choiceSpValue, type FieldDef, type Fields, type ListDef, type Person } from '../core/schema';
import { claimsLogin } from './people';

/**
 * Domain values as the form values of SharePoint's `AddValidateUpdateItemUsingPath`, the one REST call
 * that adds an item into a folder. Every value is text, as a person would type it in the list form;
 * dates and times go as ISO 8601 with `datesInUTC: true` (without it SharePoint wants the site's regional
 * format). Numbers are written without grouping, with a point: the fields written this way (a report's
 * progress) hold whole percentages.
 */
export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

function formText(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'user': {
      const person = value as Person;
      return JSON.stringify([{ Key: claimsLogin(person.email) }]);
    }
    case 'choice': {
      const choice = choiceByCode(field, String(value));
      return choice ? choiceSpValue(choice) : String(value);
    }
    case 'multichoice':
      return (value as readonly string[]).map((code) => {
        const choice = choiceByCode(field, code);
        return choice ? choiceSpValue(choice) : code;
      }).join(';#');
    case 'boolean':
      return value === true ? '1' : '0';
    case 'date':
      // Noon UTC is the same calendar day in every European time zone (as in entityToItem).
      return value ? `${String(value)}T12:00:00Z` : '';
    case 'datetime':
      return new Date(String(value)).toISOString();
    default:
      return String(value);
  }
}

/** The form values of the given fields (only those present in `values`), by internal name. */
export function entityToFormValues<L extends ListDef>(def: L, values: Partial<Fields<L>>): FormValue[] {
  const given = values as Record<string, unknown>;
  return allFields(def)
    .filter((f) => Object.prototype.hasOwnProperty.call(given, f.key))
    .map((f) => ({ FieldName: f.internalName, FieldValue: formText(f, given[f.key]) }));
}

/** One field's answer in SharePoint's `SP.ListItemFormUpdateValue` collection. */
export interface FormUpdateValue {
  readonly FieldName: string;
  readonly FieldValue: string | null;
  readonly HasException: boolean;
  readonly ErrorMessage: string | null;
}

/** Thrown when SharePoint refused form values (HTTP 200 with `HasException` on the fields named). */
export class FormValidationError extends Error {
  public readonly name = 'FormValidationError';
  public constructor(public readonly fields: readonly { readonly field: string; readonly message: string }[]) {
    super(`SharePoint refused the values: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`);
  }
}

/** The new item's id from the answer, or the field errors as a `FormValidationError`. */
export function createdItemId(answer: readonly FormUpdateValue[]): number {
  const refused = answer.filter((v) => v.HasException);
  if (refused.length > 0) throw new FormValidationError(refused.map((v) => ({ field: v.FieldName, message: v.ErrorMessage ?? '' })));
  const id = Number(answer.filter((v) => v.FieldName === 'Id')[0]?.FieldValue);
  if (!Number.isInteger(id) || id <= 0) throw new Error('SharePoint did not say which item it created');
  return id;
}
