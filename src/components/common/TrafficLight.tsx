import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Lang } from '../../core/i18n/catalog';
import { TRAFFIC_LIGHTS } from '../../core/schema/choices';
import type { TrafficLight as Light } from '../../core/schema';

export interface ITrafficLightProps {
  readonly light: Light | null;
  readonly lang: Lang;
  /** Text when there is no light (e.g. "No report"). */
  readonly noneLabel: string;
}

const COLOURS: Readonly<Record<Light, string>> = { green: '#107c10', yellow: '#fce100', red: '#d13438' };

const classes = mergeStyleSets({
  root: { display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' },
  dot: {
    display: 'inline-block', width: 12, height: 12, borderRadius: '50%', border: '1px solid currentColor', flexShrink: 0,
    selectors: { '@media (forced-colors: active)': { forcedColorAdjust: 'none' } }
  }
});

/** A light is never colour alone: the dot comes with its name in the user's language. */
export function TrafficLight(props: ITrafficLightProps): React.ReactElement {
  const { light, lang } = props;
  // A value outside the choices (SharePoint stores what a REST client sends) is shown as text, without a colour.
  const known = light ? TRAFFIC_LIGHTS.find((l) => l.code === light) : undefined;
  const label = light ? known?.labels[lang] ?? light : props.noneLabel;
  return (
    <span className={classes.root} data-light={known?.code ?? (light ? 'other' : 'none')}>
      <span className={classes.dot} style={{ background: known ? COLOURS[known.code] : 'transparent' }} aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
