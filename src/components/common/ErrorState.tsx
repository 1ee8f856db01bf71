import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';

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
    <div role="alert" data-testid="error-state">
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline={true}
        actions={props.onRetry ? <DefaultButton onClick={props.onRetry}>{props.retryLabel}</DefaultButton> : undefined}
      >
        {props.message}
      </MessageBar>
    </div>
  );
}
