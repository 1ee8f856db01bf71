import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ACTION } from '../../core/i18n/action';
import { COMMON } from '../../core/i18n/common';
import { STATUS_REPORT } from '../../core/i18n/statusReport';
import { LoadingState } from '../common/LoadingState';
import { ActionDetails } from './ActionDetails';
import { ActionHistory } from './ActionHistory';
import type { IActionPanelProps } from './IActionPanelProps';
import { useActionPanel } from './useActionPanel';

const ActionForm = React.lazy(() => import(/* webpackChunkName: "action-form" */ '../actionForm/ActionForm'));
const ConflictView = React.lazy(() => import(/* webpackChunkName: "action-form" */ '../conflict/ConflictView'));
const StatusReportForm = React.lazy(() => import(/* webpackChunkName: "status-report" */ '../statusReport/StatusReportForm'));

/**
 * When the panel switches between details, form, report and conflict, the button that was pressed is
 * gone: focus moves to the new content's heading so keyboard and screen-reader users are not lost.
 * Lazy content may arrive a moment later, so it is looked for briefly.
 */
function useFocusOnModeChange(mode: string): void {
  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.querySelector<HTMLElement>('.ms-Panel [data-autofocus="true"]');
      if (target || ++tries > 40) {
        window.clearInterval(timer);
        target?.focus();
      }
    }, 25);
    return () => window.clearInterval(timer);
  }, [mode]);
}

const classes = mergeStyleSets({
  toolbar: { display: 'flex', gap: 8, flexWrap: 'wrap', margin: '8px 0 12px' }
});

/**
 * One action in a side panel: every field and the status history; edit (schema form), status report,
 * conflict resolution and "new proposal" in the same place. Loaded on demand.
 */
export default function ActionPanel(props: IActionPanelProps): React.ReactElement {
  const { lang, action, creating, permissions, steering, links, onClose } = props;
  const t = ACTION[lang];
  const m = useActionPanel(props);
  const title = creating ? t.newTitle : action ? `${action.code ?? ''} ${action.title}`.trim() : t.panelLabel;
  const loading = <LoadingState label={COMMON[lang].loading} size="small" />;
  useFocusOnModeChange(m.mode);

  let body: React.ReactNode;
  if (m.mode === 'new') {
    body = (
      <React.Suspense fallback={loading}>
        <ActionForm lang={lang} mode="new" action={null} steering={steering} takenCodes={props.takenCodes} busy={m.busy} error={m.formError} initialValues={m.draftValues} onSubmit={m.submitNew} onCancel={m.cancel} />
      </React.Suspense>
    );
  } else if (!action) {
    body = loading;
  } else if (m.mode === 'conflict' && m.conflict) {
    body = (
      <React.Suspense fallback={loading}>
        <ConflictView lang={lang} conflict={m.conflict} busy={m.busy} onResolve={m.resolveConflict} onDiscard={m.discardConflict} />
      </React.Suspense>
    );
  } else if (m.mode === 'edit') {
    body = (
      <React.Suspense fallback={loading}>
        <ActionForm lang={lang} mode="edit" action={action} steering={steering} takenCodes={props.takenCodes} busy={false} error={m.formError} initialValues={m.draftValues} onSubmit={m.submitEdit} onCancel={m.cancel} />
      </React.Suspense>
    );
  } else if (m.mode === 'report') {
    body = permissions.canReport && m.reportingRight === 'checking' ? loading : permissions.canReport && m.reportingRight === 'pending' ? (
      <>
        <div role="status" data-testid="report-right-pending">
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>{STATUS_REPORT[lang].rightPending}</MessageBar>
        </div>
        <ActionDetails lang={lang} action={action} codeOf={props.codeOf} />
      </>
    ) : permissions.canReport ? (
      <React.Suspense fallback={loading}>
        <StatusReportForm lang={lang} action={action} onSubmit={(draft) => props.mutations.submitReport(action, draft)} onDone={m.reportDone} onCancel={m.cancel} />
      </React.Suspense>
    ) : (
      <>
        <div role="alert">
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>{STATUS_REPORT[lang].noRights}</MessageBar>
        </div>
        <ActionDetails lang={lang} action={action} codeOf={props.codeOf} />
      </>
    );
  } else {
    body = (
      <>
        <div className={classes.toolbar} role="toolbar" aria-label={t.panelLabel}>
          {permissions.canEdit && (
            <PrimaryButton onClick={m.startEdit} data-testid="action-edit" data-autofocus={m.justReported ? undefined : 'true'}>
              {t.edit}
            </PrimaryButton>
          )}
          {permissions.canReport && <DefaultButton onClick={m.startReport} data-testid="action-report">{t.report}</DefaultButton>}
          {links.page && <DefaultButton onClick={() => m.copyLink(links.page ?? '')} data-testid="copy-link">{t.copyLink}</DefaultButton>}
          {links.teams && <DefaultButton onClick={() => m.copyLink(links.teams ?? '')} data-testid="copy-teams-link">{t.copyTeamsLink}</DefaultButton>}
        </div>
        {m.linkMessage && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            <span style={{ overflowWrap: 'anywhere' }}>{m.linkMessage}</span>
          </MessageBar>
        )}
        <ActionDetails lang={lang} action={action} codeOf={props.codeOf} />
        <ActionHistory lang={lang} history={m.history} autofocus={m.justReported} />
      </>
    );
  }

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={title}
      headerTextProps={{ 'aria-level': 2 } as React.HTMLAttributes<HTMLDivElement>}
      onDismiss={onClose}
      isLightDismiss={m.mode === 'details'}
      closeButtonAriaLabel={COMMON[lang].close}
      isFooterAtBottom={false}
      data-testid="action-panel"
    >
      {body}
    </Panel>
  );
}
