import * as React from 'react';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export type StatusKind = 'success' | 'error' | 'warning' | 'info';

export interface IStatusMessageProps {
  readonly kind: StatusKind;
  /** Buttons beside the text (retry…). */
  readonly actions?: React.ReactNode;
  /** Shows a close button with this accessible name. */
  readonly onDismiss?: () => void;
  readonly dismissLabel?: string;
  readonly children?: React.ReactNode;
  readonly testId?: string;
}

const classes = mergeStyleSets({
  root: { display: 'flex', alignItems: 'flex-start', gap: 12, padding: '8px 12px', borderLeftWidth: 4, borderLeftStyle: 'solid', fontSize: 14, margin: '4px 0' },
  text: { flex: 1, minWidth: 0, overflowWrap: 'anywhere', selectors: { p: { margin: '4px 0' } } },
  actions: { display: 'flex', gap: 8, flexShrink: 0, alignItems: 'center' },
  close: { background: 'transparent', border: 'none', cursor: 'pointer', fontSize: 16, lineHeight: 1, padding: 4, color: 'inherit', fontFamily: 'inherit' }
});

/**
 * A message bar without Fluent's MessageBar (which pulls in the Button family). Errors are alerts,
 * everything else is a polite status, so screen readers hear the outcome of what the person did.
 */
export function StatusMessage(props: IStatusMessageProps): React.ReactElement {
  const theme = useTheme() ?? getTheme();
  const s = theme.semanticColors;
  const background = { success: s.successBackground, error: s.errorBackground, warning: s.warningBackground, info: s.infoBackground }[props.kind];
  const accent = { success: s.successIcon, error: s.errorIcon, warning: s.warningIcon, info: s.infoIcon }[props.kind];
  return (
    <div
      role={props.kind === 'error' ? 'alert' : 'status'}
      className={classes.root}
      style={{ background, borderLeftColor: accent, color: s.messageText || theme.palette.neutralPrimary }}
      data-testid={props.testId}
      data-kind={props.kind}
    >
      <div className={classes.text}>{props.children}</div>
      {props.actions && <div className={classes.actions}>{props.actions}</div>}
      {props.onDismiss && (
        <button type="button" className={classes.close} aria-label={props.dismissLabel} title={props.dismissLabel} onClick={props.onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
