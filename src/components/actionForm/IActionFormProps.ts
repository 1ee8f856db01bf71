import type { Lang } from '../../core/i18n/catalog';
import type { FormValues } from '../../core/roadmap/form';
import type { RoadmapAction } from '../../core/schema';

export interface IActionFormProps {
  readonly lang: Lang;
  readonly mode: 'edit' | 'new';
  /** The action being edited (null for a new proposal). */
  readonly action: RoadmapAction | null;
  /** Steering members also edit the approval fields. */
  readonly steering: boolean;
  /** Values to start from instead of the action's (a failed save reopens the form with what was typed). */
  readonly initialValues?: FormValues;
  /** Codes used by other actions (codes are unique). */
  readonly takenCodes: readonly (string | null)[];
  /** Saving in progress (new proposals wait for the server; edits are optimistic). */
  readonly busy: boolean;
  /** A failure to show above the buttons. */
  readonly error?: string;
  /** Valid domain values: the changed fields for an edit, all fields for a new proposal. */
  readonly onSubmit: (fields: Record<string, unknown>, values: FormValues) => void;
  readonly onCancel: () => void;
}
