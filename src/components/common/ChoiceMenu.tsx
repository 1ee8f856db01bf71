import * as React from 'react';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface IChoiceMenuOption {
  readonly key: string;
  readonly text: string;
}

export interface IChoiceMenuProps {
  /** Visible label above the button (also the group's accessible name). */
  readonly label: string;
  readonly options: readonly IChoiceMenuOption[];
  readonly selectedKeys: readonly string[];
  /** Several values (checkboxes) or exactly one (radio buttons). */
  readonly multiple: boolean;
  /** Button text when nothing is selected (multiple) – e.g. "All". */
  readonly placeholder: string;
  readonly onChange: (keys: string[]) => void;
  /** Stable id prefix (ids must be unique on the page). */
  readonly id: string;
  readonly testId?: string;
}

const classes = mergeStyleSets({
  root: { position: 'relative', display: 'inline-flex', flexDirection: 'column', minWidth: 150, maxWidth: 260 },
  label: { fontWeight: 600, fontSize: 14, padding: '5px 0' },
  button: {
    display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, height: 32, padding: '0 8px', fontSize: 14,
    borderRadius: 2, borderWidth: 1, borderStyle: 'solid', cursor: 'pointer', textAlign: 'left', fontFamily: 'inherit',
    selectors: { '> span:first-child': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }
  },
  popover: {
    position: 'absolute', top: '100%', left: 0, zIndex: 1000, minWidth: '100%', maxHeight: 320, overflowY: 'auto', margin: '2px 0 0',
    padding: 8, borderRadius: 2, boxShadow: '0 6.4px 14.4px rgba(0,0,0,.13), 0 1.2px 3.6px rgba(0,0,0,.11)', borderWidth: 1, borderStyle: 'solid'
  },
  option: { display: 'flex', alignItems: 'flex-start', gap: 8, padding: '4px 2px', fontSize: 14, cursor: 'pointer', whiteSpace: 'normal', minWidth: 200 },
  input: { margin: '3px 0 0', width: 16, height: 16, flexShrink: 0 }
});

/**
 * A compact, accessible filter menu (the disclosure pattern): a button that shows the current choice and
 * opens a group of native checkboxes or radio buttons. Used instead of Fluent's Dropdown in the roadmap's
 * always-loaded filter bar, which keeps the web part's initial JavaScript within budget.
 */
export function ChoiceMenu(props: IChoiceMenuProps): React.ReactElement {
  const { label, options, selectedKeys, multiple, placeholder, onChange, id } = props;
  const theme = useTheme() ?? getTheme();
  const [open, setOpen] = React.useState(false);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const labelId = `${id}-label`;
  const popId = `${id}-options`;
  const selected = new Set(selectedKeys);
  const summary = options.filter((o) => selected.has(o.key)).map((o) => o.text).join(', ') || placeholder;

  React.useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: MouseEvent): void => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const close = (returnFocus: boolean): void => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const toggle = (key: string, checked: boolean): void => {
    if (!multiple) {
      onChange([key]);
      return;
    }
    onChange(checked ? [...selectedKeys.filter((k) => k !== key), key] : selectedKeys.filter((k) => k !== key));
  };

  const palette = theme.palette;
  return (
    <div
      className={classes.root}
      ref={rootRef}
      data-testid={props.testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close(true);
        }
      }}
      onBlur={(e) => {
        // Leaving the menu with Tab closes it, like leaving any popup.
        if (open && rootRef.current && !rootRef.current.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <span id={labelId} className={classes.label} style={{ color: palette.neutralPrimary }}>{label}</span>
      <button
        ref={buttonRef}
        id={`${id}-button`}
        type="button"
        className={classes.button}
        style={{ background: palette.white, color: palette.neutralPrimary, borderColor: theme.semanticColors.inputBorder }}
        aria-expanded={open}
        aria-controls={popId}
        aria-labelledby={`${labelId} ${id}-button`}
        onClick={() => setOpen((o) => !o)}
      >
        <span>{summary}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={popId}
          role={multiple ? 'group' : 'radiogroup'}
          aria-labelledby={labelId}
          className={classes.popover}
          style={{ background: palette.white, color: palette.neutralPrimary, borderColor: palette.neutralQuaternary }}
        >
          {options.map((o) => (
            <label key={o.key} className={classes.option}>
              <input
                className={classes.input}
                type={multiple ? 'checkbox' : 'radio'}
                name={multiple ? undefined : id}
                checked={selected.has(o.key)}
                onChange={(e) => toggle(o.key, e.target.checked)}
                style={{ accentColor: palette.themePrimary }}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
