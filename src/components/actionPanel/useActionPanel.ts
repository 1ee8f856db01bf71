import * as React from 'react';
import { ACTION } from '../../core/i18n/action';
import { ROADMAP } from '../../core/i18n/roadmap';
import { format } from '../../core/i18n/catalog';
import type { FormValues } from '../../core/roadmap/form';
import type { RoadmapAction, RoadmapActionFields } from '../../core/schema';
import type { ActionConflict, ReportOutcome } from '../roadmap/useActionMutations';
import { copyToClipboard } from '../common/clipboard';
import { useApp } from '../shell/AppContext';
import type { IActionPanelProps } from './IActionPanelProps';
import { useActionHistory, type IActionHistory } from './useActionHistory';

export type PanelMode = 'details' | 'edit' | 'new' | 'report' | 'conflict';

export interface IActionPanelModel {
  readonly mode: PanelMode;
  readonly history: IActionHistory;
  readonly conflict: ActionConflict | null;
  /** Values typed before a failed save, to reopen the form with. */
  readonly draftValues: FormValues | undefined;
  readonly busy: boolean;
  readonly formError: string | undefined;
  readonly linkMessage: string | null;
  /** A report was just filed: the history (with it on top) is where focus goes. */
  readonly justReported: boolean;
  /**
   * In report mode: whether SharePoint lets the user add reports in this action's folder yet (`checking`
   * while asking). `pending` until the owner's right reaches the folder (at hand-over or by the hourly job).
   */
  readonly reportingRight: 'checking' | 'open' | 'pending';
  startEdit(): void;
  startReport(): void;
  cancel(): void;
  submitEdit(fields: Record<string, unknown>, values: FormValues): void;
  submitNew(fields: Record<string, unknown>, values: FormValues): void;
  resolveConflict(changes: Partial<RoadmapActionFields>): void;
  discardConflict(): void;
  reportDone(outcome: ReportOutcome): void;
  copyLink(link: string): void;
}

/**
 * Whether the user's right to report on the action is in place (`open`) or still to be given by the
 * scheduled rights job (`pending`). Asked each time the report form opens: the right can arrive while the
 * page is open. Unknown counts as open: SharePoint decides, and a refusal is shown as the save's error.
 */
function useReportingRight(actionId: number | undefined): 'checking' | 'open' | 'pending' {
  const { services } = useApp();
  const [right, setRight] = React.useState<'checking' | 'open' | 'pending'>('checking');
  React.useEffect(() => {
    if (actionId === undefined) return undefined;
    if (!services.reportingRight) {
      setRight('open');
      return undefined;
    }
    let current = true;
    setRight('checking');
    services.reportingRight(actionId).then(
      (r) => current && setRight(r),
      () => current && setRight('open')
    );
    return () => {
      current = false;
    };
  }, [actionId, services]);
  return right;
}

/** The panel's modes and the save flows (optimistic edit, conflict resolution, new proposal, report). */
export function useActionPanel(props: IActionPanelProps): IActionPanelModel {
  const { action, creating, report, mutations, onReportChange, onCreated, lang } = props;
  const { announce } = useApp();
  const [editing, setEditing] = React.useState(false);
  const [conflict, setConflict] = React.useState<ActionConflict | null>(null);
  const [draftValues, setDraftValues] = React.useState<FormValues | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [formError, setFormError] = React.useState<string | undefined>(undefined);
  const [linkMessage, setLinkMessage] = React.useState<string | null>(null);
  const [justReported, setJustReported] = React.useState(false);
  const history = useActionHistory(action ? action.id : null);

  // Another action opened in the same panel: start from its details.
  const actionId = action?.id;
  React.useEffect(() => {
    setEditing(false);
    setConflict(null);
    setDraftValues(undefined);
    setFormError(undefined);
    setLinkMessage(null);
  }, [actionId]);

  const mode: PanelMode = creating ? 'new' : conflict ? 'conflict' : report ? 'report' : editing ? 'edit' : 'details';

  const reportingRight = useReportingRight(mode === 'report' ? actionId : undefined);

  const submitEdit = React.useCallback(
    (fields: Record<string, unknown>, values: FormValues) => {
      if (!action) return;
      setEditing(false);
      if (Object.keys(fields).length === 0) return;
      // Optimistic: the details (and the table) show the new values at once.
      mutations
        .saveChanges(action, fields as Partial<RoadmapActionFields>)
        .then((outcome) => {
          if (outcome.kind === 'conflict') setConflict(outcome.conflict);
          else if (outcome.kind === 'failed') {
            // Rolled back in the list; reopen the form with what was typed so nothing is lost.
            setDraftValues(values);
            setFormError(format(ROADMAP[lang].rolledBack, { reason: outcome.reason }));
            setEditing(true);
          } else {
            setDraftValues(undefined);
            setFormError(undefined);
          }
        })
        .catch(() => undefined);
    },
    [action, mutations, lang]
  );

  const submitNew = React.useCallback(
    (fields: Record<string, unknown>, values: FormValues) => {
      setBusy(true);
      setFormError(undefined);
      mutations
        .createProposal(fields as Partial<RoadmapActionFields>)
        .then((outcome) => {
          setBusy(false);
          if (outcome.kind === 'saved') onCreated(outcome.action);
          else if (outcome.kind === 'failed') {
            setDraftValues(values);
            setFormError(outcome.reason);
          }
        })
        .catch(() => setBusy(false));
    },
    [mutations, onCreated]
  );

  const resolveConflict = React.useCallback(
    (changes: Partial<RoadmapActionFields>) => {
      if (!conflict) return;
      if (Object.keys(changes).length === 0) {
        setConflict(null);
        mutations.setNotice({ kind: 'info', text: ACTION[lang].conflictNothingToSave });
        return;
      }
      setBusy(true);
      mutations
        .saveChanges(conflict.theirs, changes)
        .then((outcome) => {
          setBusy(false);
          if (outcome.kind === 'conflict') setConflict(outcome.conflict);
          else {
            setConflict(null);
            if (outcome.kind === 'saved') mutations.setNotice({ kind: 'success', text: ACTION[lang].conflictResolved });
          }
        })
        .catch(() => setBusy(false));
    },
    [conflict, mutations, lang]
  );

  const discardConflict = React.useCallback(() => {
    setConflict(null);
    mutations.setNotice({ kind: 'info', text: ACTION[lang].conflictNothingToSave });
  }, [mutations, lang]);

  const reportDone = React.useCallback(
    (outcome: ReportOutcome) => {
      if (outcome.kind === 'saved') history.prepend(outcome.report);
      setJustReported(true);
      onReportChange(false);
    },
    [history, onReportChange]
  );

  const copyLink = React.useCallback(
    (link: string) => {
      copyToClipboard(link)
        .then((ok) => {
          const text = ok ? ROADMAP[lang].linkCopied : format(ROADMAP[lang].linkShown, { url: link });
          setLinkMessage(text);
          announce(text);
        })
        .catch(() => undefined);
    },
    [lang, announce]
  );

  return {
    mode,
    history,
    conflict,
    draftValues,
    busy,
    formError,
    linkMessage,
    justReported,
    reportingRight,
    startEdit: () => {
      setJustReported(false);
      setFormError(undefined);
      setEditing(true);
    },
    startReport: () => onReportChange(true),
    cancel: () => {
      if (report) onReportChange(false);
      setEditing(false);
      setDraftValues(undefined);
      setFormError(undefined);
      if (creating) props.onClose();
    },
    submitEdit,
    submitNew,
    resolveConflict,
    discardConflict,
    reportDone,
    copyLink
  };
}

export type { RoadmapAction };
