import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { COMMON, langFromCulture } from '../../core/i18n';

/** Placeholder until the roadmap UI lands: shows the product name in the user's language. */
export default class RoadmapWebPart extends BaseClientSideWebPart<Record<string, never>> {
  public render(): void {
    const lang = langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
    ReactDom.render(React.createElement('p', undefined, COMMON[lang].appName), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
