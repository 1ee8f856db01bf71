import * as React from 'react';
import { Btn } from './Btn';
import { StatusMessage } from './StatusMessage';

export interface IErrorStateProps {
  /** The readable reason (see describeError). */
  readonly message: string;
  /** Shown when the failure can be retried. */
  readonly onRetry?: () => void;
  readonly retryLabel: string;
}

/** A failed load: the reason and a retry, announced as an alert. */
export function ErrorState(props: IErrorStateProps): React.ReactElement {
  return (
    <StatusMessage kind="error" testId="error-state" actions={props.onRetry ? <Btn onClick={props.onRetry}>{props.retryLabel}</Btn> : undefined}>
      {props.message}
    </StatusMessage>
  );
}
