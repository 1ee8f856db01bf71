import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

export interface ILoadingStateProps {
  /** What is loading, in the user's language ("Loading actions…"). */
  readonly label: string;
  readonly size?: 'small' | 'large';
}

/** A spinner with a visible label; the label is also spoken (Spinner's built-in polite announcement). */
export function LoadingState(props: ILoadingStateProps): React.ReactElement {
  return (
    <div style={{ padding: props.size === 'small' ? '4px 0' : '24px 0' }} data-testid="loading">
      <Spinner label={props.label} size={props.size === 'small' ? SpinnerSize.small : SpinnerSize.large} ariaLive="polite" labelPosition="right" />
    </div>
  );
}
