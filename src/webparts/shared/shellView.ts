import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { stateFromSubEntityId } from '../../core/roadmap/deepLink';
import { stateToQuery } from '../../core/roadmap/url';
import { AppShell } from '../../components/shell/AppShell';
import { browserLocation, memoryLocation } from '../../components/shell/location';
import { teamsTheme, teamsThemeName } from '../../components/shell/themes';
import type { IAppServices, IHostContext } from '../../components/shell/types';
import type { HostFacts, IWebPartView, ShellState, ThemeSource } from './view';

/** What a view needs of its web part: the SPFx context, its element and its current settings. */
export interface WebPartParts<TProperties> {
  readonly context: WebPartContext;
  readonly domElement: HTMLElement;
  properties(): TProperties;
}

/**
 * A web part's view: its content inside the shared AppShell (theme, language, host, error boundary, live
 * region). `content` is called on every render, so it sees the current settings.
 */
export function shellView<TProperties>(
  part: WebPartParts<TProperties>,
  services: IAppServices,
  content: (host: IHostContext) => React.ReactElement,
  onPropertiesChanged?: () => void
): IWebPartView {
  let host: IHostContext | undefined;
  return {
    render(state: ShellState): void {
      host ??= hostContext(state.host, part.context.pageContext.web.absoluteUrl);
      ReactDom.render(
        React.createElement(AppShell, { lang: state.lang, theme: fluentTheme(state.theme), services, host, partName: state.partName }, content(host)),
        part.domElement
      );
    },
    propertiesChanged: onPropertiesChanged,
    dispose(): void {
      ReactDom.unmountComponentAtNode(part.domElement);
    }
  };
}

/** The host as the components see it; made once, so that the location keeps its state across renders. */
function hostContext(facts: HostFacts, webUrl: string): IHostContext {
  if (facts.kind === 'teams') {
    return { kind: 'teams', location: memoryLocation(stateToQuery(stateFromSubEntityId(facts.subPageId))), pageUrl: webUrl, teamsTab: facts.teamsTab };
  }
  return { kind: 'sharepoint', location: browserLocation(window), pageUrl: window.location.href.split('#')[0].split('?')[0] };
}

/** SPFx's read-only theme has the same palette/semantic colour shape Fluent's ThemeProvider takes. */
function fluentTheme(source: ThemeSource): PartialTheme | undefined {
  if (source.kind === 'teams') return teamsTheme(teamsThemeName(source.name));
  if (source.kind === 'sharepoint') return source.theme as PartialTheme | undefined;
  return undefined;
}
