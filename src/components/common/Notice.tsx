import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';

export type NoticeKind = 'success' | 'error' | 'warning' | 'info';

export interface INotice {
  readonly kind: NoticeKind;
  readonly text: string;
}

export interface INoticeProps {
  readonly notice: INotice | null;
  readonly onDismiss: () => void;
  readonly dismissLabel: string;
}

const TYPES: Readonly<Record<NoticeKind, MessageBarType>> = {
  success: MessageBarType.success,
  error: MessageBarType.error,
  warning: MessageBarType.warning,
  info: MessageBarType.info
};

/** The outcome of something the person did (saved, rolled back…); errors are alerts, the rest status. */
export function Notice(props: INoticeProps): React.ReactElement | null {
  const { notice } = props;
  if (!notice) return null;
  return (
    <div role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice" data-kind={notice.kind}>
      <MessageBar messageBarType={TYPES[notice.kind]} isMultiline={true} onDismiss={props.onDismiss} dismissButtonAriaLabel={props.dismissLabel}>
        {notice.text}
      </MessageBar>
    </div>
  );
}
