import * as React from 'react';
import { Btn } from '../common/Btn';
import { StatusMessage } from '../common/StatusMessage';
import { format, type Lang } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { SHELL } from '../../core/i18n/shell';

export interface IErrorBoundaryProps {
  readonly lang: Lang;
  /** The web part's name in the message ("The roadmap cannot show its data right now"). */
  readonly partName: string;
  readonly children?: React.ReactNode;
}

interface IErrorBoundaryState {
  readonly error: Error | null;
  /** Bumped on retry so that the children mount afresh (and fetch again). */
  readonly generation: number;
}

/**
 * One per web part: a crash in one part shows a readable, localised message with a retry button and
 * leaves the rest of the page alone.
 */
export class ErrorBoundary extends React.Component<IErrorBoundaryProps, IErrorBoundaryState> {
  public state: IErrorBoundaryState = { error: null, generation: 0 };

  public static getDerivedStateFromError(error: unknown): Partial<IErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  public componentDidCatch(error: Error, info: React.ErrorInfo): void {
    // The console is where SharePoint administrators look; the person sees the message below.
    console.error(`[Digitiekartta] ${this.props.partName}:`, error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  public render(): React.ReactNode {
    const { error, generation } = this.state;
    if (!error) return <React.Fragment key={generation}>{this.props.children}</React.Fragment>;
    const t = SHELL[this.props.lang];
    return (
      <StatusMessage kind="error" testId="error-boundary" actions={<Btn onClick={this.retry}>{COMMON[this.props.lang].retry}</Btn>}>
        <strong>{format(t.crashTitle, { part: this.props.partName })}</strong>
        <p>{t.crashBody}</p>
        <p>{format(t.technicalDetails, { message: error.message.slice(0, 300) })}</p>
      </StatusMessage>
    );
  }
}
