import * as React from 'react';
import { format } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { STATUS_REPORT } from '../../core/i18n/statusReport';
import { actionChangesFromReport, reportFields, type StatusReportDraft } from '../../core/roadmap/report';
import { generateActionCode } from '../../core/validation/codes';
import type { ROADMAP_ACTIONS, RoadmapAction, RoadmapActionFields, StatusUpdate } from '../../core/schema';
import type { ConflictError } from '../../data/contracts';
import type { INotice } from '../common/Notice';
import { useApp } from '../shell/AppContext';
import { asError, describeError } from '../shell/errors';
import type { IRoadmapData } from './useRoadmapData';

export type ActionConflict = ConflictError<typeof ROADMAP_ACTIONS>;

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly action: RoadmapAction }
  | { readonly kind: 'conflict'; readonly conflict: ActionConflict }
  | { readonly kind: 'failed'; readonly reason: string };

export type ReportOutcome = { readonly kind: 'saved'; readonly report: StatusUpdate; readonly action: RoadmapAction } | { readonly kind: 'failed'; readonly reason: string };

export interface IActionMutations {
  /** Shows the change at once, saves with the etag, rolls back visibly on failure. */
  saveChanges(action: RoadmapAction, changes: Partial<RoadmapActionFields>): Promise<SaveOutcome>;
  /** Saves a new action as a proposal (status proposed, approval proposed, next free code). */
  createProposal(fields: Partial<RoadmapActionFields>): Promise<SaveOutcome>;
  /** Adds the report, then makes the action follow it. */
  submitReport(action: RoadmapAction, draft: StatusReportDraft): Promise<ReportOutcome>;
  readonly notice: INotice | null;
  setNotice(notice: INotice | null): void;
}

function isConflict(error: unknown): error is ActionConflict {
  return error instanceof Error && error.name === 'ConflictError' && 'theirs' in error;
}

export function useActionMutations(data: IRoadmapData): IActionMutations {
  const { services, lang, announce } = useApp();
  const { replaceAction, addAction, actions } = data;
  const [notice, setNoticeState] = React.useState<INotice | null>(null);
  const t = ROADMAP[lang];

  const setNotice = React.useCallback(
    (next: INotice | null) => {
      setNoticeState(next);
      // Errors are alerts (role=alert on the notice); successes are also spoken politely.
      if (next && next.kind !== 'error') announce(next.text);
    },
    [announce]
  );

  /**
   * After a save that gave the action a new owner: their item-level right to edit it, when this user may
   * grant it; otherwise says when they will get it. The save stands either way. The sentence to add, or ''.
   */
  const handOverIfOwnerChanged = React.useCallback(
    async (saved: RoadmapAction, previousOwnerEmail: string | undefined): Promise<string> => {
      const owner = saved.owner;
      if (!owner || !services.handOverAction || owner.email.toLowerCase() === previousOwnerEmail?.toLowerCase()) return '';
      const name = owner.displayName ?? owner.email;
      try {
        const outcome = await services.handOverAction(saved.id, owner.email, previousOwnerEmail);
        return outcome === 'needs-admin' ? format(t.ownerPending, { name }) : format(t.ownerGranted, { name });
      } catch (error) {
        console.warn('[Digitiekartta] the owner was saved but their edit right was not granted', asError(error));
        return format(t.ownerPending, { name });
      }
    },
    [services, t]
  );

  const saveChanges = React.useCallback(
    async (action: RoadmapAction, changes: Partial<RoadmapActionFields>): Promise<SaveOutcome> => {
      replaceAction({ ...action, ...changes });
      try {
        const saved = await services.actions.update(action.id, action.etag, changes);
        replaceAction(saved);
        const handOver = await handOverIfOwnerChanged(saved, action.owner?.email);
        setNotice({ kind: 'success', text: handOver ? `${t.saved} ${handOver}` : t.saved });
        return { kind: 'saved', action: saved };
      } catch (error) {
        if (isConflict(error)) {
          // Show what is stored now; the person's values live on in the conflict view.
          replaceAction(error.theirs);
          setNoticeState(null);
          return { kind: 'conflict', conflict: error };
        }
        replaceAction(action);
        const reason = describeError(error, lang);
        setNotice({ kind: 'error', text: format(t.rolledBack, { reason }) });
        return { kind: 'failed', reason };
      }
    },
    [replaceAction, services, lang, t, setNotice, handOverIfOwnerChanged]
  );

  const createProposal = React.useCallback(
    async (fields: Partial<RoadmapActionFields>): Promise<SaveOutcome> => {
      const year = typeof fields.roadmapYear === 'number' ? fields.roadmapYear : services.now().getFullYear() + 1;
      const code = generateActionCode(year, actions.map((a) => a.code));
      const complete = {
        ...fields,
        code,
        status: 'proposed',
        approvalState: 'proposed'
      } as RoadmapActionFields;
      try {
        const saved = await services.actions.add(complete);
        addAction(saved);
        const handOver = await handOverIfOwnerChanged(saved, undefined);
        const created = format(t.created, { code: saved.code ?? code });
        setNotice({ kind: 'success', text: handOver ? `${created} ${handOver}` : created });
        return { kind: 'saved', action: saved };
      } catch (error) {
        const reason = describeError(error, lang);
        return { kind: 'failed', reason };
      }
    },
    [actions, addAction, services, lang, t, setNotice, handOverIfOwnerChanged]
  );

  const submitReport = React.useCallback(
    async (action: RoadmapAction, draft: StatusReportDraft): Promise<ReportOutcome> => {
      const reportedOn = services.now().toISOString();
      let report: StatusUpdate;
      try {
        report = await services.statusUpdates.add(reportFields(action, draft, reportedOn));
      } catch (error) {
        return { kind: 'failed', reason: describeError(error, lang) };
      }
      // The report is saved; now the action follows it. Only derived fields change, so a concurrent
      // edit of the action is not a real conflict: re-read it and apply the same derived values.
      let current = action;
      for (let attempt = 0; attempt < 3; attempt++) {
        const changes = actionChangesFromReport(current, report);
        if (!changes) break;
        try {
          current = await services.actions.update(current.id, current.etag, changes);
          break;
        } catch (error) {
          if (isConflict(error)) {
            current = error.theirs;
            continue;
          }
          console.warn('[Digitiekartta] the report was saved but the action did not follow it', asError(error));
          break;
        }
      }
      replaceAction(current);
      setNotice({ kind: 'success', text: STATUS_REPORT[lang].submitted });
      return { kind: 'saved', report, action: current };
    },
    [replaceAction, services, lang, setNotice]
  );

  return { saveChanges, createProposal, submitReport, notice, setNotice };
}
