import type { Lang } from '../../core/i18n/catalog';
import type { ActionPermissions } from '../../core/roadmap/permissions';
import type { RoadmapAction } from '../../core/schema';
import type { IActionMutations } from '../roadmap/useActionMutations';

export interface IActionPanelProps {
  readonly lang: Lang;
  /** The action shown; null with `creating` for a new proposal. */
  readonly action: RoadmapAction | null;
  /** Open the "new action proposal" form instead of an action. */
  readonly creating: boolean;
  /** Open the status report form (the reminder e-mail's `?action=…&report=1`). */
  readonly report: boolean;
  readonly permissions: ActionPermissions;
  /** Steering members see and edit the approval fields. */
  readonly steering: boolean;
  readonly mutations: IActionMutations;
  /** Codes in use (a new or edited code must be unique). */
  readonly takenCodes: readonly (string | null)[];
  /** Codes of every action, for showing "carried over from" as a code. */
  readonly codeOf: (id: number) => string | null;
  /** Links to the action: the page link on SharePoint, a Teams deep link in Teams. */
  readonly links: { readonly page?: string; readonly teams?: string };
  readonly onReportChange: (open: boolean) => void;
  /** After a new proposal is saved: show it. */
  readonly onCreated: (action: RoadmapAction) => void;
  readonly onClose: () => void;
}
