import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface IEmptyStateProps {
  readonly message: string;
  /** E.g. a "clear filters" button. */
  readonly action?: React.ReactNode;
}

const classes = mergeStyleSets({ root: { padding: '32px 16px', textAlign: 'center' } });

export function EmptyState(props: IEmptyStateProps): React.ReactElement {
  return (
    <div className={classes.root} data-testid="empty-state">
      <p>{props.message}</p>
      {props.action}
    </div>
  );
}
