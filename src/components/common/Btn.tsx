import * as React from 'react';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface IBtnProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  /** The main action of a view (filled with the theme colour). */
  readonly primary?: boolean;
  /** Pressed state for toggle buttons (view switch). */
  readonly pressed?: boolean;
  readonly testId?: string;
}

const classes = mergeStyleSets({
  root: {
    minHeight: 32, padding: '0 16px', borderRadius: 2, borderWidth: 1, borderStyle: 'solid', fontSize: 14, fontWeight: 600,
    fontFamily: 'inherit', cursor: 'pointer', whiteSpace: 'nowrap',
    selectors: {
      ':disabled': { cursor: 'default', opacity: 0.6 },
      ':focus-visible': { outlineWidth: 2, outlineStyle: 'solid', outlineOffset: 1 },
      '@media (forced-colors: active)': { borderColor: 'ButtonText' }
    }
  }
});

/**
 * A themed native button. Fluent's Button family brings ContextualMenu along (about 27 KB gzipped), so
 * the always-loaded part of the roadmap uses this; panels and forms (loaded on demand) use Fluent's.
 */
export function Btn(props: IBtnProps): React.ReactElement {
  const { primary, pressed, testId, style, className, type, ...rest } = props;
  const theme = useTheme() ?? getTheme();
  const p = theme.palette;
  const filled = primary || pressed;
  const colours: React.CSSProperties = filled
    ? { background: p.themePrimary, color: p.white, borderColor: p.themePrimary, outlineColor: p.neutralPrimary }
    : { background: p.white, color: p.neutralPrimary, borderColor: theme.semanticColors.buttonBorder || p.neutralSecondaryAlt, outlineColor: p.neutralPrimary };
  return (
    <button
      type={type ?? 'button'}
      className={`${classes.root}${className ? ` ${className}` : ''}`}
      style={{ ...colours, ...style }}
      aria-pressed={pressed === undefined ? undefined : pressed}
      data-testid={testId}
      {...rest}
    />
  );
}
