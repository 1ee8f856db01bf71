import type { Labels } from '../i18n/catalog';

/**
 * The kinds of values a field holds. Each maps to one SharePoint field type (see `SP_FIELD_TYPE`)
 * and one domain value type (see `FieldValue`).
 * - `period`: a date or a quarter, stored as text in canonical form `YYYY-MM-DD` or `YYYY-Qn`.
 * - `currency`: euros; `percent`: 0–100; `year`: a four-digit year.
 */
export type FieldKind =
  | 'text'
  | 'note'
  | 'integer'
  | 'number'
  | 'currency'
  | 'percent'
  | 'year'
  | 'boolean'
  | 'choice'
  | 'multichoice'
  | 'date'
  | 'datetime'
  | 'period'
  | 'user'
  | 'lookup';

export interface ChoiceDef {
  /** Stable code used in the domain, in URLs and in JSON. */
  readonly code: string;
  readonly labels: Labels;
  /** The value SharePoint stores (default: the Finnish label, what staff see in the list). */
  readonly spValue?: string;
  /** Further spellings accepted on import, e.g. `K/E` or abbreviations seen in the city's sheets. */
  readonly aliases?: readonly string[];
}

export interface FieldDef {
  /** Domain property name (camelCase). */
  readonly key: string;
  /** SharePoint internal name; appears nowhere else in the code. */
  readonly internalName: string;
  readonly kind: FieldKind;
  /** Display names; for Excel-facing fields also the default headers. */
  readonly labels: Labels;
  /** Further header spellings accepted on import (labels in every language are always accepted). */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** Indexed in SharePoint so that filters on it stay under the list view threshold. */
  readonly indexed?: boolean;
  /** Unique values enforced in SharePoint (requires an index). */
  readonly unique?: boolean;
  readonly choices?: readonly ChoiceDef[];
  /** A choice that accepts values not in the list ("editable choice"). */
  readonly fillIn?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** The list (by key) a lookup points to. */
  readonly lookupList?: string;
  /** Column position in the roadmap workbook; absent when the field is not in Excel. */
  readonly excelOrder?: number;
  /** Column width in the workbook (characters). */
  readonly excelWidth?: number;
  /**
   * A currency amount per year (the annual cost). A per-year marker typed in a cost cell (`3 100 €/v`)
   * is accepted in such a column and an error in any other currency column.
   */
  readonly perYear?: boolean;
  /** Help text shown in forms and in the workbook's instructions. */
  readonly description?: Labels;
  /**
   * Written by the product for itself (JSON, identifiers, ledger keys): read back exactly as stored.
   * Other texts are people's and are read with their directional overrides closed (`containBidi`).
   */
  readonly verbatim?: boolean;
  /** Schema version in which the field was introduced (upgrade adds it to older sites). */
  readonly since: number;
}

export interface ViewDef {
  readonly key: string;
  readonly title: Labels;
  /** Field keys shown, in order (`title` = the Title column). */
  readonly fields: readonly string[];
  readonly orderBy?: { readonly field: string; readonly ascending: boolean };
  /** CAML `<Where>` body; indexed fields only, so views stay under the threshold. */
  readonly where?: string;
  readonly rowLimit?: number;
  readonly isDefault?: boolean;
}

export interface ListDef {
  readonly key: string;
  /** Site-relative URL, e.g. `Lists/RoadmapActions`: the contract; titles may be localised. */
  readonly url: string;
  readonly titles: Labels;
  readonly description: Labels;
  /** Labels of the built-in Title field when it is used for a domain property. */
  readonly titleField: FieldDef;
  readonly fields: readonly FieldDef[];
  readonly views: readonly ViewDef[];
  /** Major versions kept (SharePoint versioning provides the change history). */
  readonly versioning: boolean;
  readonly since: number;
  /**
   * Key of a lookup field: each item lives in a folder of its own per looked-up item, named by that
   * item's id (`Lists/StatusUpdates/17` holds the reports on action 17). The folder carries the rights of
   * that item's owners (security.ts), so SharePoint itself decides who may write there.
   */
  readonly folderPer?: string;
  /**
   * Fields of this list's domain type that live in another list, which only the steering group writes
   * (schema 4): `list` holds one item per item here, pointing back with its lookup `by` (unique). The data
   * layer reads both and composes the entity; without such an item the fields are empty (or `defaults`).
   */
  readonly decisions?: DecisionsDef;
}

export interface DecisionsDef {
  /** Key of the list that holds the values. */
  readonly list: string;
  /** Key of its lookup field that points at this list's item. */
  readonly by: string;
  /** Keys of this list's fields kept there (same keys and internal names there). */
  readonly fields: readonly string[];
  /** Values when the steering group has recorded nothing yet (otherwise empty). */
  readonly defaults?: Readonly<Record<string, unknown>>;
}
