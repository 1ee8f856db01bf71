import * as React from 'react';
import { StatusMessage, type StatusKind } from './StatusMessage';

export type NoticeKind = StatusKind;

export interface INotice {
  readonly kind: NoticeKind;
  readonly text: string;
}

export interface INoticeProps {
  readonly notice: INotice | null;
  readonly onDismiss: () => void;
  readonly dismissLabel: string;
}

/** The outcome of something the person did (saved, rolled back…); errors are alerts, the rest status. */
export function Notice(props: INoticeProps): React.ReactElement | null {
  const { notice } = props;
  if (!notice) return null;
  return (
    <StatusMessage kind={notice.kind} onDismiss={props.onDismiss} dismissLabel={props.dismissLabel} testId="notice">
      {notice.text}
    </StatusMessage>
  );
}
